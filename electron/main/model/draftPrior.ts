// What a rookie's draft slot has been worth: the PPR season of earlier rookies at his position
// drafted near him, read from seasons before the target only. The network alone, given the
// slot as one number among 60-odd history features that are all zero for a rookie, learned a
// flat curve: rookie RBs drafted in the top 16 were projected 155 points in-sample against 248
// scored, picks after 150 56 against 36 (2023 model, rookies of 2015-2022). Handing it the
// empirical curve as a feature lets it start from what such picks did. The same rookies' per-game
// line fills a rookie's rate features (features.ts): with them all zero the network gave rookie
// RBs and WRs a blend of every position's line (Ashton Jeanty, 2025: 6 pass attempts a game).
import { PREDICTED_STATS, type ModelPosition } from '../../../shared/domain/projection';
import type { DraftSlot, History } from './history';
import { seasonPoints } from './baselines';

/** Draft value of a pick: 1 for the first pick, 0 for the last (262nd) of a 7-round draft. */
export function draftValue(draft: DraftSlot): number {
  return 1 - Math.log(draft.kind === 'drafted' ? draft.pick : 262) / Math.log(262);
}

/** Gaussian kernel width in draft value: about a round's spread in the first two rounds. */
const BANDWIDTH = 0.06;
/** Weight, in rookies, of the position's average rookie season (thin slots shrink to it). */
const SHRINK = 3;

interface RookieSeason {
  season: number;
  position: ModelPosition;
  kind: DraftSlot['kind'];
  value: number;
  points: number;
  games: number;
  totals: Record<(typeof PREDICTED_STATS)[number], number>;
}

/** The prior for one slot: season PPR points / 250 and the per-game line of those rookies. */
export interface DraftPrior {
  points: number;
  perGame: Record<(typeof PREDICTED_STATS)[number], number>;
}

const cache = new WeakMap<History, { rookies: RookieSeason[]; memo: Map<string, DraftPrior> }>();

function rookieSeasons(h: History) {
  let c = cache.get(h);
  if (!c) {
    const rookies: RookieSeason[] = [];
    for (const list of h.byPlayer.values()) {
      const first = list[0];
      const bio = first ? h.bios.get(first.playerId) : undefined;
      // His first season with stats is his rookie season when the bio agrees (or knows nothing).
      if (!first || !bio || first.position === 'K' || first.games <= 0) continue;
      // A first season at the start of the data is no rookie season unless the bio says so.
      if (bio.rookieSeason !== null ? bio.rookieSeason !== first.season : first.season <= (h.seasons[0] ?? 0)) continue;
      const totals = Object.fromEntries(PREDICTED_STATS.map((k) => [k, first.stats[k]])) as RookieSeason['totals'];
      rookies.push({ season: first.season, position: first.position, kind: bio.draft.kind, value: draftValue(bio.draft), points: seasonPoints(first), games: first.games, totals });
    }
    cache.set(h, (c = { rookies, memo: new Map() }));
  }
  return c;
}

/**
 * What rookies at `position` with `draft` did before `season`: their PPR season (/ 250) and
 * their per-game line (totals over games, so a rookie who played more counts more).
 */
export function draftPrior(h: History, season: number, position: ModelPosition, draft: DraftSlot): DraftPrior {
  const { rookies, memo } = rookieSeasons(h);
  const value = draftValue(draft);
  const key = `${season}|${position}|${draft.kind}|${value.toFixed(4)}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const all = { w: 0, points: 0, games: 0, totals: {} as Record<string, number> };
  const near = { w: 0, points: 0, games: 0, totals: {} as Record<string, number> };
  const add = (acc: typeof all, r: RookieSeason, w: number) => {
    acc.w += w;
    acc.points += w * r.points;
    acc.games += w * r.games;
    for (const k of PREDICTED_STATS) acc.totals[k] = (acc.totals[k] ?? 0) + w * r.totals[k];
  };
  for (const r of rookies) {
    if (r.season >= season || r.position !== position) continue;
    add(all, r, 1);
    if (r.kind !== draft.kind) continue;
    add(near, r, draft.kind === 'drafted' ? Math.exp(-0.5 * ((r.value - value) / BANDWIDTH) ** 2) : 1);
  }
  // Shrunk toward the position's average rookie by SHRINK rookies' worth of it.
  const k = all.w > 0 ? SHRINK / all.w : 0;
  const games = near.games + k * all.games;
  const out: DraftPrior = {
    points: (near.points + k * all.points) / (near.w + SHRINK) / 250,
    perGame: Object.fromEntries(PREDICTED_STATS.map((s) => [s, games > 0 ? ((near.totals[s] ?? 0) + k * (all.totals[s] ?? 0)) / games : 0])) as DraftPrior['perGame'],
  };
  memo.set(key, out);
  return out;
}
