// Imports in the worker thread: progress reaches the main process's job events, a bad
// folder's error keeps its code and words, and a cancel stops the import with nothing
// written. (How fast the main process answers meanwhile is a benchmark: npm run bench.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { closeAppContext, createAppContext } from '../context';
import { tempDir } from '../../test-support/tempDirs';
import { importCounts } from './importer';
import { nflverseFile } from '../../test-support/testData';
import { runDataJob } from './firstStart';

describe('import worker', () => {
  it('reports progress, refuses bad files with their reason, and a cancel writes nothing', async () => {
    const ctx = createAppContext({ home: tempDir('gridscout-worker-home-'), mode: 'browser', logToConsole: false });
    try {
      const data = tempDir('gridscout-worker-data-');
      fs.copyFileSync(nflverseFile('kicking_week_1999_2024.csv'), path.join(data, 'kicking_week_1999_2024.csv'));
      const progress: JobProgress[] = [];
      ctx.events.subscribe((name, p) => {
        if (name === 'job.progress') progress.push(p as JobProgress);
      });
      const result = await runDataJob(ctx, { kind: 'directory', dir: data });
      expect(result.counts.kicker_games).toBeGreaterThan(10_000);
      // The main connection sees what the worker wrote.
      expect(importCounts(ctx.db).kicker_games).toBe(result.counts.kicker_games);
      expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['Reading kicking_week_1999_2024.csv', 'Writing to the database', 'done']));

      const bad = tempDir('gridscout-worker-bad-');
      fs.writeFileSync(path.join(bad, 'games_2024.csv'), 'nothing,we,know\n1,2,3\n');
      const refused = await runDataJob(ctx, { kind: 'directory', dir: bad }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).message).toMatch(/games_2024\.csv/);

      const other = tempDir('gridscout-worker-other-');
      // Several files: the importer checks for a cancel between them.
      for (const f of ['games_1999_2025.csv', 'rosters_2022_2024_2025.csv', 'player_stats_season_reg_1999_2024.csv']) fs.copyFileSync(nflverseFile(f), path.join(other, f));
      const before = importCounts(ctx.db);
      const off = ctx.events.subscribe((name, p) => {
        if (name === 'job.progress' && !(p as JobProgress).done) ctx.jobs.cancel((p as JobProgress).jobId);
      });
      const cancelled = await runDataJob(ctx, { kind: 'directory', dir: other }).catch((e: unknown) => e);
      off();
      expect(cancelled).toBeInstanceOf(AppError);
      expect((cancelled as AppError).code).toBe('cancelled');
      expect(importCounts(ctx.db)).toEqual(before);
    } finally {
      closeAppContext(ctx);
    }
  });
});
