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

describe('migration 0009-draft-follows', () => {
  it('keeps a version-8 draft log row for row, accepts source actions, and adds STRICT follow tables that go with their draft', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-m9-'));
    dirs.push(dir);
    const db = new Database(path.join(dir, 'old.sqlite'));
    db.pragma('foreign_keys = ON');
    for (const m of migrations.slice(0, 8)) m.up(db);
    db.pragma('user_version = 8');
    db.prepare("INSERT INTO leagues (id, name, config, scoring_preset, scoring, created_at, updated_at) VALUES (1, 'L', '{}', 'ppr', '{}', 0, 0)").run();
    db.prepare("INSERT INTO drafts (id, league_id, mode, seed, season, config, scoring, team_names, personalities, status, created_at, updated_at) VALUES (1, 1, 'live', 1, 2025, '{}', '{}', '[]', '[]', 'active', 0, 0)").run();
    const insert = db.prepare('INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (?, ?, ?, ?, ?)');
    insert.run(1, 1, 'pick', '{"playerId":"7"}', 10);
    insert.run(1, 2, 'trade', '{"overall":30,"toTeam":2}', 11);
    insert.run(1, 3, 'undo', '{}', 12);
    const before = db.prepare('SELECT * FROM draft_actions ORDER BY seq').all();

    expect(migrate(db)).toEqual([9]);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT * FROM draft_actions ORDER BY seq').all()).toEqual(before);
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; strict: number }[];
    for (const t of ['draft_actions', 'draft_follows', 'draft_outside_players']) expect(strict.find((s) => s.name === t)?.strict, t).toBe(1);

    insert.run(1, 4, 'source', '{"picks":[],"owners":[]}', 13);
    expect(() => insert.run(1, 5, 'steal', '{}', 14)).toThrow(/CHECK/);
    db.prepare("INSERT INTO draft_follows (draft_id, provider, source_id, state, created_at) VALUES (1, 'sleeper', '123', 'following', 0)").run();
    expect(() => db.prepare("INSERT INTO draft_follows (draft_id, provider, source_id, state, created_at) VALUES (1, 'yahoo', '1', 'following', 0)").run()).toThrow(/CHECK|UNIQUE/);
    db.prepare("INSERT INTO draft_outside_players (draft_id, player_id, name, position, team) VALUES (1, 'sleeper:99', 'A Rookie', 'WR', 'KC')").run();
    db.prepare('DELETE FROM drafts WHERE id = 1').run();
    for (const t of ['draft_actions', 'draft_follows', 'draft_outside_players']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    db.close();
  });
});
