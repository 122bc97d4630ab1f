// Recommendations for the team on the clock. The objective is the season's starting lineup:
// a pick is worth the lineup points it adds (over replacement-level fillers in the open
// slots, so roster need is priced in), plus what the best player likely left at my next pick
// adds on top of it. Lineup points are averaged over season-outcome scenarios (each player
// scores his projection times a spread factor), so bench depth counts exactly as much as it
// would make the lineup: a lot for RB/WR depth behind flex, little for a second QB or TE.
// The optional next-pick term (lookahead): availability draws with the bots' ADP model say who
// will still be there, so the ranking favours the most valuable player among those who will
// NOT last. Values come from the market by default (marketWeight 1): simulated 2019-2024
// drafts showed our projections order players within a position worse than ADP does, so the
// market orders and our projections only set the scale between positions (positionMarket).
// Lookahead and the model's ranges are off by default: both lost points in those drafts.
import { draftRounds } from '../league';
import { createRng, hashSeed, inverseNormalCdf, type Rng } from '../random';
import { bestLineup, checkPick, lineupPoints, lineupPointsWith, type RosterSlots } from '../roster';
import { FANTASY_POSITIONS, type FantasyPosition } from '../stats';
import { tiersByPosition } from '../values';
import { availabilityAfter, picksBetween } from './availability';
import { pickRules, type Personality } from './bots';
import { draftView } from './mock';
import type { DraftPlayer, DraftPool } from './pool';
import { onTheClock, type DraftState } from './state';

export interface RecommendOptions {
  /** Availability draws (at least 1,000 for the room). */
  draws?: number;
  /** How many recommendations to return. */
  limit?: number;
  /** How many candidates to score (best by value, plus the market's best). */
  candidates?: number;
  /** Extra weight on a non-starter's value over replacement, on top of the scenarios' depth value. */
  benchWeight?: number;
  /** Season-outcome scenarios for lineup values (more: smoother, slower). */
  scenarios?: number;
  /** Scales every player's outcome spread (0 = projections are certain: starters only; default 0.75). */
  spreadScale?: number;
  /** Shrinks our projection toward the market's (0 = ours only, 1 = the market's only; default 1). */
  marketWeight?: number;
  /**
   * How the market's price is built: share from our k-th best projection at his position for the
   * market's k-th player there (the market orders within a position, we scale between them);
   * the rest from the k-th best value over replacement overall for the k-th player by ADP.
   */
  positionMarket?: number;
  /** Use projectionLow/High as outcome ranges (default false: the position's spread; see outcomeFactors). */
  useRanges?: boolean;
  /** Price in the best player likely left at my next pick (default false, see recommend). */
  lookahead?: boolean;
  personalities?: readonly Personality[];
  /** Precomputed tiers by player id (tiersByPosition of the pool). */
  tiers?: ReadonlyMap<string, number>;
}

export interface Recommendation {
  playerId: string;
  name: string;
  position: FantasyPosition;
  /** Ranking key: expected starting-lineup points from this pick and my next one. */
  score: number;
  /** The projection used (ours shrunk toward the market's). */
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
  /** Our overall rank by value over replacement on our own projections (before any market blend). */
  valueRank: number;
  warnings: string[];
  reasons: string[];
}

const BIG = 1e6;
const DEDICATED = ['QB', 'RB', 'WR', 'TE', 'K', 'DST'] as const;

interface Blended {
  value: Float64Array;
  replacement: number[];
  valueRank: Int32Array;
}

const blendCache = new WeakMap<DraftPool, Map<string, Blended>>();
const tierCache = new WeakMap<DraftPool, ReadonlyMap<string, number>>();

/**
 * Our projection shrunk toward the market's: the market's projection of a player is his
 * marketProjection when given, else replacement at his position plus the k-th best value over
 * replacement in the pool, k being his ADP rank (the market orders, our values scale).
 */
export function blendedValues(pool: DraftPool, marketWeight: number, config: { teams: number; rosterSlots: RosterSlots }, positionMarket = 0): Blended {
  const key = `${marketWeight}|${positionMarket}|${config.teams}|${JSON.stringify(config.rosterSlots)}`;
  let byKey = blendCache.get(pool);
  if (!byKey) blendCache.set(pool, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const n = pool.players.length;
  const value = new Float64Array(n);
  // The market's price in points: the k-th player by ADP is worth the k-th best value over
  // replacement in our pool, at his position's replacement level. So the market sets the
  // order across positions, our projections the size of the gaps.
  const sortedVor = [...pool.vor].sort((a, b) => b - a);
  // Within a position the market orders actual points better than our model; across positions
  // our model does better. So the k-th player of a position by ADP can also be priced at our
  // k-th best projection there.
  const byPosition: number[][] = [[], [], [], [], [], []];
  for (let i = 0; i < n; i++) byPosition[pool.pos[i]!]!.push(pool.projection[i]!);
  for (const l of byPosition) l.sort((a, b) => b - a);
  const seen = [0, 0, 0, 0, 0, 0];
  let k = 0;
  for (let i = 0; i < n; i++) {
    // The pool is in market order, so players with an ADP come by ADP.
    const player = pool.players[i]!;
    const q = pool.pos[i]!;
    let market = pool.projection[i]!;
    if (player.adp !== null) {
      const overall = pool.replacement[player.position] + sortedVor[k++]!;
      market = (1 - positionMarket) * overall + positionMarket * byPosition[q]![seen[q]!++]!;
    }
    value[i] = (1 - marketWeight) * pool.projection[i]! + marketWeight * (player.marketProjection ?? market);
  }
  // Replacement levels stay ours: the market's prices were built on them, and recomputing them
  // from blended values moved the RB level up, erasing the market's RB premium (simulated: worse).
  const replacement = FANTASY_POSITIONS.map((p) => pool.replacement[p]);
  const asPlayers = pool.players.map((p, i) => ({ id: p.id, position: p.position, projection: value[i]! }));
  const order = [...asPlayers.keys()].sort((a, b) => value[b]! - replacement[pool.pos[b]!]! - (value[a]! - replacement[pool.pos[a]!]!) || a - b);
  const valueRank = new Int32Array(n);
  order.forEach((i, r) => (valueRank[i] = r + 1));
  const out = { value, replacement, valueRank };
  byKey.set(key, out);
  return out;
}

/** Season spread (sd of actual / projected) by position index when the projection gives no range. */
const DEFAULT_SPREAD = [0.3, 0.45, 0.4, 0.45, 0.25, 0.3];
const factorCache = new WeakMap<DraftPool, Map<string, Float64Array>>();

/**
 * Outcome factors by [pool index * S + scenario]: a lognormal multiplier with mean 1 and the
 * player's spread (from projectionLow/High as a 10-90% range when given). Fixed per pool, so
 * every candidate and every pick is valued on the same scenarios.
 */
export function outcomeFactors(pool: DraftPool, S: number, spreadScale = 1, useRanges = false): Float64Array {
  const key = `${S}|${spreadScale}|${useRanges}`;
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
    const p = pool.players[i]!;
    let spread = DEFAULT_SPREAD[pool.pos[i]!]!;
    // The model's ranges are relative to its own projection: a player it projects tiny (an
    // injury return, a rookie) gets a huge upside on the market's value. Off by default: it
    // was exploited in simulated drafts.
    if (useRanges && p.projectionLow !== undefined && p.projectionHigh !== undefined && p.projection > 0 && p.projectionHigh >= p.projectionLow)
      spread = Math.min(1.2, Math.max(0.05, (p.projectionHigh - p.projectionLow) / (2 * 1.2816 * p.projection)));
    const sigma = Math.sqrt(Math.log(1 + (spread * spreadScale) ** 2));
    const z = createRng(hashSeed('outcomes', p.id)).shuffle([...quantiles]);
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
  const { draws = 1000, limit = 20, candidates = 40, benchWeight = 0, marketWeight = 1, positionMarket = 0.5, useRanges = false, lookahead = false, scenarios = 48, spreadScale = 0.75 } = options;
  const config = state.config;
  const slots = config.rosterSlots;
  const rounds = draftRounds(config);
  const team = slot.team;
  const view = draftView(state, pool);
  const counts = view.counts[team]!;
  const available = view.ctx.available;
  const rules = pickRules(counts, slot.round, rounds, slots);
  const { value, replacement } = blendedValues(pool, marketWeight, config, positionMarket);
  let tiers = options.tiers ?? tierCache.get(pool);
  if (!tiers) tierCache.set(pool, (tiers = tiersByPosition(pool.players)));
  const n = pool.players.length;

  // My roster as sorted outcomes per position in each scenario, with replacement-level
  // fillers in every starting slot a position could fill: an open slot is worth replacement.
  const S = Math.max(1, scenarios);
  const factor = outcomeFactors(pool, S, spreadScale, useRanges);
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

  // Candidates: the best available by value, plus the market's next players.
  const pickable: number[] = [];
  for (let i = 0; i < n; i++) if (available[i] === 1 && rules.allowed[pool.pos[i]!]) pickable.push(i);
  if (pickable.length === 0) for (let i = 0; i < n; i++) if (available[i] === 1) pickable.push(i);
  const byValue = [...pickable].sort((a, b) => value[b]! - replacement[pool.pos[b]!]! - (value[a]! - replacement[pool.pos[a]!]!) || a - b);
  const chosen = new Set(byValue.slice(0, candidates));
  for (const i of pickable.slice(0, Math.ceil(candidates / 3))) chosen.add(i);
  const cands = [...chosen];

  // Availability at my next pick, and per draw the three best survivors at each position.
  // The draws simulate the other teams as if nobody were taken now. If I take a candidate a
  // bot would have taken, that bot takes someone else instead: `displaced` is the best
  // survivor by market rank, removed too for candidates the draw's bots took (else the
  // next-pick value of popular candidates is overstated).
  const next = picksBetween(state, team);
  const useNext = lookahead && next !== null;
  let probability: Float64Array | null = null;
  const TOP = 3;
  const stride = 6 * TOP;
  const tops = new Int32Array(useNext ? draws * stride : 0).fill(-1);
  // Outcome of each of those survivors in the scenario paired with the draw.
  const topValue = new Float64Array(useNext ? draws * stride : 0);
  const displaced = new Int32Array(useNext ? draws : 0).fill(-1);
  const candTaken = new Uint8Array(useNext ? draws * cands.length : 0);
  if (next) {
    const byPos: number[][] = [[], [], [], [], [], []];
    for (let i = 0; i < n; i++) if (available[i] === 1) byPos[pool.pos[i]!]!.push(i);
    for (const l of byPos) l.sort((a, b) => value[b]! - value[a]! || a - b);
    const result = availabilityAfter(view, next.between, rng, {
      draws,
      ...(options.personalities ? { personalities: options.personalities } : {}),
      ...(useNext
        ? {
            onDraw: (d: number, taken: (i: number) => boolean) => {
              for (let p = 0; p < 6; p++) {
                const list = byPos[p]!;
                let found = 0;
                for (let k = 0; k < list.length && found < TOP; k++) {
                  const i = list[k]!;
                  if (taken(i)) continue;
                  topValue[d * stride + p * TOP + found] = value[i]! * factor[i * S + (d % S)]!;
                  tops[d * stride + p * TOP + found++] = i;
                }
              }
              for (let i = 0; i < n; i++) {
                if (available[i] === 1 && !taken(i) && pool.pos[i]! < 4) {
                  displaced[d] = i;
                  break;
                }
              }
              for (let j = 0; j < cands.length; j++) candTaken[d * cands.length + j] = taken(cands[j]!) ? 1 : 0;
            },
          }
        : {}),
    });
    probability = result.probability;
  }

  // Which positions I could take at my next pick, after taking a player at position q now.
  const nextAllowed = FANTASY_POSITIONS.map((_, q) => {
    if (!next) return [false, false, false, false, false, false];
    const after = [...counts];
    after[q]!++;
    return pickRules(after, next.next.round, rounds, slots).allowed;
  });

  const myPlayers = myIdx.map((i) => pool.players[i]!);
  const out: Recommendation[] = [];
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    const q = pool.pos[c]!;
    const vor = value[c]! - replacement[q]!;
    let gain = 0;
    // threshold[sc * 6 + p]: adding x at position p in scenario sc gains max(0, x - threshold) (matroid exchange).
    const threshold = new Float64Array(useNext ? S * 6 : 0);
    for (let sc = 0; sc < S; sc++) {
      const xc = value[c]! * factor[c * S + sc]!;
      const baseC = lineupPointsWith(mine[sc]!, slots, q, xc);
      gain += baseC - base[sc]!;
      if (useNext) for (let p = 0; p < 6; p++) threshold[sc * 6 + p] = BIG - (lineupPointsWith(mine[sc]!, slots, q, xc, p, BIG) - baseC);
    }
    gain /= S;
    const depth = benchWeight * Math.max(0, vor - gain);
    let nextValue = 0;
    if (useNext) {
      const allowedNext = nextAllowed[q]!;
      // At the next pick I choose on expectations (not knowing the season): the position
      // whose best survivor clears the average threshold by most; the scenario then scores it.
      const meanThreshold = [0, 0, 0, 0, 0, 0];
      for (let sc = 0; sc < S; sc++) for (let p = 0; p < 6; p++) meanThreshold[p]! += threshold[sc * 6 + p]! / S;
      let sum = 0;
      for (let d = 0; d < draws; d++) {
        // Each availability draw is paired with one outcome scenario.
        const sc = d % S;
        let pick = -1;
        let pickP = -1;
        let bestExpected = -Infinity;
        for (let p = 0; p < 6; p++) {
          if (!allowedNext[p]) continue;
          const gone = candTaken[d * cands.length + ci] === 1 ? displaced[d]! : -1;
          let k = d * stride + p * TOP;
          const end = k + TOP;
          while (k < end && (tops[k] === c || tops[k] === gone)) k++;
          if (k === end) continue;
          const top = tops[k]!;
          if (top < 0) continue;
          const e = value[top]! - meanThreshold[p]!;
          if (e > bestExpected) {
            bestExpected = e;
            pick = k;
            pickP = p;
          }
        }
        if (pick >= 0) sum += Math.max(0, topValue[pick]! - threshold[sc * 6 + pickP]!);
      }
      nextValue = sum / draws;
    }
    const startsNow = lineupPointsWith(expected, slots, q, value[c]!) - expectedBase > 1e-9;
    out.push(describe(c, gain + depth + nextValue, gain, vor, startsNow));
  }
  out.sort((a, b) => b.score - a.score || a.valueRank - b.valueRank);
  return out.slice(0, limit);

  function describe(c: number, score: number, gain: number, vor: number, startsNow: boolean): Recommendation {
    const player = pool.players[c]!;
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
    } else reasons.push(`No ADP: our rank ${pool.valueRank[c]}`);
    return {
      playerId: player.id,
      name: player.name,
      position: player.position,
      score,
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
