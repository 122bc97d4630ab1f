// nflverse player stats, weekly and season, in both schemas:
//  - legacy  (player_stats_week_*.csv, player_stats_season_reg_*.csv): `interceptions`,
//    `sacks`, `sack_yards`, `recent_team`;
//  - current (stats_player_week_<season>.csv, stats_player_reg|post_<season>.csv):
//    `passing_interceptions`, `sacks_suffered`, `sack_yards_lost`, `team`, plus
//    kicking (fg_*, pat_*) and defensive (def_*) columns in the same file.
// Each StatLine column is found through its aliases, so one parser reads both.
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

/** Weekly file, either schema. Repeated (player, season, week) keys are summed. */
export function parsePlayerWeeks(t: CsvTable): ParsedFile {
  const L = layout(t);
  const week = t.require('week');
  const opponent = t.find('opponent_team');
  const kick = kickingColumns(t); // current schema only
  const out = emptyParsed(t.file, 'player_week', 'nflverse', t.rows.length);
  const byKey = new Map<string, PlayerGameRecord>();
  const latest = new Map<string, { at: number; row: number }>();
  for (let r = 0; r < t.rows.length; r++) {
    const key = t.text(r, L.id);
    const season = t.int(r, L.season);
    const w = t.int(r, week);
    const seasonType = L.seasonType >= 0 ? t.oneOf(r, L.seasonType, ['REG', 'POST'] as const) : 'REG';
    const { stats, nullable } = readStats(t, L, r);
    const id = `${key}|${season}|${w}`;
    const prev = byKey.get(id);
    if (prev) {
      // nflverse splits a few games in two rows (e.g. Stafford 2010 week 8: the second
      // row holds only a 2-pt conversion); the season files count both, so we sum.
      out.duplicates++;
      for (const c of GAME_STAT_COLUMNS) prev.stats[c] += stats[c];
      for (const c of NULLABLE_STAT_COLUMNS) prev.nullable[c] ??= nullable[c];
    } else {
      const rec: PlayerGameRecord = { key, season, week: w, season_type: seasonType, team: t.str(r, L.team), opponent: t.str(r, opponent), stats, nullable };
      byKey.set(id, rec);
      out.playerGames.push(rec);
    }
    if (kick) {
      const k = readKickerRow(t, kick, r, key, season, w, seasonType, t.str(r, L.team));
      if (k) out.kickerGames.push(k);
    }
    const at = season + w / 100;
    const seen = latest.get(key);
    if (!seen || at >= seen.at) latest.set(key, { at, row: r });
  }
  for (const [key, { at, row }] of latest) {
    out.players.push(
      playerFact({ gsis_id: key, name: nameOf(t, L, row), short_name: t.str(row, L.name), position: t.str(row, L.position), team: t.str(row, L.team), team_season: at }),
    );
  }
  if (t.has('def_sacks')) out.teamDefense = teamDefenseFromPlayers(t);
  return out;
}

/** Season totals, either schema; REG unless the file says (current schema: season_type). */
export function parsePlayerSeasons(t: CsvTable, seasonTypeFromName: 'REG' | 'POST' | null): ParsedFile {
  const L = layout(t);
  const games = t.find('games');
  const teams = t.find('teams');
  const legacy = t.has('interceptions');
  const extra = SEASON_EXTRA_COLUMNS.map((c): [SeasonExtraColumn, number] => [c, t.find(c)]);
  const out = emptyParsed(t.file, 'player_season', 'nflverse', t.rows.length);
  const seen = new Set<string>();
  const latest = new Map<string, { season: number; row: number }>();
  for (let r = 0; r < t.rows.length; r++) {
    const key = t.text(r, L.id);
    const season = t.int(r, L.season);
    const seasonType = L.seasonType >= 0 ? t.oneOf(r, L.seasonType, ['REG', 'POST'] as const) : (seasonTypeFromName ?? 'REG');
    const id = `${key}|${season}|${seasonType}`;
    if (seen.has(id)) t.bad(r, L.id, `player ${key} appears twice in season ${season}`);
    seen.add(id);
    const { stats, nullable } = readStats(t, L, r);
    const ex = {} as Record<SeasonExtraColumn, number>;
    for (const [c, i] of extra) ex[c] = i >= 0 ? t.num(r, i) : 0;
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
    const prev = latest.get(key);
    if (!prev || season >= prev.season) latest.set(key, { season, row: r });
  }
  for (const [key, { season, row }] of latest) {
    out.players.push(
      playerFact({ gsis_id: key, name: nameOf(t, L, row), short_name: t.str(row, L.name), position: t.str(row, L.position), team: t.str(row, L.team), team_season: season + 0.5 }),
    );
  }
  return out;
}

/** Team defence box stats per game: the current schema's def_* columns summed by team. */
function teamDefenseFromPlayers(t: CsvTable): ParsedFile['teamDefense'] {
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
  const byKey = new Map<string, ParsedFile['teamDefense'][number]>();
  for (let r = 0; r < t.rows.length; r++) {
    const tm = t.str(r, team);
    if (!tm) continue;
    const s = t.int(r, season);
    const w = t.int(r, week);
    const k = `${tm}|${s}|${w}`;
    let rec = byKey.get(k);
    if (!rec) {
      rec = { team: tm, season: s, week: w, def_sacks: 0, def_int: 0, def_fum_rec: 0, def_td: 0, def_safety: 0 };
      byKey.set(k, rec);
    }
    for (const [c, i] of Object.entries(cols) as [keyof typeof cols, number][]) if (i >= 0) rec[c] += t.num(r, i);
  }
  return [...byKey.values()];
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
