import type { Migration } from '../migrate';

// Leagues and their drafts. A league's settings are one JSON document validated by
// leagueConfigSchema (shared/domain/league.ts) on the way in, plus the scoring ruleset
// (scoringRulesSchema). A draft keeps its own copy of both, taken when it starts, so
// editing the league later never changes how a saved draft replays.
//
// A draft is its action log: every pick, trade, sale, undo, redo and clock start is one
// row, committed in its own transaction before the channel answers. Loading a draft folds
// the log through the pure engine (shared/domain/draft), so a killed app resumes exactly.
// Times are epoch milliseconds.
export const m0004LeaguesDrafts: Migration = {
  version: 4,
  name: '0004-leagues-drafts',
  up(db) {
    db.exec(`
      CREATE TABLE leagues (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        -- LeagueConfig JSON: teams, myTeam, rosterSlots, draftType, budget, keepers, clock
        config TEXT NOT NULL CHECK (json_valid(config)),
        -- 'standard' | 'half' | 'ppr', or 'custom' when scoring holds the league's own rules
        scoring_preset TEXT NOT NULL CHECK (scoring_preset IN ('standard', 'half', 'ppr', 'custom')),
        scoring TEXT NOT NULL CHECK (json_valid(scoring)),
        team_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team_names)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        league_id INTEGER NOT NULL REFERENCES leagues (id) ON DELETE CASCADE,
        mode TEXT NOT NULL CHECK (mode IN ('mock', 'live')),
        seed INTEGER NOT NULL,
        season INTEGER NOT NULL,
        -- copies of the league's config, scoring and team names when the draft started
        config TEXT NOT NULL CHECK (json_valid(config)),
        scoring TEXT NOT NULL CHECK (json_valid(scoring)),
        team_names TEXT NOT NULL CHECK (json_valid(team_names)),
        -- bot personality per team (null for my team and in live drafts)
        personalities TEXT NOT NULL CHECK (json_valid(personalities)),
        status TEXT NOT NULL CHECK (status IN ('active', 'complete')),
        -- picks made (or players sold) after the last action: lists show progress without a replay
        picks_made INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX drafts_league ON drafts (league_id);

      CREATE TABLE draft_actions (
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pick', 'trade', 'sale', 'undo', 'redo', 'clock')),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        at INTEGER NOT NULL,
        PRIMARY KEY (draft_id, seq)
      ) STRICT;
    `);
  },
};
