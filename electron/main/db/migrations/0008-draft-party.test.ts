import { describe, expect, it } from 'vitest';
import { databaseAtVersion, expectStrict, insertLeagueAndDraft, migrateFromOld } from '../../../test-support/oldDatabase';

describe('migration 0008-draft-party', () => {
  it('migrates a version-7 database with a draft in it; STRICT tables; closing a party (deleting it) drops its guests', () => {
    const db = databaseAtVersion(7, { foreignKeys: true });
    insertLeagueAndDraft(db);
    db.prepare("INSERT INTO draft_actions (draft_id, seq, kind, payload, at) VALUES (1, 1, 'pick', '{\"playerId\":\"7\"}', 0)").run();

    migrateFromOld(db);
    expect(db.prepare('SELECT count(*) FROM draft_actions').pluck().get()).toBe(1);
    expectStrict(db, ['draft_parties', 'party_guests']);

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
  });
});
