// Live draft sync and manual entry in a real browser on real data: follow a draft from a fake
// Sleeper (a real HTTP server on 127.0.0.1 replaying a 12 x 15 draft of real players), watch
// the board fill, my turn announced in the page title, recommendations updating; then the
// manual-entry rules: a pick out of turn, an already-drafted player, an ambiguous Enter that
// asks, nicknames and initials.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import type { DraftRoom, League } from '../shared/ipc/types';
import { FakeSleeper } from '../electron/test-support/sync/fakeSleeper';
import { buildScript, DRAFT_ID } from '../electron/test-support/sync/script';
import { ESPN_LEAGUE_URL, FakeEspn, privateLeague } from '../electron/test-support/sync/fakeEspn';
import { shoot, watch } from './page';
import { callApi, DATA_DIR, importedHome, startServer, type TestServer } from './server';
import { databaseFile } from '../electron/main/paths';

let server: TestServer;
let home = '';
const fake = new FakeSleeper({ draft: { draft_id: DRAFT_ID, settings: {} }, picks: [], traded: [] });
const ESPN_COOKIES = { espnS2: 'AEBx7Yk%2F3n0Qm9Zr0bT8pW1c%2BdF5gH6jK7lM8nO9pQ0rS1tU2vW3xY4zA5bC6dE7fG8hI9jK0lM%3D', swid: '{1A2B3C4D-5E6F-4A8B-9C0D-1E2F3A4B5C6D}' };
let espn: FakeEspn;

test.describe.configure({ mode: 'serial' });
test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);

const slots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 6 };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  home = importedHome('gridscout-e2e-sync-').home;
  await fake.start();
  // ESPN's league is built from the data before the server opens the database.
  const db0 = new Database(databaseFile(home), { readonly: true, fileMustExist: true });
  const ranked = db0.prepare('SELECT id FROM players WHERE in_pool = 1 ORDER BY id').pluck().all() as number[];
  espn = new FakeEspn(privateLeague(db0, ranked.map(String), ESPN_COOKIES, 18).league);
  db0.close();
  await espn.start();
  espn.reveal(12);
  server = await startServer({ home, env: { GRIDSCOUT_SLEEPER_API_URL: fake.url, GRIDSCOUT_ESPN_API_URL: espn.url, GRIDSCOUT_SYNC_TIME_SCALE: '0.1' } });
  // The scripted draft takes real players in the order a room ranks them.
  const league = await api<League>('leagues.create', { name: 'Order', scoringPreset: 'ppr', config: { teams: 12, myTeam: 0, draftType: 'snake', rosterSlots: slots } });
  const order = (await api<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).players.map((p) => p.id);
  const db = new Database(databaseFile(home), { readonly: true, fileMustExist: true });
  try {
    fake.script = buildScript(db, order).script;
  } finally {
    db.close();
  }
});

test.afterAll(async () => {
  await server?.stop();
  await fake.stop();
  await espn?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

const filled = (page: Page) => page.locator('.board-cell.is-filled');

test('follow a Sleeper draft: the board fills, my turn is announced, recommendations update', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/draft`);
  await page.getByLabel('Sleeper draft URL or id').fill(`https://sleeper.com/draft/nfl/${DRAFT_ID}`);
  await page.getByLabel('Your Sleeper username (finds your team)').fill('scout_five');
  await page.getByRole('button', { name: 'Follow' }).click();
  await expect(page).toHaveURL(/#\/draft\/\d+$/, { timeout: 30_000 });
  const sync = page.getByRole('status', { name: 'Draft sync' });
  await expect(sync).toContainText('Waiting for the draft to start');
  // The keeper is on the board before the first pick.
  await expect(filled(page)).toHaveCount(1);
  await expect(page.getByLabel('Your team')).toHaveValue('4');

  fake.reveal(2);
  await expect(sync).toContainText('Following', { timeout: 15_000 });
  await expect(filled(page)).toHaveCount(3, { timeout: 15_000 });
  const before = await page.locator('.plist-row').first().locator('.plist-name b').textContent();
  fake.reveal(2);
  // Pick 1.05 is mine: the page title says so, recommendations are for me.
  await expect(page).toHaveTitle(/Your pick \(1\.05\)/, { timeout: 15_000 });
  await expect(page.locator('.clock-main')).toContainText('You');
  await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 30_000 });
  const mine = await page.locator('.plist-row').first().locator('.plist-name b').textContent();
  expect(mine).not.toBe(null);
  expect(before).not.toBe(null);
  await shoot(page, 'draft-sync-my-turn');
  // The host goes on: picks arrive without typing, the title goes back.
  for (let i = 0; i < 40; i++) {
    fake.reveal(1);
    await page.waitForTimeout(60);
  }
  await expect(filled(page)).toHaveCount(44, { timeout: 30_000 });
  await expect(page).toHaveTitle(/^GridScout$/);
  await expect(sync).toContainText(/Last update \d+ s ago/);
  // A failing host: "reconnecting", the board kept.
  fake.fail({ kind: 'error', status: 500 }, { kind: 'error', status: 500 }, { kind: 'error', status: 500 }, { kind: 'error', status: 500 });
  await expect(sync).toContainText('Reconnecting', { timeout: 15_000 });
  await expect(filled(page)).toHaveCount(44);
  await shoot(page, 'draft-sync-reconnecting');
  fake.reveal(5);
  await expect(filled(page)).toHaveCount(49, { timeout: 30_000 });
  await expect(sync).toContainText('Following');
  await shoot(page, 'draft-sync');
  expect(problems).toEqual([]);
});

test('follow a private ESPN league: refused without the cookies, followed with them, picks may be late', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page, server.url, { expected: [/status of 400/] });
  await page.goto(`${server.url}/#/draft`);
  await page.getByLabel('Host').selectOption('espn');
  await expect(page.locator('.follow-note')).toContainText('ESPN may show picks late');
  await page.getByLabel('ESPN league URL or id').fill(ESPN_LEAGUE_URL);
  await page.getByRole('button', { name: 'Follow' }).click();
  const alert = page.locator('.follow-form [role="alert"]');
  await expect(alert).toContainText('ESPN league 424242 is private (401): paste your espn_s2 and SWID cookies to follow it.', { timeout: 30_000 });
  await expect(page).toHaveURL(/#\/draft$/);
  await page.getByLabel('espn_s2').fill(ESPN_COOKIES.espnS2);
  await page.getByLabel('SWID').fill(ESPN_COOKIES.swid.slice(1, -1));
  await shoot(page, 'draft-follow-espn-private');
  await page.getByRole('button', { name: 'Follow' }).click();
  await expect(page).toHaveURL(/#\/draft\/\d+$/, { timeout: 30_000 });
  await expect(filled(page)).toHaveCount(12, { timeout: 15_000 });
  const sync = page.getByRole('status', { name: 'Draft sync' });
  await expect(sync).toContainText('ESPN league 424242');
  await expect(sync).toContainText("ESPN's league API may show picks late");
  // Every request since the cookies were pasted carried them; none before.
  const withCookie = espn.log.filter((r) => r.cookie !== null);
  expect(withCookie.length).toBeGreaterThan(0);
  expect(withCookie.every((r) => r.status === 200 && r.cookie === `espn_s2=${ESPN_COOKIES.espnS2}; SWID=${ESPN_COOKIES.swid}`)).toBe(true);
  // ESPN signs the user out mid-draft: the sync line asks for fresh cookies, and the board goes on with them.
  const fresh = { espnS2: ESPN_COOKIES.espnS2.replace('AEBx', 'AEBz'), swid: '{9F8E7D6C-5B4A-4F3E-8D2C-1B0A9F8E7D6C}' };
  espn.renewCookies(fresh);
  espn.reveal(3);
  await expect(sync).toContainText("ESPN refused this league's cookies", { timeout: 30_000 });
  const renewal = page.getByRole('form', { name: 'ESPN cookies' });
  await renewal.getByLabel('espn_s2').fill(fresh.espnS2);
  await renewal.getByLabel('SWID').fill(fresh.swid);
  await shoot(page, 'draft-follow-espn-renew');
  await renewal.getByRole('button', { name: 'Use these cookies' }).click();
  await expect(filled(page)).toHaveCount(15, { timeout: 30_000 });
  await expect(renewal).toHaveCount(0);
  await expect(sync).toContainText('Following');
  // Back at the form the cookies are kept, not shown, and can be forgotten.
  await page.goto(`${server.url}/#/draft`);
  await page.getByLabel('Host').selectOption('espn');
  await expect(page.locator('.espn-kept')).toContainText('Cookies kept until GridScout closes.');
  await expect(page.getByLabel('espn_s2')).toHaveValue('');
  await page.getByRole('button', { name: 'Forget cookies' }).click();
  await expect(page.locator('.espn-kept')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('manual entry: out of turn, already drafted, an ambiguous Enter asks, nicknames and initials', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page, server.url);
  const league = await api<League>('leagues.create', { name: 'Manual league', scoringPreset: 'ppr', config: { teams: 12, myTeam: 0, draftType: 'snake', rosterSlots: slots } });
  const room = await api<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' });
  await page.goto(`${server.url}/#/draft/${room.draft.id}`);
  await expect(page.locator('.draft-room')).toBeVisible({ timeout: 30_000 });
  const search = page.locator('#draft-search');
  const top = page.locator('.plist-row.is-selected .plist-name b');

  // Initials and nicknames find players.
  const nicknames: [string, string][] = [
    ['CMC', 'Christian McCaffrey'],
    ['ARSB', 'Amon-Ra St. Brown'],
    ['Hollywood Brown', 'Marquise Brown'],
  ];
  for (const [typed, name] of nicknames) {
    await search.fill(typed);
    await expect(top).toHaveText(name);
  }

  // Out of turn: Team 3 picks while Team 1 is on the clock; he goes into Team 3's slot 1.03.
  await page.getByLabel('Pick for', { exact: true }).selectOption({ label: 'Team 3 (next open slot)' });
  await search.fill('CMC');
  await expect(page.locator('#players-title')).toHaveText('Enter the pick for Team 3');
  // The heading stays on one line beside the "Pick for" choice.
  const heading = await page.locator('#players-title').boundingBox();
  const lineHeight = await page.locator('#players-title').evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
  expect(heading!.height).toBeLessThan(lineHeight * 1.5);
  await shoot(page, 'draft-manual-pick-for');
  await search.press('Enter');
  await expect(page.locator('.board-cell[data-overall="3"]')).toHaveClass(/is-filled/);
  await expect(page.locator('.board-cell[data-overall="1"]')).toHaveClass(/is-on-clock/);

  // Already drafted: who took him and when.
  await search.fill('McCaffrey');
  await expect(page.locator('.draft-taken')).toContainText('Christian McCaffrey: already drafted by Team 3 at 1.03');

  // An ambiguous Enter asks instead of drafting the first match.
  await search.fill('Brown');
  await search.press('Enter');
  const ask = page.getByRole('alertdialog', { name: 'Which player?' });
  await expect(ask).toBeVisible();
  await expect(page.locator('.board-cell[data-overall="1"]')).toHaveClass(/is-on-clock/);
  await shoot(page, 'draft-manual-ask');
  const choice = ask.getByRole('button').nth(1);
  const chosen = ((await choice.textContent()) ?? '').split(/(QB|RB|WR|TE|K|DST) /)[0]!.trim();
  await choice.click();
  await expect(page.locator('.board-cell[data-overall="1"]')).toHaveClass(/is-filled/);
  await expect(page.locator('.board-cell[data-overall="1"]')).toContainText(chosen.split(' ').at(-1)!);
  await expect(ask).toBeHidden();
  expect(problems).toEqual([]);
});
