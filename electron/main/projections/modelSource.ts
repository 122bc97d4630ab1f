// How the projection model plugs in: wrap whatever produces its per-game stat-line
// Projections (shared/domain/projection.ts, player ids = our internal ids as strings) and
// register it once at start-up:
//
//   registerProjectionSource(modelSource((db, season) => savedModelProjections(db, season)));
//
// Points, range and per-game follow for ANY ruleset through projectedPoints (the model
// predicts stats, not points), so one trained model serves every league.
import { projectedPoints, type Projection } from '../../../shared/domain/projection';
import type { Db } from '../db/connection';
import type { PlayerProjection, ProjectionSource } from './types';

/** null: nothing for this season (no trained model), so the baseline answers. */
export type ModelProjections = (db: Db, season: number) => readonly Projection[] | null;

export function modelSource(load: ModelProjections): ProjectionSource {
  return {
    name: 'model',
    available: (db, season) => (load(db, season)?.length ?? 0) > 0,
    project(db, rules, season, pool) {
      const wanted = new Set(pool.map((p) => p.id));
      const out = new Map<number, PlayerProjection>();
      for (const p of load(db, season) ?? []) {
        const id = Number(p.playerId);
        if (!wanted.has(id)) continue;
        const pts = projectedPoints(p, rules);
        out.set(id, {
          playerId: id,
          points: pts.points,
          low: pts.low,
          high: pts.high,
          perGame: pts.perGame,
          games: p.games,
          source: 'model',
          reasons: [...p.reasons, `Model: ${p.games.toFixed(1)} games at ${pts.perGame.toFixed(1)} points a game under this scoring.`],
        });
      }
      return out;
    },
  };
}
