import { describe, expect, it } from 'vitest';
import { samplePlayers } from './draft/samplePlayers';
import { createRng } from './random';
import { STANDARD_ROSTER, type RosterPlayer, type RosterSlots } from './roster';
import type { FantasyPosition } from './stats';
import { naturalBreaks, replacementLevels, tiersByPosition, valueOverReplacement } from './values';

const ladder = (pos: FantasyPosition, values: number[]): RosterPlayer[] => values.map((projection, i) => ({ id: `${pos}${i + 1}`, position: pos, projection }));
const pool = [
  ...ladder('QB', [300, 290, 280, 270, 260]),
  ...ladder('RB', [250, 220, 200, 180, 160, 140]),
  ...ladder('WR', [240, 210, 190, 170, 150, 130]),
  ...ladder('TE', [150, 120, 100]),
];
const slots: RosterSlots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 5 };

describe('replacement levels and VOR', () => {
  it('fill every team\'s starters, flex included, and take the best one left over', () => {
    // 2 teams: QB 2 starters, RB 4 + WR 4 dedicated, then 2 FLEX go to RB5 (160) and WR5 (150).
    const { level, starters } = replacementLevels(pool, slots, 2);
    expect(starters).toMatchObject({ QB: 2, RB: 5, WR: 5, TE: 2 });
    expect(level).toMatchObject({ QB: 280, RB: 140, WR: 130, TE: 100 });
    const vor = valueOverReplacement(pool, slots, 2);
    expect(vor.get('RB1')).toBe(110);
    expect(vor.get('QB1')).toBe(20);
  });

  it('sinks the QB replacement level in superflex leagues', () => {
    const sf = { ...slots, SUPERFLEX: 1 };
    expect(replacementLevels(pool, sf, 2).level.QB).toBe(260);
    expect(replacementLevels(pool, sf, 2).starters.QB).toBe(4);
  });

  it('uses the worst starter when nobody is left over, so starters never go negative', () => {
    const { level } = replacementLevels(ladder('TE', [150, 120]), slots, 2);
    expect(level.TE).toBe(120);
    expect(level.K).toBe(0);
  });
});

describe('tiers', () => {
  it('breaks a ladder at its natural gaps', () => {
    expect(naturalBreaks([100, 99, 98, 50, 49, 10], 3)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(naturalBreaks([5, 4], 5)).toEqual([0, 1]);
    expect(naturalBreaks([], 3)).toEqual([]);
  });

  it('tiers each position from 1, never out of order, the same on every run', () => {
    const players = samplePlayers(createRng(3));
    const tiers = tiersByPosition(players);
    expect(tiersByPosition(samplePlayers(createRng(3)))).toEqual(tiers);
    for (const pos of ['QB', 'RB', 'WR', 'TE'] as const) {
      const ordered = players.filter((p) => p.position === pos).sort((a, b) => b.projection - a.projection);
      const t = ordered.map((p) => tiers.get(p.id)!);
      expect(t[0]).toBe(1);
      for (let i = 1; i < t.length; i++) expect(t[i]! - t[i - 1]!).toBeGreaterThanOrEqual(0);
      for (let i = 1; i < t.length; i++) expect(t[i]! - t[i - 1]!).toBeLessThanOrEqual(1);
      expect(Math.max(...t.slice(0, 24))).toBeGreaterThanOrEqual(4); // real tiers, not one lump
    }
    const gapped = tiersByPosition(ladder('RB', [300, 298, 296, 200, 199, 198, 197, 100]));
    expect(['RB1', 'RB4', 'RB8'].map((id) => gapped.get(id))).toEqual([1, 2, 3]);
  });

  it('works on the standard roster and a sample pool', () => {
    const vor = valueOverReplacement(samplePlayers(createRng(1)), STANDARD_ROSTER, 12);
    expect(vor.get('rb1')!).toBeGreaterThan(vor.get('rb30')!);
    expect(vor.get('k1')!).toBeGreaterThanOrEqual(0);
  });
});
