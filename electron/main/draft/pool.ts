// The player pool of one draft: the target season's pool with projections under the
// draft's scoring and the league's market (stored ADP for its season, format and team count,
// from the source the league chose or any; else the estimate: adp/market.ts), indexed by the
// engine (createDraftPool). Bots draft from that market with their noise and the recommender
// times positions by it, as simulated.
import { auctionValues, marketAuctionValues } from '../../../shared/domain/draft/auction';
import { createDraftPool, type DraftPlayer, type DraftPool } from '../../../shared/domain/draft/pool';
import type { LeagueConfig } from '../../../shared/domain/league';
import type { ScoringRules } from '../../../shared/domain/scoring';
import { tiersByPosition } from '../../../shared/domain/values';
import type { MarketInfo, RoomPlayer } from '../../../shared/ipc/types';
import { loadMarket, marketFormat, marketVersion } from '../adp/market';
import type { MarketEstimate } from '../../../shared/domain/draft/marketEstimate';
import type { Db } from '../db/connection';
import { projectPool } from '../projections/service';
import { round1 } from '../../../shared/domain/format';

export interface LoadedPool {
  key: string;
  market: MarketInfo;
  /** The estimated market, when the season has no stored ADP (the advice re-prices it after every pick). */
  estimate: MarketEstimate | null;
  pool: DraftPool;
  tiers: ReadonlyMap<string, number>;
  /** Auction dollar values by pool index (auctions only): our values, which the advice shows. */
  dollars: Float64Array | null;
  /** What the market pays by pool index (auctions only): the bots nominate and bid from these. */
  botDollars: Float64Array | null;
  /** Room rows, in pool order (market rank). */
  rows: RoomPlayer[];
}

const CACHE_SIZE = 6;
const cache = new Map<string, LoadedPool>();


/** A player a followed draft host drafted whom our data does not know (see draft_outside_players). */
export interface OutsidePlayer {
  id: string;
  name: string;
  position: DraftPlayer['position'];
  team: string | null;
}

/**
 * The draft's pool. `outside` players join it with no projection (so they never rank above a
 * real one) and are marked in the room's rows.
 */
export function loadPool(ctx: { db: Db }, config: LeagueConfig, rules: ScoringRules, season: number, outside: readonly OutsidePlayer[] = []): LoadedPool {
  const projected = projectPool(ctx, rules, season);
  const extra = outside.map((o) => o.id).join(',');
  const format = marketFormat(rules, config.rosterSlots);
  const source = config.adpSource ?? 'auto';
  const key = `${season}|${projected.dataVersion}|${marketVersion(ctx.db)}|${format}|${source}|${JSON.stringify(rules)}|${config.teams}|${JSON.stringify(config.rosterSlots)}|${config.draftType === 'auction' ? `${config.auctionBudget}/${config.minBid}` : ''}|${extra}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const market = loadMarket(ctx.db, season, format, config.teams, projected.pool.flatMap((p) => {
    const proj = projected.projections.get(p.id);
    return proj ? [{ id: p.id, position: p.position, projection: proj.points }] : [];
  }), source);
  const players: DraftPlayer[] = [];
  for (const p of projected.pool) {
    const proj = projected.projections.get(p.id);
    if (!proj) continue;
    players.push({
      id: String(p.id),
      name: p.name,
      position: p.position,
      team: p.team,
      bye: p.bye,
      adp: market.adp.get(p.id) ?? null,
      projection: proj.points,
      projectionLow: proj.low,
      projectionHigh: proj.high,
    });
  }
  const outsideIds = new Set<string>();
  for (const o of outside) {
    outsideIds.add(o.id);
    players.push({ id: o.id, name: o.name, position: o.position, team: o.team, bye: null, adp: null, projection: 0 });
  }
  const pool = createDraftPool(players, config);
  const tiers = tiersByPosition(pool.players);
  const dollars = config.draftType === 'auction' ? auctionValues(pool, config) : null;
  const botDollars = config.draftType === 'auction' ? marketAuctionValues(pool, config) : null;
  const rows: RoomPlayer[] = pool.players.map((p, i) => ({
    id: p.id,
    name: p.name,
    position: p.position,
    team: p.team,
    bye: p.bye,
    projection: round1(p.projection),
    low: round1(p.projectionLow ?? p.projection),
    high: round1(p.projectionHigh ?? p.projection),
    vor: round1(pool.vor[i]!),
    rank: pool.valueRank[i]!,
    tier: tiers.get(p.id) ?? 99,
    adp: p.adp,
    dollars: dollars ? Math.round(dollars[i]!) : null,
    ...(outsideIds.has(p.id) ? { outside: true } : {}),
  }));
  const loaded = { key, market: market.info, estimate: market.estimate ?? null, pool, tiers, dollars, botDollars, rows };
  cache.set(key, loaded);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return loaded;
}
