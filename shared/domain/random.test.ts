import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, poisson } from './random';

const take = (seed: number | string, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('replays the same stream from the same seed, a different one from another', () => {
    expect(take(42, 20)).toEqual(take(42, 20));
    expect(take(42, 20)).not.toEqual(take(43, 20));
    expect(take('league-1', 5)).toEqual(take('league-1', 5));
  });

  it('draws uniforms in [0, 1) with the right mean', () => {
    const xs = take(7, 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers in [min, max) and refuses an empty range', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 8));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(() => rng.int(5, 5)).toThrow(/max must be greater/);
  });

  it('draws standard normals', () => {
    const rng = createRng(9);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
    expect(createRng(3).normal(10, 0)).toBe(10);
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    const a = createRng(5).shuffle([...Array(20).keys()]);
    expect([...a].sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
    expect(createRng(5).shuffle([...Array(20).keys()])).toEqual(a);
    expect(a).not.toEqual([...Array(20).keys()]);
  });

  it('forks independent streams by key without advancing the parent', () => {
    const parent = createRng(11);
    const before = createRng(11).next();
    const f1 = parent.fork('team', 3);
    const f2 = parent.fork('team', 4);
    expect(parent.next()).toBe(before);
    expect(f1.next()).not.toBe(f2.next());
    expect(createRng(11).fork('team', 3).next()).toBe(createRng(11).fork('team', 3).next());
    expect(createRng(11).fork('team', 3).seed).not.toBe(createRng(12).fork('team', 3).seed);
  });
});

describe('hashSeed', () => {
  it('is a stable 32-bit mix of its parts, sensitive to order', () => {
    expect(hashSeed(1, 'a')).toBe(hashSeed(1, 'a'));
    expect(hashSeed(1, 'a')).not.toBe(hashSeed('a', 1));
    expect(hashSeed(2 ** 40)).not.toBe(hashSeed(0));
    expect(hashSeed(123)).toBeGreaterThanOrEqual(0);
    expect(hashSeed(123)).toBeLessThan(2 ** 32);
  });
});

describe('poisson', () => {
  it('has the mean it is asked for and is replayable from the seed', () => {
    const draws = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20000 }, () => poisson(rng, 1));
    };
    const a = draws(7);
    expect(draws(7)).toEqual(a);
    const mean = a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean).toBeGreaterThan(0.97);
    expect(mean).toBeLessThan(1.03);
    // P(0) = e^-1 for a Poisson(1).
    expect(a.filter((x) => x === 0).length / a.length).toBeCloseTo(Math.exp(-1), 1);
  });
});
