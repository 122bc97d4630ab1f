import { describe, expect, it } from 'vitest';
import { standardLeague } from '../league';
import { createRng } from '../random';
import { autopick } from './mock';
import { createDraftPool, type DraftPlayer } from './pool';
import { samplePlayers } from './samplePlayers';
import { createDraft, expireClock } from './state';

const config = standardLeague();

describe('createDraftPool', () => {
  it('orders by market rank and places players without ADP by our ranking on the ADP scale', () => {
    const players = samplePlayers(createRng(8), { withoutAdp: 25 });
    const pool = createDraftPool(players, config);
    for (let i = 1; i < pool.players.length; i++) expect(pool.marketRank[i]).toBeGreaterThanOrEqual(pool.marketRank[i - 1]!);
    const noAdp = [...pool.players.keys()].filter((i) => pool.players[i]!.adp === null);
    expect(noAdp.length).toBeGreaterThan(10);
    const adps = players.flatMap((p) => (p.adp === null ? [] : [p.adp])).sort((a, b) => a - b);
    for (const i of noAdp) {
      const k = pool.valueRank[i]!;
      if (k <= adps.length) expect(pool.marketRank[i]).toBe(adps[k - 1]! + 0.5);
    }
    expect(pool.indexOf.get(pool.players[5]!.id)).toBe(5);
    expect(pool.vor[pool.indexOf.get('rb1')!]).toBeGreaterThan(0);
  });

  it('refuses duplicate ids and missing projections', () => {
    const p: DraftPlayer = { id: 'a', name: 'A', position: 'RB', team: null, bye: null, adp: null, projection: 100 };
    expect(() => createDraftPool([p, p], config)).toThrow(/appears twice/);
    expect(() => createDraftPool([{ ...p, projection: Number.NaN }], config)).toThrow(/no projection/);
  });

  it('autopicks the best market player that fits when the clock runs out', () => {
    const pool = createDraftPool(samplePlayers(createRng(8)), config);
    const clocked = standardLeague({ pickClockSeconds: 30 });
    const s = expireClock(createDraft(clocked, { now: 0 }), 30_000, autopick(pool));
    expect(s.picks[0]).toMatchObject({ playerId: pool.players[0]!.id, auto: true });
  });
});
