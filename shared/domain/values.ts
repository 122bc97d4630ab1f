// Value over replacement under a league's own rules, and tiers. Replacement level at a
// position is the best player left over once every team's starting lineup is filled from
// the whole pool, flex and superflex slots included (so a superflex league's QB
// replacement sits far deeper than a one-QB league's).
import { bestLineup, SLOT_NAMES, type RosterPlayer, type RosterSlots } from './roster';
import { FANTASY_POSITIONS, type FantasyPosition } from './stats';

export type PositionValues = Record<FantasyPosition, number>;

/** League-wide starters per position and the replacement level (best non-starter's projection). */
export function replacementLevels(players: readonly RosterPlayer[], slots: RosterSlots, teams: number): { level: PositionValues; starters: PositionValues } {
  const leagueSlots = { ...slots };
  for (const s of SLOT_NAMES) leagueSlots[s] = s === 'BENCH' ? 0 : slots[s] * teams;
  const lineup = bestLineup(players, leagueSlots);
  const level = { QB: 0, RB: 0, WR: 0, TE: 0, K: 0, DST: 0 };
  const starters = { QB: 0, RB: 0, WR: 0, TE: 0, K: 0, DST: 0 };
  for (const s of lineup.starters) starters[s.player.position]++;
  // bench is sorted best first, so the first one seen at each position is the replacement.
  const seen = new Set<FantasyPosition>();
  for (const p of lineup.bench) {
    if (seen.has(p.position)) continue;
    seen.add(p.position);
    level[p.position] = p.projection;
  }
  // A position with no one left over: replacement is the worst starter (VOR never negative for starters).
  for (const pos of FANTASY_POSITIONS) {
    if (seen.has(pos)) continue;
    const mine = lineup.starters.filter((s) => s.player.position === pos);
    level[pos] = mine.length ? Math.min(...mine.map((s) => s.player.projection)) : 0;
  }
  return { level, starters };
}

/** Projection minus the replacement level at the player's position, by player id. */
export function valueOverReplacement(players: readonly RosterPlayer[], slots: RosterSlots, teams: number): Map<string, number> {
  const { level } = replacementLevels(players, slots, teams);
  return new Map(players.map((p) => [p.id, p.projection - level[p.position]]));
}

/**
 * Optimal 1-D clustering (Jenks natural breaks: least within-tier squared error) of values
 * sorted best first into k tiers. Returns the tier (0-based) of each value. O(k n^2).
 */
export function naturalBreaks(sortedDesc: readonly number[], k: number): number[] {
  const n = sortedDesc.length;
  if (n === 0) return [];
  k = Math.max(1, Math.min(k, n));
  return jenks(sortedDesc, k).tiersFor(k);
}

/** The Jenks table for up to maxK tiers: error of the best split into k tiers, and the split. */
function jenks(values: readonly number[], maxK: number) {
  const n = values.length;
  const s = new Float64Array(n + 1);
  const ss = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s[i + 1] = s[i]! + values[i]!;
    ss[i + 1] = ss[i]! + values[i]! * values[i]!;
  }
  const sse = (i: number, j: number) => {
    // values i..j-1
    const sum = s[j]! - s[i]!;
    return Math.max(0, ss[j]! - ss[i]! - (sum * sum) / (j - i));
  };
  // cost[t][j]: least error for the first j values in t+1 tiers; from[t][j]: start of the last tier.
  const cost: Float64Array[] = [];
  const from: Int32Array[] = [];
  for (let t = 0; t < maxK; t++) {
    cost.push(new Float64Array(n + 1).fill(Infinity));
    from.push(new Int32Array(n + 1));
  }
  for (let j = 1; j <= n; j++) cost[0]![j] = sse(0, j);
  for (let t = 1; t < maxK; t++) {
    for (let j = t + 1; j <= n; j++) {
      for (let i = t; i < j; i++) {
        const c = cost[t - 1]![i]! + sse(i, j);
        if (c < cost[t]![j]!) {
          cost[t]![j] = c;
          from[t]![j] = i;
        }
      }
    }
  }
  return {
    error: (k: number) => cost[k - 1]![n]!,
    tiersFor(k: number): number[] {
      const tier = new Array<number>(n);
      let j = n;
      for (let t = k - 1; t >= 0; t--) {
        const i = t === 0 ? 0 : from[t]![j]!;
        for (let x = i; x < j; x++) tier[x] = t;
        j = i;
      }
      return tier;
    },
  };
}

export interface TierOptions {
  /** Players per position that get tiers (the rest share the tier after the last). */
  perPosition?: number;
  maxTiers?: number;
  /** Goodness of variance fit to reach (1 - within-tier error / total); more tiers until reached. */
  fit?: number;
}

/** Tiers (1 = best) per position from projections; the fewest tiers reaching the fit. Deterministic. */
export function tiersByPosition(players: readonly RosterPlayer[], options: TierOptions = {}): Map<string, number> {
  const { perPosition = 48, maxTiers = 12, fit = 0.96 } = options;
  const out = new Map<string, number>();
  for (const pos of FANTASY_POSITIONS) {
    const group = players
      .filter((p) => p.position === pos)
      .sort((a, b) => b.projection - a.projection || (a.id < b.id ? -1 : 1));
    const top = group.slice(0, perPosition);
    const values = top.map((p) => p.projection);
    const tiers = chooseTiers(values, maxTiers, fit);
    const last = tiers.length ? tiers[tiers.length - 1]! + 1 : 0;
    group.forEach((p, i) => out.set(p.id, (i < top.length ? tiers[i]! : last) + 1));
  }
  return out;
}

function chooseTiers(values: readonly number[], maxTiers: number, fit: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const total = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  if (total === 0) return values.map(() => 0);
  const maxK = Math.min(maxTiers, n);
  const table = jenks(values, maxK);
  let k = 1;
  while (k < maxK && 1 - table.error(k) / total < fit) k++;
  return table.tiersFor(k);
}
