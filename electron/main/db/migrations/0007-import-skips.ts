// What an import skipped, per file: release files carry rows that are not a player's line
// (team-level rows without a player id, defenders without an offensive stat, exact repeats).
// The importer skips them and the Data view shows how many and where, so a user can check.
import type { Migration } from '../migrate';

export const m0007ImportSkips: Migration = {
  version: 7,
  name: '0007-import-skips',
  up(db) {
    db.exec(`
      ALTER TABLE import_runs ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
      -- JSON: [{ reason, count, lines: first lines of that reason }]
      ALTER TABLE import_runs ADD COLUMN skipped_detail TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
