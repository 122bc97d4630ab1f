// Roster slot rules: which positions fill which slots, the best starting lineup a set of
// players makes, whether a pick would start, and whether a pick is legal. The slot families
// are nested (a position's own slot, then FLEX for RB/WR/TE, then SUPERFLEX for QB/RB/WR/TE),
// so filling the narrowest slots first with the best players, then FLEX, then SUPERFLEX,
// gives the optimal lineup (a greedy basis of a laminar matroid; the tests check it against
// brute force).
import { z } from 'zod';
import { FANTASY_POSITIONS, type FantasyPosition } from './stats';

export const SLOT_NAMES = ['QB', 'RB', 'WR', 'TE', 'FLEX', 'SUPERFLEX', 'K', 'DST', 'BENCH'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export type StartingSlot = Exclude<SlotName, 'BENCH'>;
export type RosterSlots = Record<SlotName, number>;

export const SLOT_ELIGIBILITY: Record<StartingSlot, readonly FantasyPosition[]> = {
  QB: ['QB'],
  RB: ['RB'],
  WR: ['WR'],
  TE: ['TE'],
  FLEX: ['RB', 'WR', 'TE'],
  SUPERFLEX: ['QB', 'RB', 'WR', 'TE'],
  K: ['K'],
  DST: ['DST'],
};

/** QB, 2 RB, 2 WR, TE, FLEX, K, DST and 6 bench: 15 rounds. */
export const STANDARD_ROSTER: RosterSlots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 6 };

const slotCount = z.number().int().min(0).max(10);
export const rosterSlotsSchema = z
  .object({
    QB: slotCount,
    RB: slotCount,
    WR: slotCount,
    TE: slotCount,
    FLEX: slotCount,
    SUPERFLEX: slotCount,
    K: slotCount,
    DST: slotCount,
    BENCH: z.number().int().min(0).max(20),
  })
  .refine((s) => rosterSize(s) >= 1 && rosterSize(s) <= 40, { message: 'a roster needs 1 to 40 slots' })
  .refine((s) => startingSlotCount(s) >= 1, { message: 'a roster needs at least one starting slot' });

export function rosterSize(slots: RosterSlots): number {
  return SLOT_NAMES.reduce((n, s) => n + slots[s], 0);
}

export function startingSlotCount(slots: RosterSlots): number {
  return rosterSize(slots) - slots.BENCH;
}

/** Position index in FANTASY_POSITIONS order (QB 0, RB 1, WR 2, TE 3, K 4, DST 5): hot loops use arrays. */
export const POSITION_INDEX: Record<FantasyPosition, number> = { QB: 0, RB: 1, WR: 2, TE: 3, K: 4, DST: 5 };
const DEDICATED: readonly StartingSlot[] = ['QB', 'RB', 'WR', 'TE', 'K', 'DST'];
const FLEX_POS = [1, 2, 3];
const SUPERFLEX_POS = [0, 1, 2, 3];

export interface RosterPlayer {
  id: string;
  position: FantasyPosition;
  projection: number;
}

export interface Lineup<P extends RosterPlayer> {
  starters: { slot: StartingSlot; player: P }[];
  bench: P[];
  /** Starting slots no player on the roster can fill. */
  open: StartingSlot[];
  points: number;
}

/** The highest-scoring legal starting lineup from these players (ties keep input order). */
export function bestLineup<P extends RosterPlayer>(players: readonly P[], slots: RosterSlots): Lineup<P> {
  const byPos: P[][] = FANTASY_POSITIONS.map(() => []);
  for (const p of players) byPos[POSITION_INDEX[p.position]]!.push(p);
  for (const list of byPos) list.sort((a, b) => b.projection - a.projection);
  const ptr = [0, 0, 0, 0, 0, 0];
  const starters: { slot: StartingSlot; player: P }[] = [];
  const open: StartingSlot[] = [];
  let points = 0;
  const take = (slot: StartingSlot, positions: readonly number[]) => {
    let best = -1;
    for (const pi of positions) {
      const cand = byPos[pi]![ptr[pi]!];
      if (cand && (best < 0 || cand.projection > byPos[best]![ptr[best]!]!.projection)) best = pi;
    }
    if (best < 0) {
      open.push(slot);
      return;
    }
    const player = byPos[best]![ptr[best]!++]!;
    starters.push({ slot, player });
    points += player.projection;
  };
  for (const slot of DEDICATED) for (let k = 0; k < slots[slot]; k++) take(slot, [POSITION_INDEX[slot as FantasyPosition]]);
  for (let k = 0; k < slots.FLEX; k++) take('FLEX', FLEX_POS);
  for (let k = 0; k < slots.SUPERFLEX; k++) take('SUPERFLEX', SUPERFLEX_POS);
  const bench: P[] = [];
  byPos.forEach((list, pi) => bench.push(...list.slice(ptr[pi])));
  bench.sort((a, b) => b.projection - a.projection);
  return { starters, bench, open, points };
}

/**
 * Starting-lineup points from projections already sorted best first, one array per position
 * index. The allocation-free version of bestLineup for simulations and recommendations.
 */
export function lineupPoints(sortedByPos: readonly (readonly number[])[], slots: RosterSlots): number {
  for (let pi = 0; pi < 6; pi++) listLen[pi] = sortedByPos[pi]?.length ?? 0;
  return startersPoints(sortedByPos, listLen, slots);
}

const listLen = new Int32Array(6);

/**
 * Points of the best starters: each position's dedicated slots from the top of its list, then
 * FLEX and SUPERFLEX from the best left. `lists[pi]` is sorted best first and holds `lens[pi]`
 * values (a scratch buffer may be longer).
 */
function startersPoints(lists: readonly (ArrayLike<number> | undefined)[], lens: ArrayLike<number>, slots: RosterSlots): number {
  const ptr = [0, 0, 0, 0, 0, 0];
  let points = 0;
  for (let pi = 0; pi < 6; pi++) {
    const n = Math.min(slots[DEDICATED[pi]!], lens[pi]!);
    const list = lists[pi]!;
    for (let k = 0; k < n; k++) points += list[k]!;
    ptr[pi] = n;
  }
  const fill = (count: number, positions: readonly number[]) => {
    for (let k = 0; k < count; k++) {
      let best = -1;
      let bestValue = -Infinity;
      for (const pi of positions) {
        if (ptr[pi]! < lens[pi]!) {
          const v = lists[pi]![ptr[pi]!]!;
          if (v > bestValue) {
            bestValue = v;
            best = pi;
          }
        }
      }
      if (best < 0) return;
      points += bestValue;
      ptr[best]!++;
    }
  };
  fill(slots.FLEX, FLEX_POS);
  fill(slots.SUPERFLEX, SUPERFLEX_POS);
  return points;
}

const scratch = Array.from({ length: 6 }, () => new Float64Array(64));
const scratchLen = new Int32Array(6);

/**
 * lineupPoints of the lists with up to two extra players added (position index and value;
 * -1 for none), without copying the lists: the hot path of recommendations.
 */
export function lineupPointsWith(sortedByPos: readonly (readonly number[])[], slots: RosterSlots, p1: number, x1: number, p2 = -1, x2 = 0): number {
  for (let pi = 0; pi < 6; pi++) {
    const list = sortedByPos[pi] ?? [];
    let buf = scratch[pi]!;
    const need = list.length + 2;
    if (buf.length < need) buf = scratch[pi] = new Float64Array(need * 2);
    let a = pi === p1 ? x1 : -Infinity;
    let b = pi === p2 ? x2 : -Infinity;
    if (b > a) [a, b] = [b, a];
    let n = 0;
    for (let k = 0; k < list.length; k++) {
      const v = list[k]!;
      if (a >= v && a !== -Infinity) {
        buf[n++] = a;
        a = b;
        b = -Infinity;
        if (a >= v && a !== -Infinity) {
          buf[n++] = a;
          a = -Infinity;
        }
      }
      buf[n++] = v;
    }
    if (a !== -Infinity) buf[n++] = a;
    if (b !== -Infinity) buf[n++] = b;
    scratchLen[pi] = n;
  }
  return startersPoints(scratch, scratchLen, slots);
}

/** Lineup points gained by adding the candidate (0 when he would sit on the bench). */
export function lineupGain(roster: readonly RosterPlayer[], candidate: RosterPlayer, slots: RosterSlots): number {
  return bestLineup([...roster, candidate], slots).points - bestLineup(roster, slots).points;
}

/** Would the candidate be in the best starting lineup if he joined this roster? */
export function canStart(roster: readonly RosterPlayer[], candidate: RosterPlayer, slots: RosterSlots): boolean {
  return bestLineup([...roster, candidate], slots).starters.some((s) => s.player === candidate);
}

/** Starting slots the given position counts (by position index) leave unfilled. */
export function unfilledStarters(counts: readonly number[], slots: RosterSlots): StartingSlot[] {
  const left = [...counts];
  const open: StartingSlot[] = [];
  DEDICATED.forEach((slot, pi) => {
    const used = Math.min(slots[slot], left[pi] ?? 0);
    left[pi] = (left[pi] ?? 0) - used;
    for (let k = used; k < slots[slot]; k++) open.push(slot);
  });
  const fill = (slot: StartingSlot, count: number, positions: readonly number[]) => {
    for (let k = 0; k < count; k++) {
      const pi = positions.find((i) => (left[i] ?? 0) > 0);
      if (pi === undefined) open.push(slot);
      else left[pi]!--;
    }
  };
  fill('FLEX', slots.FLEX, FLEX_POS);
  fill('SUPERFLEX', slots.SUPERFLEX, SUPERFLEX_POS);
  return open;
}

export function positionCounts(positions: Iterable<FantasyPosition>): number[] {
  const counts = [0, 0, 0, 0, 0, 0];
  for (const p of positions) counts[POSITION_INDEX[p]]!++;
  return counts;
}

export interface PickCheck {
  /** False when the roster has no room: the pick must be refused. */
  legal: boolean;
  reason?: string;
  /** Legal but worth a second look (a pick that cannot start, starters left unfillable). */
  warnings: string[];
}

/** Whether adding a player at `position` to this roster is legal, with warnings. */
export function checkPick(roster: readonly RosterPlayer[], candidate: RosterPlayer, slots: RosterSlots): PickCheck {
  const size = rosterSize(slots);
  if (roster.length >= size) return { legal: false, reason: `the roster is full (${size} players)`, warnings: [] };
  const warnings: string[] = [];
  const eligible = (Object.keys(SLOT_ELIGIBILITY) as StartingSlot[]).some((s) => slots[s] > 0 && SLOT_ELIGIBILITY[s].includes(candidate.position));
  if (!eligible) warnings.push(`this league has no starting slot for a ${candidate.position}`);
  else if (!canStart(roster, candidate, slots)) warnings.push(`${candidate.position} would not start on this roster`);
  const after = positionCounts([...roster.map((p) => p.position), candidate.position]);
  const open = unfilledStarters(after, slots);
  const picksLeft = size - roster.length - 1;
  if (open.length > picksLeft) warnings.push(`${open.length} starting slots (${open.join(', ')}) but only ${picksLeft} picks left`);
  return { legal: true, warnings };
}
