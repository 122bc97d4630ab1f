// The app path: import the real data into a real SQLite file, train from it in the worker,
// and check a re-import gives the retrained model a new data version.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/connection';
import { importDirectory } from '../data/importer';
import { dataDir, nflverseFile } from '../../test-support/testData';
import { dataVersion, describeDataVersion, loadHistoryFromDb } from './historyDb';
import { readCsv } from '../data/csv';
import { trainInWorker } from './worker';
import { readMetadata } from './io';

let home: string;
let db: Db;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'gridscout-model-db-'));
  db = openDatabase(join(home, 'gridscout.db')).db;
  await importDirectory(db, dataDir());
}, 180_000);

afterAll(() => {
  db?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('history from SQLite', () => {
  it('has every finished season, 17 games in 2024, and the season file\'s totals', () => {
    const h = loadHistoryFromDb(db);
    expect(h.seasons[0]).toBe(1999);
    expect(h.seasons.at(-1)).toBe(2024);
    expect(h.scheduleGames.get(2024)).toBe(17);
    const season = readCsv(nflverseFile('player_stats_season_reg_1999_2024.csv'));
    const col = (c: string) => season.require(c);
    for (const y of [2005, 2024]) {
      const rows = season.rows.filter((r) => r[col('season')] === String(y));
      const fileTotal = (c: string) => rows.reduce((a, r) => a + Number(r[col(c)] || 0), 0);
      const ours = (k: 'rec_yd' | 'pass_td' | 'rush_att') => [...h.bySeason.get(y)!.values()].reduce((a, p) => a + p.stats[k], 0);
      // Players at positions the model does not project (a punter's fake) are left out: within 0.5%.
      expect(ours('rec_yd') / fileTotal('receiving_yards')).toBeCloseTo(1, 2);
      expect(ours('pass_td') / fileTotal('passing_tds')).toBeCloseTo(1, 2);
      expect(ours('rush_att') / fileTotal('carries')).toBeCloseTo(1, 2);
    }
  });

  it("scores every team's PPR points per game through the scoring module: the league's total is the season file's", () => {
    const h = loadHistoryFromDb(db);
    const season = readCsv(nflverseFile('player_stats_season_reg_1999_2024.csv'));
    const col = (c: string) => season.require(c);
    for (const y of [2012, 2024]) {
      const fileTotal = season.rows.filter((r) => r[col('season')] === String(y)).reduce((a, r) => a + Number(r[col('fantasy_points_ppr')] || 0), 0);
      const teams = [...h.teams.values()].filter((t) => t.season === y && t.team !== '');
      expect(teams).toHaveLength(32);
      const ours = teams.reduce((a, t) => a + t.pprPerGame * h.scheduleGames.get(y)!, 0);
      expect(ours / fileTotal).toBeCloseTo(1, 2);
    }
  });

  it('describes the data version in words: when, from which sources, how much', () => {
    const info = describeDataVersion(db, dataVersion(db));
    expect(info).toMatchObject({ sources: ['nflverse', 'sleeper'], playerSeasons: 15_102 });
    expect(info!.files).toBeGreaterThanOrEqual(8);
    expect(Date.parse(info!.importedAt!)).not.toBeNaN();
    expect(describeDataVersion(db, 'not a version')).toBeNull();
  });

  it('a retrain after a new import saves the new data version', async () => {
    const modelDir = join(home, 'model');
    const job = (version: string) => ({
      source: { kind: 'sqlite' as const, dbPath: join(home, 'gridscout.db') },
      modelDir,
      dataVersion: version,
      config: { members: 1, hidden: [4, 2] as [number, number], epochs: 1, firstSeason: 2022, batchSize: 2048 },
    });
    const v1 = dataVersion(db);
    const worker = new URL('./worker.ts', import.meta.url);
    await trainInWorker(job(v1), undefined, undefined, worker);
    expect(readMetadata(modelDir)?.dataVersion).toBe(v1);
    await importDirectory(db, dataDir());
    const v2 = dataVersion(db);
    expect(v2).not.toBe(v1);
    const meta = await trainInWorker(job(v2), undefined, undefined, worker);
    expect(meta.dataVersion).toBe(v2);
    expect(readMetadata(modelDir)?.dataVersion).toBe(v2);
  }, 300_000);
});
