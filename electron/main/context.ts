// Everything a handler may use. Built once per process by createAppContext (desktop
// app, browser mode, CLIs and tests alike) so all of them run the same code.
import path from 'node:path';
import fs from 'node:fs';
import { openDatabase, type Db } from './db/connection';
import { databaseFile } from './paths';
import { EventBus } from './events';
import { createLogger, type Logger } from './log';
import { JobRegistry } from './jobs';
import type { PartyNetwork } from './party/network';
import type { PartyGuestIdentity } from './party/service';

export interface AppContext {
  db: Db;
  home: string;
  mode: 'electron' | 'browser';
  events: EventBus;
  log: Logger;
  jobs: JobRegistry;
  versions: { electron: string | null; chrome: string | null };
  /** Where draft-party guests reach this app; absent where nothing serves them (CLIs). */
  party?: PartyNetwork;
  /** Set by the HTTP transport on a call made with a party guest's token (never over IPC). */
  guest?: PartyGuestIdentity;
  /** The better-sqlite3 build the main connection uses; worker threads open theirs with it. */
  nativeBinding?: string;
  /** The bundled import worker in the built app; the sources' data/worker.ts otherwise. */
  dataWorkerFile?: string;
}

export interface CreateContextOptions {
  home: string;
  mode: 'electron' | 'browser';
  nativeBinding?: string;
  versions?: { electron: string | null; chrome: string | null };
  logToConsole?: boolean;
  dataWorkerFile?: string;
}

export function createAppContext(options: CreateContextOptions): AppContext {
  const home = path.resolve(options.home);
  fs.mkdirSync(home, { recursive: true });
  const log = createLogger(home, { console: options.logToConsole ?? true });
  const { db, notices } = openDatabase(databaseFile(home), { nativeBinding: options.nativeBinding });
  for (const n of notices) log.warn(n.message);
  const events = new EventBus();
  return {
    db,
    home,
    mode: options.mode,
    events,
    log,
    jobs: new JobRegistry(events),
    versions: options.versions ?? { electron: null, chrome: null },
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.dataWorkerFile ? { dataWorkerFile: options.dataWorkerFile } : {}),
  };
}

export function closeAppContext(ctx: AppContext): void {
  ctx.jobs.cancelAll();
  if (ctx.db.open) ctx.db.close();
}
