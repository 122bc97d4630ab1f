// Live draft sync. A draft can follow a draft host (Sleeper, ESPN): what it follows, where
// the follower is (the host's last ETag and status, paused or not, the last error) is saved
// with the draft, so a restart resumes following and catches up. Players the host drafted
// whom our data does not know (a late signing) join that draft's pool under the host's name.
// The action log gains the 'source' kind: what the host reported changed since the last look.
import type { Migration } from '../migrate';

export const m0009DraftFollows: Migration = {
  version: 9,
  name: '0009-draft-follows',
  up(db) {
    // SQLite cannot change a CHECK constraint in place: the log is copied into a new table.
    db.exec(`
      CREATE TABLE draft_actions_new (
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pick', 'trade', 'sale', 'undo', 'redo', 'clock', 'source')),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        at INTEGER NOT NULL,
        PRIMARY KEY (draft_id, seq)
      ) STRICT;
      INSERT INTO draft_actions_new (draft_id, seq, kind, payload, at) SELECT draft_id, seq, kind, payload, at FROM draft_actions;
      DROP TABLE draft_actions;
      ALTER TABLE draft_actions_new RENAME TO draft_actions;

      CREATE TABLE draft_follows (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        provider TEXT NOT NULL CHECK (provider IN ('sleeper', 'espn')),
        -- the host's draft id (Sleeper) or league id (ESPN)
        source_id TEXT NOT NULL,
        -- ESPN: the season the league is looked up in
        source_season INTEGER,
        -- following, paused by the user, or done (the host says the draft is complete)
        state TEXT NOT NULL CHECK (state IN ('following', 'paused', 'done')),
        -- the host's own status: pre_draft, drafting, paused, complete
        source_status TEXT,
        etag TEXT,
        -- when the host last answered (ms), and the last failure in words, null once it answers again
        last_update_at INTEGER,
        last_error TEXT,
        -- what the user should be told (a hand-entered pick the host replaced...), newest last
        notices TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notices)),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE draft_outside_players (
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        -- 'sleeper:<id>' or 'espn:<id>': never a number, so never one of our players' ids
        player_id TEXT NOT NULL,
        name TEXT NOT NULL,
        position TEXT NOT NULL,
        team TEXT,
        PRIMARY KEY (draft_id, player_id)
      ) STRICT;
    `);
  },
};
