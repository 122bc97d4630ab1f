// Online refresh against a local HTTP server that serves ../shared/data in the shapes
// of the real sources: nflverse release files (current schema, derived here from the
// legacy files with the README's renames) and the Sleeper API. Faults on demand: a
// connection dropped mid-file (resumed with Range), HTTP 500s, a stalled body, a
// malformed file. Whatever fails, the data stays as it was.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import type { DataRefreshResult } from '../../../shared/ipc/types';
import { startFakeFfc } from '../../test-support/fakeFfc';
import { openDatabase, type Db } from '../db/connection';
import { getPlayerProfile } from '../db/repos/players';
import { databaseFingerprint } from '../../test-support/fingerprint';
import { startTestServer } from '../../test-support/server';
import { makeTempDir } from '../../test-support/tempDirs';
import { readCsv } from './csv';
import { refreshOnline, type RefreshSources } from './refresh';
import { dataDir, nflverseFile } from '../../test-support/testData';

type Fault = { kind: 'drop' | '500' | 'stall' | 'garbage'; times: number };

const RENAMES: Record<string, string> = { interceptions: 'passing_interceptions', sacks: 'sacks_suffered', sack_yards: 'sack_yards_lost', recent_team: 'team' };
const files = new Map<string, Buffer>();
const faults = new Map<string, Fault>();
const requests: { path: string; range: string | undefined }[] = [];
let server: http.Server;
let sources: RefreshSources;
let root: string;

function slice(file: string, keep: (cols: string[], row: string[]) => boolean, current: boolean, extra?: [string, string]): Buffer {
  const [header, ...rows] = fs.readFileSync(nflverseFile(file), 'utf8').trimEnd().split('\n');
  const cols = header!.split(',');
  const names = current ? cols.map((c) => RENAMES[c] ?? c) : cols;
  const kept = rows.filter((r) => keep(cols, r.split(',')));
  const head = extra ? [...names, extra[0]] : names;
  return Buffer.from([head.join(','), ...kept.map((r) => (extra ? `${r},${extra[1]}` : r))].join('\n') + '\n');
}

const seasonIs = (s: string) => (cols: string[], row: string[]) => row[cols.indexOf('season')] === s;

function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  requests.push({ path: url, range: req.headers.range });
  const body = files.get(url);
  if (!body) {
    res.writeHead(404).end('not found');
    return;
  }
  const fault = faults.get(url);
  if (fault && fault.times > 0) {
    fault.times--;
    if (fault.kind === '500') return void res.writeHead(500).end('upstream trouble');
    if (fault.kind === 'garbage') return void res.writeHead(200, { 'Content-Length': 16 }).end('not,a\nvalid,file');
    res.writeHead(200, { 'Content-Length': body.length });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    if (fault.kind === 'drop') setTimeout(() => res.socket?.destroy(), 20);
    return; // 'stall': never finishes
  }
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  if (range) {
    const from = Number(range[1]);
    if (from >= body.length) return void res.writeHead(416).end();
    res.writeHead(206, { 'Content-Length': body.length - from, 'Content-Range': `bytes ${from}-${body.length - 1}/${body.length}` });
    return void res.end(body.subarray(from));
  }
  res.writeHead(200, { 'Content-Length': body.length }).end(body);
}

beforeAll(async () => {
  root = makeTempDir('gridscout-refresh-');
  for (const s of ['2023', '2024']) {
    files.set(`/nflverse/stats_player/stats_player_week_${s}.csv`, slice('player_stats_week_1999_2024.csv', seasonIs(s), true));
    files.set(`/nflverse/stats_player/stats_player_reg_${s}.csv`, slice('player_stats_season_reg_1999_2024.csv', seasonIs(s), true, ['season_type', 'REG']));
  }
  for (const s of ['2024', '2025']) files.set(`/nflverse/rosters/roster_${s}.csv`, slice('rosters_2022_2024_2025.csv', seasonIs(s), false));
  files.set('/nflverse/schedules/games.csv', fs.readFileSync(nflverseFile('games_1999_2025.csv')));
  files.set('/nflverse/teams/teams_colors_logos.csv', fs.readFileSync(nflverseFile('teams_colors_logos.csv')));
  files.set('/sleeper/v1/players/nfl', fs.readFileSync(path.join(dataDir(), 'sleeper', 'players_nfl_2026-04-20.json')));
  files.set('/sleeper/v1/state/nfl', Buffer.from(JSON.stringify({ season: '2025', season_type: 'pre', week: 0, league_season: '2025' })));
  server = http.createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  sources = { nflverseBase: `http://127.0.0.1:${port}/nflverse`, sleeperBase: `http://127.0.0.1:${port}/sleeper` };
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(root, { recursive: true, force: true });
});

const fast = { retries: 2, idleTimeoutMs: 500, backoffMs: () => 10 };

describe('online refresh', () => {
  let db: Db;
  const home = () => path.join(root, 'home');
  let now = new Date('2025-08-01T12:00:00Z');

  beforeAll(() => {
    db = openDatabase(path.join(home(), 'gridscout.db')).db;
  });
  afterAll(() => db.close());

  it('downloads, resumes a dropped file with Range, and imports everything', async () => {
    faults.set('/nflverse/stats_player/stats_player_week_2024.csv', { kind: 'drop', times: 1 });
    const r = await refreshOnline(db, { home: home(), sources, seasons: [2023, 2024], now: () => now, download: fast });
    const week2024 = r.downloaded.find((d) => d.name === 'stats_player_week_2024.csv')!;
    expect(week2024.attempts).toBe(2);
    const asked = requests.filter((q) => q.path.endsWith('stats_player_week_2024.csv'));
    expect(asked.at(-1)!.range).toMatch(/^bytes=\d+-$/); // the second attempt resumed
    expect(r.missing).toEqual([]); // every planned file exists on this server
    expect(r.targetSeason).toBe(2025);
    expect(r.counts.player_seasons).toBe(588 + 607); // the 2023 and 2024 player-seasons
    // Mahomes' 2024 from the current-schema file scores as nflverse scored the legacy one.
    const season = readCsv(nflverseFile('player_stats_season_reg_1999_2024.csv'));
    const row = season.rows.find((x) => x[season.require('player_display_name')] === 'Patrick Mahomes' && x[season.require('season')] === '2024')!;
    const id = db.prepare(`SELECT id FROM players WHERE name = 'Patrick Mahomes'`).pluck().get() as number;
    const p = getPlayerProfile(db, id, SCORING_PRESETS.ppr, 'ppr')!;
    expect(p.seasons.find((s) => s.season === 2024)!.points).toBeCloseTo(Number(row[season.require('fantasy_points_ppr')]), 2);
    expect(p.inPool).toBe(true);
    // Only the Sleeper file stays in downloads (its age gates the next fetch).
    expect(fs.readdirSync(path.join(home(), 'downloads'))).toEqual(['players_nfl.json']);
  });

  it('fetches the Sleeper players file at most daily', async () => {
    const before = requests.filter((q) => q.path === '/sleeper/v1/players/nfl').length;
    now = new Date('2025-08-01T18:00:00Z');
    const r = await refreshOnline(db, { home: home(), sources, seasons: [2024], now: () => now, download: fast });
    expect(r.reusedSleeper).toBe(true);
    expect(requests.filter((q) => q.path === '/sleeper/v1/players/nfl').length).toBe(before);
  });

  const failures: [string, string, Fault, RegExp][] = [
    ['a server that keeps answering 500', '/nflverse/schedules/games.csv', { kind: '500', times: 99 }, /Could not download .*games\.csv after 3 attempts: HTTP 500/],
    ['a body that stalls', '/nflverse/rosters/roster_2024.csv', { kind: 'stall', times: 99 }, /Could not download .*roster_2024\.csv after 3 attempts: no data for/],
    ['a malformed file', '/nflverse/rosters/roster_2025.csv', { kind: 'garbage', times: 1 }, /roster_2025\.csv \(line 1, column season\): the header has no "season" column/],
  ];
  for (const [name, url, fault, message] of failures) {
    it(`keeps the previous data on ${name}`, async () => {
      const before = databaseFingerprint(db);
      faults.set(url, { ...fault });
      now = new Date(now.getTime() + 2 * 86_400_000); // Sleeper is due again too
      await expect(refreshOnline(db, { home: home(), sources, seasons: [2024], now: () => now, download: fast })).rejects.toThrow(message);
      faults.delete(url);
      expect(databaseFingerprint(db)).toBe(before);
    });
  }
});

describe('data.refresh over HTTP', () => {
  it('runs as a refresh job against the configured sources and reports what it fetched', async () => {
    const saved = { n: process.env.GRIDSCOUT_NFLVERSE_URL, s: process.env.GRIDSCOUT_SLEEPER_URL };
    process.env.GRIDSCOUT_NFLVERSE_URL = sources.nflverseBase;
    process.env.GRIDSCOUT_SLEEPER_URL = sources.sleeperBase;
    // The refresh fetches the season's ADP too: from a fake Fantasy Football Calculator, which has none for 2025 in one format.
    const ffc = await startFakeFfc(dataDir());
    ffc.queue.push('ok', 'no_data');
    process.env.GRIDSCOUT_FFC_API_URL = ffc.url;
    const app = await startTestServer();
    const phases: string[] = [];
    app.mode.ctx.events.subscribe((name, payload) => {
      if (name === 'job.progress' && (payload as { kind: string }).kind === 'refresh') phases.push((payload as { phase: string }).phase);
    });
    try {
      const res = await app.call('data.refresh', { seasons: [2024] });
      expect(res.result?.ok).toBe(true);
      const value = (res.result as { value: DataRefreshResult }).value;
      expect(value.targetSeason).toBe(2025);
      expect(value.downloaded.map((d) => d.name)).toContain('stats_player_week_2024.csv');
      expect(value.counts.player_seasons).toBe(607);
      expect(phases).toContain('Downloading games.csv');
      expect(phases.at(-1)).toBe('done');
      // ADP came with the data: every format asked once for the target season; the one without ADP said so, the others stored.
      expect(ffc.requests.map((r) => r.path)).toEqual(['ppr', 'half-ppr', 'standard', '2qb'].map((f) => `/api/v1/adp/${f}?teams=12&year=2025`));
      expect(value.adp).toHaveLength(4);
      expect(value.adp[0]).toMatch(/^PPR: \d+ of 180 players matched$/);
      expect(value.adp[1]).toMatch(/^half PPR: Fantasy Football Calculator has no 2025 half ADP for 12 teams yet \("No ADP data found\."\)/);
      expect(app.mode.ctx.db.prepare('SELECT count(*) FROM adp_snapshots WHERE season = 2025').pluck().get()).toBe(3);
      const bad = await app.call('data.refresh', { seasons: [1850] });
      expect(bad.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await app.stop();
      await ffc.close();
      delete process.env.GRIDSCOUT_FFC_API_URL;
      process.env.GRIDSCOUT_NFLVERSE_URL = saved.n;
      process.env.GRIDSCOUT_SLEEPER_URL = saved.s;
      if (saved.n === undefined) delete process.env.GRIDSCOUT_NFLVERSE_URL;
      if (saved.s === undefined) delete process.env.GRIDSCOUT_SLEEPER_URL;
    }
  }, 120_000);
});
