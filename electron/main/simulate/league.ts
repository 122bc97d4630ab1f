// One simulated league, drafted twice: the test slot drafts with the recommender, then with
// the ADP drafter, while the 11 bots keep the same boards (drawn from the league stream
// keyed by team, see runPicks), so the two runs differ only by what the slot does.
import { assignPersonalities } from '../../../shared/domain/draft/bots';
import { marketPick, runPicks, type TeamStrategy } from '../../../shared/domain/draft/mock';
import type { DraftPool } from '../../../shared/domain/draft/pool';
import { recommenderStrategy, type RecommendOptions } from '../../../shared/domain/draft/recommend';
import { createDraft, type DraftState } from '../../../shared/domain/draft/state';
import type { LeagueConfig } from '../../../shared/domain/league';
import type { Rng } from '../../../shared/domain/random';
import { bestLineup, type RosterSlots } from '../../../shared/domain/roster';

/** The scored lineup: QB, RB, RB, WR, WR, TE, FLEX (K and DST are not scored). */
export const SCORED_SLOTS: RosterSlots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 };
/** Weeks the season points are spread over (the spec's fixed divisor). */
export const WEEKS = 17;

export interface LeagueSetup {
  config: LeagueConfig;
  pool: DraftPool;
  /** Actual season points by player id. */
  actual: ReadonlyMap<string, number>;
  recommend?: RecommendOptions;
  /**
   * The market the recommender sees at a state, when it is not the bots' (the estimate mode):
   * the same players with the app's estimated ADP. The bots always draft from Y's real ADP.
   */
  recommenderMarket?: (state: DraftState) => DraftPool;
}

export interface LeagueResult {
  slot: number;
  /** Points per week of every team's best actual lineup, recommender run. */
  recommenderRun: number[];
  /** The same with the ADP drafter in the slot. */
  adpRun: number[];
  recommenderState: DraftState;
  adpState: DraftState;
}

/** A roster's best starting lineup on actual points, per week. */
export function rosterPointsPerWeek(playerIds: readonly string[], actual: ReadonlyMap<string, number>, pool: DraftPool): number {
  const players = playerIds.flatMap((id) => {
    const i = pool.indexOf.get(id);
    return i === undefined ? [] : [{ id, position: pool.players[i]!.position, projection: actual.get(id) ?? 0 }];
  });
  return bestLineup(players, SCORED_SLOTS).points / WEEKS;
}

export function teamScores(state: DraftState, actual: ReadonlyMap<string, number>, pool: DraftPool): number[] {
  const rosters: string[][] = Array.from({ length: state.config.teams }, () => []);
  for (const p of state.picks) if (p) rosters[p.team]!.push(p.playerId);
  return rosters.map((ids) => rosterPointsPerWeek(ids, actual, pool));
}

/** The strategies of one run: bots with the league's personalities, `mine` in the slot. */
export function leagueStrategies(teams: number, slot: number, rng: Rng, mine: TeamStrategy): TeamStrategy[] {
  const strategies: TeamStrategy[] = assignPersonalities(teams, rng.fork('personalities'));
  strategies[slot] = mine;
  return strategies;
}

export function draftLeague(setup: LeagueSetup, slot: number, rng: Rng, mine: TeamStrategy): DraftState {
  const config = { ...setup.config, myTeam: slot };
  return runPicks(createDraft(config), { pool: setup.pool, rng, strategies: leagueStrategies(config.teams, slot, rng, mine) });
}

/** The recommender's pick at each state draws from its own stream keyed by the pick number. */
export function recommenderFor(rng: Rng, options: RecommendOptions = {}, market?: (state: DraftState) => DraftPool): TeamStrategy {
  const strategy = recommenderStrategy((state) => rng.fork('recommend', state.picks.filter((p) => p !== null).length), options);
  return market ? (view) => strategy({ state: view.state, pool: market(view.state) }) : strategy;
}

export function runLeague(setup: LeagueSetup, slot: number, rng: Rng): LeagueResult {
  const recommenderState = draftLeague(setup, slot, rng, recommenderFor(rng, setup.recommend, setup.recommenderMarket));
  const adpState = draftLeague(setup, slot, rng, marketPick);
  return {
    slot,
    recommenderRun: teamScores(recommenderState, setup.actual, setup.pool),
    adpRun: teamScores(adpState, setup.actual, setup.pool),
    recommenderState,
    adpState,
  };
}
