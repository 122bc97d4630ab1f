// Addresses of things that do not exist show a not-found state with a way back (never
// "Loading..." forever), and what one address showed never shows on another view.
// Players' profiles need data: e2e/newuser-data.spec.ts covers #/players/abc.
import { expect, test } from '@playwright/test';
import { shoot, watch } from './page';
import { startServer, type TestServer } from './server';

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const CASES = [
  { hash: '#/leagues/9999', title: 'League not found', text: /No league with id 9999/, back: 'Back to Leagues', lands: 'Leagues' },
  { hash: '#/leagues/abc', title: 'League not found', text: /"abc" is not a league/, back: 'Back to Leagues', lands: 'Leagues' },
  { hash: '#/draft/9999', title: 'Draft not found', text: /There is no draft 9999/, back: 'Back to your drafts', lands: 'Draft' },
  { hash: '#/draft/9999/results', title: 'Draft not found', text: /9999/, back: 'Back to your drafts', lands: 'Draft' },
  { hash: '#/draft/abc', title: 'Draft not found', text: /"abc" is not a draft/, back: 'Back to your drafts', lands: 'Draft' },
  { hash: '#/nowhere', title: 'Page not found', text: /does not match any view/, back: 'Go to Players', lands: 'Players' },
];

test('addresses to nothing show not-found with a way back, and the error stays there', async ({ page }) => {
  const problems = watch(page, server.url);
  for (const c of CASES) {
    await page.goto(`${server.url}/${c.hash}`);
    await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
    await expect(page.locator('.not-found')).toContainText(c.text);
    await expect(page.getByText(/Loading/)).toHaveCount(0);
    if (c.hash === '#/leagues/9999') await shoot(page, 'not-found-league');
    await page.getByRole('link', { name: c.back }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.lands })).toBeVisible();
    await expect(page.locator('.not-found')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  // Within one view too: from a missing draft straight to the Leagues view by the nav.
  await page.goto(`${server.url}/#/draft/9999`);
  await expect(page.getByRole('heading', { level: 1, name: 'Draft not found' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Leagues' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leagues' })).toBeVisible();
  await expect(page.getByText(/There is no draft/)).toHaveCount(0);
  expect(problems).toEqual([]);
});
