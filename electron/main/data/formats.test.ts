// The other shapes the refresh will download, derived here from the legacy files so the
// values are known: the nflverse CURRENT schema (stats_player_week_<season>.csv and
// stats_player_reg_<season>.csv, with the README's column renames) and Sleeper's
// season stats JSON (GET /v1/stats/nfl/regular/<season>).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import { openDatabase, type Db } from '../db/connection';
import { getPlayerProfile } from '../db/repos/players';
import { makeTempDir } from '../../test-support/tempDirs';
import { readCsv } from './csv';
import { importDirectory, recognise } from './importer';
import { nflverseFile } from '../../test-support/testData';

const RENAMES: Record<string, string> = {
  interceptions: 'passing_interceptions',
  sacks: 'sacks_suffered',
  sack_yards: 'sack_yards_lost',
  recent_team: 'team',
};

let root: string;

/** Rows of a legacy file for one season, optionally with the current schema's names. */
function seasonSlice(file: string, season: string, current: boolean, addSeasonType = false): string {
  const [header, ...rows] = fs.readFileSync(nflverseFile(file), 'utf8').trimEnd().split('\n');
  const cols = header!.split(',');
  const s = cols.indexOf('season');
  const keep = rows.filter((r) => r.split(',')[s] === season);
  const names = current ? cols.map((c) => RENAMES[c] ?? c) : cols;
  if (addSeasonType) return [[...names, 'season_type'].join(','), ...keep.map((r) => `${r},REG`)].join('\n') + '\n';
  return [names.join(','), ...keep].join('\n') + '\n';
}

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  return dir;
}

function open(name: string): Db {
  return openDatabase(path.join(root, name, 'gridscout.db')).db;
}

const statRows = (db: Db, table: string) =>
  (db.prepare(`SELECT p.gsis_id, t.* FROM ${table} t JOIN players p ON p.id = t.player_id ORDER BY p.gsis_id, t.season, t.season_type`).all() as Record<string, unknown>[]).map(
    ({ player_id: _id, source: _source, ...rest }) => rest,
  );

beforeAll(() => {
  root = makeTempDir('gridscout-formats-');
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('nflverse current schema', () => {
  it('recognises the release file names', () => {
    expect(recognise('/x/stats_player_week_2024.csv')).toMatchObject({ kind: 'player_week' });
    expect(recognise('/x/stats_player_reg_2024.csv')).toMatchObject({ kind: 'player_season', seasonType: 'REG' });
    expect(recognise('/x/stats_player_post_2024.csv')).toMatchObject({ kind: 'player_season', seasonType: 'POST' });
    expect(recognise('/x/roster_2025.csv')).toMatchObject({ kind: 'rosters' });
    expect(recognise('/x/stats_regular_2024.json')).toMatchObject({ kind: 'sleeper_stats', season: 2024 });
    expect(recognise('/x/fantasypros_adp_2018_2025.csv')).toBeNull();
  });

  it('stores exactly what the legacy schema stores for the same rows', async () => {
    const legacyDir = folder('legacy', {
      'player_stats_week_2024.csv': seasonSlice('player_stats_week_1999_2024.csv', '2024', false),
      'player_stats_season_reg_2024.csv': seasonSlice('player_stats_season_reg_1999_2024.csv', '2024', false),
    });
    const currentDir = folder('current', {
      'stats_player_week_2024.csv': seasonSlice('player_stats_week_1999_2024.csv', '2024', true),
      'stats_player_reg_2024.csv': seasonSlice('player_stats_season_reg_1999_2024.csv', '2024', true, true),
    });
    expect(fs.readFileSync(path.join(currentDir, 'stats_player_week_2024.csv'), 'utf8')).toContain('passing_interceptions');
    const legacy = open('legacy');
    const current = open('current');
    try {
      await importDirectory(legacy, legacyDir);
      const result = await importDirectory(current, currentDir);
      expect(result.counts.player_games).toBeGreaterThan(5000);
      expect(result.counts.player_seasons).toBe(607); // nflverse's own 2024 aggregation has 607 players
      expect(statRows(current, 'player_games')).toEqual(statRows(legacy, 'player_games'));
      expect(statRows(current, 'player_seasons')).toEqual(statRows(legacy, 'player_seasons'));
      expect(current.prepare(`SELECT DISTINCT source FROM player_seasons`).pluck().all()).toEqual(['nflverse-current']);
      // A sack and an interception really arrived under their new names.
      expect(current.prepare('SELECT sum(pass_int), sum(sacks), sum(sack_yd) FROM player_games').get()).toEqual(
        legacy.prepare('SELECT sum(pass_int), sum(sacks), sum(sack_yd) FROM player_games').get(),
      );
      expect(current.prepare('SELECT sum(pass_int) FROM player_games').pluck().get()).toBeGreaterThan(300);
      // No 2025 roster here: the pool is everyone at a fantasy position with a 2024 line.
      const pool = legacy.prepare('SELECT count(*) FROM players WHERE in_pool = 1').pluck().get() as number;
      const with2024 = legacy
        .prepare(`SELECT count(DISTINCT p.id) FROM players p JOIN player_games g ON g.player_id = p.id WHERE g.season = 2024 AND p.fantasy_position IS NOT NULL`)
        .pluck()
        .get() as number;
      expect(pool).toBe(with2024);
      expect(pool).toBeGreaterThan(500);
    } finally {
      legacy.close();
      current.close();
    }
  });
});

describe('Sleeper season stats', () => {
  it("imports GET /v1/stats/nfl/regular/<season> and scores it like nflverse's season totals", async () => {
    // Sleeper ids of 2024 players from the roster crosswalk, their nflverse 2024 totals in Sleeper's keys.
    const roster = readCsv(nflverseFile('rosters_2022_2024_2025.csv'));
    const [gsisCol, sleeperCol] = [roster.require('gsis_id'), roster.require('sleeper_id')];
    const sleeperOf = new Map(roster.rows.filter((r) => r[gsisCol] && r[sleeperCol]).map((r) => [r[gsisCol]!, r[sleeperCol]!]));
    const season = readCsv(nflverseFile('player_stats_season_reg_1999_2024.csv'));
    const c = (n: string) => season.require(n);
    const stats: Record<string, Record<string, number>> = {};
    const expected = new Map<string, number>();
    for (let r = 0; r < season.rows.length && Object.keys(stats).length < 150; r++) {
      const sid = sleeperOf.get(season.text(r, c('player_id')));
      if (season.int(r, c('season')) !== 2024 || !sid) continue;
      const n = (col: string) => season.num(r, c(col));
      stats[sid] = {
        gp: n('games'),
        pass_att: n('attempts'),
        pass_cmp: n('completions'),
        pass_yd: n('passing_yards'),
        pass_td: n('passing_tds'),
        pass_int: n('interceptions'),
        pass_2pt: n('passing_2pt_conversions'),
        rush_att: n('carries'),
        rush_yd: n('rushing_yards'),
        rush_td: n('rushing_tds'),
        rush_2pt: n('rushing_2pt_conversions'),
        rec_tgt: n('targets'),
        rec: n('receptions'),
        rec_yd: n('receiving_yards'),
        rec_td: n('receiving_tds'),
        rec_2pt: n('receiving_2pt_conversions'),
        fum_lost: n('sack_fumbles_lost') + n('rushing_fumbles_lost') + n('receiving_fumbles_lost'),
        st_td: n('special_teams_tds'),
        pts_ppr: n('fantasy_points_ppr'), // Sleeper sends its own points too: ignored
      };
      expected.set(sid, n('fantasy_points_ppr'));
    }
    const dir = folder('sleeper-stats', {
      'rosters_2024.csv': fs.readFileSync(nflverseFile('rosters_2022_2024_2025.csv'), 'utf8'),
      'stats_regular_2024.json': JSON.stringify({ ...stats, '99999999': { gp: 3, rec: 2 } }, null, 1),
    });
    const db = open('sleeper-stats');
    try {
      const result = await importDirectory(db, dir);
      expect(result.counts.player_seasons).toBe(150);
      expect(result.summary.unmatchedSleeperStats).toBe(1); // the id nobody carries
      for (const [sid, points] of expected) {
        const id = db.prepare('SELECT id FROM players WHERE sleeper_id = ?').pluck().get(sid) as number;
        const s2024 = getPlayerProfile(db, id, SCORING_PRESETS.ppr, 'ppr')!.seasons.find((s) => s.season === 2024)!;
        expect(s2024.points, sid).toBeCloseTo(points, 2);
      }
      expect(result.targetSeason).toBe(2025);
    } finally {
      db.close();
    }
  });
});
