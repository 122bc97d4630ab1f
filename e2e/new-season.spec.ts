// A new season through "Refresh online" in a real browser: the user has 2023 (legacy files);
// a local server in nflverse's release shapes publishes 2024 in the current schema (with
// team-level rows and repeats) plus rosters, schedule and Sleeper players. After the
// refresh the Data view shows the new target season and the skipped lines, and the Players
// view shows 2024's results. Screenshots: new-season-data.png, new-season-players.png.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writeCurrentSchemaReg, writeCurrentSchemaWeek, writeLegacySlice } from '../electron/test-support/currentSchema';
import { shoot, watch } from './page';
import { DATA_DIR, REPO_ROOT, startServer, type TestServer } from './server';

test.describe.configure({ mode: 'serial' });
test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

let root = '';
let upstream: http.Server;
let app: TestServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-e2e-season-'));
  const legacy = path.join(root, 'legacy');
  const published = path.join(root, 'published');
  fs.mkdirSync(legacy);
  fs.mkdirSync(published);
  const is2023 = (r: Record<string, string>) => r.season === '2023';
  for (const f of ['player_stats_week_1999_2024.csv', 'player_stats_season_reg_1999_2024.csv', 'kicking_week_1999_2024.csv']) writeLegacySlice(legacy, f, is2023);
  writeLegacySlice(legacy, 'games_1999_2025.csv', (r) => Number(r.season) <= 2024);
  writeLegacySlice(legacy, 'teams_colors_logos.csv', () => true);
  writeCurrentSchemaWeek(published, 2024, true);
  writeCurrentSchemaReg(published, 2024, true);
  for (const s of ['2024', '2025']) fs.renameSync(writeLegacySlice(published, 'rosters_2022_2024_2025.csv', (r) => r.season === s), path.join(published, `roster_${s}.csv`));
  const files = new Map<string, string>([
    ['/nflverse/stats_player/stats_player_week_2024.csv', path.join(published, 'stats_player_week_2024.csv')],
    ['/nflverse/stats_player/stats_player_reg_2024.csv', path.join(published, 'stats_player_reg_2024.csv')],
    ['/nflverse/rosters/roster_2024.csv', path.join(published, 'roster_2024.csv')],
    ['/nflverse/rosters/roster_2025.csv', path.join(published, 'roster_2025.csv')],
    ['/nflverse/schedules/games.csv', path.join(DATA_DIR, 'nflverse', 'games_1999_2025.csv')],
    ['/nflverse/teams/teams_colors_logos.csv', path.join(DATA_DIR, 'nflverse', 'teams_colors_logos.csv')],
    ['/sleeper/v1/players/nfl', path.join(DATA_DIR, 'sleeper', 'players_nfl_2026-04-20.json')],
  ]);
  upstream = http.createServer((req, res) => {
    if (req.url === '/sleeper/v1/state/nfl') return void res.writeHead(200).end(JSON.stringify({ season: '2025', league_season: '2025', season_type: 'pre' }));
    const file = files.get(req.url ?? '');
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;

  const home = path.join(root, 'home');
  execFileSync('npx', ['tsx', 'electron/cli/import.ts', '--from', legacy, '--home', home, '--json'], { cwd: REPO_ROOT, stdio: 'pipe' });
  app = await startServer({
    home,
    // The refresh asks for ADP too: this stand-in has none (404), which the outcome says and nothing changes.
    env: { GRIDSCOUT_NFLVERSE_URL: `http://127.0.0.1:${port}/nflverse`, GRIDSCOUT_SLEEPER_URL: `http://127.0.0.1:${port}/sleeper`, GRIDSCOUT_FFC_API_URL: `http://127.0.0.1:${port}/ffc` },
  });
});

test.afterAll(async () => {
  await app?.stop();
  upstream?.closeAllConnections();
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('refresh brings 2024 in the current schema: target 2025, skipped lines listed, 2024 results in Players', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = watch(page, app!.url);
  await page.goto(`${app!.url}/#/data`);
  await expect(page.locator('[data-count]').first()).toBeVisible();
  await expect(page.locator('.data-stat', { hasText: 'Target season' })).toContainText('2024');

  await page.getByRole('button', { name: 'Refresh online' }).click();
  await expect(page.getByText('Refresh done.')).toBeVisible({ timeout: 240_000 });
  await expect(page.getByText(/Skipped [0-9,]+ lines that are not a player's/)).toBeVisible();
  // The season's ADP was asked for too; this stand-in has none, and the outcome says so per format.
  await expect(page.locator('.data-outcome-adp li')).toHaveCount(4);
  await expect(page.locator('.data-outcome-adp li').first()).toContainText('PPR: Fantasy Football Calculator answered HTTP 404');
  await shoot(page, 'new-season-refresh-adp');
  await expect(page.locator('.data-stat', { hasText: 'Target season' })).toContainText('2025');
  const weekRun = page.locator('.data-history tr', { hasText: 'stats_player_week_2024.csv' });
  await weekRun.locator('summary').click();
  await expect(weekRun).toContainText('570 no player_id (a team-level row)');
  await weekRun.scrollIntoViewIfNeeded();
  await shoot(page, 'new-season-data');

  await page.goto(`${app!.url}/#/players`);
  const table = page.getByRole('grid', { name: 'Players' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  // The 2025 pool in its default order: the Last columns are 2024's results, from the current-schema files.
  await shoot(page, 'new-season-players');
  // Mahomes' 2024: 283.0 PPR points in 16 games, as nflverse's legacy season file has them.
  await page.getByRole('searchbox', { name: 'Search players' }).fill('Mahomes');
  const mahomes = table.locator('tbody tr[id^="pool-row-"]').first();
  await expect(mahomes).toContainText('Patrick Mahomes');
  await expect(mahomes).toContainText('283.0');
  expect(problems).toEqual([]);
});
