import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '../migrate';
import { migrations } from './index';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0008-draft-party', () => {
  it('migrates a version-7 database with a draft in it; STRICT tables; closing a party (deleting it) drops its guests', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m8-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    for (const m of migrations.slice(0, 7)) m.up(db);
    db.pragma('user_version = 7');
    db.prepare("INSERT INTO leagues (id, name, config, scoring_preset, scoring, created_at, updated_at) VALUES (1, 'L', '{}', 'ppr', '{}', 0, 0)").run();
    db.prepare("INSERT INTO drafts (id, league_id, mode, seed, season, config, scoring, team_names, personalities, status, created_at, updated_at) VALUES (1, 1, 'live', 1, 2025, '{}', '{}', '[]', '[]', 'active', 0, 0)").run();
    db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 1, 'pick', '{\"playerId\":\"7\"}', 0)").run();

    expect(migrate(db)).toContain(8);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT count(*) FROM draft_actions').pluck().get()).toBe(1);
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; strict: number }[];
    for (const t of ['draft_parties', 'party_guests']) expect(strict.find((s) => s.name === t)?.strict, t).toBe(1);

    db.prepare("INSERT INTO draft_parties (draft_id, code, opened_at) VALUES (1, 'K7P2QX', 0)").run();
    const guest = db.prepare('INSERT INTO party_guests (draft_id, team, name, token_hash, joined_at) VALUES (?, ?, ?, ?, 0)');
    guest.run(1, 2, 'Sam', 'a'.repeat(64));
    // One guest per team, one row per token, and a guest needs an open party.
    expect(() => guest.run(1, 2, 'Alex', 'b'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
    expect(() => guest.run(1, 3, 'Alex', 'a'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => guest.run(2, 0, 'Alex', 'c'.repeat(64))).toThrow(/FOREIGN KEY/);
    expect(() => guest.run(1, 3, '', 'c'.repeat(64))).toThrow(/CHECK/);
    db.prepare('DELETE FROM draft_parties WHERE draft_id = 1').run();
    expect(db.prepare('SELECT count(*) FROM party_guests').pluck().get()).toBe(0);
    // Deleting the draft takes an open party with it.
    db.prepare("INSERT INTO draft_parties (draft_id, code, opened_at) VALUES (1, 'K7P2QX', 0)").run();
    db.prepare('DELETE FROM drafts WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM draft_parties').pluck().get()).toBe(0);
    db.close();
  });
});
