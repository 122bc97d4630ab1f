import { describe, expect, it } from 'vitest';
import { standardLeague } from '../league';
import { createRng } from '../random';
import { availabilityAfter, picksBetween } from './availability';
import { draftView, runPicks } from './mock';
import { createDraftPool } from './pool';
import { samplePlayers } from './samplePlayers';
import { createDraft, onTheClock } from './state';

const config = standardLeague({ myTeam: 4 });
const pool = createDraftPool(samplePlayers(createRng(31)), config);
const bots = Array(12).fill('balanced');
// Team 4 on the clock in round 2 (pick 20); its next pick is 29.
const state = runPicks(createDraft(config), { pool, rng: createRng(2), strategies: bots, stopAt: (s) => s.team === 4 && s.round === 2 });

describe('picksBetween', () => {
  it('lists the other teams\' picks until my next one', () => {
    expect(onTheClock(state)).toMatchObject({ overall: 20, team: 4 });
    const next = picksBetween(state, 4)!;
    expect(next.next.overall).toBe(29);
    expect(next.between.map((s) => s.overall)).toEqual([21, 22, 23, 24, 25, 26, 27, 28]);
    // At the turn, team 11 picks 12 and 13 back to back.
    const atTurn = runPicks(createDraft(config), { pool, rng: createRng(2), strategies: bots, stopAt: (s) => s.overall === 12 });
    expect(picksBetween(atTurn, 11)!.between).toEqual([]);
    const last = runPicks(createDraft(config), { pool, rng: createRng(2), strategies: bots, stopAt: (s) => s.overall === 180 });
    expect(picksBetween(last, onTheClock(last)!.team)).toBeNull();
  });
});

describe('availabilityAfter', () => {
  const view = draftView(state, pool);
  const { between } = picksBetween(state, 4)!;
  const result = availabilityAfter(view, between, createRng(7), { draws: 1000 });
  const byMarket = [...pool.players.keys()].filter((i) => view.ctx.available[i] === 1);

  it('says a player the market takes far later is ~surely there, the next one up ~surely gone', () => {
    expect(result.probability[byMarket[0]!]).toBeLessThan(0.05);
    const late = byMarket.filter((i) => pool.marketRank[i]! > 70 && pool.players[i]!.position !== 'K' && pool.players[i]!.position !== 'DST');
    for (const i of late.slice(0, 20)) expect(result.probability[i]).toBeGreaterThan(0.95);
    // Already drafted: 0.
    const taken = [...pool.players.keys()].find((i) => view.ctx.available[i] === 0)!;
    expect(result.probability[taken]).toBe(0);
  });

  it('falls with market rank and sums to the picks made in between', () => {
    const gone = byMarket.reduce((a, i) => a + (1 - result.probability[i]!), 0);
    expect(gone).toBeCloseTo(between.length, 6);
    const head = byMarket.slice(0, 8).reduce((a, i) => a + result.probability[i]!, 0) / 8;
    const tail = byMarket.slice(16, 24).reduce((a, i) => a + result.probability[i]!, 0) / 8;
    expect(head).toBeLessThan(tail);
    // Some players are genuinely uncertain: the draws are noisy, not ADP order.
    expect(byMarket.some((i) => result.probability[i]! > 0.2 && result.probability[i]! < 0.8)).toBe(true);
  });

  it('never takes a K or DST in the simulated early picks', () => {
    for (let i = 0; i < pool.players.length; i++) if (pool.pos[i]! >= 4 && view.ctx.available[i] === 1) expect(result.probability[i]).toBe(1);
  });

  it('is the same for the same seed, reports every draw, and handles no picks in between', () => {
    const again = availabilityAfter(view, between, createRng(7), { draws: 1000 });
    expect(again.probability).toEqual(result.probability);
    let draws = 0;
    availabilityAfter(view, between, createRng(8), { draws: 1200, onDraw: () => draws++ });
    expect(draws).toBe(1200);
    const none = availabilityAfter(view, [], createRng(1), { draws: 10 });
    expect(byMarket.every((i) => none.probability[i] === 1)).toBe(true);
  });
});
