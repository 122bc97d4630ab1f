// Turns network outputs into Projections for a season's pool. Stats the network does not
// predict (2-pt conversions, return TDs, sacks; a non-QB's passing) and kickers use shrunk multi-season rates:
// totals over Y-1..Y-3 weighted 5/4/3, plus 4 games of the league average, times expected games.
import { emptyStatLine, KICKING_STATS, type StatKey } from '../../../shared/domain/stats';
import { PREDICTED_STATS, type ModelPosition, type Projection } from '../../../shared/domain/projection';
import { scoreTotals, scoringPreset } from '../../../shared/domain/scoring';
import type { History } from './history';
import { ageIn } from './history';
import { buildFeatures, experience, featureContext, healthyGap, FEATURE_COUNT, yetToPlay } from './features';
import { priorSeasons } from './baselines';
import { offPositionStats, predictNetwork } from './model';
import { allocateTeamVolume } from './teamVolume';
import { landingSpot, VACATING_AGE } from './landingSpot';
import type { tf } from './tf';

const PPR = scoringPreset('ppr');
const SIDE_STATS: StatKey[] = ['pass_2pt', 'rush_2pt', 'rec_2pt', 'ret_td', 'sacks'];
const WEIGHTS = [5, 4, 3];

export interface PoolEntry {
  playerId: string;
  position: ModelPosition;
}

/**
 * Scales the quantile heads' distance below (low) and above (high) the mean. The heads are fit
 * on every candidate, including the many who lose their jobs before the season; a drafted pool
 * sits higher in that distribution (the market already knows who was cut), so the range is
 * shifted up. One pair of constants for every season (RANGE_CALIBRATION in backtest.ts).
 */
export interface Calibration {
  low: number;
  high: number;
}

/** Scale of the low head's distance for a player back from a lost season (see projectEntries). */
const RETURNER_LOW = 1;

function shrunkRates(h: History, id: string, season: number, keys: readonly StatKey[], prior: Record<string, number>, priorGames: number) {
  const out: Record<string, number> = {};
  let wg = 0;
  const sums: Record<string, number> = {};
  priorSeasons(h, id, season).forEach((ps, k) => {
    if (!ps) return;
    wg += WEIGHTS[k]! * ps.games;
    for (const s of keys) sums[s] = (sums[s] ?? 0) + WEIGHTS[k]! * ps.stats[s];
  });
  const scale = wg > 0 ? 1 / (wg / ((WEIGHTS[0]! + WEIGHTS[1]! + WEIGHTS[2]!) / 3)) : 0; // weighted games -> games
  const games = wg * scale;
  for (const s of keys) {
    const total = (sums[s] ?? 0) * scale;
    out[s] = (total + (prior[s] ?? 0) * priorGames) / (games + priorGames);
  }
  return { rates: out, games };
}

function leagueKickerRates(h: History, season: number): Record<string, number> {
  const sums: Record<string, number> = {};
  let g = 0;
  for (const ps of h.bySeason.get(season - 1)?.values() ?? []) {
    if (ps.position !== 'K') continue;
    g += ps.games;
    for (const s of KICKING_STATS) sums[s] = (sums[s] ?? 0) + ps.stats[s];
  }
  return Object.fromEntries(KICKING_STATS.map((s) => [s, g > 0 ? (sums[s] ?? 0) / g : 0]));
}

/**
 * Projections for the pool entries, in their order. With team volume on (the default) the
 * whole season pool is projected with them, so every team's totals are over all its players,
 * and allocateTeamVolume (teamVolume.ts) ties each player to his team; off, the network's
 * projections as they come (for measuring what the step adds).
 */
export function projectPool(
  h: History,
  model: tf.LayersModel,
  members: number,
  season: number,
  pool: PoolEntry[],
  calibration: Calibration,
  options: { teamVolume?: boolean } = {},
): Projection[] {
  // projectEntries returns skill players first, then kickers: results go back in pool order.
  if (options.teamVolume === false) {
    const byId = new Map(projectEntries(h, model, members, season, pool, calibration).map((p) => [p.playerId, p]));
    return pool.map((p) => byId.get(p.playerId)!);
  }
  const wanted = new Set(pool.map((p) => p.playerId));
  const everyone = [...pool, ...projectionPool(h, season).filter((p) => !wanted.has(p.playerId))];
  const all = projectEntries(h, model, members, season, everyone, calibration);
  allocateTeamVolume(h, season, all);
  const byId = new Map(all.map((p) => [p.playerId, p]));
  return pool.map((p) => byId.get(p.playerId)!);
}

function projectEntries(
  h: History,
  model: tf.LayersModel,
  members: number,
  season: number,
  pool: PoolEntry[],
  calibration: Calibration,
): Projection[] {
  const skill = pool.filter((p) => p.position !== 'K');
  const ctx = featureContext(h, season);
  const x = new Float32Array(skill.length * FEATURE_COUNT);
  skill.forEach((p, i) => x.set(buildFeatures(h, p.playerId, season, p.position, ctx), i * FEATURE_COUNT));
  const raw = skill.length > 0 ? predictNetwork(model, x, skill.length, members) : null;
  const schedule = h.scheduleGames.get(season) ?? 17;
  const out: Projection[] = [];
  const K = PREDICTED_STATS.length;
  const zeroPrior = Object.fromEntries(SIDE_STATS.map((s) => [s, 0]));
  skill.forEach((p, i) => {
    const perGame = emptyStatLine();
    PREDICTED_STATS.forEach((s, k) => (perGame[s] = raw!.rates[i * K + k]!));
    const side = shrunkRates(h, p.playerId, season, SIDE_STATS, zeroPrior, 4).rates;
    for (const s of SIDE_STATS) perGame[s] = side[s] ?? 0;
    // The stats his position's network heads may not predict (model.ts: a back's or receiver's
    // passes, a QB's catches, a receiver's carries, jet sweeps or a Deebo Samuel's real role)
    // come from his own seasons, shrunk toward none like 2-pt conversions.
    const ownOnly = offPositionStats(p.position);
    const own = shrunkRates(h, p.playerId, season, ownOnly, {}, 4).rates;
    for (const s of ownOnly) perGame[s] = own[s] ?? 0;
    const games = raw!.games[i]! * schedule;
    const mean = scoreTotals(perGame, PPR, p.position) * games;
    const lowQ = raw!.low[i]!;
    const highQ = raw!.high[i]!;
    // Back from a lost season: the low head's own distance (the calibration pulls the drafted
    // pool's low end up because the market has already dropped who lost his job; a returner's
    // risk, the same injury again, is not priced away like that).
    const lowScale = healthyGap(h, p.playerId, season) > 0 ? Math.max(calibration.low, RETURNER_LOW) : calibration.low;
    const lowRatio = mean > 1 ? Math.max(0, 1 - lowScale * Math.max(0, 1 - lowQ / mean)) : 0;
    const highRatio = mean > 1 ? 1 + calibration.high * Math.max(0, highQ / mean - 1) : 1;
    out.push({ playerId: p.playerId, season, position: p.position, games, perGame, lowRatio, highRatio, reasons: reasons(h, p, season, games, schedule, games > 0 ? mean / games : 0) });
  });
  const kRates = leagueKickerRates(h, season);
  for (const p of pool) {
    if (p.position !== 'K') continue;
    const { rates, games: histGames } = shrunkRates(h, p.playerId, season, KICKING_STATS, kRates, 4);
    const perGame = emptyStatLine();
    for (const s of KICKING_STATS) perGame[s] = rates[s] ?? 0;
    // Kickers keep their jobs or lose them whole: a regular last season plays most of the next.
    const last = priorSeasons(h, p.playerId, season)[0];
    const share = last && last.games >= 10 ? 0.9 : histGames > 0 ? 0.6 : 0.4;
    out.push({ playerId: p.playerId, season, position: 'K', games: share * schedule, perGame, lowRatio: 0.55, highRatio: 1.35, reasons: ['kicker: multi-season rates x job security'] });
  }
  return out;
}

function reasons(h: History, p: PoolEntry, season: number, games: number, schedule: number, pprPerGame: number): string[] {
  const r: string[] = [];
  const bio = h.bios.get(p.playerId);
  const exp = experience(bio, h, p.playerId, season);
  const prior = priorSeasons(h, p.playerId, season);
  if (yetToPlay(h, p.playerId, season)) {
    const d = bio?.draft;
    r.push(d?.kind === 'drafted' ? `rookie prior: draft pick ${d.pick}` : d?.kind === 'undrafted' ? 'rookie prior: undrafted' : 'rookie prior: draft slot unknown');
    if (exp > 0) r.push(`no NFL game in ${exp} season${exp > 1 ? 's' : ''} since the draft: projected as a rookie`);
    const spot = landingSpot(h, p.playerId, season, p.position);
    r.push(spot ? `landing spot ${spot.team}: ${Math.round(spot.vacatedShare * 100)}% of its ${season - 1} ${p.position} volume held by players ${VACATING_AGE}+` : 'landing team unknown');
  } else {
    const played = prior.map((ps) => ps?.games ?? 0);
    r.push(`games played ${played.join('/')} over the last three seasons; projected ${games.toFixed(1)} of ${schedule}`);
    const gap = healthyGap(h, p.playerId, season);
    if (gap > 0) r.push(`back from a lost season: per-game rates from ${season - 1 - gap} and before; wider low end`);
    const last = prior[0];
    if (last && last.games > 0) {
      const lastPpg = scoreTotals(last.stats, PPR, last.position) / last.games;
      r.push(`PPR per game: ${pprPerGame.toFixed(1)} projected, ${lastPpg.toFixed(1)} last season`);
    }
  }
  const age = bio ? ageIn(bio, season) : null;
  if (age !== null && ((p.position === 'RB' && age >= 28) || age >= 31)) r.push(`age curve: ${age.toFixed(0)} at season end`);
  if (age !== null && age <= 24 && exp > 0) r.push(`young (${age.toFixed(0)}): room to grow`);
  if (prior[0] && prior[0].teams.length > 1) r.push('changed teams during last season');
  return r;
}

export { scoreTotals };

/**
 * The players to project for a season: skill players and kickers with a game in either of
 * the two seasons before, plus everyone on that season's pre-season roster when the data has
 * one (that is where rookies enter the pool).
 */
export function projectionPool(h: History, season: number): PoolEntry[] {
  const out = new Map<string, ModelPosition>();
  for (const s of [season - 2, season - 1]) {
    for (const ps of h.bySeason.get(s)?.values() ?? []) if (ps.games > 0) out.set(ps.playerId, ps.position);
  }
  for (const [id, r] of h.rosters.get(season) ?? []) {
    const bio = h.bios.get(id);
    const pos = r.position === 'FB' ? 'RB' : r.position;
    if (bio && (pos === 'QB' || pos === 'RB' || pos === 'WR' || pos === 'TE' || pos === 'K') && !out.has(id)) out.set(id, pos);
  }
  return [...out.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([playerId, position]) => ({ playerId, position }));
}
