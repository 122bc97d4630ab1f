// What a new user tripped over, on real data (imported once for this file): a player address
// that matches nothing, the 2025 Washington D/ST's name, ages, the ? list of the view it is
// opened from and "/" typed into a search box, and drafts deleted from the Draft view with
// "Mock draft" offering to resume the one in progress.
import { expect, test } from '@playwright/test';
import type { League } from '../shared/ipc/types';
import { serveImportedData, shoot, watch } from './page';
import { callApi } from './server';

const server = serveImportedData('gridscout-e2e-newuser-');

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);

const slots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 4 };

test('player addresses to nothing: not found, with a way back', async ({ page }) => {
  const problems = watch(page, server.url);
  for (const [hash, text] of [
    ['#/players/abc', '"abc" is not a player id.'],
    ['#/players/99999999', '99999999'],
  ] as const) {
    await page.goto(`${server.url}/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Player not found' })).toBeVisible();
    await expect(page.locator('.not-found')).toContainText(text);
    await page.getByRole('link', { name: 'Back to Players' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Players' })).toBeVisible();
    await expect(page.locator('.not-found')).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

test('the 2025 Washington D/ST is the Commanders; ages show, and say why when the data has no birth date', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/players`);
  const search = page.getByLabel('Search players');
  // "/" from the table goes to the search box; typed in it, "/" is a character like any other.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('Washington D/ST');
  await expect(search).toHaveValue('Washington D/ST');
  await expect(page.getByRole('link', { name: 'Washington Commanders D/ST' })).toBeVisible();
  await expect(page.getByText('Washington Football Team')).toHaveCount(0);

  const [hunter] = await api<{ id: number; name: string }[]>('players.search', { query: 'Travis Hunter', limit: 1 });
  await page.goto(`${server.url}/#/players/${hunter!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Travis Hunter' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Unknown: no birth date in the data');
  const [chase] = await api<{ id: number }[]>('players.search', { query: "Ja'Marr Chase", limit: 1 });
  await page.goto(`${server.url}/#/players/${chase!.id}`);
  await expect(page.locator('main')).toContainText(/25 on Sep 1, 2025 · born 2000-03-01/);
  expect(problems).toEqual([]);
});

test('? lists the keys of the view it is opened from', async ({ page }) => {
  const problems = watch(page, server.url);
  const league = await api<League>('leagues.create', { name: 'Keys league', scoringPreset: 'ppr', config: { teams: 8, myTeam: 0, draftType: 'snake', rosterSlots: slots } });
  const room = await api<{ draft: { id: number } }>('drafts.create', { leagueId: league.id, mode: 'mock' });
  const cases = [
    { hash: '#/players', title: 'In the players table', has: 'Add to or remove from the watch list' },
    { hash: '#/rankings', title: 'In your rankings', has: 'Mark or unmark "do not draft"' },
    { hash: `#/draft/${room.draft.id}`, title: 'In the draft room', has: 'Undo the last pick' },
  ];
  for (const c of cases) {
    await page.goto(`${server.url}/${c.hash}`);
    await expect(page.locator('#view-title')).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('table', { name: c.title })).toContainText(c.has);
    await expect(dialog.getByRole('table', { name: 'Navigation' })).toContainText('Players');
    if (c.title === 'In the draft room') await shoot(page, 'shortcuts-draft-room');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  // In the draft room, "/" typed in the focused search box is typed, not swallowed.
  await page.keyboard.press('/');
  await expect(page.locator('#draft-search')).toBeFocused();
  await page.keyboard.type('D/ST');
  await expect(page.locator('#draft-search')).toHaveValue('D/ST');
  await page.goto(`${server.url}/#/leagues`);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('table')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('"Mock draft" offers the one in progress; drafts are deleted from the Draft view', async ({ page }) => {
  const problems = watch(page, server.url);
  const league = await api<League>('leagues.create', { name: 'Resume league', scoringPreset: 'ppr', config: { teams: 8, myTeam: 0, draftType: 'snake', rosterSlots: slots } });
  const room = await api<{ draft: { id: number } }>('drafts.create', { leagueId: league.id, mode: 'mock' });

  await page.goto(`${server.url}/#/leagues`);
  const card = page.getByRole('region', { name: 'Resume league' });
  await card.getByRole('button', { name: 'Mock draft' }).click();
  const offer = card.getByRole('group', { name: 'A mock draft is in progress' });
  await expect(offer).toContainText('A mock draft of this league is in progress');
  await shoot(page, 'leagues-resume-offer');
  await offer.getByRole('link', { name: 'Resume it' }).click();
  await expect(page).toHaveURL(new RegExp(`#/draft/${room.draft.id}$`));
  await expect(page.locator('.draft-room')).toBeVisible({ timeout: 30_000 });

  // "Start a new one" makes a second draft.
  await page.goto(`${server.url}/#/leagues`);
  await card.getByRole('button', { name: 'Mock draft' }).click();
  await offer.getByRole('button', { name: 'Start a new one' }).click();
  await expect(page).toHaveURL(/#\/draft\/\d+$/);
  expect(page.url()).not.toMatch(new RegExp(`#/draft/${room.draft.id}$`));

  await page.goto(`${server.url}/#/draft`);
  const rows = page.locator('table tbody tr').filter({ hasText: 'Resume league' });
  await expect(rows).toHaveCount(2);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `Delete draft #${room.draft.id} of Resume league` }).click();
  await expect(rows).toHaveCount(1);
  await shoot(page, 'draft-list-delete');
  const left = await api<{ id: number }[]>('drafts.list', { leagueId: league.id });
  expect(left.map((d) => d.id)).not.toContain(room.draft.id);
  expect(problems).toEqual([]);
});

test('draft grades say their scale and what each is relative to', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page, server.url);
  const league = await api<League>('leagues.create', { name: 'Grades league', scoringPreset: 'ppr', config: { teams: 8, myTeam: 2, draftType: 'snake', rosterSlots: slots } });
  const { draft } = (await api<{ draft: { id: number } }>('drafts.create', { leagueId: league.id, mode: 'mock' }));
  // Bots pick for the others; I take the top recommendation each time.
  for (let turn = 0; turn < 20; turn++) {
    const room = await api<{ draft: { status: string } }>('drafts.advanceBots', { draftId: draft.id, limit: 1000 });
    if (room.draft.status === 'complete') break;
    const advice = await api<{ items: { playerId: string }[] }>('drafts.recommend', { draftId: draft.id, limit: 1 });
    await api('drafts.pick', { draftId: draft.id, playerId: advice.items[0]!.playerId });
  }
  await page.goto(`${server.url}/#/draft/${draft.id}/results`);
  await expect(page.locator('.results-table tbody tr')).toHaveCount(8, { timeout: 30_000 });
  await expect(page.locator('.grade-scale')).toContainText("Grades compare each team’s starting lineup with the league’s average lineup: A+ +8% or more");
  await expect(page.locator('.results-hero')).toContainText(/Grade [A-DF]\+?: starting lineup (level with|[\d.]+% (above|below)) the league's average lineup/);
  await shoot(page, 'draft-results-grades', { fullPage: true });
  expect(problems).toEqual([]);
});
