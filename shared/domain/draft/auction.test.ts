import { describe, expect, it } from 'vitest';
import { draftRounds, parseLeagueConfig, standardLeague } from '../league';
import { createRng } from '../random';
import { positionCaps } from './bots';
import {
  auctionComplete,
  auctionValues,
  botBids,
  createAuction,
  marketAuctionValues,
  maxBid,
  recordSale,
  redoSale,
  replayAuction,
  runBotAuction,
  settleLot,
  undoSale,
} from './auction';
import { createDraftPool, type DraftPlayer } from './pool';
import { samplePlayers } from './samplePlayers';

const config = standardLeague({ draftType: 'auction', auctionBudget: 200, minBid: 1 });
const pool = createDraftPool(samplePlayers(createRng(4)), config);

describe('auction', () => {
  it('bots fill every roster and never spend past their budgets', () => {
    for (let seed = 0; seed < 5; seed++) {
      const s = runBotAuction(createAuction(config), pool, createRng(seed));
      expect(auctionComplete(s)).toBe(true);
      expect(s.rosterCounts).toEqual(Array(12).fill(draftRounds(config)));
      for (let team = 0; team < 12; team++) {
        const spent = s.sales.filter((x) => x.team === team).reduce((a, x) => a + x.price, 0);
        expect(spent).toBeLessThanOrEqual(200);
        expect(s.budgets[team]).toBe(200 - spent);
        expect(s.budgets[team]).toBeGreaterThanOrEqual(0);
        const counts = [0, 0, 0, 0, 0, 0];
        for (const sale of s.sales.filter((x) => x.team === team)) counts[pool.pos[pool.indexOf.get(sale.playerId)!]!]!++;
        positionCaps(config.rosterSlots).forEach((cap, p) => expect(counts[p]).toBeLessThanOrEqual(cap));
      }
      expect(s.sales.every((x) => x.price >= 1)).toBe(true);
      // The money goes to the best players: the priciest sale is a top-20 value.
      const priciest = [...s.sales].sort((a, b) => b.price - a.price)[0]!;
      expect(pool.valueRank[pool.indexOf.get(priciest.playerId)!]).toBeLessThanOrEqual(20);
    }
    expect(runBotAuction(createAuction(config), pool, createRng(1)).sales).toEqual(runBotAuction(createAuction(config), pool, createRng(1)).sales);
  });

  it('prices players from VOR and spends about the whole league budget on them', () => {
    const values = auctionValues(pool, config);
    const total = values.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(12 * 200, 0);
    const best = [...values.keys()].sort((a, b) => values[b]! - values[a]!)[0]!;
    expect(pool.valueRank[best]).toBe(1);
  });

  it('caps a bid to leave the minimum for every other open slot, and refuses bad sales', () => {
    let s = createAuction(config);
    expect(maxBid(s, 0)).toBe(200 - 14);
    expect(() => recordSale(s, 'rb1', 0, 187)).toThrow(/at most 186/);
    expect(() => recordSale(s, 'rb1', 0, 0)).toThrow(/at least 1/);
    expect(() => recordSale(s, 'rb1', 12, 5)).toThrow(/team must be/);
    s = recordSale(s, 'rb1', 0, 186);
    expect(s.budgets[0]).toBe(14);
    expect(maxBid(s, 0)).toBe(1);
    expect(() => recordSale(s, 'rb1', 1, 5)).toThrow(/already been bought/);
    expect(s.nominator).toBe(1);
  });

  it('settles a lot at one more than the runner-up, ties to the team nearer the nominator', () => {
    const s = createAuction(config);
    expect(settleLot(s, [10, 30, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0)).toEqual({ team: 1, price: 23 });
    expect(settleLot(s, [0, 30, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0], 3)).toEqual({ team: 5, price: 30 });
    expect(settleLot(s, Array(12).fill(0), 7)).toEqual({ team: 7, price: 1 }); // nominator opens at the minimum
    const bids = botBids(s, pool, 'rb1', auctionValues(pool, config), createRng(1));
    bids.forEach((b, team) => expect(b).toBeLessThanOrEqual(maxBid(s, team)));
    expect(Math.max(...bids)).toBeGreaterThan(20);
  });

  it('charges keepers, undoes and redoes sales, and replays a stored log', () => {
    const keep = parseLeagueConfig({ ...config, keepers: [{ team: 2, playerId: 'wr1', price: 40 }] });
    let s = createAuction(keep);
    expect(s.budgets[2]).toBe(160);
    expect(s.taken.has('wr1')).toBe(true);
    s = recordSale(s, 'rb1', 3, 50);
    s = recordSale(s, 'rb2', 4, 45);
    s = undoSale(s);
    expect(s.budgets[4]).toBe(200);
    expect(s.nominator).toBe(1);
    s = redoSale(s);
    expect(s.budgets[4]).toBe(155);
    expect(replayAuction(keep, s.actions).sales).toEqual(s.sales);
    expect(() => createAuction(standardLeague())).toThrow(/auction league/);
  });

  it('bots price players from the market: our dollar curve handed out in ADP order', () => {
    const ours = auctionValues(pool, config);
    const market = marketAuctionValues(pool, config);
    // The same money, only given to other players.
    const total = (v: Float64Array) => v.reduce((a, b) => a + b, 0);
    expect(total(market)).toBeCloseTo(total(ours), 6);
    expect([...market].sort((a, b) => b - a)).toEqual([...ours].sort((a, b) => b - a));
    const byMarket = [...pool.marketRank.keys()].sort((a, b) => pool.marketRank[a]! - pool.marketRank[b]!);
    for (let k = 1; k < byMarket.length; k++) expect(market[byMarket[k - 1]!]!).toBeGreaterThanOrEqual(market[byMarket[k]!]!);

    // A late-round player the market loves: the bots pay him top money, our values do not.
    const hyped: DraftPlayer = { id: 'hyped-wr', name: 'Hyped WR', position: 'WR', team: 'X', bye: 9, adp: 1.5, projection: 120 };
    const p2 = createDraftPool([...samplePlayers(createRng(4)), hyped], config);
    const i = p2.indexOf.get('hyped-wr')!;
    expect(marketAuctionValues(p2, config)[i]!).toBeGreaterThan(40);
    expect(auctionValues(p2, config)[i]!).toBeLessThan(5);
    const s = runBotAuction(createAuction(config), p2, createRng(1));
    expect(s.sales.find((x) => x.playerId === 'hyped-wr')!.price).toBeGreaterThan(30);
  });
});
