// About, status and notices: what the shell needs before any feature loads.
import type { AppStatus } from '../../../shared/ipc/types';
import { AppError } from '../../../shared/ipc/result';
import { databaseFile } from '../paths';
import { schemaVersion } from '../db/migrate';
import { activeNotices, dismissNotice } from '../db/repos/notices';
import { tableCounts } from '../db/repos/counts';
import { appVersion } from '../version';
import { DATA_SOURCES } from '../../../shared/domain/dataSources';
import type { AppContext } from '../context';
import { firstStartOf } from '../data/firstStart';
import type { HandlersOf } from './types';

function status(ctx: AppContext): AppStatus {
  const counts = tableCounts(ctx.db);
  return {
    firstRun: (counts.players ?? 0) === 0,
    firstStart: firstStartOf(ctx),
    notices: activeNotices(ctx.db),
    schemaVersion: schemaVersion(ctx.db),
    counts,
  };
}

export const appHandlers: HandlersOf<'app.info' | 'app.status' | 'app.dismissNotice' | 'jobs.cancel'> = {
  'app.info': (ctx) => ({
    name: 'GridScout',
    version: appVersion(),
    mode: ctx.mode,
    versions: {
      node: process.versions.node,
      electron: ctx.versions.electron,
      chrome: ctx.versions.chrome,
      sqlite: ctx.db.prepare('SELECT sqlite_version() AS v').pluck().get() as string,
    },
    platform: `${process.platform} ${process.arch}`,
    home: ctx.home,
    databasePath: databaseFile(ctx.home),
    dataSources: DATA_SOURCES,
  }),
  'app.status': (ctx) => status(ctx),
  'app.dismissNotice': (ctx, { id }) => {
    if (!dismissNotice(ctx.db, id, new Date())) throw new AppError('not_found', `No notice ${id}.`);
    return status(ctx);
  },
  'jobs.cancel': (ctx, { jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};
