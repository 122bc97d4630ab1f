// Mock drafts against the market in a real browser on real data. First with no 2025 ADP (the
// home holds 2022-2024 ADP, imported with the adp:import CLI): the room says the market is
// estimated and the bots draft from the estimate. Then the 2025 FantasyPros export imported
// in the Data view and a league that chose that CSV in its form: the room names that market
// and the bots draft near its ADP. Screenshots of the board after round 3 in both modes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fantasyProsCsv } from '../electron/main/simulate/evalAdp';
import type { DraftRoom, League } from '../shared/ipc/types';
import { shoot, watch } from './page';
import { callApi, DATA_DIR, importedHome, REPO_ROOT, startServer, type TestServer } from './server';

let server: TestServer;
let home = '';
let csvDir = '';
const MY_SLOT = 6;
const CSV_2025 = 'FantasyPros_2025_Overall_ADP_Rankings.csv';

test.describe.configure({ mode: 'serial' });
test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  home = importedHome('gridscout-e2e-market-').home;
  csvDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-e2e-adp-csv-'));
  for (const season of [2022, 2023, 2024]) {
    const file = path.join(csvDir, `FantasyPros_${season}_Overall_ADP_Rankings.csv`);
    fs.writeFileSync(file, fantasyProsCsv(DATA_DIR, season)!);
    execFileSync('npx', ['tsx', 'electron/cli/adp.ts', 'import', '--from', file, '--season', String(season), '--format', 'ppr', '--home', home, '--json'], { cwd: REPO_ROOT, stdio: 'pipe' });
  }
  server = await startServer({ home });
});

test.afterAll(async () => {
  await server?.stop();
  for (const dir of [home, csvDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);

/** A 12-team PPR league made in the form, with the ADP source chosen there. */
async function leagueFromForm(page: Page, name: string, source: string): Promise<void> {
  await page.goto(`${server.url}/#/leagues/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Your draft slot').selectOption({ label: String(MY_SLOT) });
  await page.getByLabel('ADP source').selectOption({ label: source });
  await shoot(page, `mock-market-league-form-${source === 'Imported CSV' ? 'csv' : 'auto'}`);
  await page.getByRole('button', { name: 'Create league' }).click();
  await expect(page).toHaveURL(/#\/leagues$/);
}

/** Starts the league's mock draft, drafts the top recommendation three times, and waits for the bots to reach my fourth pick. */
async function draftThreeRounds(page: Page, leagueName: string): Promise<DraftRoom> {
  await page.goto(`${server.url}/#/leagues`);
  await page.getByRole('region', { name: leagueName }).getByRole('button', { name: 'Mock draft' }).click();
  await expect(page).toHaveURL(/#\/draft\/\d+$/);
  const draftId = Number(/#\/draft\/(\d+)$/.exec(page.url())![1]);
  for (let mine = 0; mine < 3; mine++) {
    await expect(page.locator('.clock-bar.is-mine')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 60_000 });
    const before = await page.locator('.clock-progress').textContent();
    await page.keyboard.press('/');
    await page.keyboard.press('Enter');
    await expect(page.locator('.clock-progress')).not.toHaveText(before!, { timeout: 30_000 });
  }
  await expect(page.locator('.clock-bar.is-mine')).toBeVisible({ timeout: 60_000 });
  // Snake, slot 6 of 12: my fourth pick is the 43rd.
  await expect(page.locator('.clock-progress')).toHaveText(/^42 \/ 180 picks$/);
  await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 60_000 });
  return api<DraftRoom>('drafts.get', { draftId });
}

/** The bots' mean distance from ADP (as the room prices players) over picks 1-36. */
function botsFromAdp(room: DraftRoom): number {
  const adp = new Map(room.players.map((p) => [p.id, p.adp]));
  const picks = room.board.filter((c) => c.overall <= 36 && c.team !== MY_SLOT - 1 && c.playerId !== null);
  expect(picks).toHaveLength(33);
  return picks.reduce((s, c) => s + Math.abs(c.overall - (adp.get(c.playerId!) ?? 200)), 0) / picks.length;
}

test('no 2025 ADP: the room says the market is estimated; rounds 1-3 drafted against the estimate', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page, server.url);
  await leagueFromForm(page, 'Estimate league', 'Freshest for this league');
  const room = await draftThreeRounds(page, 'Estimate league');
  const note = page.locator('.market-note');
  await expect(note).toHaveAttribute('data-market', 'estimate');
  await expect(note.locator('.badge')).toHaveText('Estimated market');
  await expect(note).toContainText('No 2025 ADP yet: draft positions are estimated from 2022, 2023, 2024 ADP and our projections');
  expect(room.market.kind).toBe('estimate');
  const distance = botsFromAdp(room);
  console.info(`estimate mode: bots' mean |pick - estimated ADP| over picks 1-36 = ${distance.toFixed(1)}`);
  expect(distance).toBeLessThanOrEqual(12);
  await shoot(page, 'mock-market-estimate-rounds-1-3');
  expect(problems).toEqual([]);
});

test('2025 ADP imported in the Data view, a league that chose the CSV: the room names it; rounds 1-3 near ADP', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/data`);
  const adp = page.getByRole('region', { name: 'ADP: the draft market' });
  await adp.getByLabel('Import a CSV (PPR)').setInputFiles({ name: CSV_2025, mimeType: 'text/csv', buffer: Buffer.from(fantasyProsCsv(DATA_DIR, 2025)!) });
  await expect(adp.getByRole('status')).toContainText(/^CSV 2025 ppr: \d+ of \d+ players matched/, { timeout: 30_000 });
  await expect(adp.getByRole('list', { name: 'Market per format' })).toContainText(`ADP: imported from ${CSV_2025}, 2025 PPR`);

  await leagueFromForm(page, 'CSV league', 'Imported CSV');
  const league = (await api<League[]>('leagues.list', {})).find((l) => l.name === 'CSV league')!;
  expect(league.config.adpSource).toBe('csv');
  const room = await draftThreeRounds(page, 'CSV league');
  const note = page.locator('.market-note');
  await expect(note).toHaveAttribute('data-market', 'adp');
  await expect(note).toContainText(`ADP: imported from ${CSV_2025} (this league's choice), 2025 PPR`);
  const distance = botsFromAdp(room);
  console.info(`ADP mode: bots' mean |pick - ADP| over picks 1-36 = ${distance.toFixed(1)}`);
  expect(distance).toBeLessThanOrEqual(12);
  await shoot(page, 'mock-market-adp-rounds-1-3');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'mock-market-adp-rounds-1-3-dark');
  expect(problems).toEqual([]);
});
