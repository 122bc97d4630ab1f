// The transparent baseline projection (the backtest's weighted_3yr), computed under any ruleset
// from the stored games:
//
//   per-game points over Y-1, Y-2, Y-3 weighted 5/4/3 by games, regressed toward the
//   position's per-game mean of Y-1 by 3 games, times the 5/4/3-weighted games played
//   (a season missed after the player's first one counts as 0 games).
//
// The range is the baseline's own historical error: for each of the six seasons before the
// target, the same formula is run for the fantasy-relevant players (two starters' worth per
// 12-team league at each position) and the 10th/90th percentiles of actual / projected are
// taken per position. A player who then played no game counts as 0: that is the risk a
// drafter takes.
//
// Rookies (and pool players without a game in three seasons) get a prior by position and
// draft slot measured the same way: the mean, 10th and 90th percentile of the rookie-season
// points of the last ten draft classes in the same bucket (1st round, 2nd, 3rd, day 3,
// undrafted), widened to the neighbouring buckets when a bucket has fewer than 10 players.
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { FantasyPosition } from '../../../shared/domain/stats';
import type { Db } from '../db/connection';
import { rookieClasses, seasonPointsTable, type PoolPlayerRow, type SeasonPointsTable } from '../db/repos/scouting';
import type { PlayerProjection, ProjectionSource } from './types';

export const SEASON_WEIGHTS = [5, 4, 3] as const;
export const REGRESSION_GAMES = 3;
/** Seasons before the target the range and the rookie priors are measured on. */
export const CALIBRATION_SEASONS = 6;
/** Draft classes the rookie priors are measured on (more than the range: buckets are small). */
export const ROOKIE_CLASSES = 10;
/** Players per position whose errors count: two starters per team in a 12-team league. */
const RELEVANT: Record<FantasyPosition, number> = { QB: 24, RB: 48, WR: 60, TE: 24, K: 24, DST: 24 };
const MIN_BUCKET = 10;

type Means = Map<string, number>; // `${season}:${pos}` -> per-game points

export interface Weighted {
  points: number;
  perGame: number;
  games: number;
  rawPerGame: number;
  used: { season: number; games: number; points: number }[];
}

function positionMeans(table: SeasonPointsTable, positions: Map<number, FantasyPosition>): Means {
  const sums = new Map<string, { pts: number; g: number }>();
  for (const [id, seasons] of table) {
    const pos = positions.get(id);
    if (!pos) continue;
    for (const [season, s] of seasons) {
      const key = `${season}:${pos}`;
      const acc = sums.get(key) ?? { pts: 0, g: 0 };
      acc.pts += s.points;
      acc.g += s.games;
      sums.set(key, acc);
    }
  }
  return new Map([...sums].map(([k, v]) => [k, v.g > 0 ? v.pts / v.g : 0]));
}

/** weighted_3yr for one player and season; null without a game in the three seasons before. */
export function weighted3yr(table: SeasonPointsTable, playerId: number, season: number, positionMean: number): Weighted | null {
  const seasons = table.get(playerId);
  if (!seasons) return null;
  const first = Math.min(...seasons.keys());
  let wPts = 0;
  let wGames = 0;
  let wSum = 0;
  let games = 0;
  const used: Weighted['used'] = [];
  SEASON_WEIGHTS.forEach((w, i) => {
    const y = season - 1 - i;
    if (y < first) return;
    wSum += w;
    const s = seasons.get(y);
    if (!s || s.games === 0) return;
    wPts += w * s.points;
    wGames += w * s.games;
    games += s.games;
    used.push({ season: y, games: s.games, points: s.points });
  });
  if (wGames === 0 || wSum === 0) return null;
  const rawPerGame = wPts / wGames;
  const perGame = (rawPerGame * games + positionMean * REGRESSION_GAMES) / (games + REGRESSION_GAMES);
  const expGames = wGames / wSum;
  return { points: perGame * expGames, perGame, games: expGames, rawPerGame, used };
}

/** The q-quantile (0..1) of sorted values, linear between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export interface ErrorSpread {
  low: number;
  high: number;
  n: number;
  from: number;
  to: number;
}

/** 10th/90th percentile of actual / projected per position over the calibration seasons. */
export function errorSpread(table: SeasonPointsTable, positions: Map<number, FantasyPosition>, means: Means, target: number): Map<FantasyPosition, ErrorSpread> {
  const ratios = new Map<FantasyPosition, number[]>();
  const from = target - CALIBRATION_SEASONS;
  for (let y = from; y < target; y++) {
    const byPos = new Map<FantasyPosition, { proj: number; actual: number }[]>();
    for (const [id, seasons] of table) {
      const pos = positions.get(id);
      if (!pos || !seasons.get(y - 1)?.games) continue; // active the season before
      const w = weighted3yr(table, id, y, means.get(`${y - 1}:${pos}`) ?? 0);
      if (!w || w.points <= 0) continue;
      const list = byPos.get(pos) ?? [];
      list.push({ proj: w.points, actual: seasons.get(y)?.points ?? 0 });
      byPos.set(pos, list);
    }
    for (const [pos, list] of byPos) {
      list.sort((a, b) => b.proj - a.proj);
      const out = ratios.get(pos) ?? [];
      for (const r of list.slice(0, RELEVANT[pos])) out.push(r.actual / r.proj);
      ratios.set(pos, out);
    }
  }
  const spread = new Map<FantasyPosition, ErrorSpread>();
  for (const [pos, list] of ratios) {
    list.sort((a, b) => a - b);
    spread.set(pos, { low: quantile(list, 0.1), high: quantile(list, 0.9), n: list.length, from, to: target - 1 });
  }
  return spread;
}

export type DraftBucket = '1st round' | '2nd round' | '3rd round' | 'day 3' | 'undrafted';

export function draftBucket(pick: number | null): DraftBucket {
  if (pick === null || pick <= 0) return 'undrafted';
  if (pick <= 32) return '1st round';
  if (pick <= 64) return '2nd round';
  if (pick <= 105) return '3rd round';
  return 'day 3';
}

export interface RookiePrior {
  points: number;
  games: number;
  low: number;
  high: number;
  n: number;
  /** What the prior was measured on, e.g. "1st-round RBs" or "all rookie WRs". */
  basis: string;
}

const BUCKETS: readonly DraftBucket[] = ['1st round', '2nd round', '3rd round', 'day 3', 'undrafted'];

/**
 * Rookie-season points by position and draft bucket over the last ROOKIE_CLASSES draft
 * classes. A bucket with fewer than MIN_BUCKET players widens to its neighbours (1st-2nd
 * round...) rather than to the whole position, so a top pick never gets the prior of
 * undrafted free agents.
 */
export function rookiePriors(db: Db, table: SeasonPointsTable, target: number): (pos: FantasyPosition, pick: number | null) => RookiePrior {
  const samples = new Map<string, { points: number; games: number }[]>();
  for (const r of rookieClasses(db, target - ROOKIE_CLASSES, target - 1)) {
    const s = table.get(r.id)?.get(r.season);
    const key = `${r.position}:${BUCKETS.indexOf(draftBucket(r.draftNumber))}`;
    samples.set(key, [...(samples.get(key) ?? []), { points: s?.points ?? 0, games: s?.games ?? 0 }]);
  }
  const summarise = (list: { points: number; games: number }[], basis: string): RookiePrior => {
    const pts = list.map((x) => x.points).sort((a, b) => a - b);
    return {
      points: pts.reduce((a, b) => a + b, 0) / pts.length,
      games: list.reduce((a, b) => a + b.games, 0) / list.length,
      low: quantile(pts, 0.1),
      high: quantile(pts, 0.9),
      n: list.length,
      basis,
    };
  };
  return (pos, pick) => {
    const at = BUCKETS.indexOf(draftBucket(pick));
    for (let r = 0; r < BUCKETS.length; r++) {
      const from = Math.max(0, at - r);
      const to = Math.min(BUCKETS.length - 1, at + r);
      const list: { points: number; games: number }[] = [];
      for (let b = from; b <= to; b++) list.push(...(samples.get(`${pos}:${b}`) ?? []));
      if (list.length >= MIN_BUCKET || (from === 0 && to === BUCKETS.length - 1 && list.length > 0)) {
        const label = from === to ? BUCKETS[from]! : `${BUCKETS[from]} to ${BUCKETS[to]}`;
        return summarise(list, `${label} rookie ${pos}s`);
      }
    }
    return { points: 0, games: 0, low: 0, high: 0, n: 0, basis: `no rookie ${pos}s in the data` };
  };
}

const fmt = (x: number, d = 1) => x.toFixed(d);

export const baselineSource: ProjectionSource = {
  name: 'baseline',
  available: () => true,
  project(db: Db, rules: ScoringRules, season: number, pool: readonly PoolPlayerRow[]) {
    // Enough history for three prior seasons of every calibration season, and the rookie classes.
    const table = seasonPointsTable(db, rules, season - Math.max(CALIBRATION_SEASONS + SEASON_WEIGHTS.length, ROOKIE_CLASSES));
    const positions = new Map<number, FantasyPosition>();
    const rows = db.prepare('SELECT id, fantasy_position FROM players WHERE fantasy_position IS NOT NULL').all() as { id: number; fantasy_position: FantasyPosition }[];
    for (const r of rows) positions.set(r.id, r.fantasy_position);
    const means = positionMeans(table, positions);
    const spread = errorSpread(table, positions, means, season);
    const prior = rookiePriors(db, table, season);

    const out = new Map<number, PlayerProjection>();
    for (const p of pool) {
      const mean = means.get(`${season - 1}:${p.position}`) ?? 0;
      const w = weighted3yr(table, p.id, season, mean);
      const isRookie = p.rookieYear === season || p.draftYear === season;
      if (w && !isRookie) {
        const s = spread.get(p.position);
        const used = w.used.map((u) => `${u.season} (${u.games} g, ${fmt(u.points / u.games)}/g)`).join(', ');
        const reasons = [
          `Weighted 5/4/3 over ${used}: ${fmt(w.rawPerGame)} points a game.`,
          `Regressed toward the ${season - 1} ${p.position} average (${fmt(mean)}/g) by ${REGRESSION_GAMES} games: ${fmt(w.perGame)}/g.`,
          `Expected games ${fmt(w.games)}: games played, weighted the same way.`,
        ];
        if (s) reasons.push(`Range: 10th-90th percentile of actual / projected for ${p.position}s, ${s.from}-${s.to} (${s.n} player-seasons): x${fmt(s.low, 2)} to x${fmt(s.high, 2)}.`);
        out.set(p.id, {
          playerId: p.id,
          points: w.points,
          perGame: w.perGame,
          games: w.games,
          low: s ? w.points * s.low : w.points,
          high: s ? w.points * s.high : w.points,
          source: 'baseline',
          reasons,
        });
        continue;
      }
      const r = prior(p.position, p.draftNumber);
      const slot = p.draftNumber ? `pick ${p.draftNumber}` : 'undrafted';
      out.set(p.id, {
        playerId: p.id,
        points: r.points,
        perGame: r.games > 0 ? r.points / r.games : 0,
        games: r.games,
        low: r.low,
        high: r.high,
        source: 'baseline',
        reasons: [
          isRookie
            ? `Rookie (${slot}): no NFL games yet.`
            : `No regular-season game in ${season - 3}-${season - 1} (${slot}): projected like a rookie.`,
          `Prior: the mean rookie season of ${r.basis}, ${season - ROOKIE_CLASSES}-${season - 1} classes (${r.n} players), a missed season counted as 0.`,
          `Range: their 10th-90th percentile, ${fmt(r.low)} to ${fmt(r.high)} points.`,
        ],
      });
    }
    return out;
  },
};
