// Recommendations for the team on the clock: a ranked list, each with its reasons. With ADP
// the order comes from rankForPick (ranking.ts): the market's timing between positions, our
// projection's choice within a position, roster need. Without ADP (the app has none today)
// it is the starting-lineup points each pick adds (rankByLineupGain). Every candidate is also described
// on our projections, so the reasons say what the pick is worth to this roster: value over
// replacement, starting-lineup points added (averaged over season-outcome scenarios, so
// bench depth counts as much as it would make the lineup), tiers, the chance he lasts to my
// next pick (availability draws of the bots' model), bye clashes and ADP against our rank.
import { draftRounds } from '../league';
import { createRng, hashSeed, inverseNormalCdf, type Rng } from '../random';
import { bestLineup, checkPick, lineupPoints, lineupPointsWith, type RosterSlots } from '../roster';
import { FANTASY_POSITIONS, type FantasyPosition } from '../stats';
import { tiersByPosition } from '../values';
import { availabilityAfter, picksBetween } from './availability';
import { pickRules, type PickRules, type Personality } from './bots';
import { draftView } from './mock';
import type { DraftPlayer, DraftPool } from './pool';
import { pickablePlayers, rankForPick, type RankedPlayer, type RankingOptions } from './ranking';
import { onTheClock, type DraftState } from './state';

export interface RecommendOptions extends RankingOptions {
  /** Availability draws (at least 1,000 for the room). */
  draws?: number;
  /** How many recommendations to return. */
  limit?: number;
  /** Season-outcome scenarios for lineup gains (more: smoother, slower). */
  scenarios?: number;
  /**
   * Scales every player's outcome spread (0 = projections are certain: starters only). Default
   * 0.4: a weekly lineup is set on projections, not on hindsight, so a bench player's cover is
   * worth less than the season spread alone would say (0.75 ranked a fourth RB over an empty QB slot).
   */
  spreadScale?: number;
  personalities?: readonly Personality[];
  /** Precomputed tiers by player id (tiersByPosition of the pool). */
  tiers?: ReadonlyMap<string, number>;
}

export interface Recommendation {
  playerId: string;
  name: string;
  position: FantasyPosition;
  /** Ranking key, lower first: the need-adjusted market pick he is ranked at (rankForPick), or minus his lineup gain when no player has an ADP. */
  rankKey: number;
  /** Our projection (season points under the league's scoring). */
  value: number;
  /** Value over replacement under this league's starters. */
  vor: number;
  /** Expected starting-lineup points added now (over replacement in open slots, averaged over outcome scenarios: depth included). */
  lineupGain: number;
  /** Would start on projections alone. */
  startsNow: boolean;
  tier: number;
  /** Available players in his tier at his position, him included. */
  tierLeft: number;
  /** Points from him to the best available player of a lower tier at his position. */
  tierDrop: number;
  /** Probability he is still available at my next pick; null when I have no next pick. */
  availability: number | null;
  nextPick: number | null;
  /** Players on my roster at his position with the same bye week. */
  byeClashes: string[];
  adp: number | null;
  /** Our overall rank by value over replacement on our own projections. */
  valueRank: number;
  warnings: string[];
  reasons: string[];
}

const DEDICATED = ['QB', 'RB', 'WR', 'TE', 'K', 'DST'] as const;
const tierCache = new WeakMap<DraftPool, ReadonlyMap<string, number>>();

/**
 * Season spread (sd of actual / projected) by position index. The model's own 10-90% ranges
 * are not used: relative to a tiny projection (an injury return, a rookie) they gave huge
 * upside, and simulated drafts exploited it.
 */
const POSITION_SPREAD = [0.3, 0.45, 0.4, 0.45, 0.25, 0.3];
const factorCache = new WeakMap<DraftPool, Map<string, Float64Array>>();

/**
 * Outcome factors by [pool index * S + scenario]: a lognormal multiplier with mean 1 and the
 * position's spread. Fixed per pool, so every candidate and every pick is valued on the same
 * scenarios.
 */
export function outcomeFactors(pool: DraftPool, S: number, spreadScale = 1): Float64Array {
  const key = `${S}|${spreadScale}`;
  let byKey = factorCache.get(pool);
  if (!byKey) factorCache.set(pool, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const n = pool.players.length;
  const out = new Float64Array(n * S);
  // Latin hypercube: every player gets the same S normal quantiles in his own order, so each
  // player's average outcome is exactly his projection (no sampling luck between players);
  // only which scenarios are good for whom differs.
  const quantiles = Array.from({ length: S }, (_, q) => inverseNormalCdf((q + 0.5) / S));
  for (let i = 0; i < n; i++) {
    const sigma = Math.sqrt(Math.log(1 + (POSITION_SPREAD[pool.pos[i]!]! * spreadScale) ** 2));
    const z = createRng(hashSeed('outcomes', pool.players[i]!.id)).shuffle([...quantiles]);
    let mean = 0;
    for (let sc = 0; sc < S; sc++) mean += Math.exp(sigma * z[sc]!) / S;
    for (let sc = 0; sc < S; sc++) out[i * S + sc] = Math.exp(sigma * z[sc]!) / mean;
  }
  byKey.set(key, out);
  return out;
}

/** Ranked recommendations for the team on the clock. Empty when the draft is complete. */
export function recommend(state: DraftState, pool: DraftPool, rng: Rng, options: RecommendOptions = {}): Recommendation[] {
  const slot = onTheClock(state);
  if (!slot) return [];
  const { draws = 1000, limit = 20, scenarios = 48, spreadScale = 0.4 } = options;
  const config = state.config;
  const slots = config.rosterSlots;
  const rounds = draftRounds(config);
  const team = slot.team;
  const view = draftView(state, pool);
  const counts = view.counts[team]!;
  const available = view.ctx.available;
  const rules = pickRules(counts, slot.round, rounds, slots);
  const value = pool.projection;
  const replacement = FANTASY_POSITIONS.map((p) => pool.replacement[p]);
  let tiers = options.tiers ?? tierCache.get(pool);
  if (!tiers) tierCache.set(pool, (tiers = tiersByPosition(pool.players)));
  const n = pool.players.length;
  // My roster as sorted outcomes per position in each scenario, with replacement-level
  // fillers in every starting slot a position could fill: an open slot is worth replacement.
  const S = Math.max(1, scenarios);
  const factor = outcomeFactors(pool, S, spreadScale);
  const myIdx = state.picks.flatMap((p) => (p && p.team === team && pool.indexOf.has(p.playerId) ? [pool.indexOf.get(p.playerId)!] : []));
  const fillers = [0, 1, 2, 3, 4, 5].map((p) => slots[DEDICATED[p]!] + (p >= 1 && p <= 3 ? slots.FLEX : 0) + (p <= 3 ? slots.SUPERFLEX : 0));
  const mine: number[][][] = [];
  const base: number[] = [];
  for (let sc = 0; sc < S; sc++) {
    const lists: number[][] = [[], [], [], [], [], []];
    for (const i of myIdx) lists[pool.pos[i]!]!.push(value[i]! * factor[i * S + sc]!);
    for (let p = 0; p < 6; p++) {
      for (let k = 0; k < fillers[p]!; k++) lists[p]!.push(replacement[p]!);
      lists[p]!.sort((a, b) => b - a);
    }
    mine.push(lists);
    base.push(lineupPoints(lists, slots));
  }
  // The same roster on projections alone: who starts on paper.
  const expected: number[][] = [[], [], [], [], [], []];
  for (const i of myIdx) expected[pool.pos[i]!]!.push(value[i]!);
  for (let p = 0; p < 6; p++) {
    for (let k = 0; k < fillers[p]!; k++) expected[p]!.push(replacement[p]!);
    expected[p]!.sort((a, b) => b - a);
  }
  const expectedBase = lineupPoints(expected, slots);

  // The chance each player lasts to my next pick: the other teams drafted by the bots' model.
  const next = picksBetween(state, team);
  const probability = next
    ? availabilityAfter(view, next.between, rng, { draws, ...(options.personalities ? { personalities: options.personalities } : {}) }).probability
    : null;

  const gains = new Map<number, number>();
  const gainOf = (c: number) => {
    let gain = gains.get(c);
    if (gain === undefined) {
      gain = 0;
      for (let sc = 0; sc < S; sc++) gain += lineupPointsWith(mine[sc]!, slots, pool.pos[c]!, value[c]! * factor[c * S + sc]!) - base[sc]!;
      gains.set(c, (gain /= S));
    }
    return gain;
  };
  const top = Math.max(1, limit);
  const ranked = hasMarket(pool)
    ? rankForPick(pool, available, rules, { counts, round: slot.round }, config, options).slice(0, top)
    : rankByLineupGain(pool, available, rules, gainOf, Math.max(top, NO_MARKET_CANDIDATES)).slice(0, top);

  const myPlayers = myIdx.map((i) => pool.players[i]!);
  const thinner = positionsNeedingDepth(counts, rules, slots);
  return ranked.map((r) => describe(r, gainOf(r.index), lineupPointsWith(expected, slots, pool.pos[r.index]!, value[r.index]!) - expectedBase > 1e-9));

  /**
   * A third QB or TE in a league that starts one (dead roster weight for most weeks) while a
   * starting slot or a thinner position still wants a player: the reason says why he is listed
   * anyway, against the best player listed at a position that needs one.
   */
  function thirdAtPosition(r: RankedPlayer, needs: readonly number[]): string | null {
    const q = pool.pos[r.index]!;
    const startsOne = (q === 0 && slots.QB === 1 && slots.SUPERFLEX === 0) || (q === 3 && slots.TE === 1);
    needs = needs.filter((p) => p !== q);
    if (!startsOne || counts[q]! < 2 || needs.length === 0) return null;
    const player = pool.players[r.index]!;
    const need = needs.map((p) => FANTASY_POSITIONS[p]).join(' and ');
    const other = ranked.find((x) => needs.includes(pool.pos[x.index]!));
    const head = `Third ${player.position} while your ${need} still ${needs.length > 1 ? 'want' : 'wants'} a player`;
    if (!other) return `${head}: no ${need} left ranks within these ${ranked.length}`;
    const o = pool.players[other.index]!;
    if (ranked.indexOf(other) < ranked.indexOf(r)) return `${head}: listed below ${o.name} (${o.position}), the pick for that need`;
    if (!hasMarket(pool) || player.adp === null || o.adp === null) return `${head}: he adds more to your lineup as cover than ${o.name} (${o.position}), the best of them left`;
    return `${head}: the market takes him at ADP ${fmt(player.adp)}, ${o.name} (${o.position}) at ${fmt(o.adp)}, so ${o.name} is the likelier to last to your next pick`;
  }

  function describe(r: RankedPlayer, gain: number, startsNow: boolean): Recommendation {
    const c = r.index;
    const player = pool.players[c]!;
    const vor = value[c]! - replacement[pool.pos[c]!]!;
    const q = pool.pos[c]!;
    const tier = tiers!.get(player.id) ?? 0;
    let tierLeft = 0;
    let lowerBest: number | null = null;
    for (let i = 0; i < n; i++) {
      if (available[i] !== 1 || pool.pos[i] !== q) continue;
      const t = tiers!.get(pool.players[i]!.id) ?? 0;
      if (t === tier) tierLeft++;
      else if (t > tier && (lowerBest === null || pool.projection[i]! > lowerBest)) lowerBest = pool.projection[i]!;
    }
    const tierDrop = pool.projection[c]! - (lowerBest ?? replacement[q]!);
    const availability = probability && next ? probability[c]! : null;
    const check = checkPick(myPlayers, player, slots);
    const byeClashes = player.bye === null ? [] : myPlayers.filter((p) => p.position === player.position && p.bye === player.bye).map((p) => p.name);
    const reasons: string[] = [];
    reasons.push(`Value over replacement ${signed(vor)} (replacement ${player.position} ${fmt(replacement[q]!)} pts)`);
    reasons.push(startsNow ? `Starts: adds ${fmt(gain)} pts to your starting lineup` : `Depth: would not start now; worth ${fmt(gain)} lineup pts as cover`);
    if (rules.mustFill) reasons.push('Fills a starting slot you must fill with your remaining picks');
    const third = thirdAtPosition(r, thinner);
    if (third) reasons.push(third);
    if (r.preferredByModel) {
      const m = pool.players[r.marketChoice]!;
      reasons.push(`Our pick at ${player.position} over the market's next, ${m.name} (${m.adp === null ? 'no ADP' : `ADP ${fmt(m.adp)}`}): ${fmt(pool.marketRank[c]! - pool.marketRank[r.marketChoice]!)} picks after him by ADP and projected ${fmt(pool.projection[c]! - pool.projection[r.marketChoice]!)} pts higher`);
    }
    if (r.waited) reasons.push(`Depth: he would fill no starting slot, so he ranks as if ${Math.round((r.waitFactor - 1) * 100)}% later than his market rank`);
    reasons.push(
      tierLeft <= 1
        ? `Last of tier ${tier} at ${player.position}: ${fmt(tierDrop)} pts to the next tier`
        : `Tier ${tier} at ${player.position}: ${tierLeft - 1} more left in it, ${fmt(tierDrop)} pts above the next tier`,
    );
    if (availability !== null && next) reasons.push(`${Math.round(availability * 100)}% chance he is still there at your next pick (${next.next.overall})`);
    else reasons.push('Your last pick');
    if (byeClashes.length) reasons.push(`Bye week ${player.bye} clashes with ${byeClashes.join(', ')}`);
    if (player.adp !== null) {
      const diff = player.adp - pool.valueRank[c]!;
      const verdict = diff >= 10 ? 'the market is lower on him than we are' : diff <= -10 ? 'the market is higher on him than we are' : 'in line with the market';
      reasons.push(`ADP ${fmt(player.adp)} vs our rank ${pool.valueRank[c]}: ${verdict}`);
    } // Without ADP nothing is said per player: the room's header names the market once.
    return {
      playerId: player.id,
      name: player.name,
      position: player.position,
      rankKey: r.key,
      value: value[c]!,
      vor,
      lineupGain: gain,
      startsNow,
      tier,
      tierLeft,
      tierDrop,
      availability,
      nextPick: next ? next.next.overall : null,
      byeClashes,
      adp: player.adp,
      valueRank: pool.valueRank[c]!,
      warnings: check.legal ? check.warnings : [check.reason!, ...check.warnings],
      reasons,
    };
  }
}

/**
 * Positions (by index) that still want a player: an open starting slot the team may fill now,
 * or RB and WR with fewer than two players beyond their own starting slots (thinner than a
 * third QB or TE would leave those).
 */
function positionsNeedingDepth(counts: readonly number[], rules: PickRules, slots: RosterSlots): number[] {
  const own = [slots.QB, slots.RB, slots.WR, slots.TE];
  return [0, 1, 2, 3].filter((p) => (rules.allowed[p] && rules.fillsStarter[p]) || ((p === 1 || p === 2) && counts[p]! - own[p]! < 2));
}

const marketCache = new WeakMap<DraftPool, boolean>();
/** Whether any player has an ADP: without one there is no market to time positions by. */
function hasMarket(pool: DraftPool): boolean {
  let has = marketCache.get(pool);
  if (has === undefined) marketCache.set(pool, (has = pool.players.some((p) => p.adp !== null)));
  return has;
}

/** Players scored by lineup gain when there is no market (the best by value over replacement). */
const NO_MARKET_CANDIDATES = 40;

/**
 * Without ADP (the app has none), the "market" would be our own value ranking, whose gaps
 * between neighbours are a few points: a 10% wait cannot keep a second QB from outranking
 * an open starting slot. So the list is ranked by the starting-lineup points each candidate
 * adds to this roster (open slots priced at replacement, depth as cover), best first.
 */
function rankByLineupGain(pool: DraftPool, available: Uint8Array, rules: PickRules, gainOf: (i: number) => number, candidates: number): RankedPlayer[] {
  const pickable = pickablePlayers(pool, available, rules).sort((a, b) => pool.vor[b]! - pool.vor[a]! || a - b).slice(0, candidates);
  return pickable
    .map((i) => ({ index: i, key: -gainOf(i), marketChoice: i, preferredByModel: false, waited: false, waitFactor: 1 }))
    .sort((a, b) => a.key - b.key || pool.vor[b.index]! - pool.vor[a.index]! || a.index - b.index);
}

/** The recommender as a mock-draft strategy (e.g. for the simulate CLI): its top pick. */
export function recommenderStrategy(rngFor: (state: DraftState) => Rng, options: RecommendOptions = {}) {
  return (view: { state: DraftState; pool: DraftPool }): string => {
    const [top] = recommend(view.state, view.pool, rngFor(view.state), { ...options, limit: 1 });
    if (!top) throw new Error('no player left to recommend');
    return top.playerId;
  };
}

/** My roster's best starting lineup by projection (for the room's roster panel). */
export function projectedLineup(state: DraftState, pool: DraftPool, team: number) {
  const players = state.picks.flatMap((p) => (p && p.team === team && pool.indexOf.has(p.playerId) ? [pool.players[pool.indexOf.get(p.playerId)!]!] : []));
  return bestLineup<DraftPlayer>(players, state.config.rosterSlots);
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();
const signed = (x: number) => (x >= 0 ? `+${fmt(x)}` : fmt(x));
