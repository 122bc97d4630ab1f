// Running bots through a draft: a full mock draft of bots (and any custom strategies, such
// as the recommender or the ADP drafter in the simulate CLI), or bots picking until the user
// is on the clock. Every bot team's board comes from rng.fork('board', team), so the same
// league seed gives every bot the same draws whatever the other teams do.
import { draftRounds } from '../league';
import type { Rng } from '../random';
import { botBoard, botChoose, marketChoice, type BotContext, type Personality } from './bots';
import type { PickSlot } from './order';
import type { DraftPool } from './pool';
import { makePick, onTheClock, type DraftState } from './state';

export interface DraftView {
  state: DraftState;
  pool: DraftPool;
  /** The pick on the clock. */
  slot: PickSlot;
  ctx: BotContext;
  /** Position counts (by position index) per team. */
  counts: number[][];
}

/** A bot personality, or a function naming the player to draft. */
export type TeamStrategy = Personality | ((view: DraftView) => string);

/** Availability flags and every team's position counts for the current state. */
export function draftView(state: DraftState, pool: DraftPool): Omit<DraftView, 'slot'> {
  const available = new Uint8Array(pool.players.length).fill(1);
  const counts = Array.from({ length: state.config.teams }, () => [0, 0, 0, 0, 0, 0]);
  for (const pick of state.picks) {
    if (!pick) continue;
    const i = pool.indexOf.get(pick.playerId);
    if (i === undefined) continue;
    available[i] = 0;
    counts[pick.team]![pool.pos[i]!]!++;
  }
  const ctx: BotContext = { pool, available, slots: state.config.rosterSlots, rounds: draftRounds(state.config) };
  return { state, pool, ctx, counts };
}

export interface BotsPickOptions {
  pool: DraftPool;
  /** The league's stream: bot boards fork from it by team. */
  rng: Rng;
  /** One per team. */
  strategies: readonly TeamStrategy[];
  /** Stop before a pick for which this returns true (e.g. the user's team on the clock). */
  stopAt?: (slot: PickSlot) => boolean;
  /** Time stamped on each pick (ms). */
  now?: number;
}

/** Drafts with each team's strategy until the draft is complete or stopAt says stop. */
export function runPicks(state: DraftState, options: BotsPickOptions): DraftState {
  const { pool, rng, strategies, stopAt } = options;
  if (strategies.length !== state.config.teams) throw new Error(`need ${state.config.teams} strategies, got ${strategies.length}`);
  const boards = new Map<number, Float64Array>();
  const boardOf = (team: number, personality: Personality) => {
    let b = boards.get(team);
    if (!b) boards.set(team, (b = botBoard(pool, rng.fork('board', team), personality)));
    return b;
  };
  const view = draftView(state, pool);
  let s = state;
  for (let slot = onTheClock(s); slot && !stopAt?.(slot); slot = onTheClock(s)) {
    const strategy = strategies[slot.team]!;
    const counts = view.counts[slot.team]!;
    let playerId: string;
    if (typeof strategy === 'function') playerId = strategy({ ...view, state: s, slot });
    else {
      const board = boardOf(slot.team, strategy);
      const i = botChoose(view.ctx, (k) => board[k]!, counts, slot.round, strategy);
      if (i < 0) throw new Error('no player left to draft');
      playerId = pool.players[i]!.id;
    }
    s = makePick(s, playerId, options.now);
    const i = pool.indexOf.get(playerId);
    if (i !== undefined) {
      view.ctx.available[i] = 0;
      counts[pool.pos[i]!]!++;
    }
  }
  return s;
}

/** The best-market-rank player that fits the team's roster: the ADP drafter and the clock's autopick. */
export function marketPick(view: DraftView): string {
  const i = marketChoice(view.ctx, view.counts[view.slot.team]!, view.slot.round);
  if (i < 0) throw new Error('no player left to draft');
  return view.pool.players[i]!.id;
}

/** For expireClock: the autopick for the team on the clock. */
export function autopick(pool: DraftPool): (state: DraftState, slot: PickSlot) => string {
  return (state, slot) => marketPick({ ...draftView(state, pool), slot });
}
