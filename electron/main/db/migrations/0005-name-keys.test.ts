import { describe, expect, it } from 'vitest';
import { databaseAtVersion, migrateFromOld } from '../../../test-support/oldDatabase';

describe('migration 0005-name-keys', () => {
  it('rewrites version-4 name keys with the one normaliser and leaves every other column alone', () => {
    const db = databaseAtVersion(4);
    const insert = db.prepare(`INSERT INTO players (id, name, name_key, dst_team, team, updated_at) VALUES (?, ?, ?, ?, ?, 'then')`);
    insert.run(1, 'Amon-Ra St. Brown', 'amonra st brown', null, 'DET');
    insert.run(2, 'D. J. Moore', 'd j moore', null, 'CHI');
    insert.run(3, 'Kansas City Chiefs D/ST', 'kansas city chiefs dst', 'KC', 'KC');
    insert.run(4, 'Patrick Mahomes', 'patrick mahomes', null, 'KC');

    migrateFromOld(db);
    const keys = db.prepare('SELECT id, name_key AS k, team, updated_at AS u FROM players ORDER BY id').all();
    expect(keys).toEqual([
      { id: 1, k: 'amon ra st brown', team: 'DET', u: 'then' },
      { id: 2, k: 'dj moore', team: 'CHI', u: 'then' },
      { id: 3, k: 'kansas city chiefs dst', team: 'KC', u: 'then' },
      { id: 4, k: 'patrick mahomes', team: 'KC', u: 'then' },
    ]);
  });
});
