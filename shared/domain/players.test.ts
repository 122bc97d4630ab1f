import { describe, expect, it } from 'vitest';
import { ageOn, currentFranchise, fantasyPosition, heightInches, seasonAge } from './players';

describe('player helpers', () => {
  it('counts age in whole years from a birth date', () => {
    expect(ageOn('1995-09-17', '2025-09-16')).toBe(29);
    expect(ageOn('1995-09-17', '2025-09-17')).toBe(30);
    expect(seasonAge('1997-01-07', 2025)).toBe(28);
    expect(ageOn(null, '2025-09-01')).toBeNull();
    expect(ageOn('not a date', '2025-09-01')).toBeNull();
  });

  it('maps roster positions to fantasy positions', () => {
    expect(fantasyPosition('FB')).toBe('RB');
    expect(fantasyPosition('DEF')).toBe('DST');
    expect(fantasyPosition('CB')).toBeNull();
    expect(fantasyPosition(null)).toBeNull();
  });

  it('reads heights in inches or feet-inches', () => {
    expect(heightInches('74')).toBe(74);
    expect(heightInches('6-2')).toBe(74);
    expect(heightInches(`6'2"`)).toBe(74);
    expect(heightInches('')).toBeNull();
    expect(heightInches('tall')).toBeNull();
  });

  it('maps moved franchises to their current abbreviation', () => {
    expect(currentFranchise('OAK')).toBe('LV');
    expect(currentFranchise('STL')).toBe('LA');
    expect(currentFranchise('KC')).toBe('KC');
  });
});
