import { describe, expect, it } from 'vitest';
import { nextNominator, pickOrder } from './order';

const teamsByRound = (type: Parameters<typeof pickOrder>[2], teams: number, rounds: number) => {
  const order = pickOrder(teams, rounds, type);
  return Array.from({ length: rounds }, (_, r) => order.filter((s) => s.round === r + 1).map((s) => s.team));
};

describe('pickOrder', () => {
  it('snakes', () => {
    expect(teamsByRound('snake', 4, 4)).toEqual([
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [0, 1, 2, 3],
      [3, 2, 1, 0],
    ]);
  });

  it('keeps the same order every round in a linear draft', () => {
    expect(teamsByRound('linear', 4, 3)).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ]);
  });

  it('repeats round 2 in round 3 with third-round reversal, then snakes', () => {
    expect(teamsByRound('third_round_reversal', 4, 5)).toEqual([
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [3, 2, 1, 0],
      [0, 1, 2, 3],
      [3, 2, 1, 0],
    ]);
  });

  it('numbers picks overall, by round and within the round', () => {
    const order = pickOrder(12, 15, 'snake');
    expect(order).toHaveLength(180);
    expect(order[13]).toEqual({ overall: 14, round: 2, pickInRound: 2, team: 10 });
    expect(() => pickOrder(0, 15, 'snake')).toThrow(/teams/);
    expect(() => pickOrder(12, 0, 'snake')).toThrow(/rounds/);
  });
});

describe('nextNominator', () => {
  it('rotates and skips teams that cannot nominate', () => {
    expect(nextNominator(4, 3, () => true)).toBe(0);
    expect(nextNominator(4, 0, (t) => t !== 1)).toBe(2);
    expect(nextNominator(4, 0, () => false)).toBeNull();
  });
});
