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

describe('migration 0007-import-skips', () => {
  it('gives the import runs of a version-6 database zero skipped lines and keeps every row', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m7-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    for (const m of migrations.slice(0, 6)) m.up(db);
    db.pragma('user_version = 6');
    const insert = db.prepare(
      `INSERT INTO import_runs (run_id, source, kind, file, rows, licence, started_at, finished_at) VALUES (?, 'nflverse', ?, ?, ?, 'CC BY 4.0', 't0', 't1')`,
    );
    insert.run('r1', 'player_week', 'player_stats_week_1999_2024.csv', 134_470);
    insert.run('r1', 'games', 'games_1999_2025.csv', 7_276);

    expect(migrate(db)).toContain(7);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT file, rows, skipped, skipped_detail AS detail FROM import_runs ORDER BY id').all()).toEqual([
      { file: 'player_stats_week_1999_2024.csv', rows: 134_470, skipped: 0, detail: '[]' },
      { file: 'games_1999_2025.csv', rows: 7_276, skipped: 0, detail: '[]' },
    ]);
    db.close();
  });
});
