import { describe, expect, it } from 'vitest';
import { estimateAfterPicks, estimateMarket, positionCurves } from './marketEstimate';

const season = (y: number, rows: [string, number][]) => ({ season: y, rows: rows.map(([position, adp]) => ({ position: position as 'QB', adp })) });

describe('estimateMarket', () => {
  it('learns when each position goes from earlier seasons and orders a position by projection and last ADP', () => {
    const history = [
      season(2023, [['RB', 1], ['WR', 2], ['RB', 3], ['QB', 20], ['WR', 5]]),
      season(2024, [['RB', 1], ['WR', 3], ['RB', 4], ['QB', 30], ['WR', 6]]),
    ];
    expect(positionCurves(history).get('RB')).toEqual([1, 3.5]);
    const est = estimateMarket(
      [
        { id: 'rb-a', position: 'RB', projection: 300, lastAdp: null },
        { id: 'rb-b', position: 'RB', projection: 250, lastAdp: 1 },
        { id: 'qb', position: 'QB', projection: 400, lastAdp: 30 },
        { id: 'wr', position: 'WR', projection: 280, lastAdp: 4 },
      ],
      history,
    )!.adp;
    // rb-a: projection rank 1 -> key 1; rb-b: (2 + 1) / 2 = 1.5 -> second.
    expect(est.get('rb-a')).toBe(1);
    expect(est.get('rb-b')).toBe(3.5);
    // The best QB by any measure still goes where QBs went, not first overall.
    expect(est.get('qb')).toBe(25);
    expect(est.get('wr')).toBe(2.5);
  });

  it('extends a position past its last priced player at the late pace, and gives nothing without history', () => {
    const history = [season(2024, [['TE', 10], ['TE', 20], ['TE', 30]])];
    const est = estimateMarket([1, 2, 3, 4, 5].map((k) => ({ id: `te${k}`, position: 'TE' as const, projection: 100 - k, lastAdp: null })), history)!.adp;
    expect([1, 2, 3, 4, 5].map((k) => est.get(`te${k}`))).toEqual([10, 20, 30, 40, 50]);
    expect(estimateMarket([{ id: 'x', position: 'QB', projection: 1, lastAdp: null }], [])).toBeNull();
  });
});

describe('estimateAfterPicks', () => {
  it('gives the k-th available player at a position the pick of the position\'s (taken + k)-th', () => {
    const history = [season(2024, [['RB', 1], ['RB', 5], ['RB', 9], ['RB', 14]])];
    const players = ['a', 'b', 'c', 'd'].map((id, k) => ({ id, position: 'RB' as const, projection: 100 - k, lastAdp: null }));
    const est = estimateMarket(players, history)!;
    const draft = players.map((p) => ({ ...p, name: p.id, team: null, bye: null, adp: null }));
    // The league took b and c (which the estimate had 2nd and 3rd): a, still there, is now the third RB's price.
    const after = estimateAfterPicks(est, draft, new Set(['b', 'c']));
    expect(after.get('a')).toBe(9);
    expect(after.get('d')).toBe(14);
  });

  it('keeps the position\'s pace when the league passes over the players the estimate liked', () => {
    const history = [season(2024, [['RB', 1], ['RB', 5], ['RB', 9], ['RB', 14], ['RB', 20]])];
    const players = ['a', 'b', 'c', 'd'].map((id, k) => ({ id, position: 'RB' as const, projection: 100 - k, lastAdp: null }));
    const est = estimateMarket(players, history)!;
    const draft = players.map((p) => ({ ...p, name: p.id, team: null, bye: null, adp: null }));
    // Nine picks made, one RB (b) among them: a (estimated 1st) and c (9th) are overdue.
    const after = estimateAfterPicks(est, draft, new Set(['b', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']));
    // The league's second RB is due at 5 whoever he is: c, the less overdue, goes first; a,
    // passed over by nine picks, falls behind d.
    expect(after.get('c')).toBe(5);
    expect(after.get('d')).toBe(9);
    expect(after.get('a')).toBe(14);
  });
});
