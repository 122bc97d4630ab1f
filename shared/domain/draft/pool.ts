// The players of one draft, indexed once so bots, availability draws and recommendations
// run on typed arrays. The pool is sorted by market rank (ADP where known, else the app's
// own ranking placed on the ADP scale), so "the best available by the market" is the first
// untaken index.
import type { LeagueConfig } from '../league';
import { POSITION_INDEX } from '../roster';
import type { FantasyPosition } from '../stats';
import { replacementLevels, type PositionValues } from '../values';

export interface DraftPlayer {
  id: string;
  name: string;
  position: FantasyPosition;
  team: string | null;
  bye: number | null;
  /** Average draft position (overall pick), when the market has one. */
  adp: number | null;
  /** Season points under the league's scoring. */
  projection: number;
  /** 10% and 90% outcomes of the season, when the projection gives a range. */
  projectionLow?: number;
  projectionHigh?: number;
  /**
   * What the market's price implies he scores (e.g. the historical points of players drafted
   * at his ADP position rank). Without it, recommendations use our projection of the player
   * we rank at his ADP position rank.
   */
  marketProjection?: number;
}

export interface DraftPool {
  /** Sorted by market rank, best first. */
  players: readonly DraftPlayer[];
  indexOf: ReadonlyMap<string, number>;
  /** ADP, or for players without one the ADP of the market player the app ranks equally. */
  marketRank: Float64Array;
  /** Position index (QB 0, RB 1, WR 2, TE 3, K 4, DST 5). */
  pos: Uint8Array;
  projection: Float64Array;
  /** Projection minus replacement at the position, under this league's starters. */
  vor: Float64Array;
  replacement: PositionValues;
  /** 1-based rank by VOR (the app's own ranking). */
  valueRank: Int32Array;
}

/** Indexes the players for one league's draft. Throws on duplicate ids. */
export function createDraftPool(players: readonly DraftPlayer[], config: Pick<LeagueConfig, 'teams' | 'rosterSlots'>): DraftPool {
  const ids = new Set<string>();
  for (const p of players) {
    if (ids.has(p.id)) throw new Error(`player ${p.id} appears twice in the draft pool`);
    if (!Number.isFinite(p.projection)) throw new Error(`player ${p.id} has no projection`);
    ids.add(p.id);
  }
  const { level } = replacementLevels(players, config.rosterSlots, config.teams);
  const vorOf = (p: DraftPlayer) => p.projection - level[p.position];
  const byValue = [...players].sort((a, b) => vorOf(b) - vorOf(a) || cmpId(a, b));
  const valueRankOf = new Map(byValue.map((p, i) => [p.id, i + 1]));
  // Players without ADP take the ADP of the k-th market player, k being their value rank:
  // the app's ranking expressed on the market's scale.
  const adps = players.flatMap((p) => (p.adp !== null && Number.isFinite(p.adp) ? [p.adp] : [])).sort((a, b) => a - b);
  const market = (p: DraftPlayer) => {
    if (p.adp !== null && Number.isFinite(p.adp)) return p.adp;
    const k = valueRankOf.get(p.id)!;
    if (adps.length === 0) return k;
    return k <= adps.length ? adps[k - 1]! + 0.5 : adps[adps.length - 1]! + (k - adps.length);
  };
  const sorted = [...players].map((p) => ({ p, m: market(p) })).sort((a, b) => a.m - b.m || b.p.projection - a.p.projection || cmpId(a.p, b.p));
  const n = sorted.length;
  const pool: DraftPool = {
    players: sorted.map((s) => s.p),
    indexOf: new Map(sorted.map((s, i) => [s.p.id, i])),
    marketRank: Float64Array.from(sorted, (s) => s.m),
    pos: Uint8Array.from(sorted, (s) => POSITION_INDEX[s.p.position]),
    projection: Float64Array.from(sorted, (s) => s.p.projection),
    vor: Float64Array.from(sorted, (s) => vorOf(s.p)),
    replacement: level,
    valueRank: new Int32Array(n),
  };
  sorted.forEach((s, i) => (pool.valueRank[i] = valueRankOf.get(s.p.id)!));
  return pool;
}

function cmpId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
