import { describe, expect, it } from 'vitest';
import { adviceBadge } from './adviceBadge';

describe('adviceBadge', () => {
  it('calls the first recommendation the top pick only when he would start', () => {
    expect(adviceBadge(0, true)).toBe('Top pick');
    expect(adviceBadge(0, false)).toBe('Top pick for your bench');
    expect(adviceBadge(0, false)).not.toBe('Top pick');
  });

  it('numbers the next four, then says starter or depth', () => {
    expect([1, 2, 3, 4].map((i) => adviceBadge(i, false))).toEqual(['Rec #2', 'Rec #3', 'Rec #4', 'Rec #5']);
    expect(adviceBadge(5, true)).toBe('Starter');
    expect(adviceBadge(9, false)).toBe('Depth');
  });
});
