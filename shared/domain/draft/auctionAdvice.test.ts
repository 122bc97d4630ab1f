import { describe, expect, it } from 'vitest';
import { standardLeague } from '../league';
import { createRng } from '../random';
import { auctionValues, createAuction, maxBid, recordSale } from './auction';
import { auctionAdvice, DEPTH_SHARE } from './auctionAdvice';
import { createDraftPool } from './pool';
import { samplePlayers } from './samplePlayers';

const config = standardLeague({ draftType: 'auction', auctionBudget: 200, minBid: 1 });
const pool = createDraftPool(samplePlayers(createRng(4)), config);
const dollars = auctionValues(pool, config);
const tiers = new Map<string, number>();
const start = createAuction(config, { playerIds: pool.indexOf.keys() });
const player = (id: string) => pool.players[pool.indexOf.get(id)!]!;
const worth = (id: string) => Math.round(dollars[pool.indexOf.get(id)!]!);
/** The best-valued player at a position not yet taken. */
const bestAt = (position: string, taken: ReadonlySet<string>) =>
  [...dollars.keys()].filter((i) => pool.players[i]!.position === position && !taken.has(pool.players[i]!.id)).sort((a, b) => dollars[b]! - dollars[a]!)[0]!;

describe('auction advice', () => {
  it('on an empty roster: the best values first, each at his league value, with reasons', () => {
    const items = auctionAdvice({ state: start, pool, dollars, tiers, config, mine: [], limit: 10 });
    expect(items).toHaveLength(10);
    const values = items.map((x) => x.dollars!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const x of items) {
      expect(x.startsNow).toBe(true);
      expect(x.dollars).toBe(Math.min(worth(x.playerId), maxBid(start, 0)));
      expect(x.rankKey).toBe(-worth(x.playerId));
      expect(x.reasons[0]).toMatch(new RegExp(`^Worth \\$${worth(x.playerId)} in this league`));
      expect(x.reasons[2]).toBe('You can bid up to $186');
    }
  });

  it('with every starting slot filled by the best at his position, all advice is depth at a share of his value', () => {
    const taken = new Set<string>();
    let state = start;
    const mine = [];
    for (const position of ['QB', 'RB', 'RB', 'RB', 'WR', 'WR', 'WR', 'TE', 'K', 'DST']) {
      const p = pool.players[bestAt(position, taken)]!;
      taken.add(p.id);
      state = recordSale(state, p.id, 0, 1);
      mine.push(p);
    }
    const items = auctionAdvice({ state, pool, dollars, tiers, config, mine, limit: 8 });
    expect(items).toHaveLength(8);
    for (const x of items) {
      expect(taken.has(x.playerId)).toBe(false);
      expect(x.startsNow).toBe(false);
      expect(x.dollars).toBe(Math.max(1, Math.round(worth(x.playerId) * DEPTH_SHARE)));
      expect(x.reasons[1]).toBe(`Depth: would not start for you now, so worth about $${x.dollars} to you`);
    }
  });

  it('never advises more than I may bid, and says when he is worth more', () => {
    const taken = new Set<string>();
    let state = start;
    const mine = [];
    for (const position of ['RB', 'WR']) {
      const p = pool.players[bestAt(position, taken)]!;
      taken.add(p.id);
      state = recordSale(state, p.id, 0, 90);
      mine.push(player(p.id));
    }
    const cap = maxBid(state, 0);
    expect(cap).toBe(200 - 180 - 12);
    const items = auctionAdvice({ state, pool, dollars, tiers, config, mine, limit: 5 });
    expect(items.every((x) => x.dollars! <= cap)).toBe(true);
    expect(items[0]!.reasons[2]).toBe(`You can bid up to $${cap} (less than he is worth to you)`);
  });
});
