import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import {
  bestLineup,
  canStart,
  checkPick,
  lineupGain,
  lineupPoints,
  lineupPointsWith,
  positionCounts,
  rosterSize,
  rosterSlotsSchema,
  SLOT_ELIGIBILITY,
  STANDARD_ROSTER,
  unfilledStarters,
  type RosterPlayer,
  type RosterSlots,
  type StartingSlot,
} from './roster';
import { FANTASY_POSITIONS, type FantasyPosition } from './stats';

const player = (id: string, position: FantasyPosition, projection: number): RosterPlayer => ({ id, position, projection });
const SUPERFLEX: RosterSlots = { QB: 1, RB: 2, WR: 3, TE: 1, FLEX: 2, SUPERFLEX: 1, K: 0, DST: 1, BENCH: 5 };

/** Every assignment of players to starting slots, best total: the reference for the greedy. */
function bruteForce(players: RosterPlayer[], slots: RosterSlots): number {
  const list: StartingSlot[] = [];
  for (const s of Object.keys(SLOT_ELIGIBILITY) as StartingSlot[]) for (let k = 0; k < slots[s]; k++) list.push(s);
  let best = 0;
  const used = new Set<number>();
  const go = (k: number, sum: number) => {
    if (k === list.length) {
      best = Math.max(best, sum);
      return;
    }
    go(k + 1, sum); // slot left empty
    players.forEach((p, i) => {
      if (used.has(i) || !SLOT_ELIGIBILITY[list[k]!].includes(p.position)) return;
      used.add(i);
      go(k + 1, sum + p.projection);
      used.delete(i);
    });
  };
  go(0, 0);
  return best;
}

describe('bestLineup', () => {
  it('fills the standard lineup with the best players and benches the rest', () => {
    const roster = [
      player('qb1', 'QB', 300),
      player('qb2', 'QB', 280),
      player('rb1', 'RB', 250),
      player('rb2', 'RB', 200),
      player('rb3', 'RB', 190),
      player('wr1', 'WR', 240),
      player('wr2', 'WR', 180),
      player('wr3', 'WR', 185),
      player('te1', 'TE', 150),
      player('k1', 'K', 130),
    ];
    const lineup = bestLineup(roster, STANDARD_ROSTER);
    const bySlot = lineup.starters.map((s) => `${s.slot}:${s.player.id}`);
    expect(bySlot).toEqual(['QB:qb1', 'RB:rb1', 'RB:rb2', 'WR:wr1', 'WR:wr3', 'TE:te1', 'K:k1', 'FLEX:rb3']);
    expect(lineup.open).toEqual(['DST']);
    expect(lineup.bench.map((p) => p.id)).toEqual(['qb2', 'wr2']);
    expect(lineup.points).toBe(300 + 250 + 200 + 240 + 185 + 150 + 130 + 190);
  });

  it('starts a second QB in superflex when he beats the best flex option', () => {
    const roster = [player('qb1', 'QB', 350), player('qb2', 'QB', 300), player('rb1', 'RB', 200), player('wr1', 'WR', 210), player('wr2', 'WR', 120)];
    const slots: RosterSlots = { ...STANDARD_ROSTER, RB: 1, WR: 1, SUPERFLEX: 1 };
    const lineup = bestLineup(roster, slots);
    expect(lineup.starters.find((s) => s.slot === 'SUPERFLEX')?.player.id).toBe('qb2');
    expect(lineup.starters.find((s) => s.slot === 'FLEX')?.player.id).toBe('wr2');
  });

  it('matches brute force on random rosters, superflex included', () => {
    const rng = createRng(2024);
    const leagues: RosterSlots[] = [STANDARD_ROSTER, SUPERFLEX, { QB: 2, RB: 1, WR: 1, TE: 0, FLEX: 1, SUPERFLEX: 1, K: 1, DST: 0, BENCH: 0 }];
    for (let trial = 0; trial < 60; trial++) {
      const slots = leagues[trial % leagues.length]!;
      const roster = Array.from({ length: 9 }, (_, i) => player(`p${i}`, FANTASY_POSITIONS[rng.int(0, 6)]!, rng.int(50, 400)));
      expect(bestLineup(roster, slots).points).toBe(bruteForce(roster, slots));
      const sorted = FANTASY_POSITIONS.map((pos) => roster.filter((p) => p.position === pos).map((p) => p.projection).sort((a, b) => b - a));
      expect(lineupPoints(sorted, slots)).toBe(bruteForce(roster, slots));
    }
  });
});

describe('starting and legality', () => {
  const roster = [player('rb1', 'RB', 250), player('rb2', 'RB', 240), player('rb3', 'RB', 230), player('qb1', 'QB', 300)];

  it('says whether a pick would start and what he adds', () => {
    expect(canStart(roster, player('wr1', 'WR', 100), STANDARD_ROSTER)).toBe(true);
    expect(canStart(roster, player('rb4', 'RB', 100), STANDARD_ROSTER)).toBe(false);
    expect(canStart(roster, player('rb5', 'RB', 235), STANDARD_ROSTER)).toBe(true);
    expect(lineupGain(roster, player('rb5', 'RB', 235), STANDARD_ROSTER)).toBe(5); // bumps rb3 (230) from FLEX
    expect(lineupGain(roster, player('qb2', 'QB', 250), STANDARD_ROSTER)).toBe(0);
  });

  it('refuses a pick for a full roster and warns about one that cannot start', () => {
    const full = Array.from({ length: rosterSize(STANDARD_ROSTER) }, (_, i) => player(`x${i}`, 'WR', 100));
    expect(checkPick(full, player('y', 'RB', 1), STANDARD_ROSTER)).toMatchObject({ legal: false, reason: expect.stringMatching(/full/) });
    const backup = checkPick(roster, player('qb2', 'QB', 250), STANDARD_ROSTER);
    expect(backup.legal).toBe(true);
    expect(backup.warnings.join()).toMatch(/QB would not start/);
    expect(checkPick(roster, player('k', 'K', 100), { ...STANDARD_ROSTER, K: 0 }).warnings.join()).toMatch(/no starting slot for a K/);
    expect(checkPick(roster, player('wr', 'WR', 100), STANDARD_ROSTER).warnings).toEqual([]);
  });

  it('warns when the remaining picks cannot fill the starting slots', () => {
    const slots: RosterSlots = { ...STANDARD_ROSTER, BENCH: 0 };
    const many = Array.from({ length: 6 }, (_, i) => player(`r${i}`, 'RB', 100));
    // 7 of 9 spots go to RBs; QB, WR, WR, TE, K and DST are still open with 2 picks left.
    expect(checkPick(many, player('rb7', 'RB', 90), slots).warnings.join()).toMatch(/6 starting slots \(QB, WR, WR, TE, K, DST\) but only 2 picks left/);
  });

  it('counts open starting slots from position counts, flex and superflex included', () => {
    expect(unfilledStarters(positionCounts(['QB', 'RB', 'RB', 'RB', 'WR']), STANDARD_ROSTER)).toEqual(['WR', 'TE', 'K', 'DST']);
    expect(unfilledStarters(positionCounts(['QB', 'QB']), SUPERFLEX)).toEqual(['RB', 'RB', 'WR', 'WR', 'WR', 'TE', 'DST', 'FLEX', 'FLEX']);
  });

  it('validates slot counts', () => {
    expect(rosterSlotsSchema.safeParse(STANDARD_ROSTER).success).toBe(true);
    expect(rosterSlotsSchema.safeParse({ ...STANDARD_ROSTER, QB: -1 }).success).toBe(false);
    expect(rosterSlotsSchema.safeParse({ QB: 0, RB: 0, WR: 0, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 5 }).success).toBe(false);
  });
});

describe('lineupPointsWith', () => {
  it('equals lineupPoints with the extra players inserted', () => {
    const rng = createRng(77);
    const slots: RosterSlots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 1, K: 1, DST: 0, BENCH: 3 };
    for (let trial = 0; trial < 200; trial++) {
      const lists = FANTASY_POSITIONS.map(() => Array.from({ length: rng.int(0, 5) }, () => rng.int(0, 300)).sort((a, b) => b - a));
      const p1 = rng.int(-1, 6);
      const p2 = rng.int(-1, 6);
      const x1 = rng.int(0, 400);
      const x2 = rng.int(0, 400);
      const full = lists.map((l, p) => [...l, ...(p === p1 ? [x1] : []), ...(p === p2 ? [x2] : [])].sort((a, b) => b - a));
      expect(lineupPointsWith(lists, slots, p1, x1, p2, x2)).toBe(lineupPoints(full, slots));
    }
  });
});
