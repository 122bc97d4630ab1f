// The order GridScout recommends in: the market decides when a position is drafted, our
// projection decides who at that position, and roster need makes depth wait. Simulated
// 2019-2024 drafts (npm run simulate, 200 leagues a season) are why each part is here:
// - Across positions, the market's timing beat everything we tried: taking any position 10%
//   earlier or later than its ADP lost 0.4 to 4 pts/week to the ADP drafter, and ranking
//   by our value over replacement (drafting TEs early and RBs late) lost more.
// - Within a position, when the market prices two players within half a round of each other
//   and our projection disagrees, the player we prefer outscored the market's choice more
//   often from round 3 on (by about 20 season points in rounds 4-7). In rounds 1-2 the
//   market's order of the top players was better, so there it stands. From round 6 the window
//   is three quarters of a round (ADP is looser later: +0.1 pts/week over four seeds).
// - A player who would only sit on the bench waits: his market rank counts 10% later, and 10%
//   more for every bench player I already have at his position, so the starting lineup fills
//   first and depth spreads over positions (RB/WR only, flat: +0.5 pts/week; every position:
//   +0.2 more; growing with the bench: +0.2 more).
import { SLOT_ELIGIBILITY, type RosterSlots, type StartingSlot } from '../roster';
import { FANTASY_POSITIONS } from '../stats';
import type { PickRules } from './bots';
import type { DraftPool } from './pool';

export interface RankingOptions {
  /** First round in which our projection orders players within a position (default 3). */
  modelFromRound?: number;
  /** How far behind the market's choice our projection may look, in rounds of picks (default 0.5). */
  modelWindow?: number;
  /** The same from round `lateFromRound` on (default 0.75: the market's spread grows with the pick). */
  modelWindowLate?: number;
  /** First round of the late window (default 6). */
  lateFromRound?: number;
  /** Factor on the market rank of a player who would fill no starting slot, compounded per bench player at his position (default 1.1). */
  depthWait?: number;
}

export interface RankedPlayer {
  /** Pool index. */
  index: number;
  /** Sort key: the need-adjusted market rank he is ranked at (lower first). */
  key: number;
  /** The market's choice at his position (pool index); equal to index when he is that choice. */
  marketChoice: number;
  /** Ranked at the market choice's place because our projection prefers him. */
  preferredByModel: boolean;
  /** A depth pick (fills no starting slot) whose market rank waited. */
  waited: boolean;
  /** The factor on his market rank for waiting (1 when he does not wait). */
  waitFactor: number;
}

/**
 * Every player the team may draft now (`rules.allowed`), best first. Deterministic: no
 * randomness, ties go to the better market rank, then the pool order.
 */
export function rankForPick(
  pool: DraftPool,
  available: Uint8Array,
  rules: PickRules,
  team: { counts: readonly number[]; round: number },
  league: { teams: number; rosterSlots: RosterSlots },
  options: RankingOptions = {},
): RankedPlayer[] {
  const { modelFromRound = 3, modelWindow = 0.5, modelWindowLate = 0.75, lateFromRound = 6, depthWait = 1.1 } = options;
  const pickable = pickablePlayers(pool, available, rules);
  const { round, counts } = team;
  const waits = (q: number) => !rules.mustFill && !rules.fillsStarter[q]!;
  // Bench players I already have at each position: beyond the starting slots it can fill.
  const startable = startingSlotsByPosition(league.rosterSlots);
  const wait = [0, 1, 2, 3, 4, 5].map((q) => (waits(q) ? depthWait ** (1 + Math.max(0, counts[q]! - startable[q]!)) : 1));
  const key = (i: number) => pool.marketRank[i]! * wait[pool.pos[i]!]!;
  // The market's choice at each position: the lowest need-adjusted rank (the pool is in market order).
  const choice = [-1, -1, -1, -1, -1, -1];
  for (const i of pickable) {
    const q = pool.pos[i]!;
    if (choice[q] === -1) choice[q] = i;
  }
  const ranked = new Map<number, RankedPlayer>();
  if (round >= modelFromRound) {
    const window = (round >= lateFromRound ? modelWindowLate : modelWindow) * league.teams;
    for (let q = 0; q < 6; q++) {
      const m = choice[q]!;
      if (m < 0) continue;
      const close = pickable.filter((i) => pool.pos[i] === q && pool.marketRank[i]! <= pool.marketRank[m]! + window);
      close.sort((a, b) => pool.projection[b]! - pool.projection[a]! || a - b);
      // The whole window sits at the market choice's place, in our projection's order.
      close.forEach((i, k) => ranked.set(i, { index: i, key: key(m) + k * 1e-6, marketChoice: m, preferredByModel: k === 0 && i !== m, waited: waits(q), waitFactor: wait[q]! }));
    }
  }
  for (const i of pickable) if (!ranked.has(i)) ranked.set(i, { index: i, key: key(i), marketChoice: choice[pool.pos[i]!]!, preferredByModel: false, waited: waits(pool.pos[i]!), waitFactor: wait[pool.pos[i]!]! });
  return [...ranked.values()].sort((a, b) => a.key - b.key || pool.marketRank[a.index]! - pool.marketRank[b.index]! || a.index - b.index);
}

/** Pool indexes the team may draft now; anything available when the rules allow nothing (a full roster), as the bots do. */
export function pickablePlayers(pool: DraftPool, available: Uint8Array, rules: PickRules): number[] {
  const n = pool.players.length;
  const pickable: number[] = [];
  for (let i = 0; i < n; i++) if (available[i] === 1 && rules.allowed[pool.pos[i]!]) pickable.push(i);
  if (pickable.length === 0) for (let i = 0; i < n; i++) if (available[i] === 1) pickable.push(i);
  return pickable;
}

/** Starting slots each position (by index) can fill, from the roster's slot eligibility. */
function startingSlotsByPosition(slots: RosterSlots): number[] {
  const starting = Object.keys(SLOT_ELIGIBILITY) as StartingSlot[];
  return FANTASY_POSITIONS.map((pos) => starting.reduce((sum, s) => sum + (SLOT_ELIGIBILITY[s].includes(pos) ? slots[s] : 0), 0));
}
