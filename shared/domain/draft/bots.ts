// Draft bots: each drafts from its own board (the market rank plus personal noise that
// grows with the rank, as real ADP spreads do), adjusted for roster need and personality.
// The board is drawn once per team per league from that team's own stream, so a league can
// be replayed with identical bot draws while another team's strategy changes.
import type { Rng } from '../random';
import { unfilledStarters, type RosterSlots } from '../roster';
import type { DraftPool } from './pool';

export const PERSONALITIES = ['balanced', 'zero_rb', 'hero_rb', 'early_qb', 'value'] as const;
export type Personality = (typeof PERSONALITIES)[number];

const QB = 0;
const RB = 1;
const TE = 3;
const K = 4;
const DST = 5;

/** Spread (sd, in picks) of where the market drafts a player of this rank. */
export function marketSpread(rank: number): number {
  return 1 + 0.18 * rank;
}

/** A bot's perceived rank for every pool index: market rank plus its own noise. */
export function botBoard(pool: DraftPool, rng: Rng, personality: Personality = 'balanced'): Float64Array {
  const scale = personality === 'value' ? 0.5 : 1;
  const board = new Float64Array(pool.players.length);
  for (let i = 0; i < board.length; i++) {
    const r = pool.marketRank[i]!;
    board[i] = r + scale * marketSpread(r) * rng.normal();
  }
  return board;
}

/** Personalities for the bot teams: mostly balanced, one of each style mixed in, shuffled by rng. */
export function assignPersonalities(teams: number, rng: Rng): Personality[] {
  const styles: Personality[] = ['zero_rb', 'hero_rb', 'early_qb', 'value'];
  const out: Personality[] = [];
  for (let t = 0; t < teams; t++) out.push(t % 2 === 1 && styles.length ? styles.shift()! : 'balanced');
  return rng.shuffle(out);
}

export interface BotContext {
  pool: DraftPool;
  /** 1 where the pool index is still available. */
  available: Uint8Array;
  slots: RosterSlots;
  rounds: number;
}

export interface PickRules {
  /** Positions (by index) the team may draft now. */
  allowed: boolean[];
  /** Positions that would fill a starting slot still open. */
  fillsStarter: boolean[];
  /** Every remaining pick is needed for an open starting slot. */
  mustFill: boolean;
}

/** Most a team carries at each position: extra QBs, TEs, Ks and DSTs are dead roster spots. */
export function positionCaps(slots: RosterSlots): number[] {
  const flex = slots.FLEX + slots.SUPERFLEX;
  const depth = Math.max(1, Math.ceil(slots.BENCH * 0.7));
  return [
    slots.QB + slots.SUPERFLEX + (slots.QB + slots.SUPERFLEX > 0 ? 1 : 0),
    slots.RB + flex + depth,
    slots.WR + flex + depth,
    slots.TE + (slots.TE > 0 ? 1 : 0) + (slots.FLEX > 0 ? 1 : 0),
    slots.K,
    slots.DST,
  ];
}

/**
 * What a team may draft at this pick: caps, no K or DST before the last two rounds (more when
 * the league starts more of them), and only open starters once every pick is needed for them.
 */
export function pickRules(counts: readonly number[], round: number, rounds: number, slots: RosterSlots): PickRules {
  const picksMade = counts.reduce((a, b) => a + b, 0);
  const picksLeft = rounds - picksMade;
  const openSlots = unfilledStarters(counts, slots);
  const open = openSlots.length;
  const kdOpen = openSlots.filter((s) => s === 'K' || s === 'DST').length;
  const mustFill = open >= picksLeft;
  // K and DST wait for the last rounds, so the other starters must be in before them.
  const mustFillOthers = open - kdOpen >= picksLeft - kdOpen;
  const caps = positionCaps(slots);
  const kdRounds = Math.max(2, slots.K + slots.DST);
  const lateRounds = round > rounds - kdRounds;
  const fillsStarter: boolean[] = [];
  const allowed: boolean[] = [];
  for (let p = 0; p < 6; p++) {
    const after = [...counts];
    after[p]!++;
    fillsStarter.push(unfilledStarters(after, slots).length < open);
    const kd = p === K || p === DST;
    let ok = counts[p]! < caps[p]!;
    if (kd && !lateRounds) ok = false;
    if (mustFill || (mustFillOthers && !kd)) ok = ok && fillsStarter[p]!;
    allowed.push(ok);
  }
  if (!allowed.some(Boolean)) for (let p = 0; p < 6; p++) allowed[p] = fillsStarter[p]! || (p !== K && p !== DST) || lateRounds;
  return { allowed, fillsStarter, mustFill: mustFill || mustFillOthers };
}

/** Multiplier and addition on a perceived rank, by position, for this team at this pick. */
function adjustments(rules: PickRules, counts: readonly number[], round: number, personality: Personality): { mult: number[]; add: number[] } {
  const mult = [1, 1, 1, 1, 1, 1];
  const add = [0, 0, 0, 0, 0, 0];
  if (personality !== 'value' && !rules.mustFill) {
    // A pick that would only sit on the bench waits: strongly for QB and TE (one starts), a little for RB/WR depth.
    for (let p = 0; p < 6; p++) {
      if (rules.fillsStarter[p]) continue;
      if (p === QB || p === TE) {
        mult[p] = 1.3;
        add[p] = 15;
      } else if (p === K || p === DST) {
        mult[p] = 2;
        add[p] = 50;
      } else mult[p] = 1.06;
    }
  }
  if (rules.mustFill) return { mult, add };
  switch (personality) {
    case 'zero_rb':
      // No RB in the first five rounds (unless nothing else is allowed), then make up for it.
      if (round <= 5) {
        if (rules.allowed.some((a, p) => a && p !== RB)) rules.allowed[RB] = false;
      } else if (round <= 8) mult[RB] = mult[RB]! * 0.85;
      break;
    case 'hero_rb':
      if (counts[RB] === 0 && round <= 2) mult[RB] = mult[RB]! * 0.6;
      else if (counts[RB]! >= 1 && round <= 6) mult[RB] = mult[RB]! * 1.6;
      break;
    case 'early_qb':
      if (counts[QB] === 0 && round <= 5) mult[QB] = mult[QB]! * (round === 1 ? 0.8 : 0.45);
      break;
    case 'balanced':
    case 'value':
      break;
  }
  return { mult, add };
}

/** What a team may draft at this pick and how it adjusts perceived ranks, by position index. */
export interface BotPlan {
  allowed: readonly boolean[];
  mult: readonly number[];
  add: readonly number[];
}

export function botPlan(counts: readonly number[], round: number, rounds: number, slots: RosterSlots, personality: Personality = 'balanced'): BotPlan {
  const rules = pickRules(counts, round, rounds, slots);
  const { mult, add } = adjustments(rules, counts, round, personality);
  return { allowed: rules.allowed, mult, add };
}

/**
 * The pool index a bot drafts: the lowest adjusted perceived rank among the first
 * `scanLimit` allowed available players in market order. -1 when nothing is available.
 */
/** How many allowed available players (in market order) a bot weighs at each pick. */
export const BOT_SCAN_LIMIT = 36;

export function chooseWithPlan(ctx: BotContext, perceived: (i: number) => number, plan: BotPlan, scanLimit = BOT_SCAN_LIMIT): number {
  const { available, pool } = ctx;
  const { allowed, mult, add } = plan;
  let best = -1;
  let bestKey = Infinity;
  let seen = 0;
  for (let i = 0; i < available.length; i++) {
    if (available[i] === 0) continue;
    const p = pool.pos[i]!;
    if (!allowed[p]) continue;
    const key = perceived(i) * mult[p]! + add[p]!;
    if (key < bestKey) {
      bestKey = key;
      best = i;
    }
    if (++seen >= scanLimit) break;
  }
  if (best < 0) for (let i = 0; i < available.length; i++) if (available[i] === 1) return i;
  return best;
}

export function botChoose(
  ctx: BotContext,
  perceived: (i: number) => number,
  counts: readonly number[],
  round: number,
  personality: Personality = 'balanced',
  scanLimit = BOT_SCAN_LIMIT,
): number {
  return chooseWithPlan(ctx, perceived, botPlan(counts, round, ctx.rounds, ctx.slots, personality), scanLimit);
}

/** The ADP drafter and the clock's autopick: the best market rank that fits the roster, no noise. */
export function marketChoice(ctx: BotContext, counts: readonly number[], round: number): number {
  return botChoose(ctx, (i) => ctx.pool.marketRank[i]!, counts, round, 'value', 1);
}
