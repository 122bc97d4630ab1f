// What a projection source answers for the target season's pool. One implementation
// today (the transparent weighted_3yr baseline, ./baseline.ts); the projection model
// plugs in as a second source through registerProjectionSource (./service.ts) and
// overrides the baseline for the players it covers.
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { Db } from '../db/connection';
import type { PoolPlayerRow } from '../db/repos/scouting';

export interface PlayerProjection {
  playerId: number;
  /** Expected regular-season points under the ruleset. */
  points: number;
  /** 10th and 90th percentile of season points. */
  low: number;
  high: number;
  perGame: number;
  games: number;
  source: 'baseline' | 'model';
  /** Short sentences saying where the number comes from (seasons used, priors, range). */
  reasons: string[];
}

export interface ProjectionSource {
  readonly name: 'baseline' | 'model';
  /** False when the source has nothing for this season (e.g. no trained model yet). */
  available(db: Db, season: number): boolean;
  /** Projections for the pool players it covers (others are left to the next source). */
  project(db: Db, rules: ScoringRules, season: number, pool: readonly PoolPlayerRow[]): Map<number, PlayerProjection>;
}
