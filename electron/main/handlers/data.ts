import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { dataCounts, dataStatus } from '../db/repos/dataStatus';
import { DataFormatError } from '../data/csv';
import { importDirectory } from '../data/importer';
import { refreshOnline, refreshSources } from '../data/refresh';
import type { HandlersOf } from './types';

const CHANGED_TABLES = ['players', 'player_seasons', 'player_games', 'kicker_games', 'team_defense_games', 'teams', 'games', 'byes'];

export const dataHandlers: HandlersOf<'data.status' | 'data.import' | 'data.refresh'> = {
  'data.status': (ctx) => dataStatus(ctx.db),
  'data.import': async (ctx, req) => {
    const dir = path.resolve(req.dir);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new AppError('not_found', `${dir} is not a folder.`);
    try {
      const result = await ctx.jobs.run('import', (job) => importDirectory(ctx.db, dir, { job }));
      ctx.log.info(`import from ${dir}: ${JSON.stringify(result.counts)} in ${result.seconds} s`);
      ctx.events.emit('data.changed', { tables: CHANGED_TABLES });
      return {
        counts: dataCounts(ctx.db),
        targetSeason: result.targetSeason,
        seconds: result.seconds,
        files: result.files.map((f) => ({ ...f, file: path.relative(dir, f.file) })),
      };
    } catch (err) {
      if (err instanceof AppError) {
        if (err instanceof DataFormatError) ctx.log.warn(`import from ${dir} refused: ${err.message}`);
        throw err;
      }
      throw new AppError('invalid_input', (err as Error).message);
    }
  },
  'data.refresh': async (ctx, req) => {
    const result = await ctx.jobs.run('refresh', (job) =>
      refreshOnline(ctx.db, { home: ctx.home, sources: refreshSources(), seasons: req.seasons, now: () => new Date(), job }),
    );
    ctx.log.info(`refresh: ${JSON.stringify(result.counts)}; downloaded ${result.downloaded.length} files in ${result.seconds} s`);
    ctx.events.emit('data.changed', { tables: CHANGED_TABLES });
    return {
      counts: dataCounts(ctx.db),
      targetSeason: result.targetSeason,
      seconds: result.seconds,
      files: result.files.map((f) => ({ ...f, file: path.basename(f.file) })),
      downloaded: result.downloaded,
      missing: result.missing,
      reusedSleeper: result.reusedSleeper,
    };
  },
};
