import type { Migration } from '../migrate';

// Settings as key/value JSON (few rows, read once at start) and the notices the app
// must show the user (e.g. "your database was corrupt and was moved aside").
export const m0001AppCore: Migration = {
  version: 1,
  name: '0001-app-core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
        message TEXT NOT NULL,
        created_at TEXT NOT NULL,
        dismissed_at TEXT
      ) STRICT;
    `);
  },
};
