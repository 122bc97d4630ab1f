// The projections a user sees on real data: the Players header says which projections it
// shows (the baseline and why, then the model with its training date after a retrain), each
// position's table is looked at, and D/ST projections are in a real unit's range.
import { expect, test } from '@playwright/test';
import { serveImportedData, shoot, watch } from './page';

const server = serveImportedData('gridscout-e2e-projections-');

test('Players by position: baseline labelled with why, then the trained model with its date; D/ST in a real range', async ({ page }) => {
  test.setTimeout(600_000);
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/players`);
  const table = page.getByRole('grid', { name: 'Players' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('projection-label')).toContainText('weighted 3-season baseline');
  await expect(page.getByTestId('projection-label')).toContainText('no model trained yet');

  // D/ST: the best unit projects like a real top unit (not 0-2 points a game), range in order.
  await page.getByRole('tab', { name: 'DST' }).click();
  await table.getByRole('button', { name: 'Proj' }).click();
  await expect(table.getByRole('columnheader', { name: 'Proj' })).toHaveAttribute('aria-sort', 'descending');
  const top = table.locator('tbody tr[id^="pool-row-"]').first();
  const range = (await top.locator('.range-text').innerText()).split('–').map(Number);
  expect(range).toHaveLength(2);
  expect(range[0]!).toBeLessThan(range[1]!);
  expect(range[1]!).toBeGreaterThan(120);
  await shoot(page, 'players-dst');

  // Train the model from the Model view, then the table says so.
  await page.goto(`${server.url}/#/model`);
  await page.getByRole('button', { name: 'Retrain' }).click();
  await expect(page.locator('[aria-labelledby="model-state"] .badge')).toHaveText('current', { timeout: 480_000 });
  await page.goto(`${server.url}/#/players`);
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('projection-label')).toContainText(/GridScout model trained \w+ \d+, \d{4}/);
  // The whole board by value over replacement: the README's first picture.
  await page.getByRole('tab', { name: 'All' }).click();
  await table.getByRole('button', { name: 'VOR' }).click();
  await expect(table.getByRole('columnheader', { name: 'VOR' })).toHaveAttribute('aria-sort', 'descending');
  await shoot(page, 'players-model-all');
  for (const pos of ['QB', 'RB', 'WR', 'TE', 'DST'] as const) {
    await page.getByRole('tab', { name: pos }).click();
    await expect(table.locator('tbody tr[id^="pool-row-"]').first().locator('.pos-badge')).toHaveText(pos);
    await shoot(page, `players-model-${pos.toLowerCase()}`);
  }
  expect(problems).toEqual([]);
});
