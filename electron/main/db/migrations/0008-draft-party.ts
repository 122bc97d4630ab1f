import type { Migration } from '../migrate';

// Draft parties: league mates draft from their own phones over the host's network.
// A party belongs to one draft while it is open; closing it deletes the row and with it
// every guest, which is what revokes their tokens. Guests are stored by a SHA-256 of
// their token (the token itself only ever exists on the guest's phone), so a copied
// database hands nobody a working token. The address and port the server listened on
// are kept so a restarted desktop app serves the party where the phones look for it.
export const m0008DraftParty: Migration = {
  version: 8,
  name: '0008-draft-party',
  up(db) {
    db.exec(`
      CREATE TABLE draft_parties (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        -- the short join code guests type; unique among open parties
        code TEXT NOT NULL UNIQUE,
        -- where the desktop app's party server listened (null in browser mode)
        address TEXT,
        port INTEGER,
        opened_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE party_guests (
        draft_id INTEGER NOT NULL REFERENCES draft_parties (draft_id) ON DELETE CASCADE,
        team INTEGER NOT NULL CHECK (team BETWEEN 0 AND 19),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        token_hash TEXT NOT NULL UNIQUE,
        joined_at INTEGER NOT NULL,
        PRIMARY KEY (draft_id, team)
      ) STRICT;
    `);
  },
};
