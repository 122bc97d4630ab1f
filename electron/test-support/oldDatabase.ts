// Databases as an older GridScout left them, for the migration tests: a real SQLite file in
// a temp folder at schema `version` (the first `version` migrations, as they shipped), and
// the checks every migration test makes on the way up.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished } from 'vitest';
import { latestSchemaVersion, migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations/index';
import { makeTempDir } from './tempDirs';

type Db = Database.Database;

/** A database file at schema `version`, closed and deleted when the current test finishes. */
export function databaseAtVersion(version: number, { foreignKeys = false } = {}): Db {
  const dir = makeTempDir(`gs-m${version + 1}-`);
  const db = new Database(path.join(dir, 'old.sqlite'));
  onTestFinished(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  if (foreignKeys) db.pragma('foreign_keys = ON');
  migrate(db, db.name, migrations.slice(0, version));
  return db;
}

/** Migrates to the newest schema; the next migration must be among those applied. */
export function migrateFromOld(db: Db): number[] {
  const from = db.pragma('user_version', { simple: true }) as number;
  const applied = migrate(db);
  expect(applied).toContain(from + 1);
  expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
  return applied;
}

/**
 * A database at schema `version` holding one setting, migrated to the newest schema: the
 * setting must come through (every migration keeps the user's rows). Returns the database.
 */
export function migrateKeepingSetting(version: number, key: string, value: string, options: { foreignKeys?: boolean } = {}): Db {
  const db = databaseAtVersion(version, options);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, value);
  migrateFromOld(db);
  expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key)).toBe(value);
  return db;
}

/** Each table must exist and be STRICT (new tables are, so a bad writer cannot store garbage). */
export function expectStrict(db: Db, tables: readonly string[]): void {
  const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; strict: number }[];
  for (const t of tables) expect(strict.find((s) => s.name === t)?.strict, t).toBe(1);
}

/** League 1 with draft 1 in `mode`, the rows the draft-table migrations start from. */
export function insertLeagueAndDraft(db: Db, mode: 'mock' | 'live' = 'live'): void {
  db.prepare("INSERT INTO leagues (id, name, config, scoring_preset, scoring, created_at, updated_at) VALUES (1, 'L', '{}', 'ppr', '{}', 0, 0)").run();
  db.prepare(
    "INSERT INTO drafts (id, league_id, mode, seed, season, config, scoring, team_names, personalities, status, created_at, updated_at) VALUES (1, 1, ?, 1, 2025, '{}', '{}', '[]', '[]', 'active', 0, 0)",
  ).run(mode);
}
