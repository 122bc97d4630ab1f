// The projection service: projections for the target season's pool under any ruleset.
// Sources are tried model first, then the baseline; a source's answer for a player wins
// over the ones after it, so a model that covers only some positions still gets the rest
// from the baseline. Results are cached per (ruleset, season, data version): a re-import
// changes the data version and the next call recomputes.
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { Db } from '../db/connection';
import { dataVersion, poolPlayers, type PoolPlayerRow } from '../db/repos/scouting';
import { baselineSource } from './baseline';
import { dstSource } from './dstSource';
import type { PlayerProjection, ProjectionSource } from './types';

export type { PlayerProjection, ProjectionSource } from './types';

const sources: ProjectionSource[] = [];
const CACHE_SIZE = 8;
const cache = new Map<string, PoolProjections>();

/** The model helper calls this once at start-up with its source; it takes precedence. Returns an unregister. */
export function registerProjectionSource(source: ProjectionSource): () => void {
  if (!sources.includes(source)) sources.unshift(source);
  cache.clear();
  return () => {
    const at = sources.indexOf(source);
    if (at >= 0) sources.splice(at, 1);
    cache.clear();
  };
}

export interface PoolProjections {
  season: number;
  dataVersion: string;
  pool: PoolPlayerRow[];
  projections: Map<number, PlayerProjection>;
}

export function clearProjectionCache(): void {
  cache.clear();
}

/** Projections of every pool player (the pool rows' watched flags are as of the first call). */
export function projectPool(ctx: { db: Db }, rules: ScoringRules, season: number): PoolProjections {
  const version = dataVersion(ctx.db);
  const key = `${season}|${version}|${JSON.stringify(rules)}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    return hit;
  }
  const pool = poolPlayers(ctx.db, season);
  const projections = new Map<number, PlayerProjection>();
  for (const source of [...sources, dstSource, baselineSource]) {
    if (!source.available(ctx.db, season)) continue;
    const missing = pool.filter((p) => !projections.has(p.id));
    if (missing.length === 0) break;
    for (const [id, proj] of source.project(ctx.db, rules, season, missing)) if (!projections.has(id)) projections.set(id, proj);
  }
  const result = { season, dataVersion: version, pool, projections };
  cache.set(key, result);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}
