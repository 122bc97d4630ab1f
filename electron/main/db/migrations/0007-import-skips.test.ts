import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateFromOld } from '../../../test-support/oldDatabase';

describe('migration 0007-import-skips', () => {
  it('gives the import runs of a version-6 database zero skipped lines and keeps every row', () => {
    const db = databaseAtVersion(6);
    const insert = db.prepare(
      `INSERT INTO import_runs (run_id, source, kind, file, rows, licence, started_at, finished_at) VALUES (?, 'nflverse', ?, ?, ?, 'CC BY 4.0', 't0', 't1')`,
    );
    insert.run('r1', 'player_week', 'player_stats_week_1999_2024.csv', 134_470);
    insert.run('r1', 'games', 'games_1999_2025.csv', 7_276);

    migrateFromOld(db);
    expect(db.prepare('SELECT file, rows, skipped, skipped_detail AS detail FROM import_runs ORDER BY id').all()).toEqual([
      { file: 'player_stats_week_1999_2024.csv', rows: 134_470, skipped: 0, detail: '[]' },
      { file: 'games_1999_2025.csv', rows: 7_276, skipped: 0, detail: '[]' },
    ]);
  });
});
