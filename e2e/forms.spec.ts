// Form problems in words a person reads, beside the field: the league form checks the
// contract's schema before sending and maps each issue through shared/ipc/fieldErrors.ts.
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

test('the league form says what to fix beside each field, stores nothing, then saves', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/leagues/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Leagues' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('   ');
  await page.getByLabel('Teams').fill('21');
  await page.getByLabel('SUPERFLEX slots').fill('-1');
  await page.getByRole('button', { name: 'Create league' }).click();

  await expect(page.getByRole('alert')).toHaveText('Not saved: 3 fields need a fix. See the marked fields below.');
  await expect(page.locator('.field.has-error').filter({ hasText: 'Teams' })).toContainText('Teams must be 20 or less.');
  await expect(page.locator('.field.has-error').filter({ hasText: 'Name' })).toContainText('Name is needed.');
  await expect(page.getByText('SUPERFLEX slots must be 0 or more.')).toBeVisible();
  await expect(page.getByLabel('SUPERFLEX slots')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main')).not.toContainText(/Too big|Too small|expected number|config\./);
  await page.locator('.league-form .panel').nth(0).scrollIntoViewIfNeeded();
  await shoot(page, 'league-form-errors');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'league-form-errors-dark');

  const listed = await fetch(`${server.url}/api/leagues.list`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: '{}',
  }).then((r) => r.json() as Promise<{ ok: boolean; value: unknown[] }>);
  expect(listed.value).toEqual([]);

  await page.getByLabel('Name', { exact: true }).fill('Fixed league');
  await page.getByLabel('Teams').fill('12');
  await page.getByLabel('SUPERFLEX slots').fill('0');
  await page.getByRole('button', { name: 'Create league' }).click();
  await expect(page.getByRole('region', { name: 'Fixed league' })).toBeVisible();
  expect(problems).toEqual([]);
});
