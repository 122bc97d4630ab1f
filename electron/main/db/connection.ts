// The one way the app opens its SQLite database: WAL, foreign keys, busy timeout,
// migrations; a newer schema is refused untouched; a corrupt file is moved aside
// (kept for the user, renamed with a timestamp) and a fresh database takes its place.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Notice } from '../../../shared/ipc/types';
import { DatabaseTooNewError, latestSchemaVersion, migrate, schemaVersion } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * Path of a better_sqlite3.node built for the running runtime. Electron passes the
   * copy built for its ABI so the Node build in node_modules stays usable for tests.
   */
  nativeBinding?: string;
  /** Clock for the timestamp in a moved-aside file's name (tests pass a fixed one). */
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  /** Notices raised while opening (already stored in the notices table). */
  notices: Notice[];
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const notices: Notice[] = [];

  const problem = fs.existsSync(file) ? inspectExisting(file, options) : null;
  if (problem) {
    const movedTo = moveAside(file, now());
    notices.push({
      id: `db-corrupt-${now().getTime()}`,
      level: 'warning',
      message:
        `Your database could not be read (${problem}). It was kept as ${path.basename(movedTo)} ` +
        `and GridScout started with a fresh one: load your data again from the Data view.`,
      at: now().toISOString(),
    });
  }

  const db = new Database(file, bindingOption(options));
  applyPragmas(db);
  migrate(db, file);
  for (const n of notices) {
    db.prepare('INSERT INTO notices (id, level, message, created_at) VALUES (?, ?, ?, ?)').run(
      n.id,
      n.level,
      n.message,
      n.at,
    );
  }
  return { db, notices };
}

function bindingOption(options: OpenOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/**
 * A second connection to the app's database from a worker thread (imports, refreshes):
 * the same pragmas, no migrations or integrity check (the main process did those when it
 * opened the file; this one only writes data).
 */
export function openWorkerConnection(file: string, nativeBinding?: string): Db {
  const db = new Database(file, { fileMustExist: true, ...bindingOption({ nativeBinding }) });
  applyPragmas(db);
  return db;
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed draft pick survives even a power cut, not only a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Returns why an existing file is unusable, or null when it is a healthy database.
 * Throws DatabaseTooNewError (file untouched) when a newer app wrote it.
 */
function inspectExisting(file: string, options: OpenOptions): string | null {
  const size = fs.statSync(file).size;
  if (size === 0) return null; // an empty file is a valid, empty database
  const head = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) return 'not a SQLite database';
  // user_version is stored at offset 60 of the file header. Refuse a newer app's database
  // from there, without opening it: even a read-only open of a WAL database leaves new
  // -wal/-shm files next to it, and "left untouched" means nothing at all is written.
  // (A newer version still only in the WAL is caught after opening, below.)
  const headerVersion = head.readInt32BE(60);
  if (headerVersion > latestSchemaVersion()) throw new DatabaseTooNewError(file, headerVersion, latestSchemaVersion());

  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...bindingOption(options) });
    const version = schemaVersion(db);
    if (version > latestSchemaVersion()) throw new DatabaseTooNewError(file, version, latestSchemaVersion());
    const check = db.pragma('integrity_check(1)', { simple: true });
    return check === 'ok' ? null : `integrity check failed: ${String(check)}`;
  } catch (err) {
    if (err instanceof DatabaseTooNewError) throw err;
    return (err as Error).message;
  } finally {
    db?.close();
  }
}

function moveAside(file: string, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
