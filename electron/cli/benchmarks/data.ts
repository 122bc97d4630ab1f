// Data benchmarks: the full import of ../shared/data (or GRIDSCOUT_DATA) into an empty
// home, and rescoring every stored game and player-season for a new ruleset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoringPreset, scoringRulesSchema } from '../../../shared/domain/scoring';
import { openDatabase } from '../../main/db/connection';
import { cachedAllGames, loadAllGames, rescoreAll } from '../../main/db/repos/rescore';
import { discoverFiles, importFiles, parseDataFile } from '../../main/data/importer';
import { dataDir } from '../../test-support/testData';
import { medianMs, type Benchmark } from './types';

async function withImportedDb<T>(work: (db: ReturnType<typeof openDatabase>['db'], importSeconds: number, parseMs: number) => T | Promise<T>): Promise<T> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-bench-data-'));
  const { db } = openDatabase(path.join(home, 'gridscout.db'));
  try {
    const files = discoverFiles(dataDir());
    const p0 = performance.now();
    for (const f of files) parseDataFile(f);
    const parseMs = performance.now() - p0;
    const result = await importFiles(db, files);
    return await work(db, result.seconds, parseMs);
  } finally {
    db.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

export const dataImport: Benchmark = {
  name: 'data.import',
  run: () =>
    withImportedDb((db, seconds, parseMs) => {
      const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
      return {
        seconds,
        parseOnlyMs: Math.round(parseMs),
        writeMsApprox: Math.round(seconds * 1000 - parseMs),
        rows: { player_games: count('player_games'), player_seasons: count('player_seasons'), kicker_games: count('kicker_games'), players: count('players') },
      };
    }),
};

export const rescoring: Benchmark = {
  name: 'scoring.rescoreAll',
  run: () =>
    withImportedDb(async (db) => {
      const t0 = performance.now();
      const all = loadAllGames(db);
      const loadMs = performance.now() - t0;
      // A league's own ruleset: 6-pt passing TDs, TE premium, yardage bonuses.
      const custom = scoringRulesSchema.parse({
        ...scoringPreset('ppr'),
        name: 'bench league',
        passing: { ...scoringPreset('ppr').passing, td: 6 },
        receiving: { ...scoringPreset('ppr').receiving, tePremium: 0.5 },
        bonuses: [
          { stat: 'rush_yd', atLeast: 100, points: 3 },
          { stat: 'rec_yd', atLeast: 100, points: 3 },
          { stat: 'pass_yd', atLeast: 300, points: 3 },
        ],
      });
      const rescoreMs = await medianMs(() => rescoreAll(all, custom));
      // What the app pays for a new ruleset once the games are cached: lookup + scoring.
      cachedAllGames(db);
      const cachedRescoreMs = await medianMs(() => rescoreAll(cachedAllGames(db), custom));
      return {
        gameLines: all.cols.length,
        playerSeasons: all.groups.length,
        loadFromDbMs: Math.round(loadMs),
        rescoreMs,
        cachedRescoreMs,
        loadPlusRescoreMs: Math.round(loadMs + rescoreMs),
        goalMs: 1000,
      };
    }),
};
