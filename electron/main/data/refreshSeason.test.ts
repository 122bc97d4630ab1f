// A new season through the online refresh, against a local server in nflverse's release
// shapes: the season's stats_player_week/reg files in the current schema (team-level
// rows and repeats included), rosters, the schedule and Sleeper. The database starts with
// 2023 from the legacy files. A finished season moves the target season on; a season with
// only its first weeks stays the target, in progress.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import { openDatabase, type Db } from '../db/connection';
import { dataStatus } from '../db/repos/dataStatus';
import { getPlayerGames, getPlayerProfile } from '../db/repos/players';
import { loadHistoryFromDb } from '../model/historyDb';
import { writeCurrentSchemaReg, writeCurrentSchemaWeek, writeLegacySlice } from '../../test-support/currentSchema';
import { makeTempDir } from '../../test-support/tempDirs';
import { importDirectory } from './importer';
import { refreshOnline, type RefreshSources } from './refresh';
import { dataDir, nflverseFile } from '../../test-support/testData';

let root: string;
let server: http.Server;
let sources: RefreshSources;
/** What the server answers now: path -> body (404 otherwise). */
let served = new Map<string, Buffer>();
const fast = { retries: 1, idleTimeoutMs: 2_000, backoffMs: () => 10 };

type Row = Record<string, string>;
const csv = (rows: Row[]) => Buffer.from(Papa.unparse(rows, { newline: '\n' }) + '\n');
const readRows = (file: string) => Papa.parse<Row>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

let week2024: Row[];
let files: Record<'week2024' | 'reg2024' | 'roster2024' | 'roster2025' | 'games' | 'teams' | 'sleeper', Buffer>;

beforeAll(async () => {
  root = makeTempDir('gridscout-refresh-season-');
  const gen = path.join(root, 'generated');
  fs.mkdirSync(gen);
  week2024 = readRows(writeCurrentSchemaWeek(gen, 2024, true));
  const rosters = readRows(nflverseFile('rosters_2022_2024_2025.csv'));
  files = {
    week2024: fs.readFileSync(path.join(gen, 'stats_player_week_2024.csv')),
    reg2024: fs.readFileSync(writeCurrentSchemaReg(gen, 2024, true)),
    roster2024: csv(rosters.filter((r) => r.season === '2024')),
    roster2025: csv(rosters.filter((r) => r.season === '2025')),
    games: fs.readFileSync(nflverseFile('games_1999_2025.csv')),
    teams: fs.readFileSync(nflverseFile('teams_colors_logos.csv')),
    sleeper: fs.readFileSync(path.join(dataDir(), 'sleeper', 'players_nfl_2026-04-20.json')),
  };
  // The user's data before the refresh: 2023 from the legacy files.
  const legacy = path.join(root, 'legacy');
  fs.mkdirSync(legacy);
  const is2023 = (r: Row) => r.season === '2023';
  for (const f of ['player_stats_week_1999_2024.csv', 'player_stats_season_reg_1999_2024.csv', 'kicking_week_1999_2024.csv']) writeLegacySlice(legacy, f, is2023);
  writeLegacySlice(legacy, 'games_1999_2025.csv', (r) => Number(r.season) <= 2024);

  server = http.createServer((req, res) => {
    const body = served.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  sources = { nflverseBase: `http://127.0.0.1:${port}/nflverse`, sleeperBase: `http://127.0.0.1:${port}/sleeper` };
}, 300_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(root, { recursive: true, force: true });
});

async function userDatabase(name: string): Promise<{ db: Db; home: string }> {
  const home = path.join(root, name);
  const db = openDatabase(path.join(home, 'gridscout.db')).db;
  await importDirectory(db, path.join(root, 'legacy'));
  expect(dataStatus(db).targetSeason).toBe(2024);
  return { db, home };
}

function serve(state: { league_season: string }, stats: Record<string, Buffer>, games: Buffer): void {
  served = new Map([
    ['/sleeper/v1/state/nfl', Buffer.from(JSON.stringify({ season: state.league_season, league_season: state.league_season, season_type: 'regular' }))],
    ['/sleeper/v1/players/nfl', files.sleeper],
    ['/nflverse/rosters/roster_2024.csv', files.roster2024],
    ['/nflverse/rosters/roster_2025.csv', files.roster2025],
    ['/nflverse/schedules/games.csv', games],
    ['/nflverse/teams/teams_colors_logos.csv', files.teams],
    ...Object.entries(stats).map(([name, body]): [string, Buffer] => [`/nflverse/stats_player/${name}`, body]),
  ]);
}

const mahomesId = (db: Db) => db.prepare(`SELECT id FROM players WHERE gsis_id = '00-0033873'`).pluck().get() as number;

describe('refresh of a season published in the current schema', () => {
  it('a finished 2024 moves the target season to 2025; the players have their 2024 results', async () => {
    const { db, home } = await userDatabase('finished');
    try {
      serve({ league_season: '2025' }, { 'stats_player_week_2024.csv': files.week2024, 'stats_player_reg_2024.csv': files.reg2024 }, files.games);
      const r = await refreshOnline(db, { home, sources, now: () => new Date('2025-08-01T12:00:00Z'), download: fast });
      expect(r.targetSeason).toBe(2025);
      expect(r.missing).toEqual(['stats_player_week_2025.csv', 'stats_player_reg_2025.csv']); // not published yet
      const week = r.files.find((f) => path.basename(f.file) === 'stats_player_week_2024.csv')!;
      expect(week.skipped.find((s) => s.reason.startsWith('no player_id'))!.count).toBe(570);
      const status = dataStatus(db);
      expect(status).toMatchObject({ targetSeason: 2025, latestResultsSeason: 2024, seasonInProgress: null });
      expect(status.runs.find((x) => x.file === 'stats_player_week_2024.csv')!.skipped).toBe(573);
      // Mahomes' 2024 from the current-schema files, scored as nflverse scored the legacy file.
      const legacy = readRows(nflverseFile('player_stats_season_reg_1999_2024.csv')).find((x) => x.player_id === '00-0033873' && x.season === '2024')!;
      const p = getPlayerProfile(db, mahomesId(db), SCORING_PRESETS.ppr, 'ppr')!;
      expect(p.seasons.find((s) => s.season === 2024)!.points).toBeCloseTo(Number(legacy.fantasy_points_ppr), 2);
      expect(p).toMatchObject({ targetSeason: 2025, inPool: true });
      expect(loadHistoryFromDb(db).seasons.at(-1)).toBe(2024); // a finished season to train on
    } finally {
      db.close();
    }
  }, 300_000);

  it('a 2024 with only weeks 1-13 played stays the target season, in progress, with its results to date', async () => {
    const { db, home } = await userDatabase('in-progress');
    try {
      // December 2024: the weekly file has weeks 1-13, the season file is not out, the
      // schedule has no scores from week 14 on.
      const toDate = csv(week2024.filter((r) => r.season_type === 'REG' && Number(r.week) <= 13));
      const games = readRows(nflverseFile('games_1999_2025.csv')).map((g) =>
        g.season === '2024' && (g.game_type !== 'REG' || Number(g.week) >= 14) ? { ...g, away_score: '', home_score: '', result: '', total: '' } : g,
      );
      serve({ league_season: '2024' }, { 'stats_player_week_2024.csv': toDate }, csv(games));
      const r = await refreshOnline(db, { home, sources, now: () => new Date('2024-12-04T12:00:00Z'), download: fast });
      expect(r.missing).toEqual(['stats_player_reg_2024.csv', 'roster_2023.csv']); // no 2023 roster in the data
      expect(r.targetSeason).toBe(2024);
      expect(dataStatus(db)).toMatchObject({ targetSeason: 2024, latestResultsSeason: 2024, seasonInProgress: { season: 2024, week: 13 } });
      // Its games are there as results to date...
      const games2024 = getPlayerGames(db, mahomesId(db), SCORING_PRESETS.ppr, { season: 2024, seasonType: 'REG' })!;
      expect(games2024.length).toBeGreaterThan(8);
      expect(Math.max(...games2024.map((g) => g.week))).toBe(13);
      // ...but it is not a completed season: history (training, backtests) ends with 2023.
      expect(loadHistoryFromDb(db).seasons.at(-1)).toBe(2023);
      // The draft pool is the 2024 roster's.
      expect(db.prepare('SELECT count(*) FROM players WHERE in_pool = 1 AND roster_season = 2024').pluck().get()).toBeGreaterThan(500);
    } finally {
      db.close();
    }
  }, 300_000);
});
