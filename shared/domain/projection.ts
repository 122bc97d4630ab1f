// What the projection model says about one player for one season: expected games and a
// per-game stat line, so points follow for ANY scoring ruleset, plus a 10th-90th percentile
// range kept as ratios to the mean (so it rescales with the ruleset too).
import type { StatKey, StatLine } from './stats';
import { scoreTotals, scoringPreset, type ScoringRules } from './scoring';

export type ModelPosition = 'QB' | 'RB' | 'WR' | 'TE' | 'K';

/** Per-game stats the network predicts for skill players (the rest come from shrunk history). */
export const PREDICTED_STATS = [
  'pass_att',
  'pass_cmp',
  'pass_yd',
  'pass_td',
  'pass_int',
  'rush_att',
  'rush_yd',
  'rush_td',
  'targets',
  'rec',
  'rec_yd',
  'rec_td',
  'fumbles_lost',
] as const satisfies readonly StatKey[];

export interface Projection {
  playerId: string;
  season: number;
  position: ModelPosition;
  /** Expected regular-season games played. */
  games: number;
  /** Expected stats per game played. */
  perGame: StatLine;
  /** 10th and 90th percentile of season points as multiples of the mean projection. */
  lowRatio: number;
  highRatio: number;
  /** Short human reasons (age curve, games history, rookie prior...). */
  reasons: string[];
}

export interface ProjectedPoints {
  points: number;
  low: number;
  high: number;
  perGame: number;
}

const PPR = scoringPreset('ppr');

/**
 * How the range's width follows the ruleset: widths are learned in PPR points and carried to
 * another ruleset scaled by (points / PPR points)^RANGE_WIDTH_EXPONENT. 1 would keep the PPR
 * ratios (too narrow for standard scoring, whose points lean on touchdowns, the noisy part);
 * 0 would keep the PPR widths in points. PPR itself is unaffected. With 0.5, 2019-2024
 * backtests cover 76-84% (standard) and 76-85% (half) of the ADP top 200.
 */
export const RANGE_WIDTH_EXPONENT = 0.5;

/** Season points for a ruleset: games x score of the per-game line, with the range. */
export function projectedPoints(p: Projection, rules: ScoringRules): ProjectedPoints {
  const perGame = scoreTotals(p.perGame, rules, p.position);
  const points = perGame * p.games;
  const ppr = rules === PPR ? points : scoreTotals(p.perGame, PPR, p.position) * p.games;
  const scale = ppr > 0 && points > 0 ? Math.pow(points / ppr, RANGE_WIDTH_EXPONENT) : 1;
  const low = Math.max(0, points - ppr * (1 - p.lowRatio) * scale);
  const high = points + ppr * (p.highRatio - 1) * scale;
  return { points, perGame, low, high };
}

export interface BacktestMetrics {
  mae: number;
  rmse: number;
  r2: number;
  spearman: number;
}

/** One backtest season, the exact shape `npm run backtest -- --json` prints. */
export interface BacktestSummary {
  season: number;
  scoring: 'standard' | 'half' | 'ppr';
  set: 'adp_top200' | 'baseline_top200';
  players: number;
  model: BacktestMetrics & { coverage_10_90: number };
  baselines: { last_season: BacktestMetrics; weighted_3yr: BacktestMetrics };
  adp: { spearman: number } | null;
  /**
   * Within each position, over ADP's top 24 QB, 48 RB, 60 WR and 24 TE: Spearman of the
   * model and of ADP against actual points, and the bias of the 12 the model projects highest
   * ((mean projected - mean actual) / mean actual). null without an ADP export.
   */
  by_position: Record<'QB' | 'RB' | 'WR' | 'TE', PositionBacktest> | null;
  /** D/ST (standard scoring, every team) against last season's D/ST points; null without the team-defence table. */
  dst: { teams: number; spearman: number; mae: number; baseline_mae: number } | null;
  /**
   * Rookies (no NFL season before Y) in the top 200: their MAE, bias ((mean projected - mean
   * actual) / mean actual) and Spearman of the model and of ADP among them. null without ADP.
   */
  rookies?: { players: number; mae: number; bias: number; spearman: number; adp_spearman: number } | null;
  train_seconds: number;
}

export interface PositionBacktest {
  players: number;
  spearman: number;
  adp_spearman: number;
  bias: number;
  /** The same two Spearman figures over the set without its rookies: how much of a gap rookies are. */
  veterans?: { players: number; spearman: number; adp_spearman: number };
}
