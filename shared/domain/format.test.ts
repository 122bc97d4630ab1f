import { describe, expect, it } from 'vitest';
import { DASH, ordinal, pts, round1 } from './format';

describe('format', () => {
  it('writes ordinals the English way, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th',
    ]);
  });
  it('rounds to one decimal', () => {
    expect(round1(212.44)).toBe(212.4);
    expect(round1(-3.46)).toBe(-3.5);
  });
});

describe('pts', () => {
  it('prints points with fixed decimals and a dash for unknown', () => {
    expect(pts(212.44)).toBe('212.4');
    expect(pts(3, 0)).toBe('3');
    expect([null, undefined, Number.NaN].map((x) => pts(x))).toEqual([DASH, DASH, DASH]);
  });
});
