// Leagues and the draft room in a real browser on real data (imported once for this file
// with the data:import CLI): a mock draft and a live-assistant draft completed by keyboard
// alone, a mock auction, a keeper league made through the form, results with grades, CSV
// and print. Screenshots land in e2e/screenshots/ (git-ignored; other specs' runs clear
// test-results/), the best are copied to docs/screenshots/.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DraftRoom, League } from '../shared/ipc/types';
import { serveImportedData, shoot, watch } from './page';
import { callApi } from './server';

const server = serveImportedData('gridscout-e2e-draft-');

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);

const slots = (o: Partial<Record<string, number>>) => ({ QB: 0, RB: 0, WR: 0, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0, ...o });

async function createLeague(name: string, config: Record<string, unknown>): Promise<League> {
  return api<League>('leagues.create', { name, scoringPreset: 'ppr', config });
}

/** Starts a draft from the Leagues view with the keyboard (focus the button, Enter). */
async function startFromLeagues(page: Page, leagueName: string, mode: 'Mock draft' | 'Live draft'): Promise<void> {
  await page.goto(`${server.url}/#/leagues`);
  const card = page.getByRole('region', { name: leagueName });
  const button = card.getByRole('button', { name: mode });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/draft\/\d+$/);
  await expect(page.locator('.draft-room')).toBeVisible({ timeout: 30_000 });
}

const progress = (page: Page) => page.locator('.clock-progress');

test('mock draft by keyboard alone: / search, Enter drafts, Ctrl+Z / Ctrl+Shift+Z, bots pick, results', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page, server.url);
  await createLeague('Mock keyboard league', { teams: 10, myTeam: 3, draftType: 'snake', rosterSlots: slots({ QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, K: 1, DST: 1, BENCH: 4 }) });
  await startFromLeagues(page, 'Mock keyboard league', 'Mock draft');
  await expect(page.getByRole('heading', { level: 1, name: 'Draft' })).toBeVisible();
  // Bots 1-3 pick instantly; then I am on the clock with recommendations.
  await expect(page.locator('.clock-bar.is-mine')).toBeVisible({ timeout: 30_000 });
  await expect(progress(page)).toHaveText('3 / 130 picks');
  await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.advice-reasons li').first()).toContainText('Value over replacement');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.locator('#draft-search')).toBeFocused();
  const top = (await page.locator('.plist-row').first().locator('.plist-name b').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.locator('.roster-line').first()).toBeVisible();
  await expect(page.locator('.roster-slots')).toContainText(top);
  await expect(page.locator('.clock-bar.is-mine')).toBeVisible({ timeout: 30_000 }); // bots to my next pick (17)
  await expect(progress(page)).toHaveText('16 / 130 picks');

  // Undo takes back the bots' picks and mine; redo brings them back.
  await page.locator('#draft-search').blur();
  await page.keyboard.press('Control+z');
  await expect(progress(page)).toHaveText('3 / 130 picks');
  await expect(page.locator('.roster-slots')).not.toContainText(top);
  await page.keyboard.press('Control+Shift+Z');
  await expect(progress(page)).toHaveText('16 / 130 picks');
  await expect(page.locator('.roster-slots')).toContainText(top);

  // Type part of a name: the list narrows; arrows move; Enter drafts the selection.
  await page.keyboard.press('/');
  const second = (await page.locator('.plist-row').nth(1).locator('.plist-name b').textContent())!;
  await page.keyboard.type(second.split(' ').at(-1)!.slice(0, 5));
  await expect(page.locator('.plist-row').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const chosen = (await page.locator('.plist-row.is-selected .plist-name b').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.locator('.roster-slots')).toContainText(chosen);

  let shot = false;
  for (let guard = 0; guard < 20; guard++) {
    if (await page.locator('.clock-bar.is-complete').isVisible()) break;
    await expect(page.locator('.clock-bar.is-mine, .clock-bar.is-complete').first()).toBeVisible({ timeout: 30_000 });
    if (await page.locator('.clock-bar.is-complete').isVisible()) break;
    const before = await progress(page).textContent();
    if (!shot && before!.startsWith('5')) {
      await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 30_000 });
      await shoot(page, 'draft-room');
      shot = true;
    }
    // The top row is this pick's top recommendation once it has been computed.
    await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('/');
    await page.keyboard.press('Enter');
    await expect(progress(page)).not.toHaveText(before!, { timeout: 30_000 });
  }
  await expect(page.locator('.clock-bar.is-complete')).toBeVisible();
  await expect(progress(page)).toHaveText('130 / 130 picks');
  await expect(page.locator('.board-cell.is-filled')).toHaveCount(130);
  await shoot(page, 'draft-board-complete');

  // Results: open with the keyboard, every team graded; CSV downloads.
  await page.getByRole('link', { name: 'Results' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.locator('.results-table tbody tr')).toHaveCount(10, { timeout: 30_000 });
  await expect(page.locator('.results-hero')).toContainText('projected starter points');
  await expect(page.locator('.lineup-card')).toHaveCount(10);
  // Drafting the top recommendation every time fills every starting slot.
  await expect(page.locator('.results-hero')).not.toContainText('Open starting slots');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(131);
  await shoot(page, 'draft-results');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nav')).toBeHidden();
  await shoot(page, 'draft-results-print');
  await page.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);
});

test('live assistant by keyboard alone: type part of a name, Enter, it goes to the team on the clock; undo', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page, server.url);
  const league = await createLeague('Live keyboard league', { teams: 4, myTeam: 1, draftType: 'linear', rosterSlots: slots({ QB: 1, RB: 1, WR: 1, TE: 1, FLEX: 1, BENCH: 1 }) });
  await startFromLeagues(page, 'Live keyboard league', 'Live draft');
  const draftId = Number(page.url().split('/').at(-1));
  const room = await api<DraftRoom>('drafts.get', { draftId });
  expect(room.draft.leagueId).toBe(league.id);
  // The players a real room would take, by our ranking, entered by typing their surnames.
  const names = room.players.slice(0, 40).map((p) => p.name);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  let k = 0;
  for (let pick = 1; pick <= 24; pick++) {
    const onClock = (pick - 1) % 4;
    await expect(page.locator('.clock-main')).toContainText(onClock === 1 ? 'You' : `Team ${onClock + 1}`);
    // Skip names already taken (a partial name may have matched someone else earlier).
    const taken = new Set(Object.keys((await api<DraftRoom>('drafts.get', { draftId })).takenBy));
    let name = names[k++]!;
    while ([...room.players].find((p) => p.name === name && taken.has(p.id))) name = names[k++]!;
    await page.keyboard.type(name);
    await expect(page.locator('.plist-row.is-selected .plist-name b')).toHaveText(name);
    await page.keyboard.press('Enter');
    await expect(progress(page)).toHaveText(`${pick} / 24 picks`);
    await expect(page.locator(`.board-cell[data-overall="${pick}"]`)).toHaveClass(/is-filled/);
    if (pick === 6) {
      // A wrong entry: undo puts the pick back on the clock.
      await page.keyboard.press('Control+z');
      await expect(progress(page)).toHaveText('5 / 24 picks');
      await expect(page.locator('.board-cell[data-overall="6"].is-on-clock')).toBeVisible();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect(progress(page)).toHaveText('6 / 24 picks');
    }
    if (pick === 9) {
      await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 30_000 });
      await shoot(page, 'draft-live');
    }
  }
  await expect(page.locator('.clock-bar.is-complete')).toBeVisible();
  const done = await api<DraftRoom>('drafts.get', { draftId });
  expect(done.board.every((c) => c.playerId !== null)).toBe(true);
  // Linear: every round starts with team 1; the picks went to the team on the clock.
  expect(done.board.filter((c) => c.round === 2).map((c) => c.team)).toEqual([0, 1, 2, 3]);
  // Every roster is tracked: Team 3's, picked from the roster select.
  const team3 = done.board.filter((c) => c.team === 2).map((c) => done.players.find((p) => p.id === c.playerId)!.name);
  await page.getByLabel('Roster of').selectOption({ label: "Team 3's roster" });
  for (const name of team3) await expect(page.locator('.roster-slots')).toContainText(name);
  expect(problems).toEqual([]);
});

/** Players bought and the last sale: changes with every settled lot (never waits for an element). */
const lotState = async (page: Page) => `${await page.locator('.auction-cell').count()}|${(await page.locator('.lot-last').allTextContents()).join('')}`;

test('mock auction: bot nominations, my bids and nominations by keyboard, budgets, results', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page, server.url);
  await createLeague('Auction league', { teams: 4, myTeam: 0, draftType: 'auction', auctionBudget: 100, minBid: 1, rosterSlots: slots({ QB: 1, RB: 2, WR: 2, TE: 1, BENCH: 1 }) });
  await startFromLeagues(page, 'Auction league', 'Mock draft');
  await expect(page.locator('.lot-bar')).toBeVisible();
  let shot = false;
  for (let guard = 0; guard < 60; guard++) {
    if (await page.locator('.clock-bar.is-complete').isVisible()) break;
    const before = await lotState(page);
    if (await page.locator('.lot-form').isVisible()) {
      // A bot's nomination (or mine): the bid box has focus with my suggested bid.
      await expect(page.locator('.lot-bid')).toBeFocused();
      if (!shot && guard >= 6) {
        await shoot(page, 'draft-auction');
        shot = true;
      }
      await page.keyboard.press(guard % 3 === 2 ? 'Escape' : 'Enter');
    } else {
      // My nomination: / then Enter puts the top player up, Enter bids.
      await page.keyboard.press('/');
      await page.keyboard.press('Enter');
      await expect(page.locator('.lot-bid')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => lotState(page), { timeout: 30_000 })
      .not.toBe(before);
  }
  await expect(page.locator('.clock-bar.is-complete')).toBeVisible();
  await expect(page.locator('.auction-cell')).toHaveCount(28);
  await page.getByRole('link', { name: 'Results' }).first().click();
  await expect(page.locator('.results-table tbody tr')).toHaveCount(4);
  await expect(page.locator('.results-table')).toContainText('$');
  expect(problems).toEqual([]);
});

test('keeper league made through the form: keepers sit in their picks on the board', async ({ page }) => {
  test.setTimeout(180_000);
  // The refused save answers 400 (invalid input), which the browser logs.
  const problems = watch(page, server.url, { expected: [/status of 400/] });
  await page.goto(`${server.url}/#/leagues/new`);
  await page.getByLabel('Name', { exact: true }).fill('Keeper league');
  await page.getByLabel('Teams').fill('8');
  await page.getByLabel('Your draft slot').selectOption({ label: '2' });
  await page.getByLabel('Pick clock').fill('90');
  await page.getByText('Half PPR').click();
  await page.getByLabel('BENCH slots').fill('4');
  await page.getByLabel('Add a keeper').fill('Bijan');
  await expect(page.locator('.player-picker-list li').first()).toContainText('Bijan Robinson');
  await page.getByLabel('Add a keeper').press('Enter');
  await page.getByLabel('Round Bijan Robinson costs').fill('2');
  await page.getByLabel('Add a keeper').fill('Chase');
  await expect(page.locator('.player-picker-list li').filter({ hasText: "Ja'Marr Chase" })).toBeVisible();
  await page.locator('.player-picker-list li').filter({ hasText: "Ja'Marr Chase" }).click();
  await page.getByLabel("Team keeping Ja'Marr Chase").selectOption({ label: 'Team 6' });
  await page.getByLabel("Round Ja'Marr Chase costs").fill('1');
  await shoot(page, 'league-form');
  // A bad value is refused with the reason, nothing saved.
  await page.getByLabel("Round Ja'Marr Chase costs").fill('40');
  await page.getByRole('button', { name: 'Create league' }).click();
  await expect(page.getByRole('alert')).toContainText('Round must be 1 to 13');
  expect((await api<League[]>('leagues.list', {})).some((l) => l.name === 'Keeper league')).toBe(false);
  await page.getByLabel("Round Ja'Marr Chase costs").fill('1');
  await page.getByRole('button', { name: 'Create league' }).click();
  await expect(page).toHaveURL(/#\/leagues$/);
  await expect(page.getByRole('region', { name: 'Keeper league' })).toContainText('2 keepers');
  await shoot(page, 'leagues');

  await startFromLeagues(page, 'Keeper league', 'Mock draft');
  const bijan = page.locator('.board-cell').filter({ hasText: 'B. Robinson' });
  await expect(bijan).toHaveAttribute('data-overall', '15'); // round 2 runs backwards: slot 2 picks 7th of 8, 15th overall
  await expect(bijan.locator('.board-flag')).toHaveText('K');
  await expect(page.locator('.board-cell[data-overall="6"]')).toContainText('Chase');
  await expect(page.locator('.clock-time')).toBeVisible();
  await expect(page.locator('.plist-row').first().locator('.rec-top')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'draft-keepers');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'draft-keepers-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(problems).toEqual([]);
});
