// Imports and refreshes as jobs, run in the import worker (data/worker.ts), each announced
// with `data.changed` so the model retrains after every one of them, the first one at
// start included. And the first start itself: with an empty database the app imports the
// snapshot bundled with it (or `serve --data DIR`), says what happened and what is next.
import fs from 'node:fs';
import path from 'node:path';
import type { FirstStart } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import type { ImportResult } from './importer';
import type { RefreshResult } from './refresh';
import type { SnapshotImportResult } from './snapshot';
import { SNAPSHOT_FILE_NAME } from './snapshot';
import { runDataTaskInWorker, type DataTask } from './worker';

export const CHANGED_TABLES = ['players', 'player_seasons', 'player_games', 'kicker_games', 'team_defense_games', 'teams', 'games', 'byes'];

type ResultOf<T extends DataTask> = T extends { kind: 'refresh' } ? RefreshResult : T extends { kind: 'snapshot' } ? SnapshotImportResult : ImportResult;

/** One import or refresh: a job in the worker thread, then `data.changed` (training follows). */
export async function runDataJob<T extends DataTask>(ctx: AppContext, task: T): Promise<ResultOf<T>> {
  const result = await ctx.jobs.run(task.kind === 'refresh' ? 'refresh' : 'import', (job) =>
    runDataTaskInWorker<ResultOf<T>>(
      { dataTask: task, dbPath: ctx.db.name, ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}) },
      job,
      ctx.dataWorkerFile,
    ),
  );
  ctx.events.emit('data.changed', { tables: CHANGED_TABLES });
  return result;
}

/**
 * The snapshot bundled with the app: GRIDSCOUT_SNAPSHOT when set (development, tests),
 * else resources/data/ of a packaged app. Null when there is none.
 */
export function bundledSnapshot(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GRIDSCOUT_SNAPSHOT) return path.resolve(env.GRIDSCOUT_SNAPSHOT);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (!resources) return null;
  const file = path.join(resources, 'data', SNAPSHOT_FILE_NAME);
  return fs.existsSync(file) ? file : null;
}

const firstStarts = new WeakMap<AppContext, FirstStart>();

/** What the first start did (the shell's first-run panel); null on any later start. */
export function firstStartOf(ctx: AppContext): FirstStart | null {
  return firstStarts.get(ctx) ?? null;
}

function hasPlayers(ctx: AppContext): boolean {
  return ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM players)').pluck().get() === 1;
}

/**
 * On a start with an empty database, imports `source` (the bundled snapshot or a folder).
 * Resolves when the import is over (training goes on in the background); a failure is
 * logged and shown by the first-run panel, and the app still starts with no data.
 */
export async function importOnFirstStart(ctx: AppContext, source: { snapshot: string } | { dir: string }): Promise<FirstStart | null> {
  if (hasPlayers(ctx)) return null;
  const from = 'snapshot' in source ? 'snapshot' : 'folder';
  const state: FirstStart = { from, state: 'importing', snapshot: null, players: 0, seconds: null, error: null };
  firstStarts.set(ctx, state);
  try {
    if ('snapshot' in source) {
      if (!fs.existsSync(source.snapshot)) throw new Error(`the data snapshot ${source.snapshot} is missing`);
      const r = await runDataJob(ctx, { kind: 'snapshot', file: source.snapshot, scratch: ctx.home });
      Object.assign(state, {
        snapshot: { builtAt: r.manifest.builtAt, seasons: r.manifest.seasons, attribution: r.manifest.licence.attribution },
        players: r.counts.players,
        seconds: r.seconds,
      });
    } else {
      const r = await runDataJob(ctx, { kind: 'directory', dir: path.resolve(source.dir) });
      Object.assign(state, { players: r.counts.players, seconds: r.seconds });
    }
    state.state = 'imported';
    ctx.log.info(`first start: imported the ${from} (${state.players} players in ${state.seconds} s); training follows`);
  } catch (err) {
    Object.assign(state, { state: 'failed', error: (err as Error).message });
    ctx.log.warn(`first start: the ${from} was not imported: ${(err as Error).message}`);
  }
  return state;
}
