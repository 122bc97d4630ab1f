// Real data: the D/ST inputs the app may ship agree with the evaluation-only team-defence
// table where they can, and the 2025 projection lands where real top units land.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actualDefencePoints, projectDefences } from '../../../shared/domain/dstProjection';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import { derivedDefenceGames, evalDefenceGames } from './dstHistory';

const DATA = resolve(process.env.GRIDSCOUT_DATA ?? '../shared/data');
const haveEval = existsSync(join(DATA, 'eval-only', 'team_defense_week_2012_2024.csv'));

describe.skipIf(!haveEval)('D/ST from the shippable files', () => {
  const derived = derivedDefenceGames(DATA);
  const truth = evalDefenceGames(DATA)!;

  it('counts sacks and interceptions from the opposing passers exactly as the team-defence table does (2023)', () => {
    const key = (g: { season: number; week: number; team: string }) => `${g.season}:${g.week}:${g.team}`;
    const byKey = new Map(truth.filter((g) => g.season === 2023).map((g) => [key(g), g]));
    const ours = derived.filter((g) => g.season === 2023);
    expect(ours.length).toBe(272 * 2);
    for (const g of ours) {
      const t = byKey.get(key(g))!;
      expect(t, key(g)).toBeDefined();
      expect(g.stats.def_sacks).toBe(t.stats.def_sacks);
      expect(g.stats.def_int).toBe(t.stats.def_int);
      expect(g.pointsAllowed).toBe(t.pointsAllowed);
    }
  });

  it('projects the best 2025 D/ST (standard) inside the range of real top-5 units, 2019-2024', () => {
    const top5 = [2019, 2020, 2021, 2022, 2023, 2024].map((y) => [...actualDefencePoints(truth, y, SCORING_PRESETS.standard).values()].sort((a, b) => b - a).slice(0, 5));
    const lowest5th = Math.min(...top5.map((t) => t[4]!));
    const highest = Math.max(...top5.map((t) => t[0]!));
    const projected = [...projectDefences(derived, 2025, SCORING_PRESETS.standard, 17).values()].sort((a, b) => b.points - a.points);
    expect(projected).toHaveLength(32);
    expect(projected[0]!.points).toBeGreaterThanOrEqual(lowest5th);
    expect(projected[0]!.points).toBeLessThanOrEqual(highest);
    // And no unit is projected like the old points-allowed-only numbers (0-2 a game).
    expect(projected[31]!.points / 17).toBeGreaterThan(3);
  });
});
