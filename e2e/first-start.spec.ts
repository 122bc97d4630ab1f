// A first start as a user of the packaged app has it: an empty app folder and the data
// snapshot the package ships. The page shows the import's progress and what comes next,
// the Players view fills from the snapshot, and the model trains on its own afterwards.
// The time from start to a Players view with model projections is printed (a measurement,
// not asserted: timings belong to benchmarks).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { DATA_DIR, ensureSnapshot, startServer } from './server';
import { shoot, watch } from './page';

test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

test('first start imports the bundled snapshot, shows what is next, then projects with the model', async ({ page }) => {
  test.setTimeout(600_000);
  const snapshot = ensureSnapshot();
  const t0 = performance.now();
  const server = await startServer({ snapshot, env: { GRIDSCOUT_AUTOTRAIN: '1' } });
  try {
    const problems = watch(page, server.url);
    await page.goto(`${server.url}/#/players`);
    const panel = page.getByRole('region', { name: /Setting up GridScout|GridScout is ready/ });
    await expect(panel).toBeVisible({ timeout: 60_000 });
    await expect(panel).toContainText('Next: set your league');
    await shoot(page, 'first-start-loading');

    // The pool from the snapshot, with projections.
    const table = page.getByRole('grid', { name: 'Players' });
    await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 240_000 });
    await expect(panel).toContainText(/Loaded [\d,]+ players, seasons 1999-2024/);
    await expect(panel).toContainText('Data: nflverse, CC BY 4.0');

    // The model trains after the start-up import; then the panel says so and the pool is the model's.
    await expect(page.getByRole('heading', { name: 'GridScout is ready' })).toBeVisible({ timeout: 480_000 });
    const pool = (await page.evaluate(
      async ([url, token]) =>
        (await fetch(`${url}/api/players.pool`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{"scoring":"ppr"}' })).json(),
      [server.url, server.token],
    )) as { value: { rows: { source: string }[] } };
    const fromModel = pool.value.rows.filter((r) => r.source === 'model').length;
    expect(fromModel).toBeGreaterThan(pool.value.rows.length * 0.8);
    await page.reload();
    await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    test.info().annotations.push({ type: 'first start to model projections', description: `${seconds} s` });
    process.stdout.write(`first start to Players with model projections: ${seconds} s (${pool.value.rows.length} players, ${fromModel} from the model)\n`);
    await shoot(page, 'first-start-ready');
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
  }
});
