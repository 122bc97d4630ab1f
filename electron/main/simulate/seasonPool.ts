// One season's draft pool for the simulate CLI: Y's ADP market (the FantasyPros export read
// by the app's ADP CSV import and matcher, seasonMarket.ts; its top 200 QB/RB/WR/TE and its
// K and DST), plus the best players the market left out, each with the model's projection
// (trained on seasons before Y) and the points he actually scored in Y. The market never sees
// the projections and the projections never see the market; the actual points are only read
// after the drafts. With the estimate market, the recommender's ADP is the app's estimate from
// what it could know before Y (earlier seasons' ADP, our projections), never Y's ADP.
import type { DraftPlayer } from '../../../shared/domain/draft/pool';
import { estimateMarket, type MarketEstimate } from '../../../shared/domain/draft/marketEstimate';
import { projectedPoints, type Projection } from '../../../shared/domain/projection';
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { FantasyPosition } from '../../../shared/domain/stats';
import { seasonPoints } from '../model/baselines';
import type { History } from '../model/history';
import { projectionPool, type PoolEntry } from '../model/project';
import { adpHistoryBefore, seasonAdp } from './seasonMarket';

export type MarketMode = 'adp' | 'estimate';

export interface SeasonPool {
  players: DraftPlayer[];
  /** Actual regular-season points of Y under the ruleset, by draft player id (K/DST: 0, not scored). */
  actual: Map<string, number>;
  /** ADP names the join could not place (they stay in the pool, scoring 0). */
  unmatched: string[];
  /** The recommender's market in estimate mode (null in adp mode). */
  estimate: MarketEstimate | null;
}

/** Projects the given entries (Y's players) for the season; the caller owns the model. */
export type Projector = (entries: PoolEntry[]) => Projection[];

/** Non-market players kept per position: deep enough for any roster, small enough to stay fast. */
const EXTRA_PER_POSITION = 40;
const SKILL: readonly FantasyPosition[] = ['QB', 'RB', 'WR', 'TE'];

/** Market players: ADP's top 200 at QB/RB/WR/TE. */
const MARKET_DEPTH = 200;

/**
 * `knownOrder` (diagnostic, estimate mode only): the estimate orders each position as Y's ADP
 * does, keeping the timing it learned from earlier seasons; what the estimate would be worth if
 * it knew whom the market prefers (docs/market-estimate.md).
 */
export function buildSeasonPool(h: History, dataDir: string, season: number, rules: ScoringRules, project: Projector, market: MarketMode = 'adp', knownOrder = false): SeasonPool {
  const adp = seasonAdp(h, dataDir, season);
  if (!adp) throw new Error(`no FantasyPros ADP export for ${season} in ${dataDir}/eval-only`);
  const skillRows = adp.filter((r) => r.position !== 'K' && r.position !== 'DST').slice(0, MARKET_DEPTH);
  const marketIds = new Set(skillRows.filter((r) => r.matched).map((r) => r.poolId));
  // Everyone the model can project for Y who is not in the market: the recommender may like them.
  const others = projectionPool(h, season).filter((e) => e.position !== 'K' && !marketIds.has(e.playerId));
  const entries: PoolEntry[] = [...skillRows.map((r) => ({ playerId: r.poolId, position: r.position as PoolEntry['position'] })), ...others];
  const projections = project(entries);
  const points = projections.map((p) => projectedPoints(p, rules));

  const players: DraftPlayer[] = [];
  const actual = new Map<string, number>();
  const add = (id: string, name: string, position: FantasyPosition, i: number, adpValue: number | null) => {
    const pts = points[i]!;
    players.push({ id, name, position, team: null, bye: null, adp: adpValue, projection: pts.points, projectionLow: pts.low, projectionHigh: pts.high });
    const ps = id.startsWith('adp:') ? undefined : h.bySeason.get(season)?.get(id);
    actual.set(id, ps ? seasonPoints(ps, rules) : 0);
  };
  const seenIds = new Set<string>();
  skillRows.forEach((r, i) => {
    if (seenIds.has(r.poolId)) return;
    seenIds.add(r.poolId);
    add(r.poolId, r.name, r.position, i, r.adp);
  });
  const lastAdp = Math.max(...skillRows.map((r) => r.adp));

  // Players without ADP come after every ADP player for the bots: they get ADPs past the
  // market's last, in the order of our projections (the pool would otherwise slot them in
  // among ADP players by our value rank).
  const extra = others
    .map((e, k) => ({ e, i: skillRows.length + k }))
    .filter(({ e }) => (SKILL as readonly string[]).includes(e.position))
    .sort((a, b) => points[b.i]!.points - points[a.i]!.points || a.e.playerId.localeCompare(b.e.playerId));
  const kept: Record<string, number> = {};
  let next = 0;
  const kd = adp.filter((r) => r.position === 'K' || r.position === 'DST');
  const tail = Math.max(lastAdp, ...kd.map((r) => r.adp));
  for (const { e, i } of extra) {
    kept[e.position] = (kept[e.position] ?? 0) + 1;
    if (kept[e.position]! > EXTRA_PER_POSITION) continue;
    add(e.playerId, h.bios.get(e.playerId)?.name ?? e.playerId, e.position as FantasyPosition, i, tail + 1 + next++);
  }

  // K and DST: drafted in the last rounds and not scored; one flat projection so the
  // recommender takes them only when the roster needs them, as the ADP drafter does.
  for (const r of kd) {
    if (seenIds.has(r.poolId)) continue;
    seenIds.add(r.poolId);
    players.push({ id: r.poolId, name: r.name, position: r.position, team: r.team, bye: null, adp: r.adp, projection: 100 });
    actual.set(r.poolId, 0);
  }
  const unmatched = skillRows.filter((r) => !r.matched).map((r) => `${r.name} ${r.position}`);
  let estimate: MarketEstimate | null = null;
  if (market === 'estimate') {
    const before = adpHistoryBefore(h, dataDir, season);
    // With the known order, a player's "projection" is minus his ADP of Y and no last-season rank
    // blends in, so each position is ordered exactly as Y's market (players it left out last).
    estimate = estimateMarket(
      players.map((p) =>
        knownOrder
          ? { id: p.id, position: p.position, projection: -(p.adp ?? Infinity), lastAdp: null }
          : { id: p.id, position: p.position, projection: p.projection, lastAdp: before.lastAdp.get(p.id) ?? null },
      ),
      before.history,
    );
    if (!estimate) throw new Error(`no ADP before ${season} to estimate the market from`);
  }
  return { players, actual, unmatched, estimate };
}
