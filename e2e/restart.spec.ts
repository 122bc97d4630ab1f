// The browser-mode server restarts (new process, new token) while a tab is open: the tab
// says plainly what is going on while it is gone and recovers by itself once it is back,
// without a reload.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shoot, watch } from './page';
import { freePort, startServer, type TestServer } from './server';


let server: TestServer | undefined;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-restart-'));
test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test('an open tab recovers after the server restarts with a new token', async ({ page }) => {
  const port = await freePort();
  server = await startServer({ home, port });
  const firstToken = server.token;
  // The outage makes the page's requests fail on purpose.
  const problems = watch(page, server.url, { expected: [/Failed to load resource/, /ERR_CONNECTION_REFUSED/, /401/] });
  // Both views visited once, so their code is in the tab (a view never opened before
  // cannot load its code while the server is gone; it can after).
  await page.goto(`${server.url}/#/draft`);
  await expect(page.getByText('No drafts yet')).toBeVisible();
  await page.goto(`${server.url}/#/leagues`);
  await expect(page.getByRole('heading', { level: 1, name: 'Leagues' })).toBeVisible();
  await expect(page.getByText('No leagues yet')).toBeVisible();

  await server.stop();
  // While it is gone, a view says so in words that fit.
  await page.getByRole('navigation').getByRole('link', { name: 'Draft' }).click();
  await expect(page.getByRole('alert')).toContainText('not answering');

  server = await startServer({ home, port });
  expect(server.token).not.toBe(firstToken);
  // Back by itself: the event stream reconnects, the token is renewed and the view reloads.
  await expect(page.getByText('No drafts yet')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // And calls work with the new token.
  await page.getByRole('navigation').getByRole('link', { name: 'Leagues' }).click();
  await page.getByRole('link', { name: 'New league' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('After the restart');
  await page.getByRole('button', { name: 'Create league' }).click();
  await expect(page.getByText('After the restart')).toBeVisible();
  await shoot(page, 'restart-recovered');
  expect(problems).toEqual([]);
});
