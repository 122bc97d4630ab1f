// The market estimated where this season's ADP is missing (before August, never refreshed,
// offline): where this season's drafters will take each player, from what the app has.
// Deliberately simple, and learned only from seasons before the one estimated:
// - When each position goes: the overall pick of the k-th player drafted at a position,
//   averaged over the earlier seasons' ADP (up to three). Drafters' position timing changes
//   slowly from one season to the next; who is drafted changes fast.
// - Who goes first within a position: our projection's rank within the position, averaged
//   with last season's market rank at the position for players the market priced a year ago
//   (the market is sticky: a player drafted 5th at WR last year rarely falls to the 20th).
// - The k-th player in that order takes the position curve's k-th pick. During a draft, the
//   k-th player still available at a position takes the pick of the position's (taken + k)-th:
//   once the league has drafted eight RBs, the next RB goes where ninth RBs go, whoever the
//   eight were (estimateAfterPicks). Without this, a player the estimate rated higher than the
//   league did stays available and looks ever more overdue, and the advice reaches for him.
// - A player the league let pass his estimated pick moves down his position's order (the
//   league likes him less than we guessed), but the position keeps its pace: the next RB is
//   still due where the next RB goes. Pushing passed-over players past the pace instead made
//   every RB look as if it could wait once the league had passed over a few of ours, and the
//   advice left RBs to the league (200-league runs, docs/market-estimate.md).
// docs/market-estimate.md describes it with the measured figures (npm run simulate -- --market estimate).
import type { FantasyPosition } from '../stats';
import { FANTASY_POSITIONS } from '../stats';
import { createDraftPool, type DraftPlayer, type DraftPool } from './pool';

export interface EstimateHistorySeason {
  season: number;
  /** Every priced row of that season's ADP: position and overall ADP. */
  rows: readonly { position: FantasyPosition; adp: number }[];
}

export interface EstimatePlayer {
  id: string;
  position: FantasyPosition;
  /** Our projection (season points), the within-position order's first input. */
  projection: number;
  /** His ADP of last season, when the market priced him. */
  lastAdp: number | null;
}

export interface MarketEstimate {
  /** Estimated ADP by player id, before any pick. */
  adp: Map<string, number>;
  /** Position -> the pick at which its k-th player goes (index k - 1). */
  curves: Map<FantasyPosition, number[]>;
  /** Player id -> his place in his position's estimated order (1 = first). */
  order: Map<string, number>;
}

/** Weight of last season's market rank at the position against our projection's rank. */
const LAST_ADP_WEIGHT = 0.5;
/**
 * A player still available past his estimated pick was passed over by the league: the market
 * rates him lower than the estimate did, so within his position he is ordered as if his
 * estimate were as far past the current pick as he was overdue.
 */
const PASSED_OVER = 1;
/** How many earlier seasons the position curve averages. */
const CURVE_SEASONS = 3;

/**
 * The estimated market, or null when there is no earlier season to learn the positions'
 * timing from (then the app has no market at all and says so).
 */
export function estimateMarket(players: readonly EstimatePlayer[], history: readonly EstimateHistorySeason[], lastAdpWeight = LAST_ADP_WEIGHT): MarketEstimate | null {
  const recent = [...history].sort((a, b) => b.season - a.season).slice(0, CURVE_SEASONS);
  if (recent.length === 0 || recent.every((h) => h.rows.length === 0)) return null;
  const curves = positionCurves(recent);
  const adp = new Map<string, number>();
  const order = new Map<string, number>();
  for (const pos of FANTASY_POSITIONS) {
    const at = players.filter((p) => p.position === pos);
    const byProjection = [...at].sort((a, b) => b.projection - a.projection || cmp(a.id, b.id));
    const projRank = new Map(byProjection.map((p, i) => [p.id, i + 1]));
    const byLast = at.filter((p) => p.lastAdp !== null).sort((a, b) => a.lastAdp! - b.lastAdp! || cmp(a.id, b.id));
    const lastRank = new Map(byLast.map((p, i) => [p.id, i + 1]));
    const key = (p: EstimatePlayer) => {
      const r = projRank.get(p.id)!;
      const l = lastRank.get(p.id);
      return l === undefined ? r : (1 - lastAdpWeight) * r + lastAdpWeight * l;
    };
    const sorted = [...at].sort((a, b) => key(a) - key(b) || projRank.get(a.id)! - projRank.get(b.id)!);
    sorted.forEach((p, k) => {
      order.set(p.id, k + 1);
      adp.set(p.id, curvePick(curves.get(pos)!, k + 1));
    });
  }
  return { adp, curves, order };
}

/**
 * The estimate during a draft: at each position, the players still available are ordered by
 * their estimated pick (a passed-over player's moved past the current pick by as much as he is
 * overdue), and the k-th of them takes the pick at which the market takes the position's
 * (taken + k)-th.
 */
export function estimateAfterPicks(estimate: MarketEstimate, players: readonly DraftPlayer[], taken: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  const now = taken.size + 1;
  const orderKey = (id: string) => {
    const e = estimate.adp.get(id) ?? Infinity;
    return e < now ? now + PASSED_OVER * (now - e) : e;
  };
  for (const pos of FANTASY_POSITIONS) {
    const at = players.filter((p) => p.position === pos);
    const gone = at.filter((p) => taken.has(p.id)).length;
    const left = at
      .filter((p) => !taken.has(p.id))
      .map((p) => ({ id: p.id, key: orderKey(p.id), rank: estimate.order.get(p.id) ?? Infinity }))
      .sort((a, b) => a.key - b.key || a.rank - b.rank || cmp(a.id, b.id));
    left.forEach((p, k) => out.set(p.id, curvePick(estimate.curves.get(pos)!, gone + k + 1)));
    for (const p of at) if (taken.has(p.id)) out.set(p.id, estimate.adp.get(p.id) ?? curvePick(estimate.curves.get(pos)!, 1));
  }
  return out;
}

/** The draft pool re-priced by estimateAfterPicks (same players, same league). */
export function poolAfterPicks(estimate: MarketEstimate, pool: DraftPool, taken: ReadonlySet<string>, config: Parameters<typeof createDraftPool>[1]): DraftPool {
  const adp = estimateAfterPicks(estimate, pool.players, taken);
  return createDraftPool(pool.players.map((p) => ({ ...p, adp: adp.get(p.id) ?? null })), config);
}

/** Position -> the mean overall pick of its k-th player (index k - 1), over the seasons given. */
export function positionCurves(seasons: readonly EstimateHistorySeason[]): Map<FantasyPosition, number[]> {
  const curves = new Map<FantasyPosition, number[]>();
  for (const pos of FANTASY_POSITIONS) {
    const lists = seasons.map((s) => s.rows.filter((r) => r.position === pos).map((r) => r.adp).sort((a, b) => a - b)).filter((l) => l.length > 0);
    const length = Math.max(0, ...lists.map((l) => l.length));
    const curve: number[] = [];
    for (let k = 0; k < length; k++) {
      const at = lists.filter((l) => l.length > k).map((l) => l[k]!);
      curve.push(at.reduce((a, b) => a + b, 0) / at.length);
    }
    // A season with fewer rows must not bend the tail down: keep the curve non-decreasing.
    for (let k = 1; k < curve.length; k++) curve[k] = Math.max(curve[k]!, curve[k - 1]!);
    curves.set(pos, curve);
  }
  return curves;
}

/** The k-th (1-based) pick of a curve; past its end, the last pick plus the curve's late pace per player. */
function curvePick(curve: readonly number[], k: number): number {
  if (curve.length === 0) return 300 + k; // a position the market never priced: after everyone it did
  if (k <= curve.length) return curve[k - 1]!;
  const tail = curve.slice(-5);
  const pace = tail.length > 1 ? Math.max(1, (tail[tail.length - 1]! - tail[0]!) / (tail.length - 1)) : 5;
  return curve[curve.length - 1]! + pace * (k - curve.length);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
