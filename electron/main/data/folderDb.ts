// A data folder as the app would see it: every recognised file imported through the
// importer (both nflverse schemas, any season range) into a SQLite database. The CLIs
// (backtest, simulate, benchmarks) and the tests read `--data DIR` this way, so training
// and evaluation see exactly what the app sees.
//
// The database is cached, keyed by the folder's recognised files (relative path, size,
// mtime), the schema version and the importer's output version: a second run on the same
// folder opens the cache instead of importing again. A cache file is built under a
// temporary name and renamed when complete, so a killed run never leaves a half cache.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../db/connection';
import { latestSchemaVersion } from '../db/migrate';
import { discoverFiles, importFiles, type ImportResult } from './importer';

/**
 * Bump when the importer writes different rows from the same files (a new skip rule, a
 * column mapping): cached databases built by the old rules are then rebuilt.
 */
export const IMPORT_OUTPUT_VERSION = 2;

/** Cached databases kept; older ones are removed when a new one is built. */
const CACHE_KEEP = 6;

export interface FolderDatabase {
  db: Db;
  file: string;
  /** Opened from the cache (no import ran). */
  cached: boolean;
  /** The import that built it (absent when cached). */
  imported: ImportResult | null;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.GRIDSCOUT_CACHE_DIR ?? path.join(os.tmpdir(), 'gridscout-data-cache');
}

/** The cache key of a folder: changes when any recognised file changes. */
export function folderKey(dir: string): string {
  const files = discoverFiles(dir);
  if (files.length === 0) throw new Error(`no data files found under ${dir} (expected nflverse CSV or Sleeper JSON files)`);
  const parts = files.map((f) => {
    const st = fs.statSync(f.file);
    return [path.relative(dir, f.file), st.size, Math.round(st.mtimeMs)];
  });
  return createHash('sha256')
    .update(JSON.stringify({ schema: latestSchemaVersion(), output: IMPORT_OUTPUT_VERSION, parts }))
    .digest('hex')
    .slice(0, 24);
}

/** Opens (building it on first use) the imported database of a data folder. The caller closes it. */
export async function openFolderDatabase(dir: string, options: { cacheDir?: string; onProgress?: (phase: string) => void } = {}): Promise<FolderDatabase> {
  const folder = path.resolve(dir);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`${dir} is not a folder`);
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  fs.mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${folderKey(folder)}.sqlite`);
  if (fs.existsSync(file)) {
    fs.utimesSync(file, new Date(), new Date()); // recently used: kept by the pruning below
    return { db: openDatabase(file).db, file, cached: true, imported: null };
  }
  const partial = `${file}.${process.pid}.partial`;
  fs.rmSync(partial, { force: true });
  let imported: ImportResult;
  const db = openDatabase(partial).db;
  try {
    imported = await importFiles(db, discoverFiles(folder), {
      job: options.onProgress && {
        id: 'folder-import',
        signal: new AbortController().signal,
        progress: (phase) => options.onProgress!(phase),
        throwIfCancelled: () => {},
      },
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
  fs.renameSync(partial, file);
  prune(cacheDir, file);
  return { db: openDatabase(file).db, file, cached: false, imported };
}

function prune(cacheDir: string, keep: string): void {
  const cached = fs
    .readdirSync(cacheDir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => path.join(cacheDir, f))
    .filter((f) => f !== keep)
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const f of cached.slice(CACHE_KEEP - 1)) for (const s of ['', '-wal', '-shm']) fs.rmSync(f + s, { force: true });
}
