import type { Migration } from '../migrate';

// The feedback outbox. A report is written here before anything is sent, so nothing
// the user typed is lost when the app is offline, closed or killed mid-request.
// Times are epoch milliseconds: the sender compares and schedules with them.
export const m0003Feedback: Migration = {
  version: 3,
  name: '0003-feedback',
  up(db) {
    db.exec(`
      CREATE TABLE feedback_reports (
        -- client id (uuid); also the hidden marker in the issue body that makes a
        -- lost answer recoverable: the sender searches for it before creating again
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('bug', 'idea', 'data', 'question')),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        contact TEXT,
        -- redacted diagnostics captured at submit time (what the user was shown), or NULL
        diagnostics TEXT,
        repo TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        -- 1 when a create may have reached GitHub without us seeing the answer
        needs_lookup INTEGER NOT NULL DEFAULT 0 CHECK (needs_lookup IN (0, 1)),
        last_error TEXT,
        issue_number INTEGER,
        issue_url TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        sent_at INTEGER
      ) STRICT;
      CREATE INDEX feedback_reports_due ON feedback_reports (status, next_attempt_at);

      -- A rate-limit window GitHub announced, per API base URL: no request goes out
      -- before closed_until, even after a restart.
      CREATE TABLE feedback_rate_limits (
        api TEXT PRIMARY KEY,
        closed_until INTEGER NOT NULL,
        reason TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- One sender per database: the desktop app and a browser-mode server may share a
      -- home folder. The holder renews its lease; a crashed holder's lease runs out.
      CREATE TABLE feedback_sender_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        owner TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;

      -- Secrets encrypted by the OS (Electron safeStorage); never plain text.
      CREATE TABLE feedback_secrets (
        name TEXT PRIMARY KEY,
        encrypted BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
