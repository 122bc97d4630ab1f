// Value vs ADP is measured within the position, so a position drafters leave late by
// convention (kickers) does not read as a list of bargains.
import { describe, expect, it } from 'vitest';
import type { FantasyPosition } from '../../../shared/domain/stats';
import { assignValueVsAdp } from './pool';

const row = (position: FantasyPosition, positionRank: number, adp: number | null) => ({ position, positionRank, adp, valueVsAdp: null as number | null });

describe('value vs ADP', () => {
  it("is the market's rank at the position minus ours", () => {
    const wr1 = row('WR', 1, 12); // we rank him 1st, the market 2nd: +1
    const wr2 = row('WR', 2, 3); // we 2nd, the market 1st: -1
    const wr3 = row('WR', 3, 40); // 3rd both ways: 0
    const rb = row('RB', 1, 1);
    assignValueVsAdp([wr1, wr2, wr3, rb]);
    expect([wr1.valueVsAdp, wr2.valueVsAdp, wr3.valueVsAdp, rb.valueVsAdp]).toEqual([1, -1, 0, 0]);
  });

  it('keeps kickers drafted last by convention at 0 when the market orders them as we do', () => {
    const k1 = row('K', 1, 150);
    const k2 = row('K', 2, 160);
    const rb = row('RB', 1, 1);
    assignValueVsAdp([k1, k2, rb]);
    expect([k1.valueVsAdp, k2.valueVsAdp]).toEqual([0, 0]);
  });

  it('leaves players without ADP at null and ranks the others among themselves', () => {
    const te1 = row('TE', 1, null);
    const te2 = row('TE', 2, 30);
    const te3 = row('TE', 3, 20);
    assignValueVsAdp([te1, te2, te3]);
    expect(te1.valueVsAdp).toBeNull();
    // Among TEs with ADP the market takes te3 first (1st) and te2 second: te2 is our 2nd, te3 our 3rd.
    expect([te2.valueVsAdp, te3.valueVsAdp]).toEqual([0, -2]);
  });
});
