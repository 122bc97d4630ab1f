import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { m0001AppCore } from './0001-app-core';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0002-players', () => {
  it('migrates a version-1 database with rows in it, keeping them, and makes STRICT tables', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m2-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    m0001AppCore.up(db);
    db.pragma('user_version = 1');
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('theme', '"dark"');
    migrate(db);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('theme')).toBe('"dark"');
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; strict: number }[];
    for (const t of ['players', 'player_seasons', 'player_games', 'kicker_games', 'team_defense_games', 'teams', 'games', 'byes', 'rankings', 'tiers', 'notes', 'tags', 'watchlist', 'import_runs']) {
      expect(strict.find((s) => s.name === t)?.strict, t).toBe(1);
    }
    // STRICT refuses text in a stat column: a bad importer cannot store garbage.
    db.prepare(`INSERT INTO players (id, name, name_key, updated_at) VALUES (1, 'A', 'a', 'now')`).run();
    expect(() =>
      db.prepare(`INSERT INTO player_games (player_id, season, week, season_type, pass_yd) VALUES (1, 2024, 1, 'REG', 'lots')`).run(),
    ).toThrow(/cannot store TEXT/);
    db.close();
  });
});
