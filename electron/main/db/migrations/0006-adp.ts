import type { Migration } from '../migrate';

// The draft market: ADP snapshots per source, season, scoring format and team count, with
// where each came from (URL or file, when, the drafts' date window and count, the attribution
// the source asks for), and their rows matched to players. Earlier seasons stay: they are the
// history the market estimate learns from. A match the user made by hand is kept by the row's
// key (canonical name, position, team) so every later refresh of any source reuses it.
// player_id has no foreign key: a re-import may renumber nothing, but a snapshot must never
// block the importer; rows whose player is gone read as unmatched.
export const m0006Adp: Migration = {
  version: 6,
  name: '0006-adp',
  up(db) {
    db.exec(`
      CREATE TABLE adp_snapshots (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('ffc', 'sleeper', 'csv')),
        season INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('ppr', 'half', 'standard', '2qb')),
        teams INTEGER, -- null when the source does not say (a CSV)
        origin TEXT NOT NULL, -- the URL fetched or the file imported
        fetched_at TEXT NOT NULL, -- ISO time
        start_date TEXT, -- the drafts' window, when the source gives it
        end_date TEXT,
        total_drafts INTEGER,
        attribution TEXT NOT NULL
      ) STRICT;
      CREATE INDEX adp_snapshots_market ON adp_snapshots (season, format, teams, fetched_at);

      CREATE TABLE adp_rows (
        snapshot_id INTEGER NOT NULL REFERENCES adp_snapshots (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL, -- order in the source (1 = first)
        name TEXT NOT NULL,
        position TEXT NOT NULL CHECK (position IN ('QB', 'RB', 'WR', 'TE', 'K', 'DST')),
        team TEXT,
        adp REAL NOT NULL,
        source_id TEXT, -- the source's own player id (FFC, Sleeper)
        player_id INTEGER, -- players.id, null when unmatched
        PRIMARY KEY (snapshot_id, ord)
      ) STRICT;
      CREATE INDEX adp_rows_player ON adp_rows (player_id);

      CREATE TABLE adp_manual_matches (
        row_key TEXT PRIMARY KEY, -- canonicalName|POS|TEAM of the source row
        player_id INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
