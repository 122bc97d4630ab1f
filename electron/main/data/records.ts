import type { SkipReport } from '../../../shared/ipc/types';

// What the parsers hand the writer: plain records, already validated. Parsing never
// touches the database, so a bad file is refused before anything is written.

/** A player's ids in the other systems (columns of the players table). */
export interface PlayerIds {
  gsis_id: string | null;
  sleeper_id: string | null;
  espn_id: string | null;
  yahoo_id: string | null;
  pfr_id: string | null;
}

/** A player's bio and status columns, as the players table keeps them. */
export interface PlayerBio {
  birth_date: string | null;
  college: string | null;
  height: number | null;
  weight: number | null;
  jersey_number: number | null;
  draft_club: string | null;
  draft_number: number | null;
  draft_year: number | null;
  rookie_year: number | null;
  years_exp: number | null;
  status: string | null;
  injury_status: string | null;
}

export const NO_IDS: Readonly<PlayerIds> = { gsis_id: null, sleeper_id: null, espn_id: null, yahoo_id: null, pfr_id: null };
export const NO_BIO: Readonly<PlayerBio> = {
  birth_date: null,
  college: null,
  height: null,
  weight: null,
  jersey_number: null,
  draft_club: null,
  draft_number: null,
  draft_year: null,
  rookie_year: null,
  years_exp: null,
  status: null,
  injury_status: null,
};

/** Everything a file says about who a player is. Null means "this file does not say". */
export interface PlayerFact extends PlayerIds, PlayerBio {
  name: string;
  short_name: string | null;
  position: string | null;
  team: string | null;
  /** When `team` was true: season + week / 100 (a roster: season + 0.99). */
  team_season: number | null;
  roster_season: number | null;
  /** Sleeper snapshots are dated after the data: they only fill gaps, never overwrite. */
  fillOnly: boolean;
}

export function playerFact(patch: Partial<PlayerFact> & { name: string }): PlayerFact {
  return {
    ...NO_IDS,
    ...NO_BIO,
    short_name: null,
    position: null,
    team: null,
    team_season: null,
    roster_season: null,
    fillOnly: false,
    ...patch,
  };
}

/** Columns of player_games / player_seasons besides keys (order = SQL column order). */
export const GAME_STAT_COLUMNS = [
  'pass_att', 'pass_cmp', 'pass_yd', 'pass_td', 'pass_int', 'pass_2pt', 'sacks',
  'rush_att', 'rush_yd', 'rush_td', 'rush_2pt', 'targets', 'rec', 'rec_yd', 'rec_td', 'rec_2pt',
  'fumbles_lost', 'ret_td',
  'sack_yd', 'pass_air_yd', 'pass_yac', 'pass_fd', 'rush_fd', 'rec_air_yd', 'rec_yac', 'rec_fd',
] as const;
export const NULLABLE_STAT_COLUMNS = ['pass_epa', 'rush_epa', 'rec_epa', 'target_share', 'air_yards_share', 'wopr'] as const;
export const SEASON_EXTRA_COLUMNS = [
  'fg_made_0_19', 'fg_made_20_29', 'fg_made_30_39', 'fg_made_40_49', 'fg_made_50_59', 'fg_made_60_',
  'fg_missed', 'pat_made', 'pat_missed',
  'def_sacks', 'def_int', 'def_fum_rec', 'def_td', 'def_safety', 'def_blk_kick', 'pts_allowed',
] as const;

export type GameStatColumn = (typeof GAME_STAT_COLUMNS)[number];
export type NullableStatColumn = (typeof NULLABLE_STAT_COLUMNS)[number];
export type SeasonExtraColumn = (typeof SEASON_EXTRA_COLUMNS)[number];

export interface StatRecordBase {
  /** Identity: the player's gsis id, or the sleeper id for Sleeper files. */
  key: string;
  season: number;
  season_type: 'REG' | 'POST';
  team: string | null;
  stats: Record<GameStatColumn, number>;
  nullable: Record<NullableStatColumn, number | null>;
}

export interface PlayerGameRecord extends StatRecordBase {
  week: number;
  opponent: string | null;
}

export interface PlayerSeasonRecord extends StatRecordBase {
  teams: string | null;
  games: number;
  source: 'nflverse-legacy' | 'nflverse-current' | 'sleeper';
  extra: Record<SeasonExtraColumn, number>;
}

export const KICKER_GAME_COLUMNS = [
  'fg_made', 'fg_att', 'fg_missed', 'fg_blocked', 'fg_long',
  'fg_made_0_19', 'fg_made_20_29', 'fg_made_30_39', 'fg_made_40_49', 'fg_made_50_59', 'fg_made_60_',
  'fg_missed_0_19', 'fg_missed_20_29', 'fg_missed_30_39', 'fg_missed_40_49', 'fg_missed_50_59', 'fg_missed_60_',
  'pat_made', 'pat_att', 'pat_missed', 'pat_blocked', 'gwfg_att', 'gwfg_made',
] as const;
export type KickerGameColumn = (typeof KICKER_GAME_COLUMNS)[number];

export interface KickerGameRecord {
  key: string;
  season: number;
  week: number;
  season_type: 'REG' | 'POST';
  team: string | null;
  stats: Record<KickerGameColumn, number>;
  fg_made_list: string | null;
  fg_missed_list: string | null;
  fg_blocked_list: string | null;
}

export interface TeamRecord {
  abbr: string;
  name: string;
  nick: string | null;
  conference: string | null;
  division: string | null;
  color: string | null;
  color2: string | null;
  color3: string | null;
  color4: string | null;
}

export interface GameRecord {
  game_id: string;
  season: number;
  game_type: string;
  week: number;
  gameday: string | null;
  weekday: string | null;
  gametime: string | null;
  away_team: string;
  away_score: number | null;
  home_team: string;
  home_score: number | null;
  location: string | null;
  overtime: number | null;
  div_game: number | null;
  away_rest: number | null;
  home_rest: number | null;
  roof: string | null;
  surface: string | null;
  temp: number | null;
  wind: number | null;
  away_qb_name: string | null;
  home_qb_name: string | null;
  away_coach: string | null;
  home_coach: string | null;
  stadium: string | null;
}

export interface ByeRecord {
  season: number;
  team: string;
  bye_week: number | null;
  bye_weeks: string;
  reg_season_weeks: number | null;
  games_scheduled: number | null;
}

/** Per team per game box stats, from the current schema's def_* columns summed by team. */
export interface TeamDefenseStatRecord {
  team: string;
  season: number;
  week: number;
  def_sacks: number;
  def_int: number;
  def_fum_rec: number;
  def_td: number;
  def_safety: number;
}

/**
 * A data row the importer did not take as a player's line (a team-level row without a
 * player id, a defender with no offensive or kicking stat, an exact repeat of a line):
 * reported with its line, never fatal, never imported as a player.
 */
export interface SkippedLine {
  line: number;
  reason: string;
}

/** Lines listed per reason in a report; the count is always complete. */
export const SKIP_LINES_LISTED = 20;

export function skipReport(skipped: readonly SkippedLine[]): SkipReport[] {
  const byReason = new Map<string, SkipReport>();
  for (const s of skipped) {
    let r = byReason.get(s.reason);
    if (!r) byReason.set(s.reason, (r = { reason: s.reason, count: 0, lines: [] }));
    r.count++;
    if (r.lines.length < SKIP_LINES_LISTED) r.lines.push(s.line);
  }
  return [...byReason.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** One parsed file, ready to write. */
export interface ParsedFile {
  file: string;
  kind: FileKind;
  source: 'nflverse' | 'sleeper';
  licence: string;
  /** Data rows in the file. */
  rows: number;
  /** Rows that repeated a key and were merged (documented per file kind). */
  duplicates: number;
  /** Rows that are not a player's line, with the reason (see SkippedLine). */
  skipped: SkippedLine[];
  players: PlayerFact[];
  playerGames: PlayerGameRecord[];
  playerSeasons: PlayerSeasonRecord[];
  kickerGames: KickerGameRecord[];
  teamDefense: TeamDefenseStatRecord[];
  teams: TeamRecord[];
  games: GameRecord[];
  byes: ByeRecord[];
}

export type FileKind =
  | 'player_week'
  | 'player_season'
  | 'kicking'
  | 'rosters'
  | 'games'
  | 'byes'
  | 'teams'
  | 'sleeper_players'
  | 'sleeper_stats';

export function emptyParsed(file: string, kind: FileKind, source: 'nflverse' | 'sleeper', rows: number): ParsedFile {
  return {
    file,
    kind,
    source,
    licence: source === 'nflverse' ? 'CC BY 4.0 (Data: nflverse)' : 'Sleeper API terms (fetched by the user, not redistributed)',
    rows,
    duplicates: 0,
    skipped: [],
    players: [],
    playerGames: [],
    playerSeasons: [],
    kickerGames: [],
    teamDefense: [],
    teams: [],
    games: [],
    byes: [],
  };
}
