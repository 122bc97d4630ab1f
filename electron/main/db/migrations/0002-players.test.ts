import { describe, expect, it } from 'vitest';
import { expectStrict, migrateKeepingSetting } from '../../../test-support/oldDatabase';

describe('migration 0002-players', () => {
  it('migrates a version-1 database with rows in it, keeping them, and makes STRICT tables', () => {
    const db = migrateKeepingSetting(1, 'theme', '"dark"');
    expectStrict(db, ['players', 'player_seasons', 'player_games', 'kicker_games', 'team_defense_games', 'teams', 'games', 'byes', 'rankings', 'tiers', 'notes', 'tags', 'watchlist', 'import_runs']);
    // STRICT refuses text in a stat column: a bad importer cannot store garbage.
    db.prepare(`INSERT INTO players (id, name, name_key, updated_at) VALUES (1, 'A', 'a', 'now')`).run();
    expect(() =>
      db.prepare(`INSERT INTO player_games (player_id, season, week, season_type, pass_yd) VALUES (1, 2024, 1, 'REG', 'lots')`).run(),
    ).toThrow(/cannot store TEXT/);
  });
});
