// What a projection source answers for the target season's pool. One implementation
// today (the transparent weighted_3yr baseline, ./baseline.ts); the projection model
// plugs in as a second source through registerProjectionSource (./service.ts) and
// overrides the baseline for the players it covers.
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { Db } from '../db/connection';
import type { PlayerProjection } from '../../../shared/ipc/types';
import type { PoolPlayerRow } from '../db/repos/scouting';

// One player's projection: the type the contract answers with (shared/ipc/types.ts).
export type { PlayerProjection };

export interface ProjectionSource {
  readonly name: 'baseline' | 'model';
  /** False when the source has nothing for this season (e.g. no trained model yet). */
  available(db: Db, season: number): boolean;
  /** Projections for the pool players it covers (others are left to the next source). */
  project(db: Db, rules: ScoringRules, season: number, pool: readonly PoolPlayerRow[]): Map<number, PlayerProjection>;
}
