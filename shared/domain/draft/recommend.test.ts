import { describe, expect, it } from 'vitest';
import { standardLeague } from '../league';
import { createRng } from '../random';
import { STANDARD_ROSTER } from '../roster';
import { runPicks } from './mock';
import { createDraftPool, type DraftPlayer } from './pool';
import { blendedValues, projectedLineup, recommend, recommenderStrategy } from './recommend';
import { samplePlayers } from './samplePlayers';
import { createDraft, makePick, onTheClock, teamPicks } from './state';

const config = standardLeague({ myTeam: 4 });
const players = samplePlayers(createRng(31));
const pool = createDraftPool(players, config);
const bots = Array(12).fill('balanced');
const stopAt = (overall: number) => runPicks(createDraft(config), { pool, rng: createRng(2), strategies: bots, stopAt: (s) => s.overall === overall });

describe('recommend', () => {
  const state = stopAt(20);
  const recs = recommend(state, pool, createRng(1));

  it('ranks candidates for the team on the clock with every reason', () => {
    expect(recs.length).toBe(20);
    for (let i = 1; i < recs.length; i++) expect(recs[i - 1]!.score).toBeGreaterThanOrEqual(recs[i]!.score);
    const top = recs[0]!;
    expect(state.taken.has(top.playerId)).toBe(false);
    expect(top.availability).toBeGreaterThanOrEqual(0);
    expect(top.availability).toBeLessThanOrEqual(1);
    expect(top.nextPick).toBe(29);
    expect(top.tier).toBeGreaterThanOrEqual(1);
    expect(top.reasons.join('\n')).toMatch(/Value over replacement/);
    expect(top.reasons.join('\n')).toMatch(/starting lineup|would not start/);
    expect(top.reasons.join('\n')).toMatch(/tier/i);
    expect(top.reasons.join('\n')).toMatch(/chance he is still there at your next pick \(29\)/);
    expect(top.reasons.join('\n')).toMatch(/ADP|No ADP/);
    expect(recs.every((r) => r.position !== 'K' && r.position !== 'DST')).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(recommend(state, pool, createRng(1))).toEqual(recs);
  });

  it('prices roster need: a second QB is only cover once a QB starts', () => {
    // On our projections (marketWeight 0), so the QB taken first is the best QB.
    const qb = pool.players.filter((p) => p.position === 'QB').sort((a, b) => b.projection - a.projection)[0]!;
    const withQb = runPicks(makePick(createDraft(config), qb.id), { pool, rng: createRng(3), strategies: bots, stopAt: (slot) => slot.team === 0 });
    const withoutQb = runPicks(makePick(createDraft(config), 'rb1'), { pool, rng: createRng(3), strategies: bots, stopAt: (slot) => slot.team === 0 });
    const gains = (st: typeof withQb) => new Map(recommend(st, pool, createRng(1), { limit: 100, marketWeight: 0 }).filter((x) => x.position === 'QB').map((x) => [x.playerId, x]));
    const covered = gains(withQb);
    const open = gains(withoutQb);
    let compared = 0;
    for (const [id, x] of covered) {
      const y = open.get(id);
      if (!y) continue;
      compared++;
      expect(x.startsNow).toBe(false);
      expect(y.startsNow).toBe(true);
      expect(x.lineupGain).toBeLessThan(0.8 * y.lineupGain);
    }
    expect(compared).toBeGreaterThan(3);
    expect([...covered.values()][0]!.reasons.join()).toMatch(/Depth: would not start now/);
  });

  it('takes the player who will not last over a slightly better one who will (the market decides when)', () => {
    // An RB the market takes at once and a WR it ignores, the WR worth 8 points more over replacement.
    const base = createDraftPool(players, config);
    const rb: DraftPlayer = { id: 'gone-rb', name: 'Gone RB', position: 'RB', team: 'X', bye: 9, adp: 1.5, projection: base.replacement.RB + 300 };
    const wr: DraftPlayer = { id: 'lasting-wr', name: 'Lasting WR', position: 'WR', team: 'Y', bye: 10, adp: 120, projection: base.replacement.WR + 308 };
    const p2 = createDraftPool([...players, rb, wr], config);
    const s = createDraft(config); // team 0 on the clock at pick 1, next pick 24
    const opts = { marketWeight: 0, limit: 50, spreadScale: 0, lookahead: true }; // certain outcomes: timing alone decides
    const withLookahead = recommend(s, p2, createRng(5), opts);
    const greedy = recommend(s, p2, createRng(5), { ...opts, lookahead: false });
    const rank = (list: typeof greedy, id: string) => list.findIndex((r) => r.playerId === id);
    expect(rank(greedy, 'lasting-wr')).toBeLessThan(rank(greedy, 'gone-rb'));
    expect(withLookahead[0]!.playerId).toBe('gone-rb');
    expect(withLookahead.find((r) => r.playerId === 'lasting-wr')!.availability).toBeGreaterThan(0.9);
    expect(withLookahead.find((r) => r.playerId === 'gone-rb')!.availability).toBeLessThan(0.05);
  });

  it('shrinks our projection toward the market\'s with marketWeight', () => {
    const ours = blendedValues(pool, 0, config);
    const half = blendedValues(pool, 0.5, config);
    // A WR the market ranks well below where our projection does is worth less once the market has a say.
    const wrs = [...pool.players.keys()].filter((k) => pool.players[k]!.position === 'WR');
    const byProjection = [...wrs].sort((a, b) => pool.projection[b]! - pool.projection[a]!);
    const i = wrs.find((k, marketPos) => marketPos - byProjection.indexOf(k) >= 4)!;
    expect(i).toBeDefined();
    expect(half.value[i]).toBeLessThan(ours.value[i]!);
    expect(ours.value[i]).toBe(pool.projection[i]);
    // A market projection given with the player is used as is.
    const priced = createDraftPool(players.map((p) => (p.id === 'wr3' ? { ...p, marketProjection: 100 } : p)), config);
    const k = priced.indexOf.get('wr3')!;
    expect(blendedValues(priced, 0.25, config).value[k]).toBeCloseTo(0.75 * priced.projection[k]! + 25, 9);
  });

  it('tells bye clashes and flags K and DST when they must be filled', () => {
    const late = stopAt(173); // team 4's pick in round 15 (snake: 168 + 5 = 173? round 15 goes forward)
    const slot = onTheClock(late)!;
    const r = recommend(late, pool, createRng(1));
    const mine = teamPicks(late, slot.team).map((p) => pool.players[pool.indexOf.get(p.playerId)!]!.position);
    const missing = (['K', 'DST'] as const).filter((pos) => !mine.includes(pos));
    if (missing.length) expect(missing).toContain(r[0]!.position);
    expect(r[0]!.nextPick).toBeNull();
    expect(r[0]!.reasons.join()).toMatch(/Your last pick/);
    const withBye = recommend(stopAt(20), pool, createRng(1), { limit: 60 });
    const clash = withBye.find((x) => x.byeClashes.length > 0);
    if (clash) expect(clash.reasons.join()).toMatch(/Bye week \d+ clashes with/);
  });

  it('drafts whole leagues as a strategy and projects a lineup', () => {
    const strategies = [...bots];
    strategies[4] = recommenderStrategy((s) => createRng(onTheClock(s)!.overall), { draws: 200 });
    const done = runPicks(createDraft(config), { pool, rng: createRng(11), strategies });
    const lineup = projectedLineup(done, pool, 4);
    expect(lineup.open).toEqual([]);
    expect(lineup.starters).toHaveLength(9);
    expect(STANDARD_ROSTER.BENCH).toBe(lineup.bench.length);
  });
});
