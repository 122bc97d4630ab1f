// Numbered migrations applied in one transaction and tracked with PRAGMA user_version
// (the Signal desktop pattern). A database whose user_version is above the newest
// migration was written by a newer GridScout: we refuse it rather than guess.
import type Database from 'better-sqlite3';
import { migrations } from './migrations/index';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of GridScout (schema ${found}; this version understands up to ${supported}). ` +
        `It has been left untouched. Update GridScout to open it: ${path}`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export const latestSchemaVersion = (): number => migrations.at(-1)?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Apply every pending migration in one transaction; returns the versions applied.
 * `list` is the app's migrations; tests pass a prefix (to build an old database) or a
 * list with a failing step (to see the rollback).
 */
export function migrate(db: Database.Database, path = db.name, list: readonly Migration[] = migrations): number[] {
  checkOrder(list);
  const current = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) throw new DatabaseTooNewError(path, current, latest);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    // user_version cannot take a bound parameter; the value is our own integer.
    db.pragma(`user_version = ${latest}`);
  })();
  return pending.map((m) => m.version);
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}
