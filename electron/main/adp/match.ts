// Placing ADP rows on our players. Ids first where the source has ours (Sleeper ids through
// the crosswalk), else the canonical name (shared/domain/names.ts on both sides) with the
// position, among players active around the season; the team only breaks a tie. Defences go
// by team. A row that still fits several players stays unmatched: a wrong match would put
// one player's price on another, an unmatched row only leaves a gap the user can fill by hand
// (kept by the row's key for every later refresh).
import { canonicalName } from '../../../shared/domain/names';
import type { FantasyPosition } from '../../../shared/domain/stats';
import type { AdpSourceRow } from './rows';

export interface MatchCandidate {
  id: string;
  name: string;
  position: FantasyPosition;
  /** The player's team as we know it (the target season's roster, else his latest). */
  team: string | null;
  /** Set on the team-defence "player". */
  dstTeam: string | null;
  sleeperId: string | null;
  firstSeason: number | null;
  lastSeason: number | null;
  rookieYear: number | null;
  /** On the target season's draft pool. */
  inPool: boolean;
}

export interface MatchContext {
  /** The ADP's season. */
  season: number;
  /** The season the pool is for: in_pool only says "active" for that season's ADP. */
  targetSeason: number;
  /** Matches the user made by hand: row key -> player id. */
  manual?: ReadonlyMap<string, string>;
  /** The rows' source ids are Sleeper ids (our crosswalk has them); other sources' ids are their own. */
  sleeperIds?: boolean;
}

// Abbreviations sources use for the teams nflverse spells otherwise (and moved teams' old ones).
const TEAM_ALIASES: Readonly<Record<string, string>> = { JAC: 'JAX', LAR: 'LA', STL: 'LA', WSH: 'WAS', OAK: 'LV', SD: 'LAC', KCC: 'KC', GBP: 'GB', NEP: 'NE', NOS: 'NO', SFO: 'SF', TBB: 'TB', LVR: 'LV' };
export const teamAbbr = (team: string | null): string | null => (team === null ? null : (TEAM_ALIASES[team.toUpperCase()] ?? team.toUpperCase()));

// A defence named without a usable team: the nickname says which ("Denver Broncos Defense").
const DEFENCE_NICKNAMES: Readonly<Record<string, string>> = { redskins: 'WAS', commanders: 'WAS', 'football team': 'WAS' };

/** The key a hand-made match is kept under: the same row in any later refresh has it. */
export function adpRowKey(row: Pick<AdpSourceRow, 'name' | 'position' | 'team'>): string {
  return `${canonicalName(row.name)}|${row.position}|${teamAbbr(row.team) ?? ''}`;
}

export function rowLabel(row: Pick<AdpSourceRow, 'name' | 'position' | 'team'>): string {
  return `${row.name} (${row.position}, ${row.team ?? 'FA'})`;
}

/** Player id for each row (null: unmatched), in row order; a player takes at most one row. */
export function matchAdpRows(rows: readonly AdpSourceRow[], candidates: readonly MatchCandidate[], ctx: MatchContext): (string | null)[] {
  const byName = new Map<string, MatchCandidate[]>();
  const bySleeper = new Map<string, MatchCandidate>();
  const byDefence = new Map<string, MatchCandidate>();
  const byId = new Map<string, MatchCandidate>();
  const nicknames = new Map<string, string>();
  for (const c of candidates) {
    byId.set(c.id, c);
    if (c.sleeperId) bySleeper.set(c.sleeperId, c);
    if (c.dstTeam) {
      byDefence.set(c.dstTeam, c);
      nicknames.set(defenceNickname(c.name), c.dstTeam);
      continue;
    }
    const k = canonicalName(c.name);
    byName.set(k, [...(byName.get(k) ?? []), c]);
  }
  const used = new Set<string>();
  return rows.map((row) => {
    const id = matchOne(row);
    if (id === null || used.has(id)) return null;
    used.add(id);
    return id;
  });

  function matchOne(row: AdpSourceRow): string | null {
    const manual = ctx.manual?.get(adpRowKey(row));
    if (manual !== undefined && byId.has(manual)) return manual;
    if (row.position === 'DST') {
      const team = teamAbbr(row.team);
      const byTeam = team ? byDefence.get(team) : undefined;
      if (byTeam) return byTeam.id;
      const nick = defenceNickname(row.name);
      const viaName = DEFENCE_NICKNAMES[nick] ?? nicknames.get(nick);
      return viaName ? (byDefence.get(viaName)?.id ?? null) : null;
    }
    if (row.sourceId && ctx.sleeperIds) {
      const c = bySleeper.get(row.sourceId);
      if (c && c.position === row.position) return c.id;
    }
    const named = byName.get(canonicalName(row.name)) ?? [];
    let fits = named.filter((c) => c.position === row.position && active(c));
    // Position labels differ between sources (a RB listed as WR): the name alone, if only one active player has it.
    if (fits.length === 0) fits = named.filter((c) => c.position !== 'K' && row.position !== 'K' && active(c));
    if (fits.length > 1) {
      const team = teamAbbr(row.team);
      const sameTeam = fits.filter((c) => team !== null && teamAbbr(c.team) === team);
      if (sameTeam.length >= 1) fits = sameTeam;
    }
    if (fits.length > 1 && ctx.season >= ctx.targetSeason) fits = fits.filter((c) => c.inPool);
    return fits.length === 1 ? fits[0]!.id : null;
  }

  /** Played within the three seasons before the ADP's, or a rookie of those years, or on the pool it is for. */
  function active(c: MatchCandidate): boolean {
    const y = ctx.season;
    if (c.firstSeason !== null && c.lastSeason !== null && c.firstSeason <= y && c.lastSeason >= y - 3) return true;
    if (c.rookieYear !== null && c.rookieYear <= y && c.rookieYear >= y - 2 && (c.firstSeason === null || c.firstSeason <= y)) return true;
    return y >= ctx.targetSeason && c.inPool;
  }
}

/** "Denver Broncos Defense", "Broncos D/ST", "Washington Football Team DST" -> "broncos", "football team". */
function defenceNickname(name: string): string {
  const words = canonicalName(name.replace(/\b(defen[cs]e|d\/st|dst|def|special teams|&)\b/gi, ' ')).split(' ').filter(Boolean);
  const last2 = words.slice(-2).join(' ');
  return last2 === 'football team' ? last2 : (words[words.length - 1] ?? '');
}
