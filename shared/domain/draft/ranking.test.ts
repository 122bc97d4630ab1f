import { describe, expect, it } from 'vitest';
import { STANDARD_ROSTER } from '../roster';
import { pickRules } from './bots';
import { createDraftPool, type DraftPlayer } from './pool';
import { rankForPick } from './ranking';

const config = { teams: 12, rosterSlots: STANDARD_ROSTER };
const p = (id: string, position: DraftPlayer['position'], adp: number | null, projection: number): DraftPlayer => ({ id, name: id, position, team: null, bye: null, adp, projection });

// A small market: two RBs, two WRs, a QB and a TE near the top, K and DST late.
const players = [
  p('rb-a', 'RB', 30, 180),
  p('wr-a', 'WR', 31, 200),
  p('rb-b', 'RB', 34, 210), // within half a round (6 picks) of rb-a, projected higher
  p('wr-b', 'WR', 45, 260), // 14 picks behind wr-a: outside the window
  p('qb-a', 'QB', 40, 300),
  p('te-a', 'TE', 50, 150),
  p('k-a', 'K', 150, 120),
  p('dst-a', 'DST', 160, 110),
];
const pool = createDraftPool(players, config);
const all = new Uint8Array(pool.players.length).fill(1);
const ids = (ranked: { index: number }[]) => ranked.map((r) => pool.players[r.index]!.id);
// counts by position index: QB, RB, WR, TE, K, DST
const rulesFor = (counts: number[], round: number) => pickRules(counts, round, 15, STANDARD_ROSTER);

describe('rankForPick', () => {
  it('follows the market between positions and in rounds 1-2 within them', () => {
    const ranked = rankForPick(pool, all, rulesFor([0, 0, 0, 0, 0, 0], 2), { counts: [0, 0, 0, 0, 0, 0], round: 2 }, config);
    expect(ids(ranked)).toEqual(['rb-a', 'wr-a', 'rb-b', 'qb-a', 'wr-b', 'te-a']);
    expect(ranked.some((r) => r.preferredByModel)).toBe(false);
  });

  it('from round 3 lets our projection choose within half a round of the market choice, at its place', () => {
    const ranked = rankForPick(pool, all, rulesFor([0, 0, 0, 0, 0, 0], 3), { counts: [0, 0, 0, 0, 0, 0], round: 3 }, config);
    expect(ids(ranked).slice(0, 3)).toEqual(['rb-b', 'rb-a', 'wr-a']);
    const top = ranked[0]!;
    expect(top.preferredByModel).toBe(true);
    expect(pool.players[top.marketChoice]!.id).toBe('rb-a');
    // wr-b is projected far higher than wr-a but 14 picks later: the market's timing stands.
    expect(ids(ranked).indexOf('wr-a')).toBeLessThan(ids(ranked).indexOf('wr-b'));
    // A narrower window leaves the market's order alone.
    expect(ids(rankForPick(pool, all, rulesFor([0, 0, 0, 0, 0, 0], 3), { counts: [0, 0, 0, 0, 0, 0], round: 3 }, config, { modelWindow: 0.25 })).slice(0, 2)).toEqual(['rb-a', 'wr-a']);
  });

  it('looks three quarters of a round behind the market from round 6', () => {
    const wrs = createDraftPool([p('wr-m', 'WR', 31, 200), p('wr-late', 'WR', 39, 240), p('rb-x', 'RB', 60, 150)], config);
    const open = new Uint8Array(wrs.players.length).fill(1);
    const first = (round: number) => wrs.players[rankForPick(wrs, open, rulesFor([0, 0, 0, 0, 0, 0], round), { counts: [0, 0, 0, 0, 0, 0], round }, config)[0]!.index]!.id;
    expect(first(5)).toBe('wr-m'); // 8 picks behind: outside half a round (6)
    expect(first(6)).toBe('wr-late'); // inside three quarters (9)
  });

  it('makes depth wait: with RB and FLEX filled, a WR starter goes before an RB the market ranks a little higher', () => {
    // Three RBs (two starters + FLEX) and one WR: the next RB would sit on the bench.
    const ranked = rankForPick(pool, all, rulesFor([0, 3, 1, 0, 0, 0], 5), { counts: [0, 3, 1, 0, 0, 0], round: 5 }, config);
    expect(ids(ranked)[0]).toBe('wr-a');
    expect(ranked.find((r) => pool.players[r.index]!.id === 'rb-a')!.waited).toBe(true);
    expect(ranked.find((r) => pool.players[r.index]!.id === 'wr-a')!.waited).toBe(false);
    // Each bench player already at the position adds 10%: a 4th RB (one on the bench) waits 21%.
    const key = (counts: number[]) => rankForPick(pool, all, rulesFor(counts, 6), { counts, round: 6 }, config).find((r) => pool.players[r.index]!.id === 'rb-a')!.key;
    expect(key([0, 3, 1, 0, 0, 0])).toBeCloseTo(30 * 1.1, 4);
    expect(key([0, 4, 1, 0, 0, 0])).toBeCloseTo(30 * 1.1 * 1.1, 4);
    // A second QB waits too (one QB starts); the first does not.
    expect(rankForPick(pool, all, rulesFor([1, 0, 0, 0, 0, 0], 5), { counts: [1, 0, 0, 0, 0, 0], round: 5 }, config).find((r) => pool.players[r.index]!.id === 'qb-a')!.waited).toBe(true);
    expect(rankForPick(pool, all, rulesFor([0, 0, 0, 0, 0, 0], 5), { counts: [0, 0, 0, 0, 0, 0], round: 5 }, config).find((r) => pool.players[r.index]!.id === 'qb-a')!.waited).toBe(false);
    // Without the wait the market's RB would come first.
    expect(ids(rankForPick(pool, all, rulesFor([0, 3, 1, 0, 0, 0], 5), { counts: [0, 3, 1, 0, 0, 0], round: 5 }, config, { depthWait: 1, modelFromRound: 99 }))[0]).toBe('rb-a');
  });

  it('ranks only what the rules allow, and anything left when they allow nothing', () => {
    const early = ids(rankForPick(pool, all, rulesFor([0, 0, 0, 0, 0, 0], 3), { counts: [0, 0, 0, 0, 0, 0], round: 3 }, config));
    expect(early).not.toContain('k-a');
    expect(early).not.toContain('dst-a');
    const onlyKickers = new Uint8Array(pool.players.length);
    onlyKickers[pool.indexOf.get('k-a')!] = 1;
    expect(ids(rankForPick(pool, onlyKickers, rulesFor([0, 0, 0, 0, 0, 0], 3), { counts: [0, 0, 0, 0, 0, 0], round: 3 }, config))).toEqual(['k-a']);
  });

  it('is deterministic and skips taken players', () => {
    const some = Uint8Array.from(all);
    some[pool.indexOf.get('rb-b')!] = 0;
    const a = rankForPick(pool, some, rulesFor([0, 0, 0, 0, 0, 0], 3), { counts: [0, 0, 0, 0, 0, 0], round: 3 }, config);
    expect(ids(a)).not.toContain('rb-b');
    expect(ids(a)[0]).toBe('rb-a');
    expect(rankForPick(pool, some, rulesFor([0, 0, 0, 0, 0, 0], 3), { counts: [0, 0, 0, 0, 0, 0], round: 3 }, config)).toEqual(a);
  });
});
