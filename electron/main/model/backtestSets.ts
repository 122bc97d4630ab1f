// The backtest's two narrower grades: within each position (where the recommender lets our
// projection choose between players the market prices alike) and D/ST.
import { projectedPoints, type BacktestSummary, type Projection } from '../../../shared/domain/projection';
import { scoringPreset, type ScoringRules } from '../../../shared/domain/scoring';
import { actualDefencePoints, projectDefences } from '../../../shared/domain/dstProjection';
import type { History } from './history';
import { actualPoints, round, spearman, type EvalPlayer } from './evaluate';
import { derivedDefenceGames, evalDefenceGames } from './dstHistory';
import { experience } from './features';

/** A player with no NFL season before Y (an ADP name matching no player is not counted). */
export function isRookie(h: History, p: EvalPlayer, season: number): boolean {
  return p.playerId !== null && experience(h.bios.get(p.playerId), h, p.playerId, season) === 0;
}

/** How many of a position's set, projected highest, the bias is measured on. */
const BIAS_TOP = 12;

export function byPosition(
  h: History,
  set: readonly EvalPlayer[],
  projectionOf: Map<string, Projection>,
  season: number,
  rules: ScoringRules,
): BacktestSummary['by_position'] {
  if (set.length === 0) return null;
  const out = {} as NonNullable<BacktestSummary['by_position']>;
  for (const pos of ['QB', 'RB', 'WR', 'TE'] as const) {
    const rows = set
      .filter((p) => p.position === pos)
      .map((p) => ({ adp: p.adpRank ?? 999, projected: projectedPoints(projectionOf.get(p.key)!, rules).points, actual: actualPoints(h, p, season, rules), rookie: isRookie(h, p, season) }));
    const top = [...rows].sort((a, b) => b.projected - a.projected).slice(0, BIAS_TOP);
    const meanActual = top.reduce((s, r) => s + r.actual, 0) / Math.max(1, top.length);
    const meanProjected = top.reduce((s, r) => s + r.projected, 0) / Math.max(1, top.length);
    out[pos] = {
      players: rows.length,
      spearman: round(spearman(rows.map((r) => r.projected), rows.map((r) => r.actual))),
      adp_spearman: round(spearman(rows.map((r) => -r.adp), rows.map((r) => r.actual))),
      bias: meanActual > 0 ? round((meanProjected - meanActual) / meanActual) : 0,
      veterans: rankAgreement(rows.filter((r) => !r.rookie)),
    };
  }
  return out;
}

interface GradedRow {
  adp: number;
  projected: number;
  actual: number;
}

function rankAgreement(rows: readonly GradedRow[]): { players: number; spearman: number; adp_spearman: number } {
  const actual = rows.map((r) => r.actual);
  return { players: rows.length, spearman: round(spearman(rows.map((r) => r.projected), actual)), adp_spearman: round(spearman(rows.map((r) => -r.adp), actual)) };
}

/** The rookies of the top 200: the players the draft features and the landing spot alone project. */
export function rookiesLine(h: History, set: readonly EvalPlayer[], rows: readonly GradedRow[], season: number): BacktestSummary['rookies'] {
  const rookies = rows.filter((_, i) => isRookie(h, set[i]!, season));
  if (rookies.length === 0 || set.every((p) => p.adpRank === null)) return null;
  const meanActual = rookies.reduce((s, r) => s + r.actual, 0) / rookies.length;
  const meanProjected = rookies.reduce((s, r) => s + r.projected, 0) / rookies.length;
  return {
    ...rankAgreement(rookies),
    mae: round(rookies.reduce((s, r) => s + Math.abs(r.projected - r.actual), 0) / rookies.length),
    bias: meanActual > 0 ? round((meanProjected - meanActual) / meanActual) : 0,
  };
}

const STANDARD = scoringPreset('standard');

/**
 * D/ST in standard scoring: the projection reads only what the app may ship (derivedDefenceGames);
 * the truth and the last-season baseline come from the evaluation-only team-defence table.
 */
export function dstBacktest(h: History, dataDir: string, season: number): BacktestSummary['dst'] {
  const truth = evalDefenceGames(dataDir);
  if (!truth) return null;
  const actual = actualDefencePoints(truth, season, STANDARD);
  const last = actualDefencePoints(truth, season - 1, STANDARD);
  const projected = projectDefences(derivedDefenceGames(dataDir), season, STANDARD, h.scheduleGames.get(season) ?? 17);
  const teams = [...actual.keys()].filter((t) => projected.has(t)).sort();
  if (teams.length === 0) return null;
  const a = teams.map((t) => actual.get(t)!);
  const p = teams.map((t) => projected.get(t)!.points);
  const b = teams.map((t) => last.get(t) ?? 0);
  const mae = (xs: number[]) => xs.reduce((s, x, i) => s + Math.abs(x - a[i]!), 0) / xs.length;
  return { teams: teams.length, spearman: round(spearman(p, a)), mae: round(mae(p)), baseline_mae: round(mae(b)) };
}
