// The players table's filters, as one pure function (the benchmark times it with sorting).
import type { PoolRow } from '../../../../shared/ipc/types';
import { nameMatches, normaliseName } from '../../../../shared/domain/names';

export const POSITION_TABS = ['ALL', 'QB', 'RB', 'WR', 'TE', 'K', 'DST', 'FLEX'] as const;
export type PositionTab = (typeof POSITION_TABS)[number];

export interface PoolFilters {
  position: PositionTab;
  query: string;
  team: string; // '' = any
  bye: string; // '' = any
  ageMin: number | null;
  ageMax: number | null;
  rookies: boolean;
  injured: boolean;
  watchlist: boolean;
}

export const NO_FILTERS: PoolFilters = {
  position: 'ALL',
  query: '',
  team: '',
  bye: '',
  ageMin: null,
  ageMax: null,
  rookies: false,
  injured: false,
  watchlist: false,
};

const FLEX = new Set(['RB', 'WR', 'TE']);

/**
 * What a row is searched by: its name's key, the same key without spaces (so "amonra" and
 * "amon ra" both find Amon-Ra St. Brown) and its team.
 */
const keys = new WeakMap<PoolRow, string>();
function keyOf(r: PoolRow): string {
  let k = keys.get(r);
  if (k === undefined) {
    const name = normaliseName(r.name);
    keys.set(r, (k = ` ${name} ${name.replace(/ /g, '')} ${(r.team ?? '').toLowerCase()}`));
  }
  return k;
}

export function isInjured(r: PoolRow): boolean {
  return !!r.injuryStatus && r.injuryStatus !== 'Healthy' && r.injuryStatus !== 'NA';
}

export function filterPool(rows: readonly PoolRow[], f: PoolFilters): PoolRow[] {
  // Every word must start a word of the name or be the team: "pat mah", "mahomes", "kc".
  const words = normaliseName(f.query).split(/\s+/).filter(Boolean).map((w) => ` ${w}`);
  const bye = f.bye === '' ? null : Number(f.bye);
  return rows.filter((r) => {
    if (f.position === 'FLEX' ? !FLEX.has(r.position) : f.position !== 'ALL' && r.position !== f.position) return false;
    if (f.team && r.team !== f.team) return false;
    if (bye !== null && r.bye !== bye) return false;
    if (f.ageMin !== null && (r.age === null || r.age < f.ageMin)) return false;
    if (f.ageMax !== null && (r.age === null || r.age > f.ageMax)) return false;
    if (f.rookies && !r.rookie) return false;
    if (f.injured && !isInjured(r)) return false;
    if (f.watchlist && !r.watched) return false;
    if (words.length) {
      const k = keyOf(r);
      // Initials ("cmc") and nicknames ("hollywood brown") through the one name rule.
      if (!words.every((w) => k.includes(w)) && !nameMatches(f.query, r.name)) return false;
    }
    return true;
  });
}
