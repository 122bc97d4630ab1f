// ADP in a real browser on real data, from a fake Fantasy Football Calculator (a real HTTP
// server on 127.0.0.1 answering in FFC's shape from the evaluation-only 2025 export, plus one
// row written as no other source writes a name: "Chatarius Atwell", whom our data knows as
// Tutu Atwell). The Data view: a refresh before drafting season says so and keeps nothing; a
// slow refresh shows its progress, then the result; the Players table then shows ADP and value
// vs ADP; the unmatched row is matched by hand and stays matched after another refresh.
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ffcAnswer, startFakeFfc, type FakeFfc } from '../electron/test-support/fakeFfc';
import { DASH } from '../shared/domain/format';
import { shoot, watch } from './page';
import { DATA_DIR, importedHome, startServer, type TestServer } from './server';

let server: TestServer;
let fake: FakeFfc;
let home = '';
const SEASON = 2025;
const ATWELL = { name: 'Chatarius Atwell', position: 'WR', team: 'LAR', adp: 150.5 };

test.describe.configure({ mode: 'serial' });
test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  home = importedHome('gridscout-e2e-adp-').home;
  fake = await startFakeFfc(DATA_DIR, { stallMs: 2_500, extra: [ATWELL] });
  server = await startServer({ home, env: { GRIDSCOUT_FFC_API_URL: fake.url } });
});

test.afterAll(async () => {
  await server?.stop();
  await fake?.close();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

/** The FFC answer the fake gives for 12-team PPR, to read a player's ADP from. */
const served = ffcAnswer(DATA_DIR, SEASON, 'ppr', 12) as { players: { name: string; adp: number }[] };

/** One player's row in the Players table (searched by name) and its ADP and value-vs-ADP cells. */
async function playerRow(page: Page, query: string): Promise<{ adp: Locator; vsAdp: Locator }> {
  const table = page.getByRole('grid', { name: 'Players' });
  await page.getByRole('searchbox', { name: 'Search players' }).fill(query);
  const rows = table.locator('tbody tr[id^="pool-row-"]');
  await expect(rows).toHaveCount(1);
  const headers = await table.getByRole('columnheader').allTextContents();
  const at = (label: string) => headers.findIndex((h) => h.trim() === label);
  expect(at('ADP'), headers.join('|')).toBeGreaterThan(0);
  expect(at('vs ADP'), headers.join('|')).toBeGreaterThan(0);
  return { adp: rows.first().getByRole('gridcell').nth(at('ADP')), vsAdp: rows.first().getByRole('gridcell').nth(at('vs ADP')) };
}

const adpSection = (page: Page) => page.getByRole('region', { name: 'ADP: the draft market' });

test('refresh ADP in the Data view: "no data yet" keeps nothing, a slow answer shows progress, then the result', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/data`);
  const adp = adpSection(page);
  await expect(adp).toBeVisible({ timeout: 60_000 });
  await expect(adp.getByRole('list', { name: 'Market per format' })).toContainText(`No ADP for ${SEASON}`);

  // Before drafting season FFC answers "No ADP data found.": said in words, nothing stored.
  fake.queue.push('no_data');
  await adp.getByRole('button', { name: 'Refresh ADP' }).click();
  await expect(adp.getByRole('alert')).toContainText('No ADP data found.');
  await expect(adp.getByRole('alert')).toContainText('Your stored ADP is unchanged.');
  await expect(adp.getByRole('table')).toHaveCount(0);

  // A slow answer: the button and the top bar's job say it is working until it comes.
  fake.queue.push('stall');
  await adp.getByRole('button', { name: 'Refresh ADP' }).click();
  await expect(adp.getByRole('button', { name: 'Working…' })).toBeDisabled();
  const jobs = page.getByRole('group', { name: 'Background jobs' });
  await expect(jobs).toContainText('Fetching ADP');
  await expect(jobs).toContainText(`Fetching ${SEASON} ADP from Fantasy Football Calculator`);
  await shoot(page, 'adp-refresh-progress');

  const total = served.players.length + 1;
  await expect(adp.getByRole('status')).toHaveText(`Fantasy Football Calculator ${SEASON} ppr: ${total - 1} of ${total} players matched, 1 unmatched (below).`, { timeout: 20_000 });
  expect(fake.requests.at(-1)!.path).toBe(`/api/v1/adp/ppr?teams=12&year=${SEASON}`);
  expect(fake.requests.at(-1)!.userAgent).toMatch(/GridScout/);
  const history = adp.getByRole('table');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText(`${total - 1} / ${total}`);
  await expect(history.getByRole('row').nth(1)).toContainText('1,234 drafts');
  await expect(adp.getByRole('list', { name: 'Market per format' })).toContainText(`ADP: Fantasy Football Calculator, ${SEASON} PPR, 12 teams`);
  await expect(adp.locator('.adp-unmatched-row')).toHaveText([/150\.5\s*Chatarius Atwell \(WR, LAR\)/]);
  await adp.scrollIntoViewIfNeeded();
  await shoot(page, 'adp-refreshed');
  expect(problems).toEqual([]);
});

test('the Players table shows ADP and value vs ADP from the refreshed market', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/players`);
  await expect(page.getByRole('grid', { name: 'Players' }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.market-note')).toContainText(`ADP: Fantasy Football Calculator, ${SEASON} PPR, 12 teams`);
  await expect(page.getByRole('link', { name: /ADP: Fantasy Football Calculator/ })).toHaveAttribute('href', 'https://fantasyfootballcalculator.com/adp');

  for (const name of ["Ja'Marr Chase", 'Bijan Robinson', 'Josh Allen', 'Amon-Ra St. Brown']) {
    const want = served.players.find((p) => p.name === name);
    expect(want, name).toBeTruthy();
    const { adp, vsAdp } = await playerRow(page, name);
    await expect(adp).toHaveText(want!.adp.toFixed(1));
    await expect(vsAdp).toHaveText(/^(\+\d+|-\d+|0)$/);
  }
  // The row no name matched: no ADP for him yet.
  const atwell = await playerRow(page, 'Tutu Atwell');
  await expect(atwell.adp).toHaveText(DASH);
  // Bargains first: sorted by value vs ADP, the biggest positive figures lead and players with no ADP come last.
  await page.getByRole('searchbox', { name: 'Search players' }).fill('');
  const table = page.getByRole('grid', { name: 'Players' });
  await table.getByRole('button', { name: 'vs ADP' }).click();
  await expect(table.getByRole('columnheader', { name: 'vs ADP' })).toHaveAttribute('aria-sort', 'descending');
  const top = (await table.locator('tbody tr[id^="pool-row-"]').first().getByRole('gridcell').allTextContents()).map((t) => t.trim());
  expect(top.some((t) => /^\+\d+$/.test(t)), top.join('|')).toBe(true);
  await shoot(page, 'adp-players-value-vs-adp');
  expect(problems).toEqual([]);
});

test('an unmatched row matched by hand gets its ADP and stays matched after another refresh', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/data`);
  const adp = adpSection(page);
  await adp.getByRole('button', { name: 'Match Chatarius Atwell by hand' }).click();
  // The search starts from his last name, among wide receivers.
  const search = adp.getByRole('textbox', { name: 'Search a WR for Chatarius Atwell' });
  await expect(search).toHaveValue('Atwell');
  const hit = adp.getByRole('listbox', { name: 'Players' }).getByRole('button', { name: /^Tutu Atwell \(WR, LA\)/ });
  await expect(hit).toBeVisible();
  await adp.scrollIntoViewIfNeeded();
  await shoot(page, 'adp-match-by-hand');
  await hit.click();
  await expect(adp.locator('.adp-unmatched-row')).toHaveCount(0);
  await expect(adp.getByRole('table').getByRole('row').nth(1)).toContainText(`${served.players.length + 1} / ${served.players.length + 1}`);

  // Fetched again (forced: within a day the stored one would be reused): the new snapshot keeps him matched.
  await adp.getByLabel('Fetch again').check();
  await adp.getByRole('button', { name: 'Refresh ADP' }).click();
  const total = served.players.length + 1;
  await expect(adp.getByRole('status')).toHaveText(`Fantasy Football Calculator ${SEASON} ppr: ${total} of ${total} players matched.`, { timeout: 20_000 });
  await expect(adp.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(adp.locator('.adp-unmatched-row')).toHaveCount(0);

  await page.goto(`${server.url}/#/players`);
  await expect(page.getByRole('grid', { name: 'Players' }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  const atwell = await playerRow(page, 'Tutu Atwell');
  await expect(atwell.adp).toHaveText('150.5');
  await expect(atwell.vsAdp).toHaveText(/^(\+\d+|-\d+|0)$/);
  await shoot(page, 'adp-players-matched-by-hand');
  expect(problems).toEqual([]);
});
