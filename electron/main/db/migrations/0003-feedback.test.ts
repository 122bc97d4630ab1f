import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '../migrate';
import { m0001AppCore } from './0001-app-core';
import { m0002Players } from './0002-players';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0003-feedback', () => {
  it('migrates a version-2 database with rows in it, keeping them, and makes STRICT outbox tables', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m3-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    m0001AppCore.up(db);
    m0002Players.up(db);
    db.pragma('user_version = 2');
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('feedbackRepo', '"league/mates"');
    expect(migrate(db)).toContain(3);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('feedbackRepo')).toBe('"league/mates"');
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; strict: number }[];
    for (const t of ['feedback_reports', 'feedback_rate_limits', 'feedback_secrets']) expect(strict.find((s) => s.name === t)?.strict, t).toBe(1);

    const insert = db.prepare(
      `INSERT INTO feedback_reports (id, kind, title, body, repo, status, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, 't', 'b', 'o/r', ?, 0, 0, 0)`,
    );
    insert.run('a', 'bug', 'queued');
    expect(() => insert.run('b', 'rant', 'queued')).toThrow(/CHECK constraint/);
    expect(() => insert.run('c', 'bug', 'lost')).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`UPDATE feedback_reports SET attempts = 'many'`).run()).toThrow(/cannot store TEXT/);
    db.close();
  });
});
