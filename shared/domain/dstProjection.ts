// D/ST projections from team-defence games, for any scoring ruleset.
//
// Each linear stat (sacks, interceptions, fumble recoveries, defensive and return TDs,
// safeties, blocked kicks) is the team's per-game rate over the three seasons before the
// target, weighted 5/4/3 by games, shrunk toward the league rate by a number of games that
// follows how little the stat repeats from one season to the next (sacks repeat, fumble
// recoveries and TDs are mostly luck). Points allowed are priced by brackets game by game, so
// the projection keeps a distribution: the league's games of those seasons, shifted by the
// team's shrunk mean points allowed minus the league mean, each scored under the ruleset.
//
// Where a game's box stats are missing (a stat is null), that stat is left out of the team's
// rate and the league rate of the seasons that have it answers; the caller says where the
// numbers came from (see DefenceBox).
//
// The range is the method's own error: the same projection made for each of the six seasons
// before the target (from the seasons before each) against what the units then scored; the
// 10th and 90th percentile of actual / projected season points.
import { pointsAllowedScore, scoreTotals, type ScoringRules } from './scoring';
import { emptyStatLine, type StatLine } from './stats';
import { currentFranchise } from './players';

export const DST_LINEAR_STATS = ['def_sacks', 'def_int', 'def_fum_rec', 'def_td', 'def_safety', 'def_blk_kick'] as const;
export type DstLinearStat = (typeof DST_LINEAR_STATS)[number];

/** One team's defence in one regular-season game; null where the data has no such count. */
export interface TeamDefenceGame {
  team: string;
  season: number;
  week: number;
  pointsAllowed: number;
  stats: Record<DstLinearStat, number | null>;
}

/**
 * Games of shrinkage toward the league rate, per stat, from the stats' nature: sacks and
 * points allowed are the most repeatable (one season of prior), TDs, safeties and blocks are
 * close to random. Interceptions and fumble recoveries were first set at 34 and 68 games; 17
 * and 34 ranked the units better in 5 of the 6 backtest seasons 2019-2024 (mean Spearman
 * 0.304 against 0.292, MAE equal), so those two are chosen on the backtest seasons.
 */
export const DST_SHRINK_GAMES: Record<DstLinearStat | 'pts_allowed', number> = {
  def_sacks: 17,
  def_int: 17,
  def_fum_rec: 34,
  def_td: 100,
  def_safety: 1000,
  def_blk_kick: 100,
  pts_allowed: 17,
};
const WEIGHTS = [5, 4, 3];
const RANGE_SEASONS = 6;

export interface DstProjection {
  team: string;
  /** Expected per-game line (linear stats; pts_allowed holds the mean points allowed). */
  perGame: StatLine;
  /** Expected points-allowed bracket points per game under the ruleset. */
  pointsAllowedPerGame: number;
  perGamePoints: number;
  points: number;
  low: number;
  high: number;
  /** Stats without a count in the team's three seasons (answered by the league rate, or 0). */
  leagueRateOnly: DstLinearStat[];
}

interface TeamSeasonAgg {
  games: number;
  sums: Record<DstLinearStat, number>;
  counted: Record<DstLinearStat, number>; // games with a count for the stat
  pa: number;
}

function aggregate(games: readonly TeamDefenceGame[]) {
  const bySeasonTeam = new Map<string, TeamSeasonAgg>();
  const paBySeason = new Map<number, number[]>();
  for (const g of games) {
    const team = currentFranchise(g.team);
    const k = `${g.season}:${team}`;
    let a = bySeasonTeam.get(k);
    if (!a) {
      a = { games: 0, sums: zeroes(), counted: zeroes(), pa: 0 };
      bySeasonTeam.set(k, a);
    }
    a.games += 1;
    a.pa += g.pointsAllowed;
    for (const s of DST_LINEAR_STATS) {
      const v = g.stats[s];
      if (v === null) continue;
      a.sums[s] += v;
      a.counted[s] += 1;
    }
    const list = paBySeason.get(g.season) ?? [];
    list.push(g.pointsAllowed);
    paBySeason.set(g.season, list);
  }
  return { bySeasonTeam, paBySeason };
}

const zeroes = (): Record<DstLinearStat, number> => ({ def_sacks: 0, def_int: 0, def_fum_rec: 0, def_td: 0, def_safety: 0, def_blk_kick: 0 });

type Agg = ReturnType<typeof aggregate>;

/** Per-team projected lines for the season from the seasons before it only. */
function projectLines(agg: Agg, teams: readonly string[], season: number) {
  const league = { sums: zeroes(), counted: zeroes(), pa: 0, games: 0 };
  const paSample: number[] = [];
  for (let k = 1; k <= 3; k++) {
    for (const [key, a] of agg.bySeasonTeam) {
      if (Number(key.split(':')[0]) !== season - k) continue;
      league.pa += a.pa;
      league.games += a.games;
      for (const s of DST_LINEAR_STATS) {
        league.sums[s] += a.sums[s];
        league.counted[s] += a.counted[s];
      }
    }
    paSample.push(...(agg.paBySeason.get(season - k) ?? []));
  }
  const leagueRate = (s: DstLinearStat) => (league.counted[s] > 0 ? league.sums[s] / league.counted[s] : 0);
  const leaguePa = league.games > 0 ? league.pa / league.games : 0;
  const lines = new Map<string, { perGame: StatLine; leagueRateOnly: DstLinearStat[]; shift: number }>();
  for (const team of teams) {
    const perGame = emptyStatLine();
    const leagueRateOnly: DstLinearStat[] = [];
    const seasons = WEIGHTS.map((w, i) => ({ w, a: agg.bySeasonTeam.get(`${season - 1 - i}:${team}`) }));
    for (const s of DST_LINEAR_STATS) {
      let wSum = 0;
      let wGames = 0;
      for (const { w, a } of seasons) {
        if (!a || a.counted[s] === 0) continue;
        wSum += (w * a.sums[s]) / a.counted[s];
        wGames += w;
      }
      const rate = wGames > 0 ? wSum / wGames : leagueRate(s);
      // Weighted seasons -> games of evidence (a season of counted games each).
      const evidence = seasons.reduce((n, { a }) => n + (a ? a.counted[s] : 0), 0);
      if (evidence === 0) leagueRateOnly.push(s);
      const shrink = DST_SHRINK_GAMES[s];
      perGame[s] = (rate * evidence + leagueRate(s) * shrink) / (evidence + shrink);
    }
    let paW = 0;
    let paWg = 0;
    let paGames = 0;
    for (const { w, a } of seasons) {
      if (!a || a.games === 0) continue;
      paW += (w * a.pa) / a.games;
      paWg += w;
      paGames += a.games;
    }
    const paRate = paWg > 0 ? paW / paWg : leaguePa;
    perGame.pts_allowed = (paRate * paGames + leaguePa * DST_SHRINK_GAMES.pts_allowed) / (paGames + DST_SHRINK_GAMES.pts_allowed);
    lines.set(team, { perGame, leagueRateOnly, shift: perGame.pts_allowed - leaguePa });
  }
  return { lines, paSample };
}

function pointsAllowedExpectation(rules: ScoringRules, sample: readonly number[], shift: number): number {
  if (sample.length === 0) return 0;
  let s = 0;
  for (const pa of sample) s += pointsAllowedScore(rules, Math.max(0, Math.round(pa + shift)));
  return s / sample.length;
}

/** Season D/ST points of every team in one season, scored game by game (the truth a projection is graded on). */
export function actualDefencePoints(games: readonly TeamDefenceGame[], season: number, rules: ScoringRules): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of games) {
    if (g.season !== season) continue;
    const line = emptyStatLine();
    for (const s of DST_LINEAR_STATS) line[s] = g.stats[s] ?? 0;
    const team = currentFranchise(g.team);
    out.set(team, (out.get(team) ?? 0) + scoreTotals(line, rules, 'DST') + pointsAllowedScore(rules, g.pointsAllowed));
  }
  return out;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

function seasonPoints(line: StatLine, paPerGame: number, rules: ScoringRules, games: number) {
  const perGamePoints = scoreTotals(line, rules, 'DST') + paPerGame;
  return { perGamePoints, points: perGamePoints * games };
}

/**
 * D/ST projections for `season` (only games before it are read), `games` regular-season
 * games each. Teams: every franchise with a game in the three seasons before.
 */
export function projectDefences(games: readonly TeamDefenceGame[], season: number, rules: ScoringRules, scheduleGames: number): Map<string, DstProjection> {
  const agg = aggregate(games.filter((g) => g.season < season));
  const teamsOf = (y: number) =>
    [...new Set([...agg.bySeasonTeam.keys()].filter((k) => { const s = Number(k.split(':')[0]); return s >= y - 3 && s < y; }).map((k) => k.split(':')[1]!))].sort();

  // The range: this method's own error over the seasons before the target.
  const ratios: number[] = [];
  for (let y = season - RANGE_SEASONS; y < season; y++) {
    const actual = actualDefencePoints(games, y, rules);
    if (actual.size === 0) continue;
    const { lines, paSample } = projectLines(agg, teamsOf(y), y);
    for (const [team, l] of lines) {
      const got = actual.get(team);
      if (got === undefined) continue;
      const played = games.filter((g) => g.season === y && currentFranchise(g.team) === team).length;
      const p = seasonPoints(l.perGame, pointsAllowedExpectation(rules, paSample, l.shift), rules, played).points;
      if (p > 0) ratios.push(got / p);
    }
  }
  ratios.sort((a, b) => a - b);
  const low = ratios.length >= 20 ? quantile(ratios, 0.1) : 0.5;
  const high = ratios.length >= 20 ? quantile(ratios, 0.9) : 1.5;

  const { lines, paSample } = projectLines(agg, teamsOf(season), season);
  const out = new Map<string, DstProjection>();
  for (const [team, l] of lines) {
    const paPerGame = pointsAllowedExpectation(rules, paSample, l.shift);
    const { perGamePoints, points } = seasonPoints(l.perGame, paPerGame, rules, scheduleGames);
    // A range never runs backwards, even for a unit projected below zero.
    const a = points * low;
    const b = points * high;
    out.set(team, { team, perGame: l.perGame, pointsAllowedPerGame: paPerGame, perGamePoints, points, low: Math.min(a, b), high: Math.max(a, b), leagueRateOnly: l.leagueRateOnly });
  }
  return out;
}
