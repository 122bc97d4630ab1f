// openDatabase on real files: pragmas, a newer schema refused untouched, a corrupt file
// (random bytes, or a real database with damaged pages) moved aside with its bytes kept,
// a fresh database in its place, and the notice shown over HTTP.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { DatabaseTooNewError, latestSchemaVersion, schemaVersion } from './migrate';
import { sha256, tempDir } from '../../test-support/tempDirs';
import { insertRepresentativeRows } from '../../test-support/rows';
import { startTestServer } from '../../test-support/server';
import type { AppStatus } from '../../../shared/ipc/types';

const KICKOFF = new Date('2024-09-05T20:20:00.000Z');
const MOVED_NAME = 'gridscout.db.corrupt-2024-09-05T20-20-00-000Z';

function freshFile(): string {
  return path.join(tempDir(), 'gridscout.db');
}

/** A healthy database at the latest version with rows, closed (WAL checkpointed). */
function healthyDatabase(file: string, extraRows = 0): void {
  const { db } = openDatabase(file);
  insertRepresentativeRows(db);
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < extraRows; i++) put.run(`note-${i}`, JSON.stringify('x'.repeat(400) + i));
  })();
  db.close();
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

it('sets WAL, foreign keys, busy timeout and full sync', () => {
  const { db } = openDatabase(freshFile());
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
  } finally {
    db.close();
  }
});

it('a missing file and a zero-length file both give a fresh database and no notice', () => {
  const missing = freshFile();
  const empty = freshFile();
  fs.writeFileSync(empty, '');
  for (const file of [missing, empty]) {
    const { db, notices } = openDatabase(file);
    try {
      expect(notices).toEqual([]);
      expect(schemaVersion(db)).toBe(latestSchemaVersion());
      expect(filesIn(path.dirname(file)).filter((f) => f.includes('corrupt'))).toEqual([]);
    } finally {
      db.close();
    }
  }
});

it('reopening a healthy database keeps its rows and raises no notice', () => {
  const file = freshFile();
  healthyDatabase(file);
  const { db, notices } = openDatabase(file);
  try {
    expect(notices).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBeGreaterThan(0);
  } finally {
    db.close();
  }
});

describe('a database from a newer GridScout', () => {
  it.each([['rollback journal'], ['WAL']])('is refused with DatabaseTooNewError and left byte-for-byte as it was (%s)', (journal) => {
    const file = freshFile();
    healthyDatabase(file);
    const raw = new Database(file);
    raw.pragma(`journal_mode = ${journal === 'WAL' ? 'WAL' : 'DELETE'}`);
    raw.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    raw.close();
    const hash = sha256(file);
    const files = filesIn(path.dirname(file));

    let error: unknown = null;
    try {
      openDatabase(file, { now: () => KICKOFF }).db.close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).found).toBe(latestSchemaVersion() + 1);
    expect((error as Error).message).toMatch(/newer version of GridScout/);
    expect(sha256(file)).toBe(hash);
    expect(filesIn(path.dirname(file))).toEqual(files);
  });

  it('is refused even when the newer version is still only in the WAL, and nothing is written', () => {
    const source = freshFile();
    healthyDatabase(source);
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    // Copy while the writer is open: the main file still says the old version, the WAL the new one.
    const file = freshFile();
    fs.copyFileSync(source, file);
    fs.copyFileSync(`${source}-wal`, `${file}-wal`);
    writer.close();
    expect(fs.readFileSync(file).readInt32BE(60)).toBe(latestSchemaVersion());
    const hashes = [sha256(file), sha256(`${file}-wal`)];

    expect(() => openDatabase(file).db.close()).toThrow(DatabaseTooNewError);
    expect([sha256(file), sha256(`${file}-wal`)]).toEqual(hashes);
    expect(filesIn(path.dirname(file)).filter((f) => f.includes('corrupt'))).toEqual([]);
  });
});

describe('a corrupt file', () => {
  it('random bytes are moved aside (same bytes, timestamped name) and a fresh database is created', () => {
    const file = freshFile();
    const junk = crypto.randomBytes(3 * 4096);
    fs.writeFileSync(file, junk);

    const { db, notices } = openDatabase(file, { now: () => KICKOFF });
    try {
      const moved = path.join(path.dirname(file), MOVED_NAME);
      expect(fs.readFileSync(moved).equals(junk)).toBe(true);
      expect(schemaVersion(db)).toBe(latestSchemaVersion());
      expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ level: 'warning', at: KICKOFF.toISOString() });
      expect(notices[0]?.message).toContain(MOVED_NAME);
      expect(notices[0]?.message).toContain('not a SQLite database');
      // The notice is stored, so the shell shows it until the user dismisses it.
      expect(db.prepare('SELECT id, message FROM notices').all()).toEqual([{ id: notices[0]?.id, message: notices[0]?.message }]);
    } finally {
      db.close();
    }
  });

  it('a real database with damaged pages fails integrity_check and is moved aside', () => {
    const file = freshFile();
    healthyDatabase(file, 300);
    const pageSize = 4096;
    const size = fs.statSync(file).size;
    const pages = size / pageSize;
    expect(pages).toBeGreaterThanOrEqual(20);
    // Overwrite the b-tree headers of a few pages (middle and last) so it does not matter
    // which table they belong to; page 1 (the file header) stays valid.
    const damaged = Buffer.from(fs.readFileSync(file));
    for (const page of [Math.floor(pages / 2), Math.floor(pages / 2) + 1, pages - 1]) {
      damaged.fill(0xa5, page * pageSize, page * pageSize + 600);
    }
    fs.writeFileSync(file, damaged);
    expect(damaged.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');

    const { db, notices } = openDatabase(file, { now: () => KICKOFF });
    try {
      expect(notices).toHaveLength(1);
      expect(notices[0]?.message).toContain(MOVED_NAME);
      expect(fs.readFileSync(path.join(path.dirname(file), MOVED_NAME)).equals(damaged)).toBe(true);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare(`SELECT count(*) FROM settings WHERE key LIKE 'note-%'`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('a truncated database (valid header, pages missing) is moved aside', () => {
    const file = freshFile();
    healthyDatabase(file, 300);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, 4096 * 3));
    const { db, notices } = openDatabase(file, { now: () => KICKOFF });
    try {
      expect(notices).toHaveLength(1);
      expect(fs.existsSync(path.join(path.dirname(file), MOVED_NAME))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('over HTTP, the app starts with a fresh database and app.status says what happened', async () => {
    const home = tempDir();
    const junk = crypto.randomBytes(5000);
    fs.writeFileSync(path.join(home, 'gridscout.db'), junk);
    const server = await startTestServer({ home });
    try {
      const res = await server.call('app.status', {});
      expect(res.status).toBe(200);
      const status = (res.result as { ok: true; value: AppStatus }).value;
      expect(status.schemaVersion).toBe(latestSchemaVersion());
      expect(status.notices).toHaveLength(1);
      expect(status.notices[0]?.level).toBe('warning');
      expect(status.notices[0]?.message).toMatch(/could not be read .* kept as gridscout\.db\.corrupt-.* fresh one/);
      const kept = fs.readdirSync(home).filter((f) => /^gridscout\.db\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(f));
      expect(kept).toHaveLength(1);
      expect(fs.readFileSync(path.join(home, kept[0] ?? '')).equals(junk)).toBe(true);

      // Once dismissed, the notice is gone.
      const dismissed = await server.call('app.dismissNotice', { id: status.notices[0]?.id });
      expect((dismissed.result as { ok: true; value: AppStatus }).value.notices).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
