import { describe, expect, it } from 'vitest';
import { expectStrict, migrateKeepingSetting, insertLeagueAndDraft } from '../../../test-support/oldDatabase';

describe('migration 0004-leagues-drafts', () => {
  it('migrates a version-3 database keeping its rows; STRICT tables; a league takes its drafts and their actions with it', () => {
    const db = migrateKeepingSetting(3, 'theme', '"dark"', { foreignKeys: true });
    expectStrict(db, ['leagues', 'drafts', 'draft_actions']);

    insertLeagueAndDraft(db, 'mock');
    db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 1, 'pick', '{\"playerId\":\"7\"}', 0)").run();
    // Bad rows are refused by the schema itself.
    expect(() => db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 2, 'steal', '{}', 0)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 1, 'undo', '{}', 0)").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO leagues (name, config, scoring_preset, scoring, created_at, updated_at) VALUES ('x', 'not json', 'ppr', '{}', 0, 0)").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM leagues WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM draft_actions').pluck().get()).toBe(0);
  });
});
