import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateFromOld } from '../../../test-support/oldDatabase';

describe('migration 0006-adp', () => {
  it('adds the ADP tables to a version-5 database with players, leaving them alone', () => {
    const db = databaseAtVersion(5);
    db.prepare(`INSERT INTO players (id, name, name_key, fantasy_position, team, updated_at) VALUES (7, 'Josh Allen', 'josh allen', 'QB', 'BUF', 'then')`).run();

    migrateFromOld(db);
    expect(db.prepare('SELECT name, team FROM players').all()).toEqual([{ name: 'Josh Allen', team: 'BUF' }]);
    db.prepare(`INSERT INTO adp_snapshots (source, season, format, teams, origin, fetched_at, attribution) VALUES ('csv', 2025, 'ppr', NULL, 'a.csv', 'now', 'ADP: a.csv')`).run();
    db.prepare(`INSERT INTO adp_rows (snapshot_id, ord, name, position, team, adp, player_id) VALUES (1, 1, 'Josh Allen', 'QB', 'BUF', 20.5, 7)`).run();
    // STRICT tables and checks refuse what no source can mean.
    expect(() => db.prepare(`INSERT INTO adp_snapshots (source, season, format, origin, fetched_at, attribution) VALUES ('espn', 2025, 'ppr', 'x', 'now', 'x')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO adp_rows (snapshot_id, ord, name, position, adp) VALUES (1, 2, 'X', 'LB', 3)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO adp_rows (snapshot_id, ord, name, position, adp) VALUES (1, 3, 'X', 'QB', 'soon')`).run()).toThrow(/cannot store TEXT/);
  });
});
