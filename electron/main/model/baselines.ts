// The two baselines the model must beat, and the season points they are built on.
import { scoreTotals, scoringPreset } from '../../../shared/domain/scoring';
import type { ModelPosition } from '../../../shared/domain/projection';
import type { History, PlayerSeason } from './history';

const PPR = scoringPreset('ppr');
export const SEASON_WEIGHTS = [5, 4, 3];

/** Per-game PPR points of every position in a season, the baselines' regression target. */
export function positionMeans(h: History, season: number): Record<ModelPosition, number> {
  const sums: Record<string, { pts: number; g: number }> = {};
  for (const ps of h.bySeason.get(season)?.values() ?? []) {
    const s = (sums[ps.position] ??= { pts: 0, g: 0 });
    s.pts += seasonPoints(ps);
    s.g += ps.games;
  }
  const out = {} as Record<ModelPosition, number>;
  for (const p of ['QB', 'RB', 'WR', 'TE', 'K'] as const) {
    const s = sums[p];
    out[p] = s && s.g > 0 ? s.pts / s.g : 0;
  }
  return out;
}

export function seasonPoints(ps: PlayerSeason, rules = PPR): number {
  return scoreTotals(ps.stats, rules, ps.position);
}

/** Earlier seasons of a player, most recent first: [Y-1, Y-2, Y-3] (undefined when absent). */
export function priorSeasons(h: History, playerId: string, season: number): (PlayerSeason | undefined)[] {
  return [1, 2, 3].map((k) => h.bySeason.get(season - k)?.get(playerId));
}

/**
 * The weighted_3yr baseline: per-game points over Y-1..Y-3 weighted 5/4/3 (by
 * games), regressed toward the position mean by 3 games, times the 5/4/3-weighted average of
 * games played. Seasons before the player's first season are left out, not counted as 0.
 */
export function weighted3yr(
  h: History,
  playerId: string,
  season: number,
  position: ModelPosition,
  means: Record<ModelPosition, number>,
  rules = PPR,
): { points: number; perGame: number; games: number } {
  const prior = priorSeasons(h, playerId, season);
  const first = h.byPlayer.get(playerId)?.[0]?.season ?? season;
  let wPts = 0;
  let wGames = 0;
  let wSum = 0;
  let games = 0;
  prior.forEach((ps, i) => {
    if (season - 1 - i < first) return;
    const w = SEASON_WEIGHTS[i]!;
    wSum += w;
    if (!ps) return;
    wPts += w * seasonPoints(ps, rules);
    wGames += w * ps.games;
    games += ps.games;
  });
  if (wGames === 0 || wSum === 0) return { points: 0, perGame: 0, games: 0 };
  const raw = wPts / wGames;
  const perGame = (raw * games + means[position] * 3) / (games + 3);
  const expGames = wGames / wSum;
  return { points: perGame * expGames, perGame, games: expGames };
}


/** Skill players with a game in either of the two seasons before `season`. */
export function veteranCandidatesFor(h: History, season: number): string[] {
  const ids = new Set<string>();
  for (const s of [season - 1, season - 2]) {
    for (const ps of h.bySeason.get(s)?.values() ?? []) if (ps.position !== 'K' && ps.games > 0) ids.add(ps.playerId);
  }
  return [...ids].sort();
}
