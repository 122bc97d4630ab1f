// The app path: import the real data into a real SQLite file, train from it in the worker,
// and check a re-import gives the retrained model a new data version.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/connection';
import { importDirectory } from '../data/importer';
import { dataDir } from '../data/testData';
import { dataVersion, describeDataVersion, loadHistoryFromDb } from './historyDb';
import { loadHistoryFromCsv } from './history';
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
  it('matches the CSV history on seasons, games and stat totals', () => {
    const fromDb = loadHistoryFromDb(db);
    const fromCsv = loadHistoryFromCsv(dataDir());
    expect(fromDb.seasons).toEqual(fromCsv.seasons);
    for (const season of [2005, 2024]) {
      const sum = (h: typeof fromDb, pos: string, key: 'rec_yd' | 'pass_td' | 'fg_made_40_49') =>
        [...h.bySeason.get(season)!.values()].filter((p) => p.position === pos).reduce((a, p) => a + p.stats[key], 0);
      expect(sum(fromDb, 'WR', 'rec_yd')).toBeCloseTo(sum(fromCsv, 'WR', 'rec_yd'), -2);
      expect(sum(fromDb, 'QB', 'pass_td')).toBeCloseTo(sum(fromCsv, 'QB', 'pass_td'), -1);
      expect(sum(fromDb, 'K', 'fg_made_40_49')).toBe(sum(fromCsv, 'K', 'fg_made_40_49'));
    }
    expect(fromDb.scheduleGames.get(2024)).toBe(17);
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
  }, 180_000);
});
