// Training examples: one per (player, season T) for every T before the target season.
// Candidates for T are the skill players with a game in T-1 or T-2 (so players who got hurt,
// benched or cut in T are in, with 0 games: the model must learn games played) plus T's
// rookies, i.e. players without an NFL game before T (first-year players and draftees whose
// first seasons were lost; only those who played in T, as the data has no roster before 2022:
// documented bias).
// Players back from a lost season count only when they came back (see buildTrainingSet).
import { scoreTotals, scoringPreset } from '../../../shared/domain/scoring';
import { PREDICTED_STATS, type ModelPosition } from '../../../shared/domain/projection';
import type { History } from './history';
import { positionMeans, veteranCandidatesFor, weighted3yr } from './baselines';
import { offPositionStats } from './model';
import { buildFeatures, featureContext, healthyGap, positionBefore, STAT_SCALE, FEATURE_COUNT, yetToPlay } from './features';

export const FIRST_TRAINING_SEASON = 2002;
const PPR = scoringPreset('ppr');

export interface Example {
  playerId: string;
  season: number;
  position: ModelPosition;
  x: Float32Array;
}

export interface TrainingSet {
  examples: Example[];
  /** [n, FEATURE_COUNT] */
  x: Float32Array;
  /** games played / scheduled games */
  games: Float32Array;
  /** [n, stats] per-game rates / STAT_SCALE */
  rates: Float32Array;
  /** [n, stats] 0 where a rate must not be learned (no games, or unusable targets 2003-2008) */
  rateMask: Float32Array;
  /** season PPR points / 100 */
  points: Float32Array;
  /** scheduled games of the season */
  schedule: Float32Array;
}

/**
 * @param minBaseline veterans whose weighted_3yr baseline is below this many PPR points are
 *   left out: the model is graded on fantasy-relevant players, and thousands of deep backups
 *   would otherwise dominate the loss.
 */
export function buildTrainingSet(h: History, targetSeason: number, first = FIRST_TRAINING_SEASON, minBaseline = 0, activeOnly = false): TrainingSet {
  const examples: Example[] = [];
  const targets: { games: number; rates: number[]; mask: number[]; points: number; schedule: number }[] = [];
  for (let t = first; t < targetSeason; t++) {
    const actual = h.bySeason.get(t);
    if (!actual) continue;
    const ctx = featureContext(h, t);
    const means = positionMeans(h, t - 1);
    const schedule = h.scheduleGames.get(t) ?? 17;
    const ids = new Set(veteranCandidatesFor(h, t));
    for (const ps of actual.values()) {
      if (ps.position !== 'K' && ps.games > 0 && yetToPlay(h, ps.playerId, t)) ids.add(ps.playerId);
    }
    for (const id of [...ids].sort()) {
      const position = positionBefore(h, id, t) ?? actual.get(id)?.position;
      if (!position || position === 'K') continue;
      const rookie = yetToPlay(h, id, t);
      if (!rookie && minBaseline > 0 && weighted3yr(h, id, t, position, means).points < minBaseline) continue;
      const ps = actual.get(id);
      const g = ps?.games ?? 0;
      if (activeOnly && g === 0) continue;
      // A player back from a lost season is projected only once he is on a roster or in a
      // draft pool, i.e. known to be returning: those who never came back (retired, cut for
      // good) would teach the network that a returner plays no games.
      if (g === 0 && healthyGap(h, id, t) > 0) continue;
      examples.push({ playerId: id, season: t, position, x: buildFeatures(h, id, t, position, ctx) });
      const badTargets = t >= 2003 && t <= 2008;
      // The heads a position may not use (model.ts) learn nothing, and the season points the
      // network is fitted to leave those stats out: they are added from the player's own seasons
      // at projection, so counting them here too would count them twice (a receiver's carries
      // were being learnt by his receiving heads, then added again: WR top-12 bias +5-7%).
      const off = offPositionStats(position);
      const onPosition = ps ? { ...ps.stats, ...Object.fromEntries(off.map((s) => [s, 0])) } : null;
      targets.push({
        games: Math.min(1, g / schedule),
        rates: PREDICTED_STATS.map((s) => (ps && g > 0 ? ps.stats[s] / g / STAT_SCALE[s] : 0)),
        mask: PREDICTED_STATS.map((s) => (g > 0 && !(badTargets && s === 'targets') && !off.includes(s) ? 1 : 0)),
        points: onPosition ? scoreTotals(onPosition, PPR, position) / 100 : 0,
        schedule,
      });
    }
  }
  const n = examples.length;
  const k = PREDICTED_STATS.length;
  const set: TrainingSet = {
    examples,
    x: new Float32Array(n * FEATURE_COUNT),
    games: new Float32Array(n),
    rates: new Float32Array(n * k),
    rateMask: new Float32Array(n * k),
    points: new Float32Array(n),
    schedule: new Float32Array(n),
  };
  examples.forEach((e, i) => {
    set.x.set(e.x, i * FEATURE_COUNT);
    const t = targets[i]!;
    set.games[i] = t.games;
    set.rates.set(t.rates, i * k);
    set.rateMask.set(t.mask, i * k);
    set.points[i] = t.points;
    set.schedule[i] = t.schedule;
  });
  return set;
}
