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

describe('migration 0005-name-keys', () => {
  it('rewrites version-4 name keys with the one normaliser and leaves every other column alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m5-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    for (const m of migrations.slice(0, 4)) m.up(db);
    db.pragma('user_version = 4');
    const insert = db.prepare(`INSERT INTO players (id, name, name_key, dst_team, team, updated_at) VALUES (?, ?, ?, ?, ?, 'then')`);
    insert.run(1, 'Amon-Ra St. Brown', 'amonra st brown', null, 'DET');
    insert.run(2, 'D. J. Moore', 'd j moore', null, 'CHI');
    insert.run(3, 'Kansas City Chiefs D/ST', 'kansas city chiefs dst', 'KC', 'KC');
    insert.run(4, 'Patrick Mahomes', 'patrick mahomes', null, 'KC');

    expect(migrate(db)).toContain(5);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    const keys = db.prepare('SELECT id, name_key AS k, team, updated_at AS u FROM players ORDER BY id').all();
    expect(keys).toEqual([
      { id: 1, k: 'amon ra st brown', team: 'DET', u: 'then' },
      { id: 2, k: 'dj moore', team: 'CHI', u: 'then' },
      { id: 3, k: 'kansas city chiefs dst', team: 'KC', u: 'then' },
      { id: 4, k: 'patrick mahomes', team: 'KC', u: 'then' },
    ]);
    db.close();
  });
});
