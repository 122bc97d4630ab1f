import { describe, it, expect } from 'vitest';
import { projectedPoints, type Projection } from './projection';
import { scoringPreset } from './scoring';
import { emptyStatLine } from './stats';

function receiver(): Projection {
  const perGame = emptyStatLine();
  perGame.targets = 8;
  perGame.rec = 6;
  perGame.rec_yd = 80;
  perGame.rec_td = 0.5;
  return { playerId: 'x', season: 2025, position: 'WR', games: 15, perGame, lowRatio: 0.6, highRatio: 1.3, reasons: [] };
}

describe('projectedPoints', () => {
  it('scores games x the per-game line under any ruleset', () => {
    const p = receiver();
    expect(projectedPoints(p, scoringPreset('ppr')).points).toBeCloseTo(15 * (6 + 8 + 3), 6);
    expect(projectedPoints(p, scoringPreset('standard')).points).toBeCloseTo(15 * (8 + 3), 6);
    expect(projectedPoints(p, scoringPreset('half')).perGame).toBeCloseTo(14, 6);
  });

  it('keeps the PPR ratios in PPR and a relatively wider range where points lean on touchdowns', () => {
    const p = receiver();
    const ppr = projectedPoints(p, scoringPreset('ppr'));
    expect(ppr.low).toBeCloseTo(ppr.points * 0.6, 6);
    expect(ppr.high).toBeCloseTo(ppr.points * 1.3, 6);
    const std = projectedPoints(p, scoringPreset('standard'));
    expect(std.low / std.points).toBeLessThan(0.6);
    expect(std.high / std.points).toBeGreaterThan(1.3);
    expect(std.high - std.low).toBeLessThan(ppr.high - ppr.low);
    expect(projectedPoints({ ...p, lowRatio: 0 }, scoringPreset('standard')).low).toBe(0);
  });
});
