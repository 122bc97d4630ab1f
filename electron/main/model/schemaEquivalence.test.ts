// Backtest and simulate read data folders through the importer, so a season published
// only in nflverse's current schema gives the figures the legacy files give. Folder B is
// ../shared/data with 2024 removed from the legacy stat files and added back as
// stats_player_week_2024.csv / stats_player_reg_2024.csv (team-level rows and repeats
// included). Small ensembles and few leagues: the point is equality, not accuracy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../../test-support/testData';
import { makeTempDir } from '../../test-support/tempDirs';
import { writeFolderWithCurrentSchemaSeason } from '../../test-support/currentSchema';
import { simulateSeason } from '../simulate/run';
import { runBacktest } from './backtest';
import type { History } from './history';
import { loadHistoryFromFolder } from './historyDb';
import type { ModelConfig } from './model';

const TINY: Partial<ModelConfig> = { members: 2, hidden: [8, 4], epochs: 2, firstSeason: 2019, batchSize: 1024 };
const hasEval = fs.existsSync(path.join(dataDir(), 'eval-only', 'fantasypros_adp_2018_2025.csv'));
let root: string;
let current: string;
let fromLegacy: History;
let fromCurrent: History;
const opened: { cached: boolean }[] = [];

beforeAll(async () => {
  root = makeTempDir('gridscout-schema-eq-');
  current = writeFolderWithCurrentSchemaSeason(path.join(root, 'current'), 2024);
  const cacheDir = path.join(root, 'cache');
  fromLegacy = await loadHistoryFromFolder(dataDir(), { cacheDir });
  fromCurrent = await loadHistoryFromFolder(current, { cacheDir, onOpened: (o) => opened.push(o) });
  await loadHistoryFromFolder(current, { cacheDir, onOpened: (o) => opened.push(o) });
}, 600_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A season as name|position -> stats, independent of database ids. */
const seasonByName = (h: History, season: number) =>
  Object.fromEntries([...h.bySeason.get(season)!.values()].map((p) => [`${h.bios.get(p.playerId)?.name}|${p.position}|${p.team}`, { ...p, playerId: '' }]));

describe.skipIf(!hasEval)('2024 only in the current schema', () => {
  it('builds the same history of 2024 and the seasons before it, and opens the cache the second time', () => {
    expect(fromCurrent.seasons).toEqual(fromLegacy.seasons);
    for (const season of [2023, 2024]) expect(seasonByName(fromCurrent, season)).toEqual(seasonByName(fromLegacy, season));
    expect(opened.map((o) => o.cached)).toEqual([false, true]);
  });

  it('gives the same backtest figures for 2024', async () => {
    const a = await runBacktest(fromLegacy, dataDir(), 2024, 'ppr', 1, undefined, TINY);
    const b = await runBacktest(fromCurrent, current, 2024, 'ppr', 1, undefined, TINY);
    const figures = (r: typeof a) => ({ ...r.summary, train_seconds: 0 });
    expect(a.summary.players).toBeGreaterThan(150);
    expect(figures(b)).toEqual(figures(a));
  }, 600_000);

  it('gives the same simulated drafts of 2024', async () => {
    const run = (h: History, dir: string) => simulateSeason(h, dir, { season: 2024, leagues: 4, teams: 12, scoring: 'ppr', seed: 1, model: TINY });
    const a = await run(fromLegacy, dataDir());
    const b = await run(fromCurrent, current);
    const figures = (r: typeof a) => ({ summary: { ...r.summary, seconds: 0 }, diagnostics: { ...r.diagnostics, train_seconds: 0, draft_seconds: 0 } });
    expect(a.diagnostics.players).toBeGreaterThan(200);
    expect(figures(b)).toEqual(figures(a));
  }, 600_000);
});
