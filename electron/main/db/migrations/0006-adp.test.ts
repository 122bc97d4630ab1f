import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '../migrate';
import { migrations } from './index';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0006-adp', () => {
  it('adds the ADP tables to a version-5 database with players, leaving them alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m6-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    for (const m of migrations.slice(0, 5)) m.up(db);
    db.pragma('user_version = 5');
    db.prepare(`INSERT INTO players (id, name, name_key, fantasy_position, team, updated_at) VALUES (7, 'Josh Allen', 'josh allen', 'QB', 'BUF', 'then')`).run();

    expect(migrate(db)).toContain(6);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT name, team FROM players').all()).toEqual([{ name: 'Josh Allen', team: 'BUF' }]);
    db.prepare(`INSERT INTO adp_snapshots (source, season, format, teams, origin, fetched_at, attribution) VALUES ('csv', 2025, 'ppr', NULL, 'a.csv', 'now', 'ADP: a.csv')`).run();
    db.prepare(`INSERT INTO adp_rows (snapshot_id, ord, name, position, team, adp, player_id) VALUES (1, 1, 'Josh Allen', 'QB', 'BUF', 20.5, 7)`).run();
    // STRICT tables and checks refuse what no source can mean.
    expect(() => db.prepare(`INSERT INTO adp_snapshots (source, season, format, origin, fetched_at, attribution) VALUES ('espn', 2025, 'ppr', 'x', 'now', 'x')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO adp_rows (snapshot_id, ord, name, position, adp) VALUES (1, 2, 'X', 'LB', 3)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO adp_rows (snapshot_id, ord, name, position, adp) VALUES (1, 3, 'X', 'QB', 'soon')`).run()).toThrow(/cannot store TEXT/);
    db.close();
  });
});
