import { describe, expect, it } from 'vitest';
import { databaseAtVersion, expectStrict, insertLeagueAndDraft, migrateFromOld } from '../../../test-support/oldDatabase';

describe('migration 0009-draft-follows', () => {
  it('keeps a version-8 draft log row for row, accepts source actions, and adds STRICT follow tables that go with their draft', () => {
    const db = databaseAtVersion(8, { foreignKeys: true });
    insertLeagueAndDraft(db);
    const insert = db.prepare('INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (?, ?, ?, ?, ?)');
    insert.run(1, 1, 'pick', '{"playerId":"7"}', 10);
    insert.run(1, 2, 'trade', '{"overall":30,"toTeam":2}', 11);
    insert.run(1, 3, 'undo', '{}', 12);
    const before = db.prepare('SELECT * FROM draft_actions ORDER BY seq').all();

    expect(migrateFromOld(db)).toEqual([9]);
    expect(db.prepare('SELECT * FROM draft_actions ORDER BY seq').all()).toEqual(before);
    expectStrict(db, ['draft_actions', 'draft_follows', 'draft_outside_players']);

    insert.run(1, 4, 'source', '{"picks":[],"owners":[]}', 13);
    expect(() => insert.run(1, 5, 'steal', '{}', 14)).toThrow(/CHECK/);
    db.prepare("INSERT INTO draft_follows (draft_id, provider, source_id, state, created_at) VALUES (1, 'sleeper', '123', 'following', 0)").run();
    expect(() => db.prepare("INSERT INTO draft_follows (draft_id, provider, source_id, state, created_at) VALUES (1, 'yahoo', '1', 'following', 0)").run()).toThrow(/CHECK|UNIQUE/);
    db.prepare("INSERT INTO draft_outside_players (draft_id, player_id, name, position, team) VALUES (1, 'sleeper:99', 'A Rookie', 'WR', 'KC')").run();
    db.prepare('DELETE FROM drafts WHERE id = 1').run();
    for (const t of ['draft_actions', 'draft_follows', 'draft_outside_players']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
  });
});
