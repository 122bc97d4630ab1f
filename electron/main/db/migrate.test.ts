// The migration runner over real SQLite files: from an empty database, from every older
// version holding rows (generated from each table's schema, so migrations added later are
// covered without new code), rollback of a failing migration, refusal of a newer schema.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, latestSchemaVersion, migrate, schemaVersion, type Migration } from './migrate';
import { migrations } from './migrations/index';
import { openDatabase } from './connection';
import { tempDir } from '../../test-support/tempDirs';
import { databaseFingerprint, tableNames } from '../../test-support/fingerprint';
import { insertRepresentativeRows, userTables, type Row, type RowFixtures } from '../../test-support/rows';

/**
 * Rows for tables the generator cannot fill, by migration version (the version at which
 * the old database is built). Empty while every table's constraints are generator-friendly.
 */
const FIXTURES_AT_VERSION: Record<number, RowFixtures> = {};

/** Tables a later migration drops or renames on purpose: their old rows need not survive. */
const DROPPED_LATER = new Set<string>();

/** Columns a later migration recomputes on purpose (0005: name keys by the one normaliser). */
const RECOMPUTED_LATER: Record<string, ReadonlySet<string>> = { players: new Set(['name_key']) };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function allRows(db: Database.Database, table: string): Row[] {
  return db.prepare(`SELECT * FROM ${quote(table)}`).all() as Row[];
}

/** A database file at schema version k, built with the app's first k migrations. */
function databaseAtVersion(file: string, k: number): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, file, migrations.slice(0, k));
  expect(schemaVersion(db)).toBe(k);
  return db;
}

it('migrations are numbered 1..n with no gaps', () => {
  expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  expect(latestSchemaVersion()).toBe(migrations.length);
});

it('an empty database migrates to the latest version, every table STRICT', () => {
  const file = path.join(tempDir(), 'gridscout.db');
  const db = new Database(file);
  try {
    expect(migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    const tables = db.prepare(`PRAGMA table_list`).all() as { schema: string; name: string; type: string; strict: number }[];
    const own = tables.filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'));
    expect(own.length).toBeGreaterThan(0);
    for (const t of own) expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
    // Running it again is a no-op.
    const before = databaseFingerprint(db);
    expect(migrate(db)).toEqual([]);
    expect(databaseFingerprint(db)).toBe(before);
  } finally {
    db.close();
  }
});

describe('from each older version holding rows', () => {
  it.each(migrations.map((m) => [m.version]))('version %i opens at the latest version with its rows intact', (k) => {
    const file = path.join(tempDir(), 'gridscout.db');
    const old = databaseAtVersion(file, k);
    const inserted = insertRepresentativeRows(old, FIXTURES_AT_VERSION[k] ?? {});
    const tables = userTables(old).map((t) => t.name);
    for (const t of tables) expect(inserted[t]?.length, `rows in ${t}`).toBeGreaterThan(0);
    const before = new Map(tables.map((t) => [t, allRows(old, t)]));
    old.close();

    const { db, notices } = openDatabase(file);
    try {
      expect(notices).toEqual([]);
      expect(schemaVersion(db)).toBe(latestSchemaVersion());
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      const now = new Set(tableNames(db));
      for (const [table, rows] of before) {
        if (DROPPED_LATER.has(table)) continue;
        expect(now.has(table), `table ${table} still exists`).toBe(true);
        const after = allRows(db, table);
        // Every old row is still there, on the columns both versions have (later
        // migrations may add columns with defaults).
        for (const row of rows) {
          const recomputed = RECOMPUTED_LATER[table];
          const match = after.some((a) =>
            Object.keys(row).every((c) => !(c in a) || recomputed?.has(c) || JSON.stringify(a[c]) === JSON.stringify(row[c])),
          );
          expect(match, `${table} row ${JSON.stringify(row)} survived`).toBe(true);
        }
      }
    } finally {
      db.close();
    }
  });
});

describe('a failing migration', () => {
  const failing = (version: number): Migration => ({
    version,
    name: `${String(version).padStart(4, '0')}-half-done`,
    up(db) {
      db.exec(`CREATE TABLE half_done (x INTEGER NOT NULL) STRICT; INSERT INTO half_done VALUES (1);`);
      throw new Error('kickoff delayed');
    },
  });

  it('rolls back every migration of the run, including the ones before it', () => {
    const file = path.join(tempDir(), 'gridscout.db');
    const db = new Database(file);
    try {
      const list = [...migrations, failing(migrations.length + 1)];
      expect(() => migrate(db, file, list)).toThrow('kickoff delayed');
      expect(schemaVersion(db)).toBe(0);
      expect(db.prepare(`SELECT count(*) FROM sqlite_schema`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('leaves a database with rows exactly as it was', () => {
    const file = path.join(tempDir(), 'gridscout.db');
    const db = databaseAtVersion(file, migrations.length);
    try {
      insertRepresentativeRows(db, FIXTURES_AT_VERSION[migrations.length] ?? {});
      const before = databaseFingerprint(db);
      expect(() => migrate(db, file, [...migrations, failing(migrations.length + 1)])).toThrow('kickoff delayed');
      expect(databaseFingerprint(db)).toBe(before);
    } finally {
      db.close();
    }
  });
});

it('refuses a list with a gap in its numbering', () => {
  const db = new Database(':memory:');
  const gap: Migration[] = [{ version: 2, name: 'two', up: () => {} }];
  expect(() => migrate(db, ':memory:', gap)).toThrow(/expected 1/);
  db.close();
});

it('refuses a database from a newer version without touching it', () => {
  const file = path.join(tempDir(), 'gridscout.db');
  const db = databaseAtVersion(file, migrations.length);
  db.pragma(`user_version = ${latestSchemaVersion() + 1}`);
  const before = databaseFingerprint(db);
  try {
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(databaseFingerprint(db)).toBe(before);
  } finally {
    db.close();
  }
  expect(fs.existsSync(file)).toBe(true);
});
