// Will he still be there at my next pick? Monte Carlo over the picks in between with the
// bots' model: each draw gives every team picking in between a fresh board (market rank plus
// noise) and lets them draft in order, roster need included. One simulation per draw serves
// every candidate (common random numbers), so differences between candidates are not noise.
import { draftRounds } from '../league';
import type { Rng } from '../random';
import { BOT_SCAN_LIMIT as SCAN_LIMIT, botPlan, marketSpread, PERSONALITIES, type BotPlan, type Personality } from './bots';
import type { DraftView } from './mock';
import type { PickSlot } from './order';
import type { DraftState } from './state';

/** The empty pick slots strictly between the pick on the clock and `team`'s next one; null if it has none. */
export function picksBetween(state: DraftState, team: number): { between: PickSlot[]; next: PickSlot } | null {
  const first = state.picks.findIndex((p) => p === null);
  if (first < 0) return null;
  const between: PickSlot[] = [];
  for (let i = first + 1; i < state.slots.length; i++) {
    if (state.picks[i]) continue;
    const slot = state.slots[i]!;
    if (slot.team === team) return { between, next: slot };
    between.push(slot);
  }
  return null;
}

export interface AvailabilityOptions {
  draws?: number;
  /** Personality per team for the simulated picks (default: all balanced; a live draft's humans are unknown). */
  personalities?: readonly Personality[];
  /** Called after each draw with a test for "taken in this draw" (pool index). */
  onDraw?: (draw: number, takenInDraw: (i: number) => boolean) => void;
}

export interface Availability {
  draws: number;
  /** Probability, by pool index, that the player is still available after the picks in between (0 if taken already). */
  probability: Float64Array;
}

/** Simulates `between` (other teams' picks) `draws` times from the view's state. */
export function availabilityAfter(view: Omit<DraftView, 'slot'>, between: readonly PickSlot[], rng: Rng, options: AvailabilityOptions = {}): Availability {
  const { pool, ctx } = view;
  const draws = options.draws ?? 1000;
  const n = pool.players.length;
  const takenCount = new Int32Array(n);
  const work = Uint8Array.from(ctx.available);
  const simCtx = { ...ctx, available: work, rounds: draftRounds(view.state.config) };
  // Teams picking in between get a local index for their lazily drawn boards.
  const local = new Map<number, number>();
  for (const s of between) if (!local.has(s.team)) local.set(s.team, local.size);
  const teams = [...local.keys()];
  const boardValue = new Float64Array(local.size * n);
  const boardStamp = new Int32Array(local.size * n);
  const personality = (team: number): Personality => options.personalities?.[team] ?? 'balanced';
  // Board noise scale per pool index (the market's spread at his rank), and per team.
  const spread = Float64Array.from(pool.marketRank, (r) => marketSpread(r));
  const teamScale = Float64Array.from(teams, (team) => (personality(team) === 'value' ? 0.5 : 1));
  // Plans depend only on a team's position counts, the round and its personality: cache them.
  const plans = new Map<number, BotPlan>();
  const planFor = (counts: readonly number[], round: number, team: number) => {
    let key = 0;
    for (let p = 0; p < 6; p++) key = key * 64 + counts[p]!;
    key = (key * 64 + round) * 8 + PERSONALITIES.indexOf(personality(team));
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = botPlan(counts, round, simCtx.rounds, simCtx.slots, personality(team))));
    return plan;
  };
  const slotLocal = Int32Array.from(between, (s) => local.get(s.team)!);
  const takenList = new Int32Array(between.length);
  const countsWork = Array.from({ length: view.counts.length }, () => [0, 0, 0, 0, 0, 0]);
  const takenInDraw = (i: number) => work[i] === 0 && ctx.available[i] === 1;
  for (let d = 0; d < draws; d++) {
    const stamp = d + 1;
    for (const team of teams) {
      const src = view.counts[team]!;
      const dst = countsWork[team]!;
      for (let p = 0; p < 6; p++) dst[p] = src[p]!;
    }
    let taken = 0;
    for (let b = 0; b < between.length; b++) {
      const slot = between[b]!;
      const counts = countsWork[slot.team]!;
      // chooseWithPlan inlined with lazily drawn boards: this loop runs ~800k times per recommendation.
      const plan = planFor(counts, slot.round, slot.team);
      const li = slotLocal[b]!;
      const base = li * n;
      const sc = teamScale[li]!;
      let i = -1;
      let bestKey = Infinity;
      let seen = 0;
      for (let k = 0; k < n; k++) {
        if (work[k] === 0) continue;
        const p = pool.pos[k]!;
        if (!plan.allowed[p]) continue;
        const at = base + k;
        if (boardStamp[at] !== stamp) {
          boardStamp[at] = stamp;
          boardValue[at] = pool.marketRank[k]! + sc * spread[k]! * rng.quickNormal();
        }
        const key = boardValue[at]! * plan.mult[p]! + plan.add[p]!;
        if (key < bestKey) {
          bestKey = key;
          i = k;
        }
        if (++seen >= SCAN_LIMIT) break;
      }
      if (i < 0) for (let k = 0; k < n && i < 0; k++) if (work[k] === 1) i = k;
      if (i < 0) break;
      work[i] = 0;
      counts[pool.pos[i]!]!++;
      takenList[taken++] = i;
    }
    options.onDraw?.(d, takenInDraw);
    for (let k = 0; k < taken; k++) work[takenList[k]!] = 1;
    for (let k = 0; k < taken; k++) takenCount[takenList[k]!]!++;
  }
  const probability = new Float64Array(n);
  for (let i = 0; i < n; i++) probability[i] = ctx.available[i] === 1 ? (draws - takenCount[i]!) / draws : 0;
  return { draws, probability };
}
