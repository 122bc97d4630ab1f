// Real data: a player back from a lost season is read from his last healthy seasons, with the
// lost season still counted as games missed.
import { describe, it, expect, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { History } from './history';
import { loadHistoryFromFolder } from './historyDb';
import { buildFeatures, featureContext, FEATURE_NAMES, healthyGap, HEALTHY_GAMES, STAT_SCALE } from './features';
import { buildTrainingSet } from './dataset';

const DATA = resolve(process.env.GRIDSCOUT_DATA ?? '../shared/data');
let h: History;

beforeAll(async () => {
  h = await loadHistoryFromFolder(DATA);
}, 180_000);

function playerId(name: string): string {
  const ids = [...h.bios.values()].filter((b) => b.name === name).map((b) => b.playerId);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

const feature = (x: Float32Array, name: string) => x[FEATURE_NAMES.indexOf(name)]!;

describe('players back from a lost season', () => {
  it('take their rates from the last healthy season and say how long ago it was', () => {
    // Christian McCaffrey: 16 games in 2023, 4 in 2024 (injured), projected for 2025.
    const id = playerId('Christian McCaffrey');
    const s2024 = h.bySeason.get(2024)!.get(id)!;
    const s2023 = h.bySeason.get(2023)!.get(id)!;
    expect(s2024.games).toBeLessThan(HEALTHY_GAMES);
    expect(s2023.games).toBeGreaterThanOrEqual(HEALTHY_GAMES);
    expect(healthyGap(h, id, 2025)).toBe(1);
    const x = buildFeatures(h, id, 2025, 'RB', featureContext(h, 2025));
    expect(feature(x, 'last_rush_att')).toBeCloseTo(s2023.stats.rush_att / s2023.games / STAT_SCALE.rush_att, 5);
    expect(feature(x, 'healthy_gap')).toBeCloseTo(0.5, 5);
    // Availability is what happened: the 4 games of 2024.
    expect(feature(x, 'games_1')).toBeCloseTo(s2024.games / 17, 5);
    // The season before (2024: 2023 was healthy) he is read as usual.
    expect(healthyGap(h, id, 2024)).toBe(0);
    const y = buildFeatures(h, id, 2024, 'RB', featureContext(h, 2024));
    expect(feature(y, 'last_rush_att')).toBeCloseTo(s2023.stats.rush_att / s2023.games / STAT_SCALE.rush_att, 5);
    expect(feature(y, 'healthy_gap')).toBe(0);
  });

  it('a healthy last season reads as before', () => {
    const id = playerId('Bijan Robinson');
    const s2024 = h.bySeason.get(2024)!.get(id)!;
    expect(healthyGap(h, id, 2025)).toBe(0);
    const x = buildFeatures(h, id, 2025, 'RB', featureContext(h, 2025));
    expect(feature(x, 'last_rush_att')).toBeCloseTo(s2024.stats.rush_att / s2024.games / STAT_SCALE.rush_att, 5);
  });

  it('are trained on only when they came back (a returner is projected only once he is known to return)', () => {
    const set = buildTrainingSet(h, 2025, 2022);
    const returners = set.examples.map((e, i) => ({ e, games: set.games[i]! })).filter(({ e }) => healthyGap(h, e.playerId, e.season) > 0);
    expect(returners.length).toBeGreaterThan(20);
    expect(returners.every((r) => r.games > 0)).toBe(true);
    // Players whose last season was healthy still teach the network that some never play again.
    expect(set.games.some((g, i) => g === 0 && healthyGap(h, set.examples[i]!.playerId, set.examples[i]!.season) === 0)).toBe(true);
  });
});
