import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { refreshMarkets } from '../adp/service';
import { dataCounts, dataStatus } from '../db/repos/dataStatus';
import { runDataJob } from '../data/firstStart';
import { refreshSources } from '../data/refresh';
import type { HandlersOf } from './types';

export const dataHandlers: HandlersOf<'data.status' | 'data.import' | 'data.refresh'> = {
  'data.status': (ctx) => dataStatus(ctx.db),
  'data.import': async (ctx, req) => {
    const dir = path.resolve(req.dir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new AppError('not_found', `${dir} is not a folder.`);
    try {
      // In the import worker: the app keeps answering while the files are parsed and written.
      const result = await runDataJob(ctx, { kind: 'directory', dir });
      ctx.log.info(`import from ${dir}: ${JSON.stringify(result.counts)} in ${result.seconds} s`);
      return {
        counts: dataCounts(ctx.db),
        targetSeason: result.targetSeason,
        seconds: result.seconds,
        files: result.files.map((f) => ({ ...f, file: path.relative(dir, f.file) })),
      };
    } catch (err) {
      if (err instanceof AppError) {
        if (err.code === 'invalid_input') ctx.log.warn(`import from ${dir} refused: ${err.message}`);
        throw err;
      }
      throw new AppError('invalid_input', (err as Error).message);
    }
  },
  'data.refresh': async (ctx, req) => {
    const result = await runDataJob(ctx, { kind: 'refresh', home: ctx.home, sources: refreshSources(), ...(req.seasons ? { seasons: req.seasons } : {}) });
    ctx.log.info(`refresh: ${JSON.stringify(result.counts)}; downloaded ${result.downloaded.length} files in ${result.seconds} s`);
    // The market comes with the data: this season's ADP from Fantasy Football Calculator.
    const season = result.targetSeason;
    const adp = season === null ? [] : await ctx.jobs.run('adp', (job) => refreshMarkets(ctx.db, season, (f) => job.progress(`Fetching ${season} ${f} ADP from Fantasy Football Calculator`, null), { signal: job.signal }));
    if (adp.length) {
      ctx.log.info(`refresh adp: ${adp.join('; ')}`);
      ctx.events.emit('data.changed', { tables: ['adp_snapshots'] });
    }
    return {
      counts: dataCounts(ctx.db),
      targetSeason: result.targetSeason,
      seconds: result.seconds,
      files: result.files.map((f) => ({ ...f, file: path.basename(f.file) })),
      downloaded: result.downloaded,
      missing: result.missing,
      reusedSleeper: result.reusedSleeper,
      adp,
    };
  },
};
