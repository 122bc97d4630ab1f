import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '../migrate';
import { m0001AppCore } from './0001-app-core';
import { m0002Players } from './0002-players';
import { m0003Feedback } from './0003-feedback';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0004-leagues-drafts', () => {
  it('migrates a version-3 database keeping its rows; STRICT tables; a league takes its drafts and their actions with it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m4-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    for (const m of [m0001AppCore, m0002Players, m0003Feedback]) m.up(db);
    db.pragma('user_version = 3');
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('theme', '"dark"');
    expect(migrate(db)).toContain(4);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('theme')).toBe('"dark"');
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; strict: number }[];
    for (const t of ['leagues', 'drafts', 'draft_actions']) expect(strict.find((s) => s.name === t)?.strict, t).toBe(1);

    db.prepare("INSERT INTO leagues (id, name, config, scoring_preset, scoring, created_at, updated_at) VALUES (1, 'L', '{}', 'ppr', '{}', 0, 0)").run();
    db.prepare("INSERT INTO drafts (id, league_id, mode, seed, season, config, scoring, team_names, personalities, status, created_at, updated_at) VALUES (1, 1, 'mock', 1, 2025, '{}', '{}', '[]', '[]', 'active', 0, 0)").run();
    db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 1, 'pick', '{\"playerId\":\"7\"}', 0)").run();
    // Bad rows are refused by the schema itself.
    expect(() => db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 2, 'steal', '{}', 0)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 1, 'undo', '{}', 0)").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO leagues (name, config, scoring_preset, scoring, created_at, updated_at) VALUES ('x', 'not json', 'ppr', '{}', 0, 0)").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM leagues WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM draft_actions').pluck().get()).toBe(0);
    db.close();
  });
});
