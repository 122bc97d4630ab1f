import { describe, expect, it } from 'vitest';
import { standardLeague } from '../league';
import { createRng } from '../random';
import { STANDARD_ROSTER } from '../roster';
import { runPicks } from './mock';
import { createDraftPool, type DraftPlayer } from './pool';
import { adviceBadge } from './adviceBadge';
import { projectedLineup, recommend, recommenderStrategy } from './recommend';
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
    for (let i = 1; i < recs.length; i++) expect(recs[i - 1]!.rankKey).toBeLessThanOrEqual(recs[i]!.rankKey);
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
    // Lineup gains are on our projections, so the QB taken first is the best QB.
    const qb = pool.players.filter((p) => p.position === 'QB').sort((a, b) => b.projection - a.projection)[0]!;
    const withQb = runPicks(makePick(createDraft(config), qb.id), { pool, rng: createRng(3), strategies: bots, stopAt: (slot) => slot.team === 0 });
    const withoutQb = runPicks(makePick(createDraft(config), 'rb1'), { pool, rng: createRng(3), strategies: bots, stopAt: (slot) => slot.team === 0 });
    const gains = (st: typeof withQb) => new Map(recommend(st, pool, createRng(1), { limit: 100 }).filter((x) => x.position === 'QB').map((x) => [x.playerId, x]));
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

  it('explains a pick our projection prefers and a depth pick that waited', () => {
    // From round 3 our projection may pick within half a round of the market's choice: two
    // RBs two picks apart by ADP, the later one projected far higher.
    const special = [
      { id: 'mkt-rb', name: 'Market RB', position: 'RB', team: 'X', bye: 9, adp: 25.1, projection: 150 },
      { id: 'our-rb', name: 'Our RB', position: 'RB', team: 'Y', bye: 10, adp: 27, projection: 260 },
    ] as const satisfies readonly DraftPlayer[];
    const p2 = createDraftPool([...players, ...special], config);
    let s = createDraft(config);
    // The first 28 picks take the market's best, leaving both RBs: team 4 is on the clock at 29 (round 3).
    for (const player of p2.players) if (s.picks.filter(Boolean).length < 28 && !player.id.endsWith('-rb') && player.position !== 'K' && player.position !== 'DST') s = makePick(s, player.id);
    expect(onTheClock(s)!.overall).toBe(29);
    const top = recommend(s, p2, createRng(1))[0]!;
    expect(top.playerId).toBe('our-rb');
    expect(top.reasons.join()).toMatch(/Our pick at RB over the market's next, Market RB \(ADP 25.1\): 1.9 picks after him by ADP and projected 110 pts higher/);
    const late = stopAt(125); // round 11: RB and FLEX long filled for a balanced roster
    const depth = recommend(late, pool, createRng(1), { limit: 200 }).find((r) => r.reasons.some((x) => x.startsWith('Depth: he would fill no starting slot')));
    expect(depth).toBeDefined();
    expect(depth!.reasons.join()).toMatch(/ranks as if \d+% later than his market rank/);
    expect(depth!.startsNow).toBe(false);
  });

  it('without ADP ranks by the lineup points a pick adds: open starting slots before a second QB', () => {
    const noMarket = createDraftPool(players.map((p) => ({ ...p, adp: null })), config);
    // Team 4 took the best QB first; the bots then draft on the app's own ranking.
    const qb = noMarket.players.find((p) => p.position === 'QB')!;
    let s = createDraft(config);
    for (let k = 0; k < 4; k++) s = makePick(s, noMarket.players.find((p, i) => i > 0 && p.position === 'RB' && !s.taken.has(p.id))!.id);
    s = makePick(s, qb.id);
    s = runPicks(s, { pool: noMarket, rng: createRng(3), strategies: bots, stopAt: (slot) => slot.team === 4 && slot.round >= 6 });
    const list = recommend(s, noMarket, createRng(1), { limit: 30 });
    expect(list[0]!.startsNow).toBe(true);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.lineupGain).toBeGreaterThanOrEqual(list[i]!.lineupGain);
    // A second QB is listed, as cover, below the starters.
    const secondQb = list.find((r) => r.position === 'QB');
    expect(secondQb?.startsNow).toBe(false);
    expect(list.indexOf(secondQb!)).toBeGreaterThan(list.findIndex((r) => r.startsNow));
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

describe('advice that reads right', () => {
  it('a third TE in a one-TE league says why while RB and WR still want players; never a third QB', () => {
    const tes = pool.players.filter((p) => p.position === 'TE');
    const qbs = pool.players.filter((p) => p.position === 'QB');
    let s = createDraft(config);
    // Team 4 takes two TEs and two QBs with its first four picks; the others take the market's best non-TE, non-K/DST.
    const mine = [tes[0]!, tes[1]!, qbs[0]!, qbs[1]!];
    while (teamPicks(s, 4).length < 4) {
      const slot = onTheClock(s)!;
      const next = slot.team === 4 ? mine[teamPicks(s, 4).length]! : pool.players.find((p) => !s.taken.has(p.id) && !['TE', 'K', 'DST'].includes(p.position) && !mine.includes(p))!;
      s = makePick(s, next.id);
    }
    s = runPicks(s, { pool, rng: createRng(5), strategies: bots, stopAt: (slot) => slot.team === 4 });
    const list = recommend(s, pool, createRng(1), { limit: 200 });
    expect(list.some((r) => r.position === 'QB')).toBe(false);
    const thirdTes = list.filter((r) => r.position === 'TE');
    expect(thirdTes.length).toBeGreaterThan(0);
    for (const te of thirdTes) expect(te.reasons.find((x) => x.startsWith('Third TE'))).toMatch(/^Third TE while your RB and WR still want a player: /);
    // The list's order is unchanged by the explanation: the best RB or WR is named in it.
    const bestNeed = list.find((r) => r.position === 'RB' || r.position === 'WR')!;
    const first = thirdTes[0]!;
    const why = first.reasons.find((x) => x.startsWith('Third TE'))!;
    if (list.indexOf(first) > list.indexOf(bestNeed)) expect(why).toContain(`listed below ${bestNeed.name} (${bestNeed.position})`);
    else expect(why).toContain(`${bestNeed.name} (${bestNeed.position}) at ${Math.round(bestNeed.adp! * 10) / 10}`);
  });

  it('a second TE is listed without that reason (one backup is ordinary)', () => {
    const state = stopAt(20);
    const list = recommend(state, pool, createRng(1), { limit: 200 });
    expect(list.flatMap((r) => r.reasons).some((x) => x.startsWith('Third'))).toBe(false);
  });

  it('without ADP no reason talks about ADP or our rank (the room names the market once)', () => {
    const noMarket = createDraftPool(players.map((p) => ({ ...p, adp: null })), config);
    const s = runPicks(createDraft(config), { pool: noMarket, rng: createRng(3), strategies: bots, stopAt: (slot) => slot.overall === 53 });
    const list = recommend(s, noMarket, createRng(1), { limit: 40 });
    expect(list.length).toBe(40);
    for (const r of list) for (const reason of r.reasons) expect(reason).not.toMatch(/ADP|our rank/i);
  });

  it('a first recommendation who would not start gets no "Top pick" badge', () => {
    // Team 4's picks from round 5 on (snake: 5th in odd rounds, 8th in even ones): the first whose top recommendation is a bench player.
    const overalls = [5, 6, 7, 8, 9, 10, 11, 12, 13].map((r) => (r - 1) * 12 + (r % 2 === 1 ? 5 : 8));
    const list = overalls.map((o) => recommend(stopAt(o), pool, createRng(1), { limit: 5 })).find((l) => !l[0]!.startsNow)!;
    expect(list).toBeDefined();
    expect(list[0]!.warnings.join()).toMatch(/would not start on this roster/);
    expect(adviceBadge(0, list[0]!.startsNow)).not.toBe('Top pick');
  });
});
