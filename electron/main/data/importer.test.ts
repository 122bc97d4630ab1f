// The whole of ../shared/data imported through the data.import channel of a real
// browser-mode server, then read back over HTTP. One import (about 10-20 s on the
// shared 2-core machine) serves every test in this file.
//
// Documented duplicates (rows that repeat a key and are merged):
//  - player_stats_week: 1 (Matthew Stafford 2010 week 8 has a second row holding only a
//    2-pt conversion; the rows are summed, as nflverse's season file does).
//  - kicking_week: 2 (Todd Peterson 2002 week 4 twice, identical but for gwfg_distance;
//    Jason Elam 2000 week 11 again under another team): the first row is kept.
// Players are not one file's rows: every distinct gsis id of the nflverse files (and
// of Sleeper entries that carry one), roster players without a gsis id yet (2025
// rookies), Sleeper players nflverse does not know, and one team defence per team.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/ipc/contract';
import type { DataImportResult, DataStatus, PlayerGameLine, PlayerProfile, PlayerSearchHit } from '../../../shared/ipc/types';
import { startTestServer, type TestServer } from '../../test-support/server';
import { tableRows } from '../../test-support/fingerprint';
import { readCsv } from './csv';
import { dataDir, nflverseFile } from '../../test-support/testData';

let server: TestServer;
let first: DataImportResult;
const progress: JobProgress[] = [];

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const res = await server.call(channel, payload);
  if (!res.result?.ok) throw new Error(`${channel}: ${res.text}`);
  return res.result.value as T;
}

const distinct = (file: string, column: string) => {
  const t = readCsv(nflverseFile(file));
  const c = t.require(column);
  return new Set(t.rows.map((r) => r[c]!).filter(Boolean));
};

beforeAll(async () => {
  server = await startTestServer();
  server.mode.ctx.events.subscribe((name, payload) => {
    if (name === 'job.progress') progress.push(payload as JobProgress);
  });
  first = await call<DataImportResult>('data.import', { dir: dataDir() });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

describe('importing ../shared/data', () => {
  it('stores every row of every file, less the documented duplicates', () => {
    expect(first.counts).toMatchObject({
      player_games: 134_470 - 1,
      player_seasons: 15_102,
      kicker_games: 13_568 - 2,
      teams: 36,
      games: 7_276,
    });
    const dupes = Object.fromEntries(first.files.map((f) => [f.kind, f.duplicates]));
    expect(dupes).toMatchObject({ player_week: 1, kicking: 2, player_season: 0, rosters: 0, games: 0 });
    // Never a file under eval-only/.
    expect(first.files.some((f) => f.file.includes('eval-only'))).toBe(false);
    expect(first.targetSeason).toBe(2025);
  });

  it('has one player per gsis id, the id-less 2025 rookies, Sleeper-only players and 32 team defences', () => {
    const db = server.mode.ctx.db;
    const gsis = new Set([
      ...distinct('player_stats_week_1999_2024.csv', 'player_id'),
      ...distinct('player_stats_season_reg_1999_2024.csv', 'player_id'),
      ...distinct('kicking_week_1999_2024.csv', 'player_id'),
      ...distinct('rosters_2022_2024_2025.csv', 'gsis_id'),
    ]);
    const sleeper = JSON.parse(fs.readFileSync(path.join(dataDir(), 'sleeper', 'players_nfl_2026-04-20.json'), 'utf8')) as Record<string, { gsis_id?: string | null }>;
    const sleeperGsis = new Set(Object.values(sleeper).map((p) => p.gsis_id?.trim()).filter((g): g is string => !!g));
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    const stored = new Set(db.prepare('SELECT gsis_id FROM players WHERE gsis_id IS NOT NULL').pluck().all() as string[]);
    // Every nflverse gsis id is one player; the others are Sleeper's (which nflverse lacks).
    expect([...gsis].filter((g) => !stored.has(g))).toEqual([]);
    expect([...stored].filter((g) => !gsis.has(g) && !sleeperGsis.has(g))).toEqual([]);
    expect(stored.size).toBe(n('SELECT count(*) FROM players WHERE gsis_id IS NOT NULL'));
    // Sleeper gives Tyler Conklin (5133) another player's gsis id: his own stays.
    expect(db.prepare(`SELECT gsis_id FROM players WHERE sleeper_id = '5133'`).pluck().get()).toBe('00-0034270');
    expect(n('SELECT count(*) FROM players WHERE dst_team IS NOT NULL')).toBe(32);
    // A moved franchise keeps its history: the Raiders' D/ST goes back to the Oakland years.
    expect(db.prepare(`SELECT first_season, last_season FROM players WHERE dst_team = 'LV'`).get()).toEqual({ first_season: 1999, last_season: 2024 });
    // Everyone else came from a roster (no gsis id yet) or from Sleeper.
    expect(n('SELECT count(*) FROM players WHERE gsis_id IS NULL AND dst_team IS NULL AND roster_season IS NULL AND sleeper_id IS NULL')).toBe(0);
    expect(first.counts.players).toBe(n('SELECT count(*) FROM players'));
    // The 2025 pool comes from the 2025 roster: a rookie without a gsis id is in it.
    const judkins = db.prepare(`SELECT team, in_pool, draft_number FROM players WHERE name = 'Quinshon Judkins'`).get();
    expect(judkins).toEqual({ team: 'CLE', in_pool: 1, draft_number: 36 });
  });

  it('reported progress as a job, ending done', () => {
    expect(progress.some((p) => p.kind === 'import' && p.phase.startsWith('Reading player_stats_week'))).toBe(true);
    // Other jobs (the model's retrain after an import) may report too: look at the import's own.
    expect(progress.filter((p) => p.kind === 'import').at(-1)).toMatchObject({ kind: 'import', done: true, fraction: 1 });
  });

  it('finds "mahomes" and shows his career 2017-2024', async () => {
    const hits = await call<PlayerSearchHit[]>('players.search', { query: 'mahomes' });
    expect(hits[0]).toMatchObject({ name: 'Patrick Mahomes', position: 'QB', team: 'KC' });
    expect(await call<PlayerSearchHit[]>('players.search', { query: 'Pat Mahomes II', position: 'QB', limit: 5 })).toEqual([hits[0]]);
    expect(await call<PlayerSearchHit[]>('players.search', { query: 'mahomes', position: 'WR' })).toEqual([]);
    const p = await call<PlayerProfile>('players.get', { id: hits[0]!.id });
    expect(p.seasons.map((s) => s.season)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(p).toMatchObject({ birthDate: '1995-09-17', age: 29, team: 'KC', inPool: true, scoring: 'ppr', targetSeason: 2025 });
  });

  it("gives Lamar Jackson's 2019 regular season as 415.68 PPR points through players.get", async () => {
    const [lamar] = await call<PlayerSearchHit[]>('players.search', { query: 'lamar jackson', position: 'QB' });
    const ppr = await call<PlayerProfile>('players.get', { id: lamar!.id, scoring: 'ppr' });
    const s2019 = ppr.seasons.find((s) => s.season === 2019)!;
    expect(s2019).toMatchObject({ points: 415.68, games: 15, team: 'BAL', pass_td: 36, rush_yd: 1206 });
    const std = await call<PlayerProfile>('players.get', { id: lamar!.id, scoring: 'standard' });
    expect(std.seasons.find((s) => s.season === 2019)!.points).toBe(415.68); // a QB with no catches
    const games = await call<PlayerGameLine[]>('players.games', { id: lamar!.id, season: 2019, seasonType: 'REG' });
    expect(games).toHaveLength(15);
    expect(Math.round(games.reduce((a, g) => a + g.points, 0) * 100) / 100).toBe(415.68);
  });

  it('rescores every game and player-season in one pass, agreeing with players.get', async () => {
    const { cachedAllGames, rescoreAll } = await import('../db/repos/rescore');
    const { SCORING_PRESETS } = await import('../../../shared/domain/scoring');
    const [lamar] = await call<PlayerSearchHit[]>('players.search', { query: 'lamar jackson', position: 'QB' });
    const all = cachedAllGames(server.mode.ctx.db);
    expect(cachedAllGames(server.mode.ctx.db)).toBe(all); // cached until the next import
    // Every player game, kicker game and team-defence game (old abbreviations included).
    const defenseGames = server.mode.ctx.db.prepare('SELECT count(*) FROM team_defense_games').pluck().get() as number;
    expect(all.cols.length).toBe(134_469 + 13_566 + defenseGames);
    const { seasons } = rescoreAll(all, SCORING_PRESETS.ppr);
    const g = all.groups.findIndex((k) => k.playerId === lamar!.id && k.season === 2019 && k.seasonType === 'REG');
    expect(Math.round(seasons[g]! * 100) / 100).toBe(415.68);
  });

  it('scores with a league ruleset sent along (6-point passing TDs, 100-yard rushing bonus)', async () => {
    const [lamar] = await call<PlayerSearchHit[]>('players.search', { query: 'lamar jackson', position: 'QB' });
    const { SCORING_PRESETS } = await import('../../../shared/domain/scoring');
    const rules = { ...SCORING_PRESETS.ppr, name: 'Six', passing: { ...SCORING_PRESETS.ppr.passing, td: 6 }, bonuses: [{ stat: 'rush_yd', atLeast: 100, points: 3 }] };
    const p = await call<PlayerProfile>('players.get', { id: lamar!.id, rules });
    const games = await call<PlayerGameLine[]>('players.games', { id: lamar!.id, season: 2019, seasonType: 'REG' });
    const bigRushingGames = games.filter((g) => g.rush_yd >= 100).length;
    expect(bigRushingGames).toBeGreaterThan(0);
    expect(p.seasons.find((s) => s.season === 2019)!.points).toBeCloseTo(415.68 + 36 * 2 + 3 * bigRushingGames, 2);
  });

  it('refuses an unknown player id with not_found', async () => {
    const res = await server.call('players.get', { id: 99_999_999 });
    expect(res.result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('reports counts, runs, licences and the target season in data.status', async () => {
    const s = await call<DataStatus>('data.status', {});
    expect(s.targetSeason).toBe(2025);
    expect(s.latestResultsSeason).toBe(2024);
    expect(s.runs.map((r) => r.file).sort()).toEqual(first.files.map((f) => path.basename(f.file)).sort());
    expect(s.runs.find((r) => r.kind === 'player_week')).toMatchObject({ rows: 134_470, source: 'nflverse', licence: expect.stringContaining('CC BY 4.0') });
    expect(s.sources.map((x) => x.name)).toContain('nflverse');
    expect(s.counts.pool).toBeGreaterThan(900);
  });

  it('is idempotent: a second import changes no row and keeps ids and user data', async () => {
    const db = server.mode.ctx.db;
    const mahomes = (await call<PlayerSearchHit[]>('players.search', { query: 'mahomes' }))[0]!;
    db.prepare('INSERT INTO watchlist (player_id, added_at) VALUES (?, ?)').run(mahomes.id, '2025-08-01T00:00:00Z');
    const snapshot = () => {
      const out: Record<string, string[]> = {};
      for (const t of ['players', 'player_seasons', 'player_games', 'kicker_games', 'team_defense_games', 'teams', 'games', 'byes', 'watchlist']) {
        out[t] = tableRows(db, t).map((r) => r.replace(/"updated_at":"[^"]*"/, ''));
      }
      return out;
    };
    const before = snapshot();
    // snapshot() held the event loop for seconds: let the server close the keep-alive
    // socket it timed out meanwhile, or fetch would reuse it and meet a reset.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await call<DataImportResult>('data.import', { dir: dataDir() });
    expect(second.counts).toEqual(first.counts);
    const after = snapshot();
    for (const t of Object.keys(before)) expect(after[t], t).toEqual(before[t]);
  }, 180_000);
});
