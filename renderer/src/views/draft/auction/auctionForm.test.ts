import { describe, expect, it } from 'vitest';
import { auctionForm, bidFor, initialAuctionForm, openingBid, type AuctionForm, type AuctionFormAction } from './auctionForm';

const run = (...actions: AuctionFormAction[]): AuctionForm => actions.reduce(auctionForm, initialAuctionForm);

describe('auction room form', () => {
  it('a new search drops the selection; a position filter keeps it', () => {
    expect(run({ type: 'select', id: 'p7' }, { type: 'position', position: 'RB' }).selected).toBe('p7');
    expect(run({ type: 'select', id: 'p7' }, { type: 'query', query: 'bij' })).toMatchObject({ query: 'bij', selected: null });
  });

  it('a typed bid keeps digits only and belongs to its lot', () => {
    const s = run({ type: 'nominate', id: 'p1' }, { type: 'bid', lot: 'p1', value: '$4x2' });
    expect(bidFor(s, 'p1', '30')).toBe('42');
    expect(bidFor(s, 'p2', '30')).toBe('30');
  });

  it('a settled lot clears the lot, the search and the selection, and keeps the filter and sale team', () => {
    const s = run({ type: 'position', position: 'WR' }, { type: 'saleTeam', team: 3 }, { type: 'query', query: 'chase' }, { type: 'select', id: 'p2' }, { type: 'nominate', id: 'p2' }, { type: 'settled' });
    expect(s).toMatchObject({ myLot: null, query: '', selected: null, position: 'WR', saleTeam: 3 });
    expect(run({ type: 'nominate', id: 'p2' }, { type: 'withdraw' }).myLot).toBeNull();
  });

  it('opens at what he is worth to me, within what may be spent', () => {
    expect(openingBid({ live: false, minBid: 1, maxBid: 150, suggested: 38, worth: 45 })).toBe('38');
    expect(openingBid({ live: false, minBid: 1, maxBid: 20, suggested: 38, worth: 45 })).toBe('20');
    expect(openingBid({ live: false, minBid: 1, maxBid: 150, suggested: null, worth: 45 })).toBe('45');
    expect(openingBid({ live: false, minBid: 1, maxBid: 0, suggested: 5, worth: 5 })).toBe('0');
    expect(openingBid({ live: true, minBid: 1, maxBid: 0, suggested: 5, worth: 5 })).toBe('1');
  });
});
