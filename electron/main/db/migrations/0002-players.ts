import type { Migration } from '../migrate';

// NFL data (players, stat lines, teams, schedules) and the user's scouting data on top
// of it (rankings, tiers, notes, tags, watchlist), plus import provenance.
//
// Players get a stable internal id; importers upsert by external id (gsis, then
// sleeper, then name + position for rookies that have neither yet), so user rows that
// point at a player survive every re-import. Stat columns are spelled out (never built
// from shared/domain/stats.ts) because a shipped migration must never change.
// Stats are REAL NOT NULL DEFAULT 0 (StatLine: a missing count is 0); advanced numbers
// that can be unknown (EPA, shares) are nullable.

// Column runs that several tables share, spelled once, in the order they shipped.
const COUNTING_STATS = `pass_att REAL NOT NULL DEFAULT 0,
        pass_cmp REAL NOT NULL DEFAULT 0,
        pass_yd REAL NOT NULL DEFAULT 0,
        pass_td REAL NOT NULL DEFAULT 0,
        pass_int REAL NOT NULL DEFAULT 0,
        pass_2pt REAL NOT NULL DEFAULT 0,
        sacks REAL NOT NULL DEFAULT 0,
        rush_att REAL NOT NULL DEFAULT 0,
        rush_yd REAL NOT NULL DEFAULT 0,
        rush_td REAL NOT NULL DEFAULT 0,
        rush_2pt REAL NOT NULL DEFAULT 0,
        targets REAL NOT NULL DEFAULT 0,
        rec REAL NOT NULL DEFAULT 0,
        rec_yd REAL NOT NULL DEFAULT 0,
        rec_td REAL NOT NULL DEFAULT 0,
        rec_2pt REAL NOT NULL DEFAULT 0,
        fumbles_lost REAL NOT NULL DEFAULT 0,
        ret_td REAL NOT NULL DEFAULT 0,`;
const TRACKING_STATS = `sack_yd REAL NOT NULL DEFAULT 0,
        pass_air_yd REAL NOT NULL DEFAULT 0,
        pass_yac REAL NOT NULL DEFAULT 0,
        pass_fd REAL NOT NULL DEFAULT 0,
        rush_fd REAL NOT NULL DEFAULT 0,
        rec_air_yd REAL NOT NULL DEFAULT 0,
        rec_yac REAL NOT NULL DEFAULT 0,
        rec_fd REAL NOT NULL DEFAULT 0,
        pass_epa REAL,
        rush_epa REAL,
        rec_epa REAL,
        target_share REAL,
        air_yards_share REAL,
        wopr REAL,`;
const PLAYER_GAME_KEY = `player_id INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
        season INTEGER NOT NULL,
        week INTEGER NOT NULL,
        season_type TEXT NOT NULL CHECK (season_type IN ('REG', 'POST')),`;
const FG_MADE_BY_DISTANCE = `fg_made_0_19 REAL NOT NULL DEFAULT 0,
        fg_made_20_29 REAL NOT NULL DEFAULT 0,
        fg_made_30_39 REAL NOT NULL DEFAULT 0,
        fg_made_40_49 REAL NOT NULL DEFAULT 0,
        fg_made_50_59 REAL NOT NULL DEFAULT 0,
        fg_made_60_ REAL NOT NULL DEFAULT 0,`;

export const m0002Players: Migration = {
  version: 2,
  name: '0002-players',
  up(db) {
    db.exec(`
      CREATE TABLE players (
        id INTEGER PRIMARY KEY,
        gsis_id TEXT UNIQUE,
        sleeper_id TEXT UNIQUE,
        espn_id TEXT,
        yahoo_id TEXT,
        pfr_id TEXT,
        dst_team TEXT UNIQUE, -- set on the one team-defence "player" per team
        name TEXT NOT NULL,
        name_key TEXT NOT NULL, -- normaliseName(name): search and matching
        short_name TEXT,
        position TEXT, -- as the source gives it (QB, FB, OL, DEF...)
        fantasy_position TEXT CHECK (fantasy_position IN ('QB', 'RB', 'WR', 'TE', 'K', 'DST')),
        team TEXT, -- pool team (target-season roster), else the latest team in the data
        team_season REAL, -- when that team was true: season + week / 100 (rosters: season + 0.99)
        roster_season INTEGER, -- latest season roster the player is on
        birth_date TEXT,
        college TEXT,
        height INTEGER, -- inches
        weight INTEGER, -- pounds
        jersey_number INTEGER,
        draft_club TEXT,
        draft_number INTEGER,
        draft_year INTEGER,
        rookie_year INTEGER,
        years_exp INTEGER,
        status TEXT,
        injury_status TEXT,
        first_season INTEGER, -- first and last season with a stat line
        last_season INTEGER,
        in_pool INTEGER NOT NULL DEFAULT 0 CHECK (in_pool IN (0, 1)), -- drafted for the target season
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX players_name_key ON players (name_key);
      CREATE INDEX players_pool ON players (in_pool, fantasy_position);
      CREATE INDEX players_espn ON players (espn_id);

      CREATE TABLE teams (
        abbr TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        nick TEXT,
        conference TEXT,
        division TEXT,
        color TEXT,
        color2 TEXT,
        color3 TEXT,
        color4 TEXT
      ) STRICT;

      CREATE TABLE games (
        game_id TEXT PRIMARY KEY,
        season INTEGER NOT NULL,
        game_type TEXT NOT NULL, -- REG, WC, DIV, CON, SB
        week INTEGER NOT NULL,
        gameday TEXT,
        weekday TEXT,
        gametime TEXT,
        away_team TEXT NOT NULL,
        away_score INTEGER, -- null until played
        home_team TEXT NOT NULL,
        home_score INTEGER,
        location TEXT,
        overtime INTEGER,
        div_game INTEGER,
        away_rest INTEGER,
        home_rest INTEGER,
        roof TEXT,
        surface TEXT,
        temp REAL,
        wind REAL,
        away_qb_name TEXT,
        home_qb_name TEXT,
        away_coach TEXT,
        home_coach TEXT,
        stadium TEXT
      ) STRICT;
      CREATE INDEX games_season_week ON games (season, week);

      CREATE TABLE byes (
        season INTEGER NOT NULL,
        team TEXT NOT NULL,
        bye_week INTEGER, -- the first bye (null: none in the data)
        bye_weeks TEXT NOT NULL, -- all of them, ';'-separated, as nflverse gives them
        reg_season_weeks INTEGER,
        games_scheduled INTEGER,
        PRIMARY KEY (season, team)
      ) STRICT;

      CREATE TABLE player_seasons (
        player_id INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
        season INTEGER NOT NULL,
        season_type TEXT NOT NULL CHECK (season_type IN ('REG', 'POST')),
        team TEXT, -- the last team of the season
        teams TEXT, -- every team in week order, ';'-separated
        games INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL, -- nflverse-legacy, nflverse-current, sleeper
        ${COUNTING_STATS}
        ${FG_MADE_BY_DISTANCE}
        fg_missed REAL NOT NULL DEFAULT 0,
        pat_made REAL NOT NULL DEFAULT 0,
        pat_missed REAL NOT NULL DEFAULT 0,
        def_sacks REAL NOT NULL DEFAULT 0,
        def_int REAL NOT NULL DEFAULT 0,
        def_fum_rec REAL NOT NULL DEFAULT 0,
        def_td REAL NOT NULL DEFAULT 0,
        def_safety REAL NOT NULL DEFAULT 0,
        def_blk_kick REAL NOT NULL DEFAULT 0,
        pts_allowed REAL NOT NULL DEFAULT 0,
        ${TRACKING_STATS}
        PRIMARY KEY (player_id, season, season_type)
      ) STRICT;
      CREATE INDEX player_seasons_season ON player_seasons (season, season_type);

      CREATE TABLE player_games (
        ${PLAYER_GAME_KEY}
        team TEXT,
        opponent TEXT,
        ${COUNTING_STATS}
        ${TRACKING_STATS}
        PRIMARY KEY (player_id, season, week)
      ) STRICT;
      CREATE INDEX player_games_season_week ON player_games (season, week);

      CREATE TABLE kicker_games (
        ${PLAYER_GAME_KEY}
        team TEXT,
        fg_made REAL NOT NULL DEFAULT 0,
        fg_att REAL NOT NULL DEFAULT 0,
        fg_missed REAL NOT NULL DEFAULT 0,
        fg_blocked REAL NOT NULL DEFAULT 0,
        fg_long REAL NOT NULL DEFAULT 0,
        ${FG_MADE_BY_DISTANCE}
        fg_missed_0_19 REAL NOT NULL DEFAULT 0,
        fg_missed_20_29 REAL NOT NULL DEFAULT 0,
        fg_missed_30_39 REAL NOT NULL DEFAULT 0,
        fg_missed_40_49 REAL NOT NULL DEFAULT 0,
        fg_missed_50_59 REAL NOT NULL DEFAULT 0,
        fg_missed_60_ REAL NOT NULL DEFAULT 0,
        pat_made REAL NOT NULL DEFAULT 0,
        pat_att REAL NOT NULL DEFAULT 0,
        pat_missed REAL NOT NULL DEFAULT 0,
        pat_blocked REAL NOT NULL DEFAULT 0,
        gwfg_att REAL NOT NULL DEFAULT 0,
        gwfg_made REAL NOT NULL DEFAULT 0,
        fg_made_list TEXT,
        fg_missed_list TEXT,
        fg_blocked_list TEXT,
        PRIMARY KEY (player_id, season, week)
      ) STRICT;
      CREATE INDEX kicker_games_season ON kicker_games (season, week);

      -- Per team per game. Points allowed come from the schedule; the box stats are
      -- null where the shippable data has none (the legacy nflverse files).
      CREATE TABLE team_defense_games (
        team TEXT NOT NULL,
        season INTEGER NOT NULL,
        week INTEGER NOT NULL,
        season_type TEXT NOT NULL CHECK (season_type IN ('REG', 'POST')),
        game_id TEXT,
        opponent TEXT NOT NULL,
        pts_allowed REAL NOT NULL,
        def_sacks REAL,
        def_int REAL,
        def_fum_rec REAL,
        def_td REAL,
        def_safety REAL,
        def_blk_kick REAL,
        PRIMARY KEY (team, season, week)
      ) STRICT;

      CREATE TABLE rankings (
        ruleset TEXT NOT NULL, -- 'standard', 'half', 'ppr' or a league's ruleset id
        player_id INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
        rank INTEGER NOT NULL,
        do_not_draft INTEGER NOT NULL DEFAULT 0 CHECK (do_not_draft IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (ruleset, player_id)
      ) STRICT;
      CREATE INDEX rankings_order ON rankings (ruleset, rank);

      CREATE TABLE tiers (
        ruleset TEXT NOT NULL,
        player_id INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
        tier INTEGER NOT NULL,
        edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)), -- 1: the user moved the break
        PRIMARY KEY (ruleset, player_id)
      ) STRICT;

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        player_id INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_player ON notes (player_id);

      CREATE TABLE tags (
        player_id INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (player_id, tag)
      ) STRICT;
      CREATE INDEX tags_tag ON tags (tag);

      CREATE TABLE watchlist (
        player_id INTEGER PRIMARY KEY REFERENCES players (id) ON DELETE CASCADE,
        added_at TEXT NOT NULL
      ) STRICT;

      -- Provenance: one row per file of a successful import (a failed import rolls back
      -- whole and leaves no row; it is logged instead).
      CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL, -- the files of one import share it
        source TEXT NOT NULL, -- nflverse, sleeper
        kind TEXT NOT NULL, -- player_week, player_season, kicking, rosters, games, byes, teams, sleeper_players...
        file TEXT NOT NULL,
        rows INTEGER NOT NULL,
        licence TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_runs_run ON import_runs (run_id);
    `);
  },
};
