// Player identity helpers shared by the importers, search and the views.
import type { FantasyPosition } from './stats';

/** Maps a roster position to the fantasy position it scores as (null: not drafted). */
export function fantasyPosition(position: string | null | undefined): FantasyPosition | null {
  switch ((position ?? '').toUpperCase()) {
    case 'QB':
      return 'QB';
    case 'RB':
    case 'FB':
    case 'HB':
      return 'RB';
    case 'WR':
      return 'WR';
    case 'TE':
      return 'TE';
    case 'K':
    case 'PK':
      return 'K';
    case 'DST':
    case 'DEF':
    case 'D/ST':
      return 'DST';
    default:
      return null;
  }
}

/** Whole years from an ISO birth date (YYYY-MM-DD) to `on` (also YYYY-MM-DD); null if unknown. */
export function ageOn(birthDate: string | null | undefined, on: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate ?? '');
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(on);
  if (!b || !d) return null;
  let age = Number(d[1]) - Number(b[1]);
  if (d[2]! + d[3]! < b[2]! + b[3]!) age -= 1;
  return age;
}

/** Age at the start of a season (September 1st), the convention for draft-day ages. */
export const seasonAge = (birthDate: string | null | undefined, season: number): number | null =>
  ageOn(birthDate, `${season}-09-01`);

/** Height in inches from "74", "6-2" or "6'2\""; null when unreadable. */
export function heightInches(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const feet = /^(\d)\s*['-]\s*(\d{1,2})/.exec(raw);
  if (feet) return Number(feet[1]) * 12 + Number(feet[2]);
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Abbreviations a franchise used before its move (nflverse keeps the old ones in old seasons). */
export const FRANCHISE_FORMER_ABBRS: Readonly<Record<string, readonly string[]>> = {
  LV: ['OAK'],
  LAC: ['SD'],
  LA: ['STL'],
};

/** The franchise's current abbreviation for any abbreviation it used. */
export function currentFranchise(team: string): string {
  for (const [now, former] of Object.entries(FRANCHISE_FORMER_ABBRS)) if (former.includes(team)) return now;
  return team;
}

/** SQL expression mapping a team column to its current franchise abbreviation. */
export function currentFranchiseSql(column: string): string {
  const cases = Object.entries(FRANCHISE_FORMER_ABBRS)
    .flatMap(([now, former]) => former.map((f) => `WHEN '${f}' THEN '${now}'`))
    .join(' ');
  return `CASE ${column} ${cases} ELSE ${column} END`;
}
