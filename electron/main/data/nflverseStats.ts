// nflverse player stats, weekly and season, in both schemas:
//  - legacy  (player_stats_week_*.csv, player_stats_season_reg_*.csv): `interceptions`,
//    `sacks`, `sack_yards`, `recent_team`;
//  - current (stats_player_week_<season>.csv, stats_player_reg|post_<season>.csv):
//    `passing_interceptions`, `sacks_suffered`, `sack_yards_lost`, `team`, plus
//    kicking (fg_*, pat_*) and defensive (def_*) columns in the same file.
// Each StatLine column is found through its aliases, so one parser reads both.
import { fantasyPosition } from '../../../shared/domain/players';
import { emptyStatLine, OFFENSE_STATS, type StatLine } from '../../../shared/domain/stats';
import type { CsvTable } from './csv';
import {
  emptyParsed,
  GAME_STAT_COLUMNS,
  NULLABLE_STAT_COLUMNS,
  playerFact,
  SEASON_EXTRA_COLUMNS,
  type GameStatColumn,
  type NullableStatColumn,
  type ParsedFile,
  type PlayerGameRecord,
  type PlayerSeasonRecord,
  type SeasonExtraColumn,
} from './records';
import { kickingColumns, readKickerRow } from './nflverseKicking';

/** Stat column <- nflverse column(s), summed (fumbles lost come from three columns). */
const STAT_SOURCES: Record<GameStatColumn, string[][]> = {
  pass_att: [['attempts']],
  pass_cmp: [['completions']],
  pass_yd: [['passing_yards']],
  pass_td: [['passing_tds']],
  pass_int: [['interceptions', 'passing_interceptions']],
  pass_2pt: [['passing_2pt_conversions']],
  sacks: [['sacks', 'sacks_suffered']],
  rush_att: [['carries']],
  rush_yd: [['rushing_yards']],
  rush_td: [['rushing_tds']],
  rush_2pt: [['rushing_2pt_conversions']],
  targets: [['targets']],
  rec: [['receptions']],
  rec_yd: [['receiving_yards']],
  rec_td: [['receiving_tds']],
  rec_2pt: [['receiving_2pt_conversions']],
  // nflverse's fantasy_points charge every lost fumble: on sacks, runs and catches.
  fumbles_lost: [['sack_fumbles_lost'], ['rushing_fumbles_lost'], ['receiving_fumbles_lost']],
  ret_td: [['special_teams_tds']],
  sack_yd: [['sack_yards', 'sack_yards_lost']],
  pass_air_yd: [['passing_air_yards']],
  pass_yac: [['passing_yards_after_catch']],
  pass_fd: [['passing_first_downs']],
  rush_fd: [['rushing_first_downs']],
  rec_air_yd: [['receiving_air_yards']],
  rec_yac: [['receiving_yards_after_catch']],
  rec_fd: [['receiving_first_downs']],
};
const NULLABLE_SOURCES: Record<NullableStatColumn, string> = {
  pass_epa: 'passing_epa',
  rush_epa: 'rushing_epa',
  rec_epa: 'receiving_epa',
  target_share: 'target_share',
  air_yards_share: 'air_yards_share',
  wopr: 'wopr',
};
/** Columns a season file may lack (the legacy season file has no shares). */
const OPTIONAL: ReadonlySet<GameStatColumn> = new Set(['pass_air_yd', 'pass_yac', 'pass_fd', 'rush_fd', 'rec_air_yd', 'rec_yac', 'rec_fd', 'sack_yd']);

interface Layout {
  id: number;
  name: number;
  displayName: number;
  position: number;
  team: number;
  season: number;
  seasonType: number;
  stats: [GameStatColumn, number[]][];
  nullable: [NullableStatColumn, number][];
}

function layout(t: CsvTable): Layout {
  const stats = GAME_STAT_COLUMNS.map((c): [GameStatColumn, number[]] => {
    const cols = STAT_SOURCES[c].map((aliases) => (OPTIONAL.has(c) ? t.find(...aliases) : t.require(...aliases)));
    return [c, cols.filter((i) => i >= 0)];
  });
  return {
    id: t.require('player_id'),
    name: t.find('player_name'),
    displayName: t.find('player_display_name'),
    position: t.find('position'),
    team: t.require('recent_team', 'team'),
    season: t.require('season'),
    seasonType: t.find('season_type'),
    stats,
    nullable: NULLABLE_STAT_COLUMNS.map((c): [NullableStatColumn, number] => [c, t.find(NULLABLE_SOURCES[c])]),
  };
}

function readStats(t: CsvTable, L: Layout, r: number) {
  // Hot path (134k rows x 32 columns): read the row once, convert inline, and build
  // objects of one shape; a bad cell goes through t.num for the located error.
  const row = t.rows[r]!;
  const stats = zeroStats();
  for (const [c, cols] of L.stats) {
    let v = 0;
    for (const i of cols) {
      const raw = row[i]!;
      if (raw === '') continue;
      const n = +raw;
      v += Number.isFinite(n) ? n : t.num(r, i);
    }
    stats[c] = v;
  }
  const nullable = zeroNullable();
  for (const [c, i] of L.nullable) {
    const raw = i >= 0 ? row[i]! : '';
    const n = raw === '' || raw === 'NA' ? null : +raw;
    nullable[c] = n !== null && Number.isFinite(n) ? n : t.optNum(r, i);
  }
  return { stats, nullable };
}

const zeroStats = (): Record<GameStatColumn, number> => ({
  pass_att: 0, pass_cmp: 0, pass_yd: 0, pass_td: 0, pass_int: 0, pass_2pt: 0, sacks: 0,
  rush_att: 0, rush_yd: 0, rush_td: 0, rush_2pt: 0, targets: 0, rec: 0, rec_yd: 0, rec_td: 0, rec_2pt: 0,
  fumbles_lost: 0, ret_td: 0,
  sack_yd: 0, pass_air_yd: 0, pass_yac: 0, pass_fd: 0, rush_fd: 0, rec_air_yd: 0, rec_yac: 0, rec_fd: 0,
});
const zeroNullable = (): Record<NullableStatColumn, number | null> => ({
  pass_epa: null, rush_epa: null, rec_epa: null, target_share: null, air_yards_share: null, wopr: null,
});

function nameOf(t: CsvTable, L: Layout, r: number): string {
  return t.str(r, L.displayName) ?? t.str(r, L.name) ?? t.text(r, L.id);
}

/**
 * Why row r is not a player's line, or null when it is. Release files carry team-level
 * rows (no player id) and, in the current schema, every defender and punter: a line with
 * no offensive or kicking stat at a position the app does not score is not a player's
 * line. A defender who ran a fake punt keeps his line, as in the legacy files.
 */
function notAPlayerLine(t: CsvTable, L: Layout, r: number, stats: Record<GameStatColumn, number>, kicked: boolean): string | null {
  if (t.rows[r]![L.id] === '') return 'no player_id (a team-level row)';
  const position = t.str(r, L.position);
  if (position === null || fantasyPosition(position) !== null || kicked || hasOffense(stats)) return null;
  return `position ${position} with no offensive or kicking stat (not a position the app scores)`;
}

function hasOffense(stats: Record<GameStatColumn, number>): boolean {
  for (const c of GAME_STAT_COLUMNS) if (stats[c] !== 0) return true;
  return false;
}

const sameRow = (t: CsvTable, a: number, b: number) => {
  const x = t.rows[a]!;
  const y = t.rows[b]!;
  return x.every((v, i) => v === y[i]);
};

/**
 * Weekly file, either schema. Repeated (player, season, week) keys are summed; a row that
 * repeats an earlier one exactly is skipped and reported once.
 */
export function parsePlayerWeeks(t: CsvTable): ParsedFile {
  const L = layout(t);
  const week = t.require('week');
  const opponent = t.find('opponent_team');
  const kick = kickingColumns(t); // current schema only
  const out = emptyParsed(t.file, 'player_week', 'nflverse', t.rows.length);
  const byKey = new Map<string, PlayerGameRecord>();
  const firstRow = new Map<string, number>();
  const latest = new Map<string, { at: number; row: number }>();
  /** Exact repeats: their def_* cells must not count twice. */
  const repeats = new Set<number>();
  for (let r = 0; r < t.rows.length; r++) {
    // Every cell is checked, also of rows we skip, so a malformed file is always refused.
    const key = t.rows[r]![L.id]!;
    const season = t.int(r, L.season);
    const w = t.int(r, week);
    const seasonType = L.seasonType >= 0 ? t.oneOf(r, L.seasonType, ['REG', 'POST'] as const) : 'REG';
    const { stats, nullable } = readStats(t, L, r);
    const team = t.str(r, L.team);
    const kicked = kick ? readKickerRow(t, kick, r, key, season, w, seasonType, team) : null;
    const skip = notAPlayerLine(t, L, r, stats, kicked !== null);
    if (skip) {
      out.skipped.push({ line: t.line(r), reason: skip });
      continue;
    }
    const id = `${key}|${season}|${w}`;
    const first = firstRow.get(id);
    if (first !== undefined && sameRow(t, first, r)) {
      out.skipped.push({ line: t.line(r), reason: `exact repeat of line ${t.line(first)}` });
      repeats.add(r);
      continue;
    }
    if (first === undefined) firstRow.set(id, r);
    const prev = byKey.get(id);
    if (kicked && !prev && !hasOffense(stats)) {
      // The current schema puts kickers in this file; a kick-only game is a kicker's game
      // (kicker_games), as in the legacy layout, not an empty offensive line.
      out.kickerGames.push(kicked);
      const seen = latest.get(key);
      if (!seen || season + w / 100 >= seen.at) latest.set(key, { at: season + w / 100, row: r });
      continue;
    }
    if (prev) {
      // nflverse splits a few games in two rows (e.g. Stafford 2010 week 8: the second
      // row holds only a 2-pt conversion); the season files count both, so we sum.
      out.duplicates++;
      for (const c of GAME_STAT_COLUMNS) prev.stats[c] += stats[c];
      for (const c of NULLABLE_STAT_COLUMNS) prev.nullable[c] ??= nullable[c];
    } else {
      const rec: PlayerGameRecord = { key, season, week: w, season_type: seasonType, team, opponent: t.str(r, opponent), stats, nullable };
      byKey.set(id, rec);
      out.playerGames.push(rec);
    }
    if (kicked) out.kickerGames.push(kicked);
    const at = season + w / 100;
    const seen = latest.get(key);
    if (!seen || at >= seen.at) latest.set(key, { at, row: r });
  }
  for (const [key, { at, row }] of latest) {
    out.players.push(
      playerFact({ gsis_id: key, name: nameOf(t, L, row), short_name: t.str(row, L.name), position: t.str(row, L.position), team: t.str(row, L.team), team_season: at }),
    );
  }
  if (t.has('def_sacks')) out.teamDefense = teamDefenseFromRows(t, repeats);
  return out;
}

/** Current-schema names of the season file's defensive columns (legacy files have none). */
const EXTRA_ALIASES: Partial<Record<SeasonExtraColumn, string>> = {
  def_int: 'def_interceptions',
  def_fum_rec: 'fumble_recovery_opp',
  def_td: 'def_tds',
  def_safety: 'def_safeties',
};

/** Season totals, either schema; REG unless the file says (current schema: season_type). */
export function parsePlayerSeasons(t: CsvTable, seasonTypeFromName: 'REG' | 'POST' | null): ParsedFile {
  const L = layout(t);
  const games = t.find('games');
  const teams = t.find('teams');
  const legacy = t.has('interceptions');
  const extra = SEASON_EXTRA_COLUMNS.map((c): [SeasonExtraColumn, number] => [c, t.find(c, EXTRA_ALIASES[c] ?? c)]);
  const kick = kickingColumns(t);
  const out = emptyParsed(t.file, 'player_season', 'nflverse', t.rows.length);
  const seen = new Map<string, number>();
  const latest = new Map<string, { season: number; row: number }>();
  for (let r = 0; r < t.rows.length; r++) {
    const key = t.rows[r]![L.id]!;
    const season = t.int(r, L.season);
    const seasonType = L.seasonType >= 0 ? t.oneOf(r, L.seasonType, ['REG', 'POST'] as const) : (seasonTypeFromName ?? 'REG');
    const { stats, nullable } = readStats(t, L, r);
    const ex = {} as Record<SeasonExtraColumn, number>;
    for (const [c, i] of extra) ex[c] = i >= 0 ? t.num(r, i) : 0;
    const kicked = kick !== null && (t.num(r, kick.att) > 0 || t.num(r, kick.patAtt) > 0);
    const skip = notAPlayerLine(t, L, r, stats, kicked);
    if (skip) {
      out.skipped.push({ line: t.line(r), reason: skip });
      continue;
    }
    const prev = latest.get(key);
    if (!prev || season >= prev.season) latest.set(key, { season, row: r });
    // A kicker's season comes from his games (kicker_games, from the weekly file), as in
    // the legacy layout: a kick-only season row adds nothing to store.
    if (kicked && !hasOffense(stats)) continue;
    const id = `${key}|${season}|${seasonType}`;
    const first = seen.get(id);
    if (first !== undefined) {
      if (sameRow(t, first, r)) {
        out.skipped.push({ line: t.line(r), reason: `exact repeat of line ${t.line(first)}` });
        continue;
      }
      t.bad(r, L.id, `player ${key} appears twice in season ${season} (also on line ${t.line(first)}, with other values)`);
    }
    seen.set(id, r);
    out.playerSeasons.push({
      key,
      season,
      season_type: seasonType,
      team: t.str(r, L.team),
      teams: t.str(r, teams),
      games: games >= 0 ? t.int(r, games) : 0,
      source: legacy ? 'nflverse-legacy' : 'nflverse-current',
      stats,
      nullable,
      extra: ex,
    } satisfies PlayerSeasonRecord);
  }
  for (const [key, { season, row }] of latest) {
    out.players.push(
      playerFact({ gsis_id: key, name: nameOf(t, L, row), short_name: t.str(row, L.name), position: t.str(row, L.position), team: t.str(row, L.team), team_season: season + 0.5 }),
    );
  }
  return out;
}

/**
 * Team defence box stats per game from the current schema's def_* columns: a team-level
 * row (empty player_id) where the file has one for that game, else the sum of the
 * players' rows (defenders included). Never both, and never an exact repeat: the same
 * sacks would count twice.
 */
function teamDefenseFromRows(t: CsvTable, repeats: ReadonlySet<number>): ParsedFile['teamDefense'] {
  const id = t.require('player_id');
  const team = t.require('team', 'recent_team');
  const season = t.require('season');
  const week = t.require('week');
  const cols = {
    def_sacks: t.find('def_sacks'),
    def_int: t.find('def_interceptions'),
    def_fum_rec: t.find('fumble_recovery_opp'),
    def_td: t.find('def_tds'),
    def_safety: t.find('def_safeties'),
  };
  const fromPlayers = new Map<string, ParsedFile['teamDefense'][number]>();
  const fromTeamRows = new Map<string, ParsedFile['teamDefense'][number]>();
  for (let r = 0; r < t.rows.length; r++) {
    const tm = t.str(r, team);
    if (!tm || repeats.has(r)) continue;
    const s = t.int(r, season);
    const w = t.int(r, week);
    const k = `${tm}|${s}|${w}`;
    const teamRow = t.rows[r]![id] === '';
    const into = teamRow ? fromTeamRows : fromPlayers;
    let rec = into.get(k);
    // One team-level row per game: a repeat of it replaces, never adds.
    if (!rec || teamRow) {
      rec = { team: tm, season: s, week: w, def_sacks: 0, def_int: 0, def_fum_rec: 0, def_td: 0, def_safety: 0 };
      into.set(k, rec);
    }
    for (const [c, i] of Object.entries(cols) as [keyof typeof cols, number][]) if (i >= 0) rec[c] += t.num(r, i);
  }
  for (const [k, rec] of fromTeamRows) fromPlayers.set(k, rec);
  return [...fromPlayers.values()];
}

/** Reads row r of a stats file (either schema) as a one-game StatLine. */
export function statLineReader(t: CsvTable): (r: number) => StatLine {
  const L = layout(t);
  return (r) => {
    const { stats } = readStats(t, L, r);
    const line = emptyStatLine();
    for (const k of OFFENSE_STATS) line[k] = stats[k];
    return line;
  };
}
