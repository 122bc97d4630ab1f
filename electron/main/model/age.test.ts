import { describe, expect, it } from 'vitest';
import { ageIn, type PlayerBio } from './history';

const bio = (birthYear: number | null): PlayerBio =>
  ({ playerId: 'x', name: 'X', position: 'WR', birthYear, draft: { kind: 'unknown' }, rookieSeason: 2025 }) as PlayerBio;

describe('ageIn', () => {
  it('gives the age in a season from the birth year', () => {
    expect(ageIn(bio(2002.5), 2025)).toBeCloseTo(23.5);
  });

  it('treats an impossible birth date as unknown (the data has a 2025 rookie born in 1945)', () => {
    expect(ageIn(bio(1945.6), 2025)).toBeNull();
    expect(ageIn(bio(2015), 2025)).toBeNull();
    expect(ageIn(bio(null), 2025)).toBeNull();
  });
});
