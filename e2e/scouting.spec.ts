// The scouting views in a real browser on real data: the nflverse files are imported into
// a temp home once for this file (the data:import CLI, as a user would), then the
// browser-mode server serves it. Search, profile with career and charts, compare, the
// rankings reordered by drag and by keyboard, CSV export and re-import (and a malformed
// CSV that changes nothing). Screenshots land in e2e/screenshots/.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveImportedData, shoot, watch } from './page';

const server = serveImportedData('gridscout-e2e-scouting-');

test('players table: search "Mahomes", keyboard to his profile with career 2017-2024 and charts', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/players`);
  await expect(page.getByRole('heading', { level: 1, name: 'Players' })).toBeVisible();
  const table = page.getByRole('grid', { name: 'Players' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Data: nflverse, CC BY 4.0').first()).toBeVisible();
  await shoot(page, 'players-table');

  // Sort by projection (descending first), then filter to quarterbacks.
  await table.getByRole('button', { name: 'Proj' }).click();
  await expect(table.getByRole('columnheader', { name: 'Proj' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('tab', { name: 'QB' }).click();
  const firstQb = table.locator('tbody tr[id^="pool-row-"]').first();
  await expect(firstQb.locator('.pos-badge')).toHaveText('QB');

  // Arrow keys move the focused row; Enter opens that player; Back returns to the same table.
  const third = await table.locator('tbody tr[id^="pool-row-"]').nth(2).locator('.player-link').innerText();
  await table.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tbody tr[id^="pool-row-"]').nth(2)).toHaveClass(/is-focused/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: third })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'QB' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('searchbox', { name: 'Search players' }).fill('Mahomes');
  const rows = table.locator('tbody tr[id^="pool-row-"]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Patrick Mahomes');
  await shoot(page, 'players-search');

  // Keyboard: focus the table, Enter opens the focused row's profile.
  await table.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Patrick Mahomes' })).toBeVisible();
  const career = page.getByTestId('career-row');
  await expect(career).toHaveCount(8);
  expect(await career.locator('td:first-child').allInnerTexts()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  await expect(page.getByTestId('chart-per-game').locator('.recharts-bar-rectangle')).toHaveCount(8);
  await expect(page.getByTestId('chart-weekly').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '2025 projection' })).toBeVisible();
  await expect(page.getByText(/Weighted 5\/4\/3 over 2024/)).toBeVisible();

  // Another season's game log from the career table.
  await career.filter({ hasText: '2018' }).getByRole('button', { name: '2018' }).click();
  await expect(page.getByRole('heading', { name: 'Weekly points, 2018' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Game log, 2018' })).toBeVisible();

  // A note and the watchlist, kept across a reload.
  await page.getByRole('textbox', { name: 'New note' }).fill('Elite floor, rushing upside');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('button', { name: '☆ Watch' }).click();
  await expect(page.getByRole('button', { name: '★ On watchlist' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Elite floor, rushing upside')).toBeVisible();
  await expect(page.getByRole('button', { name: '★ On watchlist' })).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Patrick Mahomes' }).scrollIntoViewIfNeeded();
  await shoot(page, 'profile-mahomes');
  expect(problems).toEqual([]);
});

test('compare Mahomes with two others: side by side and a trend chart', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/players`);
  await page.getByRole('searchbox', { name: 'Search players' }).fill('Mahomes');
  await page.getByRole('link', { name: 'Patrick Mahomes' }).click();
  await page.getByRole('button', { name: 'Compare…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare players' })).toBeVisible();

  const add = page.getByRole('combobox', { name: 'Add a player to compare' });
  for (const name of ['Josh Allen', 'Lamar Jackson']) {
    await add.fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).first().click();
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('.compare-head')).toHaveCount(3);
  await expect(page.getByTestId('compare-chart').locator('.recharts-line')).toHaveCount(3);
  await expect(page.getByRole('row', { name: /^Projection/ })).toBeVisible();
  await shoot(page, 'compare');
  expect(problems).toEqual([]);
});

test('rankings: drag to reorder, keyboard move, CSV export and re-import, malformed CSV refused', async ({ page }, testInfo) => {
  // The malformed CSV is refused with HTTP 400, which the browser logs.
  const problems = watch(page, server.url, { expected: [/status of 400 \(Bad Request\)/] });
  await page.goto(`${server.url}/#/rankings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rankings' })).toBeVisible();
  const rows = page.getByTestId('ranking-row');
  await expect(rows.first()).toBeVisible({ timeout: 60_000 });
  const names = async (n: number) => (await rows.locator('.name-cell a').allInnerTexts()).slice(0, n);
  const before = await names(5);

  // Pointer drag: the 4th player's handle onto the top of the first row.
  const handle = rows.nth(3).locator('.drag-handle');
  const target = await rows.nth(0).boundingBox();
  const from = await handle.boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + 5, target!.y + 10, { steps: 8 });
  await expect(rows.nth(0)).toHaveClass(/drop-before/);
  await shoot(page, 'rankings-dragging');
  await page.mouse.up();
  await expect.poll(() => names(5)).toEqual([before[3], before[0], before[1], before[2], before[4]]);
  await expect(page.locator('.view-subtitle')).toContainText('your list');

  // Keyboard: Alt+Down moves the focused player one place down.
  await rows.nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => names(2)).toEqual([before[0], before[3]]);
  await expect(rows.nth(1)).toBeFocused();

  // Saved: a reload shows the same order.
  await page.reload();
  await expect.poll(() => names(5)).toEqual([before[0], before[3], before[1], before[2], before[4]]);
  const saved = await names(12);
  await shoot(page, 'rankings');

  // Export, change the order, import the export: the saved order is back.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('gridscout-rankings-2025-ppr.csv');
  const csvPath = testInfo.outputPath('rankings.csv');
  await download.saveAs(csvPath);
  const csv = fs.readFileSync(csvPath, 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe('rank,tier,player_id,name,position,team,do_not_draft');
  expect(csv.split(/\r?\n/)[1]).toContain(`,${saved[0]},`);

  await page.getByRole('button', { name: 'Reset to default' }).click();
  await expect.poll(() => names(5)).toEqual(before);

  const file = page.getByTestId('rankings-file');
  await file.setInputFiles(csvPath);
  await expect(page.getByRole('status')).toContainText('Imported rankings.csv');
  await expect.poll(() => names(12)).toEqual(saved);

  // A malformed file: a clear error naming the line, and the list stays as it was.
  const bad = testInfo.outputPath('bad.csv');
  fs.writeFileSync(bad, 'rank,name,position\n1,Patrick Mahomes,QB\nsecond,Josh Allen,QB\n');
  await file.setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('line 3, column "rank"');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await page.reload();
  await expect.poll(() => names(12)).toEqual(saved);

  // A sheet with common headers and two names no player has: they are listed, nothing changes
  // until the user chooses; "Import the other 3 rows" imports the rest in the file's order.
  const typos = testInfo.outputPath('typos.csv');
  fs.writeFileSync(typos, 'Rank,Player,Pos,Team\n1,Josh Allen,QB,BUF\n2,Patrik Mahomes,QB,KC\n3,Bijan Robinson,RB,ATL\n4,Saquon Barkley,RB,PHI\n5,Nobody Atall,WR,\n');
  await file.setInputFiles(typos);
  const unknown = page.getByRole('region', { name: /2 names in typos\.csv match no player in the 2025 pool/ });
  await expect(unknown).toBeVisible();
  await expect(unknown.getByRole('row')).toHaveCount(3);
  await expect(unknown).toContainText('Patrik Mahomes');
  await expect(unknown).toContainText('Nobody Atall');
  await shoot(page, 'rankings-unknown-names');
  await page.reload();
  await expect.poll(() => names(12)).toEqual(saved);
  await file.setInputFiles(typos);
  await unknown.getByRole('button', { name: 'Import the other 3 rows' }).click();
  await expect(page.getByText('Imported 3 rows of typos.csv; left out Patrik Mahomes, Nobody Atall.')).toBeVisible();
  await expect.poll(() => names(3)).toEqual(['Josh Allen', 'Bijan Robinson', 'Saquon Barkley']);

  // Tier break and do-not-draft from the keyboard.
  await rows.nth(2).focus();
  await page.keyboard.press('d');
  await expect(rows.nth(2)).toHaveClass(/is-dnd/);
  expect(problems).toEqual([]);
});

test('printed cheat sheet: two landscape pages on Letter and on A4, positions on one, the top 200 on the other', async ({ page }) => {
  const problems = watch(page, server.url);
  await page.goto(`${server.url}/#/rankings`);
  await expect(page.getByTestId('ranking-row').first()).toBeVisible({ timeout: 60_000 });

  // A page that held only an overflowing column would make a third page (or more).
  const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, landscape: true, printBackground: true });
    expect(pagesOf(pdf), `${format}: pages`).toBe(2);
  }

  // What the pages hold: every position's column, and 200 ranked players overall.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.cheatsheet');
  await expect(sheet).toBeVisible();
  expect(await sheet.locator('.cheatsheet-col h3').allInnerTexts()).toEqual(['QB', 'RB', 'WR', 'TE', 'K', 'DST']);
  await expect(sheet.locator('.cheatsheet-col[data-pos="RB"] li')).toHaveCount(48);
  await expect(sheet.locator('.cheatsheet-overall-list li')).toHaveCount(200);
  await page.setViewportSize({ width: 1056, height: 816 }); // Letter, landscape, at 96 dpi
  await shoot(page, 'rankings-cheatsheet-print', { fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);
});
