// A small, fast seeded generator (sfc32, 32-bit state words) and the helpers drafts need.
// Everything random in shared/ takes an Rng argument, so a draft or a simulated league
// replays exactly from its seed. fork() derives an independent stream from a key, so a
// league can give each bot team (and each team's round) its own stream: changing what one
// team does never shifts the draws another team sees (common random numbers).

export interface Rng {
  /** The seed this stream was made from (a 32-bit unsigned integer). */
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max) (max exclusive). */
  int(min: number, max: number): number;
  /** Normal draw (Box-Muller). */
  normal(mean?: number, sd?: number): number;
  /**
   * A standard normal from a fixed table of 65,536 normal draws: one uniform per draw, for
   * hot Monte Carlo loops where Box-Muller's log and trig would dominate.
   */
  quickNormal(): number;
  /** Shuffles the array in place (Fisher-Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** An independent stream keyed by this stream's seed and the given keys; does not advance this one. */
  fork(...keys: (number | string)[]): Rng;
}

/** Mixes numbers and strings into one 32-bit seed (murmur3-style finaliser per part). */
export function hashSeed(...parts: (number | string)[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    if (typeof part === 'number') {
      // Integers mix exactly; fractional seeds mix their scaled value.
      const v = Number.isInteger(part) ? part : Math.floor(part * 4294967296);
      h = mix(h ^ (v >>> 0));
      h = mix(h ^ Math.floor(v / 4294967296));
    } else {
      for (let i = 0; i < part.length; i++) h = mix(h ^ part.charCodeAt(i));
      h = mix(h ^ 0x85ebca6b);
    }
  }
  return h >>> 0;
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

class Sfc32 implements Rng {
  readonly seed: number;
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = NaN;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = this.seed;
    // Warm up so nearby seeds give unrelated streams.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    if (!(max > min)) throw new RangeError(`int(${min}, ${max}): max must be greater than min`);
    return min + Math.floor(this.next() * (max - min));
  }

  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = NaN;
      return mean + sd * z;
    }
    let u = this.next();
    while (u === 0) u = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(theta);
    return mean + sd * r * Math.cos(theta);
  }

  quickNormal(): number {
    return NORMAL_TABLE[this.nextUint32() >>> 16]!;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  fork(...keys: (number | string)[]): Rng {
    return new Sfc32(hashSeed(this.seed, ...keys));
  }
}

// Standard normals at the 65,536 mid-quantiles, so the table's distribution is exact to
// the table's resolution (mean 0, sd 1, no sampling noise of its own).
const NORMAL_TABLE = (() => {
  const n = 65536;
  const table = new Float64Array(n);
  for (let k = 0; k < n; k++) table[k] = inverseNormalCdf((k + 0.5) / n);
  return table;
})();

/** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
export function inverseNormalCdf(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -inverseNormalCdf(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * A Poisson draw (Knuth's product of uniforms), for small means: the model's bootstrap weight
 * of one training row for one ensemble member is poisson(rng, 1).
 */
export function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** A seeded generator; the same seed always gives the same stream. */
export function createRng(seed: number | string): Rng {
  return new Sfc32(typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 ? seed : hashSeed(seed));
}
