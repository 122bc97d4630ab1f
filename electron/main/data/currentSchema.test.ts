// nflverse's current release schema, on real data: 2024 converted from the legacy files
// (electron/test-support/currentSchema.ts) with the anomalies real release files carry.
// The importer skips what is not a player's line and reports it, and every column it maps
// gives the legacy file's value on the same season.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { openDatabase, type Db } from '../db/connection';
import { dataStatus } from '../db/repos/dataStatus';
import { writeCurrentSchemaReg, writeCurrentSchemaWeek, writeLegacySlice } from '../../test-support/currentSchema';
import { makeTempDir, tempDir } from '../../test-support/tempDirs';
import { importDirectory, type ImportResult } from './importer';
import { GAME_STAT_COLUMNS, KICKER_GAME_COLUMNS, NULLABLE_STAT_COLUMNS } from './records';
import { dataDir } from '../../test-support/testData';

let root: string;
let legacy: Db;
let current: Db;
let currentImport: ImportResult;
let currentWeekFile: string;

const is2024 = (r: Record<string, string>) => r.season === '2024';

beforeAll(async () => {
  root = makeTempDir('gridscout-current-schema-');
  const legacyDir = path.join(root, 'legacy');
  const currentDir = path.join(root, 'current');
  fs.mkdirSync(legacyDir);
  fs.mkdirSync(currentDir);
  for (const f of ['player_stats_week_1999_2024.csv', 'player_stats_season_reg_1999_2024.csv', 'kicking_week_1999_2024.csv']) writeLegacySlice(legacyDir, f, is2024);
  currentWeekFile = writeCurrentSchemaWeek(currentDir, 2024, true);
  writeCurrentSchemaReg(currentDir, 2024, true);
  for (const d of [legacyDir, currentDir]) writeLegacySlice(d, 'games_1999_2025.csv', (r) => r.season === '2024');
  legacy = openDatabase(path.join(root, 'legacy.db')).db;
  current = openDatabase(path.join(root, 'current.db')).db;
  await importDirectory(legacy, legacyDir);
  currentImport = await importDirectory(current, currentDir);
}, 180_000);

afterAll(() => {
  legacy?.close();
  current?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const rows = (db: Db, sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
const byGsis = (db: Db, table: string, columns: readonly string[], where = '1') =>
  rows(db, `SELECT p.gsis_id, t.season, ${columns.map((c) => `t.${c}`).join(', ')} FROM ${table} t JOIN players p ON p.id = t.player_id WHERE ${where} ORDER BY 1, 2, 3`);

describe('a current-schema season file with team-level rows, empty player ids and repeats', () => {
  it('imports, and the report lists the skipped lines with their reasons', () => {
    const week = currentImport.files.find((f) => f.kind === 'player_week')!;
    const text = fs.readFileSync(currentWeekFile, 'utf8');
    const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const idCol = cells[0]!.indexOf('player_id');
    // Line numbers as a reader counts them (header = line 1) of every row without an id.
    const idless = cells.flatMap((r, i) => (i > 0 && r[idCol] === '' ? [i + 1] : []));
    expect(idless.length).toBe(570); // one per 2024 team game (eval-only team defence)
    const teamRows = week.skipped.find((s) => s.reason === 'no player_id (a team-level row)')!;
    expect(teamRows.count).toBe(idless.length);
    expect(teamRows.lines).toEqual(idless.slice(0, 20));
    const repeats = week.skipped.filter((s) => s.reason.startsWith('exact repeat of line'));
    expect(repeats.map((s) => s.reason)).toEqual(['exact repeat of line 11', 'exact repeat of line 21', 'exact repeat of line 31']);
    expect(repeats.map((s) => s.lines[0])).toEqual([cells.length - 2, cells.length - 1, cells.length]);
    // Nothing without an id became a player; the report is kept with the import run.
    expect(current.prepare(`SELECT count(*) FROM players WHERE gsis_id IS NULL AND dst_team IS NULL`).pluck().get()).toBe(0);
    const run = dataStatus(current).runs.find((r) => r.kind === 'player_week')!;
    expect(run.skipped).toBe(570 + 3);
    expect(run.skippedDetail).toEqual(week.skipped);
    const reg = currentImport.files.find((f) => f.kind === 'player_season')!;
    expect(reg.skipped.find((s) => s.reason === 'no player_id (a team-level row)')!.count).toBe(32);
  });
});

describe('every current-schema column mapping gives the legacy value (2024)', () => {
  it('player games: passing (incl. passing_interceptions), sacks_suffered, sack_yards_lost, rushing, receiving, returns, shares', () => {
    const cols = ['week', 'season_type', 'team', 'opponent', ...GAME_STAT_COLUMNS, ...NULLABLE_STAT_COLUMNS];
    const a = byGsis(legacy, 'player_games', cols);
    expect(a.length).toBe(5_597);
    expect(byGsis(current, 'player_games', cols)).toEqual(a);
    // The renamed columns carry real values on this season (not zeros on both sides).
    const sum = (c: string) => a.reduce((s, r) => s + Number(r[c]), 0);
    expect([sum('pass_int'), sum('sacks'), sum('sack_yd'), sum('ret_td')].every((x) => x > 0)).toBe(true);
  });

  it('kicking: fg_* and pat_* of the same file give the kicking file\'s games', () => {
    const cols = ['week', 'season_type', 'team', ...KICKER_GAME_COLUMNS, 'fg_made_list', 'fg_missed_list', 'fg_blocked_list'];
    const a = byGsis(legacy, 'kicker_games', cols);
    expect(a.length).toBe(567); // every 2024 kicking row
    expect(byGsis(current, 'kicker_games', cols)).toEqual(a);
  });

  it('season totals of the reg file, kickers aside (their seasons come from their games)', () => {
    const cols = ['season_type', 'team', 'teams', 'games', ...GAME_STAT_COLUMNS, 'pass_epa', 'rush_epa', 'rec_epa'];
    const a = byGsis(legacy, 'player_seasons', cols);
    expect(a.length).toBe(607);
    expect(byGsis(current, 'player_seasons', cols)).toEqual(a);
  });

  it('def_*: team defence per game from the team-level rows (the legacy files have none)', () => {
    const box = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dataDir(), 'eval-only', 'team_defense_week_2012_2024.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.filter(is2024);
    const stored = new Map(
      rows(current, 'SELECT team, week, def_sacks, def_int, def_td, def_safety, def_fum_rec FROM team_defense_games WHERE season = 2024').map((r) => [`${r.team}|${r.week}`, r]),
    );
    expect(stored.size).toBe(box.length);
    for (const b of box) {
      expect(stored.get(`${b.team}|${b.week}`), `${b.team} week ${b.week}`).toMatchObject({
        def_sacks: Number(b.sack), def_int: Number(b.interception), def_td: Number(b.def_touchdown), def_safety: Number(b.safety), def_fum_rec: Number(b.fumble),
      });
    }
    expect(rows(legacy, 'SELECT sum(def_sacks) AS s FROM team_defense_games')[0]!.s).toBeNull();
  });

  it('the target season and pool move the same way from either schema', () => {
    expect(dataStatus(current).targetSeason).toBe(2025);
    expect(dataStatus(current).counts.pool).toBe(dataStatus(legacy).counts.pool);
  });
});

describe('what the importer still refuses, and the rows it keeps', () => {
  const columns = [
    'player_id', 'player_name', 'player_display_name', 'position', 'team', 'season', 'week', 'season_type', 'opponent_team',
    'completions', 'attempts', 'passing_yards', 'passing_tds', 'passing_interceptions', 'passing_2pt_conversions', 'sacks_suffered',
    'sack_yards_lost', 'sack_fumbles_lost', 'carries', 'rushing_yards', 'rushing_tds', 'rushing_fumbles_lost', 'rushing_2pt_conversions',
    'receptions', 'targets', 'receiving_yards', 'receiving_tds', 'receiving_fumbles_lost', 'receiving_2pt_conversions',
    'special_teams_tds', 'def_sacks', 'def_tackles_solo',
  ];
  /** One row: the given cells, every other stat 0. */
  const row = (cells: Record<string, string | number>) =>
    columns.map((c) => String(cells[c] ?? (columns.indexOf(c) < 9 ? '' : 0))).join(',');
  const game = { team: 'KC', season: 2030, week: 1, season_type: 'REG', opponent_team: 'BUF' };
  const write = (lines: string[]) => {
    const dir = tempDir('gridscout-schema-rows-');
    fs.writeFileSync(path.join(dir, 'stats_player_week_2030.csv'), [columns.join(','), ...lines].join('\n') + '\n');
    return dir;
  };

  it('skips a defender with only defensive stats, keeps a defender who caught a pass', async () => {
    const dir = write([
      row({ ...game, player_id: '00-0000001', player_display_name: 'Alpha Back', position: 'RB', carries: 12, rushing_yards: 61 }),
      row({ ...game, player_id: '00-0000002', player_display_name: 'Cee Corner', position: 'CB', def_sacks: 1, def_tackles_solo: 6 }),
      row({ ...game, player_id: '00-0000003', player_display_name: 'Dee Safety', position: 'SS', receptions: 1, targets: 1, receiving_yards: 22, def_tackles_solo: 3 }),
    ]);
    const db = openDatabase(path.join(dir, 'g.db')).db;
    try {
      const r = await importDirectory(db, dir);
      expect(r.files[0]!.skipped).toEqual([{ reason: 'position CB with no offensive or kicking stat (not a position the app scores)', count: 1, lines: [3] }]);
      expect(db.prepare('SELECT gsis_id FROM players WHERE gsis_id IS NOT NULL ORDER BY 1').pluck().all()).toEqual(['00-0000001', '00-0000003']);
    } finally {
      db.close();
    }
  });

  it('refuses the whole file, with line and column, when a cell is not a number', async () => {
    const dir = write([row({ ...game, player_id: '00-0000001', position: 'RB', carries: 'twelve' }), row({ ...game, def_sacks: 3 })]);
    const db = openDatabase(path.join(dir, 'g.db')).db;
    try {
      await expect(importDirectory(db, dir)).rejects.toThrow('stats_player_week_2030.csv (line 2, column carries): "twelve" is not a number. Nothing was imported.');
      expect(db.prepare('SELECT count(*) FROM players').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('refuses a team-level row whose season is not a number (structure is still checked on skipped rows)', async () => {
    const dir = write([row({ ...game, season: '20x0', def_sacks: 3 })]);
    const db = openDatabase(path.join(dir, 'g.db')).db;
    try {
      await expect(importDirectory(db, dir)).rejects.toThrow('(line 2, column season): "20x0" is not a whole number');
    } finally {
      db.close();
    }
  });
});
