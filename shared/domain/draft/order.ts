// Who picks when. Snake reverses every round; linear never does; third-round reversal
// (3RR) repeats round 2's order in round 3 and snakes from there, softening the first
// pick's edge. Auctions have no pick order, only a nomination rotation.
import type { DraftType } from '../league';

export interface PickSlot {
  /** 1-based overall pick number. */
  overall: number;
  /** 1-based round. */
  round: number;
  /** 1-based pick within the round. */
  pickInRound: number;
  /** 0-based team index that owns the pick (after trades, the new owner). */
  team: number;
}

export type PickOrderType = Exclude<DraftType, 'auction'>;

/** Is round r (1-based) drafted from the last team to the first? */
export function roundReversed(type: PickOrderType, round: number): boolean {
  switch (type) {
    case 'linear':
      return false;
    case 'snake':
      return round % 2 === 0;
    case 'third_round_reversal':
      return round === 2 ? true : round >= 3 ? round % 2 === 1 : false;
  }
}

export function pickOrder(teams: number, rounds: number, type: PickOrderType): PickSlot[] {
  if (!Number.isInteger(teams) || teams < 1) throw new RangeError(`teams must be a positive whole number, got ${teams}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a positive whole number, got ${rounds}`);
  const slots: PickSlot[] = [];
  for (let round = 1; round <= rounds; round++) {
    const reversed = roundReversed(type, round);
    for (let k = 0; k < teams; k++) {
      slots.push({ overall: slots.length + 1, round, pickInRound: k + 1, team: reversed ? teams - 1 - k : k });
    }
  }
  return slots;
}

/** The auction nomination rotation from `first`, skipping teams that can no longer add players. */
export function nextNominator(teams: number, after: number, canNominate: (team: number) => boolean): number | null {
  for (let step = 1; step <= teams; step++) {
    const team = (after + step) % teams;
    if (canNominate(team)) return team;
  }
  return null;
}
