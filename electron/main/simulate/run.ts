// The simulate CLI's season run: train the model once on seasons before Y, build Y's pool,
// draft N leagues twice each (recommender / ADP drafter in a rotating slot) and summarise.
// Same data, season, league count and seed => the same summary (timing aside).
import { poolAfterPicks } from '../../../shared/domain/draft/marketEstimate';
import { createDraftPool, type DraftPool } from '../../../shared/domain/draft/pool';
import type { RecommendOptions } from '../../../shared/domain/draft/recommend';
import type { DraftState } from '../../../shared/domain/draft/state';
import { standardLeague } from '../../../shared/domain/league';
import { createRng } from '../../../shared/domain/random';
import { scoringPreset, type ScoringPresetName } from '../../../shared/domain/scoring';
import { FANTASY_POSITIONS } from '../../../shared/domain/stats';
import { RANGE_CALIBRATION } from '../model/backtest';
import type { History } from '../model/history';
import { projectPool } from '../model/project';
import { trainModel } from '../model/train';
import type { ModelConfig } from '../model/model';
import { runLeague, type LeagueSetup } from './league';
import { spearman } from '../model/evaluate';
import { buildSeasonPool, type MarketMode, type Projector } from './seasonPool';

export interface SimulateOptions {
  season: number;
  leagues: number;
  teams: number;
  scoring: ScoringPresetName;
  seed: number;
  /** The recommender's market: Y's ADP, or the app's estimate from before Y (default adp). */
  market?: MarketMode;
  /** Diagnostic for the estimate mode: its within-position order is Y's ADP order (seasonPool.ts). */
  estimateKnowsOrder?: boolean;
  recommend?: RecommendOptions;
  /** Replaces training (tests): projects the season's entries. */
  projector?: Projector;
  /** Training settings over the defaults (tests use a small ensemble). */
  model?: Partial<ModelConfig>;
  /** false: the network's projections without the team step (teamVolume.ts), for measuring it. */
  teamVolume?: boolean;
  onLeague?: (done: number, total: number) => void;
}

export interface SimulateSummary {
  season: number;
  leagues: number;
  teams: number;
  market: MarketMode;
  /** Present only for the diagnostic run whose estimate knew Y's order within each position. */
  estimate_order?: 'known';
  /** Spearman between the market ranks the recommender used and Y's ADP, over ADP's top 200. */
  market_spearman: number;
  recommender: { pts_per_week_vs_field: number; pts_per_week_vs_adp_drafter: number; league_best_rate: number };
  bots: { mean_abs_pick_vs_adp: number };
  seconds: number;
}

/** Where the two strategies differ: per position, picks by round group and actual lineup points. */
export interface Diagnostics {
  train_seconds: number;
  draft_seconds: number;
  players: number;
  unmatched_adp: number;
  /** Mean players drafted per position in rounds 1-3, 4-6, 7-10, 11-15. */
  picks: Record<'recommender' | 'adp_drafter', Record<string, number[]>>;
  /** Mean actual points per week from starters at each position. */
  starters: Record<'recommender' | 'adp_drafter', Record<string, number>>;
  /** Mean actual points per week of the recommender's lineup minus the ADP drafter's, by league share. */
  vs_adp_drafter_sd: number;
}

const ROUND_GROUPS = [3, 6, 10, Infinity];
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export async function simulateSeason(h: History, dataDir: string, options: SimulateOptions): Promise<{ summary: SimulateSummary; diagnostics: Diagnostics }> {
  const t0 = performance.now();
  const { season, leagues, teams, seed } = options;
  const rules = scoringPreset(options.scoring);
  let projector = options.projector;
  let dispose = () => {};
  if (!projector) {
    // Trained once per season run on seasons < Y only; every league reuses the projections.
    const trained = await trainModel(h, season, { seed, ...options.model });
    projector = (entries) => projectPool(h, trained.model, trained.config.members, season, entries, RANGE_CALIBRATION, { teamVolume: options.teamVolume !== false });
    dispose = () => trained.model.dispose();
  }
  const market = options.market ?? 'adp';
  const knowsOrder = market === 'estimate' && options.estimateKnowsOrder === true;
  const seasonPool = buildSeasonPool(h, dataDir, season, rules, projector, market, knowsOrder);
  dispose();
  const tTrain = performance.now();
  const config = standardLeague({ teams, myTeam: 0 });
  const pool = createDraftPool(seasonPool.players, config);
  const estimate = seasonPool.estimate;
  const recommenderPool = estimate ? createDraftPool(seasonPool.players.map((p) => ({ ...p, adp: estimate.adp.get(p.id) ?? null })), config) : pool;
  // The app's advice re-prices the estimate after every pick (marketEstimate.ts): so does the simulation.
  const recommenderMarket = estimate
    ? (state: DraftState) => poolAfterPicks(estimate, recommenderPool, new Set(state.picks.flatMap((p) => (p ? [p.playerId] : []))), config)
    : undefined;
  const setup: LeagueSetup = {
    config,
    pool,
    actual: seasonPool.actual,
    ...(options.recommend ? { recommend: options.recommend } : {}),
    ...(recommenderMarket ? { recommenderMarket } : {}),
  };
  const root = createRng(seed).fork('simulate', season);

  let vsField = 0;
  let vsAdp = 0;
  let vsAdpSq = 0;
  let best = 0;
  let botGap = 0;
  let botPicks = 0;
  const picks = { recommender: emptyGroups(), adp_drafter: emptyGroups() };
  const starters = { recommender: emptyPositions(), adp_drafter: emptyPositions() };
  for (let league = 0; league < leagues; league++) {
    const slot = league % teams;
    const r = runLeague(setup, slot, root.fork('league', league));
    const mine = r.recommenderRun[slot]!;
    const others = r.recommenderRun.filter((_, t) => t !== slot);
    vsField += mine - others.reduce((a, b) => a + b, 0) / others.length;
    const d = mine - r.adpRun[slot]!;
    vsAdp += d;
    vsAdpSq += d * d;
    if (others.every((o) => mine > o)) best++;
    for (const p of r.recommenderState.picks.slice(0, 120)) {
      if (!p || p.team === slot) continue;
      botGap += Math.abs(p.overall - (pool.indexOf.get(p.playerId)! + 1));
      botPicks++;
    }
    tally(r.recommenderState, slot, picks.recommender, starters.recommender, setup);
    tally(r.adpState, slot, picks.adp_drafter, starters.adp_drafter, setup);
    options.onLeague?.(league + 1, leagues);
  }
  const n = Math.max(1, leagues);
  const mean = vsAdp / n;
  const summary: SimulateSummary = {
    season,
    leagues,
    teams,
    market,
    ...(knowsOrder ? { estimate_order: 'known' as const } : {}),
    market_spearman: round4(marketSpearman(pool, recommenderPool)),
    recommender: {
      pts_per_week_vs_field: round4(vsField / n),
      pts_per_week_vs_adp_drafter: round4(mean),
      league_best_rate: round4(best / n),
    },
    bots: { mean_abs_pick_vs_adp: round4(botPicks ? botGap / botPicks : 0) },
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
  const scale = (o: Record<string, number[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.map((x) => round4(x / n))]));
  const scale1 = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round4(v / n)]));
  const diagnostics: Diagnostics = {
    train_seconds: round4((tTrain - t0) / 1000),
    draft_seconds: round4((performance.now() - tTrain) / 1000),
    players: pool.players.length,
    unmatched_adp: seasonPool.unmatched.length,
    picks: { recommender: scale(picks.recommender), adp_drafter: scale(picks.adp_drafter) },
    starters: { recommender: scale1(starters.recommender), adp_drafter: scale1(starters.adp_drafter) },
    vs_adp_drafter_sd: round4(Math.sqrt(Math.max(0, vsAdpSq / n - mean * mean))),
  };
  return { summary, diagnostics };
}

/** Spearman between the recommender's market ranks and Y's ADP over the top 200 by ADP (K/DST included, as ADP ranks them). */
function marketSpearman(pool: DraftPool, used: DraftPool): number {
  const top = pool.players.filter((p) => p.adp !== null).slice(0, 200);
  return spearman(
    top.map((p) => used.marketRank[used.indexOf.get(p.id)!]!),
    top.map((p) => p.adp!),
  );
}

function emptyGroups(): Record<string, number[]> {
  return Object.fromEntries(FANTASY_POSITIONS.map((p) => [p, ROUND_GROUPS.map(() => 0)]));
}
function emptyPositions(): Record<string, number> {
  return Object.fromEntries(['QB', 'RB', 'WR', 'TE'].map((p) => [p, 0]));
}

function tally(state: DraftState, slot: number, picks: Record<string, number[]>, starters: Record<string, number>, setup: LeagueSetup) {
  const { pool, actual } = setup;
  const mine: { id: string; position: (typeof FANTASY_POSITIONS)[number]; projection: number }[] = [];
  for (const p of state.picks) {
    if (!p || p.team !== slot) continue;
    const player = pool.players[pool.indexOf.get(p.playerId)!]!;
    picks[player.position]![ROUND_GROUPS.findIndex((g) => p.round <= g)]!++;
    mine.push({ id: player.id, position: player.position, projection: actual.get(player.id) ?? 0 });
  }
  // Starters on actual points, by position (FLEX counted at the player's position).
  const sorted = (pos: string) => mine.filter((m) => m.position === pos).sort((a, b) => b.projection - a.projection);
  const take = { QB: sorted('QB').slice(0, 1), RB: sorted('RB').slice(0, 2), WR: sorted('WR').slice(0, 2), TE: sorted('TE').slice(0, 1) };
  const flex = [...sorted('RB').slice(2, 3), ...sorted('WR').slice(2, 3), ...sorted('TE').slice(1, 2)].sort((a, b) => b.projection - a.projection)[0];
  for (const [pos, list] of Object.entries(take)) for (const m of list) starters[pos]! += m.projection / 17;
  if (flex) starters[flex.position]! += flex.projection / 17;
}
