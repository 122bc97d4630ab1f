import { describe, expect, it } from 'vitest';
import { databaseAtVersion, expectStrict, migrateFromOld } from '../../../test-support/oldDatabase';

describe('migration 0003-feedback', () => {
  it('migrates a version-2 database with rows in it, keeping them, and makes STRICT outbox tables', () => {
    const db = databaseAtVersion(2);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('feedbackRepo', '"league/mates"');
    migrateFromOld(db);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('feedbackRepo')).toBe('"league/mates"');
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
