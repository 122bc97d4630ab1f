// One season's draft pool for the simulate CLI: Y's ADP market (the backtest's evaluation-set
// join for QB/RB/WR/TE, the export's own rows for K and DST), plus the best players the market
// left out, each with the model's projection (trained on seasons before Y) and the points he
// actually scored in Y. The market never sees the projections and the projections never see
// the market; the actual points are only read after the drafts.
import { join } from 'node:path';
import type { DraftPlayer } from '../../../shared/domain/draft/pool';
import { projectedPoints, type Projection } from '../../../shared/domain/projection';
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { FantasyPosition } from '../../../shared/domain/stats';
import { actualPoints, buildEvalSet, type EvalPlayer } from '../model/evaluate';
import type { History } from '../model/history';
import { loadSeasonAdp } from '../model/adp';
import { canonicalName } from '../../../shared/domain/names';
import { projectionPool, type PoolEntry } from '../model/project';

export interface SeasonPool {
  players: DraftPlayer[];
  /** Actual regular-season points of Y under the ruleset, by draft player id (K/DST: 0, not scored). */
  actual: Map<string, number>;
  /** ADP names the join could not place (they stay in the pool, scoring 0). */
  unmatched: string[];
}

/** Projects the given entries (Y's players) for the season; the caller owns the model. */
export type Projector = (entries: PoolEntry[]) => Projection[];

/** Non-market players kept per position: deep enough for any roster, small enough to stay fast. */
const EXTRA_PER_POSITION = 40;
const SKILL: readonly FantasyPosition[] = ['QB', 'RB', 'WR', 'TE'];

/** Y's preferred K and DST rows (the evaluation join covers QB/RB/WR/TE only). */
export function loadKickersAndDefences(dataDir: string, season: number): { name: string; pos: 'K' | 'DST'; adp: number; team: string | null }[] {
  return (loadSeasonAdp(dataDir, season) ?? []).flatMap((r) => (r.pos === 'K' || r.pos === 'DST' ? [{ name: r.name, pos: r.pos, adp: r.adp, team: r.team }] : []));
}

export function buildSeasonPool(h: History, dataDir: string, season: number, rules: ScoringRules, project: Projector): SeasonPool {
  const evalSet = buildEvalSet(h, dataDir, season);
  if (evalSet.kind !== 'adp_top200') throw new Error(`no FantasyPros ADP export for ${season} under ${join(dataDir, 'eval-only')}`);
  const market = evalSet.players;
  const marketIds = new Set(market.flatMap((p) => (p.playerId ? [p.playerId] : [])));
  // Everyone the model can project for Y who is not in the market: the recommender may like them.
  const others = projectionPool(h, season).filter((e) => e.position !== 'K' && !marketIds.has(e.playerId));
  const entries: PoolEntry[] = [...market.map((p) => ({ playerId: p.playerId ?? p.key, position: p.position })), ...others];
  const projections = project(entries);
  const points = projections.map((p) => projectedPoints(p, rules));

  const players: DraftPlayer[] = [];
  const actual = new Map<string, number>();
  const add = (e: EvalPlayer, i: number, adp: number | null) => {
    const pts = points[i]!;
    players.push({ id: e.key, name: e.name, position: e.position, team: null, bye: null, adp, projection: pts.points, projectionLow: pts.low, projectionHigh: pts.high });
    actual.set(e.key, actualPoints(h, e, season, rules));
  };
  market.forEach((p, i) => add(p, i, p.adpRank));
  const lastAdp = Math.max(...market.map((p) => p.adpRank ?? 0));

  // Players without ADP come after every ADP player for the bots: they get ADPs past the
  // market's last, in the order of our projections (the pool would otherwise slot them in
  // among ADP players by our value rank).
  const extra = others
    .map((e, k) => ({ e, i: market.length + k }))
    .filter(({ e }) => (SKILL as readonly string[]).includes(e.position))
    .sort((a, b) => points[b.i]!.points - points[a.i]!.points || a.e.playerId.localeCompare(b.e.playerId));
  const kept: Record<string, number> = {};
  let next = 0;
  const kd = loadKickersAndDefences(dataDir, season);
  const tail = Math.max(lastAdp, ...kd.map((r) => r.adp));
  for (const { e, i } of extra) {
    kept[e.position] = (kept[e.position] ?? 0) + 1;
    if (kept[e.position]! > EXTRA_PER_POSITION) continue;
    const bio = h.bios.get(e.playerId);
    add({ key: e.playerId, playerId: e.playerId, name: bio?.name ?? e.playerId, position: e.position as EvalPlayer['position'], adpRank: null }, i, tail + 1 + next++);
  }

  // K and DST: drafted in the last rounds and not scored; one flat projection so the
  // recommender takes them only when the roster needs them, as the ADP drafter does.
  const seen = new Set<string>();
  for (const r of kd) {
    const id = `adp:${canonicalName(r.name)}|${r.pos}`;
    if (seen.has(id)) continue;
    seen.add(id);
    players.push({ id, name: r.name, position: r.pos, team: r.team, bye: null, adp: r.adp, projection: 100 });
    actual.set(id, 0);
  }
  return { players, actual, unmatched: evalSet.unmatched };
}
