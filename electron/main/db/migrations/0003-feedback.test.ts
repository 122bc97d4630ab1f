import { describe, expect, it } from 'vitest';
import { expectStrict, migrateKeepingSetting } from '../../../test-support/oldDatabase';

describe('migration 0003-feedback', () => {
  it('migrates a version-2 database with rows in it, keeping them, and makes STRICT outbox tables', () => {
    const db = migrateKeepingSetting(2, 'feedbackRepo', '"league/mates"');
    expectStrict(db, ['feedback_reports', 'feedback_rate_limits', 'feedback_secrets']);

    const insert = db.prepare(
      `INSERT INTO feedback_reports (id, kind, title, body, repo, status, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, 't', 'b', 'o/r', ?, 0, 0, 0)`,
    );
    insert.run('a', 'bug', 'queued');
    expect(() => insert.run('b', 'rant', 'queued')).toThrow(/CHECK constraint/);
    expect(() => insert.run('c', 'bug', 'lost')).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`UPDATE feedback_reports SET attempts = 'many'`).run()).toThrow(/cannot store TEXT/);
  });
});
