import { describe, expect, it } from 'vitest';
import { fmtClock, pickLabel, shortName } from './labels';
import { matches } from './search';

describe('draft room search', () => {
  it('finds a player by the start of any word, the team or the position', () => {
    expect(matches('pat mah', 'Patrick Mahomes', 'KC', 'QB')).toBe(true);
    expect(matches('kc', 'Patrick Mahomes', 'KC', 'QB')).toBe(true);
    expect(matches('qb', 'Patrick Mahomes', 'KC', 'QB')).toBe(true);
    expect(matches('homes', 'Patrick Mahomes', 'KC', 'QB')).toBe(true);
    expect(matches('jets', 'Patrick Mahomes', 'KC', 'QB')).toBe(false);
  });
  it('ignores punctuation and accents the way the name normaliser does', () => {
    expect(matches("ja'marr", "Ja'Marr Chase", 'CIN', 'WR')).toBe(true);
    expect(matches('amon-ra', 'Amon-Ra St. Brown', 'DET', 'WR')).toBe(true);
    expect(matches('amonra', 'Amon-Ra St. Brown', 'DET', 'WR')).toBe(true);
    expect(matches('dj moore', 'D.J. Moore', 'CHI', 'WR')).toBe(true);
  });
  it('matches everyone on an empty query', () => {
    expect(matches('  ', 'Anyone', null, 'K')).toBe(true);
  });
});

describe('draft labels', () => {
  it('formats the clock as m:ss, rounding up and never below zero', () => {
    expect(fmtClock(90_000)).toBe('1:30');
    expect(fmtClock(59_001)).toBe('1:00');
    expect(fmtClock(5_000)).toBe('0:05');
    expect(fmtClock(-200)).toBe('0:00');
  });
  it('writes picks as round.pick and shortens names for board cells', () => {
    expect(pickLabel(2, 8)).toBe('2.08');
    expect(pickLabel(12, 11)).toBe('12.11');
    expect(shortName('Justin Jefferson', 'WR')).toBe('J. Jefferson');
    expect(shortName('Amon-Ra St. Brown', 'WR')).toBe('A. St. Brown');
    expect(shortName('Philadelphia Eagles D/ST', 'DST')).toBe('Philadelphia Eagles D/ST');
    expect(shortName('Cher', 'WR')).toBe('Cher');
  });
});
