// Data and Model views in a real browser against the browser-mode server, from an empty
// home: import the real data folder through the Data view (progress bar, then counts),
// a refresh that fails (the message says the data was kept, counts unchanged) and one
// cancelled mid-download, then the Model view's published backtest table and charts and
// a retrain with its progress. Screenshots land in test-results/screenshots/.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { shoot } from './page';
import { REPO_ROOT, startServer, type TestServer } from './server';

const DATA_DIR = path.resolve(REPO_ROOT, process.env.GRIDSCOUT_DATA ?? '../shared/data');

/**
 * Stands in for the nflverse and Sleeper hosts. 'missing': every file is a 404 (the refresh
 * fails at once); 'stall': headers and a few bytes, then nothing (a download in progress
 * that only Cancel or the idle timeout ends).
 */
let upstreamMode: 'missing' | 'stall' = 'missing';
const stalled: http.ServerResponse[] = [];
const upstream = http.createServer((_req, res) => {
  if (upstreamMode === 'missing') return void res.writeHead(404).end('not found');
  res.writeHead(200, { 'Content-Length': 50_000_000 });
  res.write('season,week\n');
  stalled.push(res);
});

let server: TestServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  server = await startServer({ env: { GRIDSCOUT_NFLVERSE_URL: `${base}/nflverse`, GRIDSCOUT_SLEEPER_URL: `${base}/sleeper`, GRIDSCOUT_FFC_API_URL: `${base}/ffc` } });
});

test.afterAll(async () => {
  await server?.stop();
  for (const res of stalled) res.destroy();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

async function open(page: Page, view: string): Promise<void> {
  await page.goto(`${server.url}#/${view}`);
  await expect(page.locator('.statusbar')).toContainText('Database schema v');
  await page.evaluate(() => document.fonts.ready);
}

const count = (page: Page, key: string) => page.locator(`[data-count="${key}"]`);

test('import from a folder through the Data view: progress bar, then the counts', async ({ page }) => {
  test.setTimeout(240_000);
  await open(page, 'data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No player data yet' })).toBeVisible();
  await expect(page.getByText('Data: nflverse, CC BY 4.0').first()).toBeVisible();
  await shoot(page, 'data-first-run');

  // Browser mode: the folder is on the server's machine, and the label says so.
  const folder = page.getByLabel('Folder on the server machine');
  await folder.fill(path.join(DATA_DIR, 'no-such-folder'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Import failed.');
  await expect(page.getByRole('alert')).toContainText('is not a folder');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed: the data loaded before is still there.');

  await folder.fill(DATA_DIR);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const bar = page.locator('.data-jobs progress[data-kind="import"]');
  await expect(bar).toBeVisible();
  await expect(page.locator('.data-jobs').getByRole('button', { name: 'Cancel' })).toBeVisible();
  // Wait for a determinate value so the screenshot shows real progress.
  await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
  await shoot(page, 'data-import-progress');

  await expect(page.getByRole('status')).toContainText('Import done.', { timeout: 180_000 });
  await expect(page.getByRole('status')).toContainText('Target season 2025');
  await expect(page.getByRole('heading', { name: 'No player data yet' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Loaded data' })).toBeVisible();
  for (const key of ['players', 'player_seasons', 'player_games', 'kicker_games', 'games']) {
    await expect.poll(async () => Number((await count(page, key).innerText()).replace(/,/g, ''))).toBeGreaterThan(1000);
  }
  await expect(page.locator('.data-stat').filter({ hasText: 'Target season' })).toContainText('2025');
  await expect(page.getByRole('heading', { name: 'Import history' })).toBeVisible();
  await expect(page.locator('.data-history')).toContainText('player_stats_week_1999_2024.csv');
  await shoot(page, 'data');
});

test('a failed refresh says the data was kept; a cancelled one too', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, 'data');
  await expect(count(page, 'players')).toBeVisible();
  const before = await count(page, 'player_games').innerText();

  upstreamMode = 'missing';
  await page.getByRole('button', { name: 'Refresh online' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Refresh failed.', { timeout: 30_000 });
  await expect(alert).toContainText('404');
  await expect(alert).toContainText('Nothing was changed: the data loaded before is still there.');
  await expect(count(page, 'player_games')).toHaveText(before);
  await shoot(page, 'data-refresh-failed');

  upstreamMode = 'stall';
  await page.getByRole('button', { name: 'Refresh online' }).click();
  await expect(page.locator('.data-jobs progress[data-kind="refresh"]')).toBeVisible();
  await page.locator('.data-jobs').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Refresh cancelled.', { timeout: 30_000 });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(count(page, 'player_games')).toHaveText(before);
});

test('Model view: published backtest table for every season, scatter and calibration, retrain with progress', async ({ page }) => {
  test.setTimeout(300_000);
  await open(page, 'model');
  await expect(page.getByRole('heading', { level: 1, name: 'Model' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Model' })).toHaveAttribute('aria-current', 'page');

  // Every season from 2019 to the latest with results, and the mean.
  const table = page.locator('.model-table');
  for (let season = 2019; season <= 2024; season++) await expect(table.getByRole('rowheader', { name: String(season) })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Mean' })).toBeVisible();
  await expect(table.locator('thead')).toContainText('ADP');
  await expect(page.getByText('npm run backtest:all -- --data DIR')).toBeVisible();

  // The scatter has one dot per evaluated player; the calibration a bar per season.
  const scatter = page.locator('[aria-labelledby="model-scatter"] .recharts-scatter-symbol');
  await expect.poll(() => scatter.count()).toBeGreaterThanOrEqual(195);
  await expect(page.getByRole('heading', { name: 'Projected vs actual, 2024' })).toBeVisible();
  await page.getByRole('group', { name: 'Season shown' }).getByRole('button', { name: '2021' }).click();
  await expect(page.getByRole('heading', { name: 'Projected vs actual, 2021' })).toBeVisible();
  await expect(page.locator('[aria-labelledby="model-calibration"] .recharts-bar-rectangle')).toHaveCount(18);

  // Retrain: a train job with its progress bar; the model is then current on this data.
  await page.getByRole('button', { name: 'Retrain' }).click();
  const bar = page.locator('[aria-labelledby="model-state"] progress[data-kind="train"]');
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 120_000 }).toBeGreaterThan(0);
  await page.getByRole('group', { name: 'Season shown' }).getByRole('button', { name: '2024' }).click();
  await page.locator('#view-title').scrollIntoViewIfNeeded();
  await shoot(page, 'model-training');
  const badge = page.locator('[aria-labelledby="model-state"] .badge');
  await expect(badge).toHaveText('current', { timeout: 240_000 });
  await expect(page.locator('[aria-labelledby="model-state"]')).toContainText('2025 season');
  await expect(page.locator('[aria-labelledby="model-state"]')).toContainText('Trained at');
  // The data it was trained on reads as a date and its sources, not a raw version string.
  await expect(page.locator('[aria-labelledby="model-state"]')).toContainText(/Imported \w{3} \d{1,2}, \d{4}, .* from nflverse/);

  // A second retrain, cancelled: the saved model stays in use.
  await page.getByRole('button', { name: 'Retrain' }).click();
  await page.locator('[aria-labelledby="model-state"] .data-jobs').getByRole('button', { name: 'Cancel' }).click({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toContainText('Training cancelled', { timeout: 60_000 });
  await expect(badge).toHaveText('current');

  await page.reload();
  await expect.poll(() => scatter.count()).toBeGreaterThanOrEqual(195);
  await expect(badge).toHaveText('current');
  await page.mouse.move(0, 0);
  await shoot(page, 'model');
  await page.locator('[aria-labelledby="model-calibration"]').scrollIntoViewIfNeeded();
  // Points overlap (which one depends on the published season's figures): hover where point 40
  // is drawn, whichever player's dot lies on top there; any dot's tooltip shows the projection.
  const dot = scatter.nth(40);
  await dot.hover({ force: true });
  await expect(page.locator('[aria-labelledby="model-scatter"] .recharts-tooltip-wrapper')).toContainText('Projected');
  await shoot(page, 'model-charts');
});
