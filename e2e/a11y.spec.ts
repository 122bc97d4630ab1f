// Accessibility: axe (WCAG 2.1 A/AA rules) over every view of the app in light and dark, on
// real data: the views in the navigation, a player's profile, the compare view, a league's
// form, the draft room mid-draft, its results, and the dialogs (the `?` shortcuts help and
// the "resume the mock draft in progress" offer). A serious or critical violation fails the
// test with the rule, the nodes and axe's help text. One server and one imported home for
// the whole file keeps its runtime modest.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveImportedData, shoot, watch } from './page';
import { callApi } from './server';

const server = serveImportedData('gridscout-e2e-a11y-');

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);

/** Serious and critical violations on the page as it is now, one readable line per node. */
async function violations(page: Page, where: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 2).join(' ') ?? v.help}`));
}

interface Screen {
  name: string;
  hash: string;
  /** Visible once the screen has its data. */
  ready: (page: Page) => ReturnType<Page['locator']>;
  /** Run after `ready` in the dark theme only: narrows a long list (axe's cost grows with the rows). */
  darkOnly?: (page: Page) => Promise<void>;
}

const slots = { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 4 };

test('axe finds no serious or critical violation on any view, in light and in dark', async ({ page }) => {
  test.setTimeout(600_000);
  const problems = watch(page, server.url);

  // A league with a mock draft part-way through (bots to my second pick), so the draft room
  // shows the clock, the recommendations, the board and my roster.
  const league = await api<{ id: number }>('leagues.create', { name: 'Accessible league', scoringPreset: 'ppr', config: { teams: 10, myTeam: 3, draftType: 'snake', rosterSlots: slots } });
  const { draft } = await api<{ draft: { id: number } }>('drafts.create', { leagueId: league.id, mode: 'mock' });
  await api('drafts.advanceBots', { draftId: draft.id, limit: 1000 });
  const advice = await api<{ items: { playerId: string }[] }>('drafts.recommend', { draftId: draft.id, limit: 1 });
  await api('drafts.pick', { draftId: draft.id, playerId: advice.items[0]!.playerId });
  await api('drafts.advanceBots', { draftId: draft.id, limit: 1000 });
  const [chase] = await api<{ id: number }[]>('players.search', { query: "Ja'Marr Chase", limit: 1 });
  const [jefferson] = await api<{ id: number }[]>('players.search', { query: 'Justin Jefferson', limit: 1 });

  const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
  const screens: Screen[] = [
    { name: 'players', hash: 'players', ready: (p) => p.locator('.plist-row, tbody tr').first() },
    { name: 'profile', hash: `players/${chase!.id}`, ready: (p) => p.getByRole('heading', { level: 1, name: "Ja'Marr Chase" }) },
    { name: 'compare', hash: `players/compare?ids=${chase!.id},${jefferson!.id}`, ready: (p) => p.getByText('Justin Jefferson').first() },
    // Every row of every position in light; one position's rows in dark (the same rows, styled
    // the same: checking all ~600 again only doubles the slowest screen).
    { name: 'rankings', hash: 'rankings', ready: (p) => p.getByRole('tab', { name: 'QB' }), darkOnly: (p) => p.getByRole('tab', { name: 'QB' }).click() },
    { name: 'model', hash: 'model', ready: h1 },
    { name: 'draft-list', hash: 'draft', ready: (p) => p.getByText('Accessible league').first() },
    { name: 'draft-room', hash: `draft/${draft.id}`, ready: (p) => p.locator('.plist-row').first().locator('.rec-top') },
    { name: 'leagues', hash: 'leagues', ready: (p) => p.getByRole('region', { name: 'Accessible league' }) },
    { name: 'league-form', hash: `leagues/${league.id}`, ready: (p) => p.locator('form') },
    { name: 'feedback', hash: 'feedback', ready: h1 },
    { name: 'data', hash: 'data', ready: h1 },
    { name: 'settings', hash: 'settings', ready: h1 },
    { name: 'about', hash: 'about', ready: h1 },
    { name: 'not-found', hash: 'draft/9999', ready: h1 },
  ];

  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const screen of screens) {
      await page.goto(`${server.url}/#/${screen.hash}`);
      await expect(screen.ready(page).first()).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
      if (scheme === 'dark') await screen.darkOnly?.(page);
      found.push(...(await violations(page, `${scheme} ${screen.name}`)));
      if (screen.name === 'draft-room') await shoot(page, `a11y-${scheme}-draft-room`);
    }

    // The `?` shortcuts help, opened from the draft room (it lists the room's keys).
    await page.goto(`${server.url}/#/draft/${draft.id}`);
    await expect(page.locator('.plist-row').first()).toBeVisible({ timeout: 30_000 });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog');
    await expect(help).toBeVisible();
    found.push(...(await violations(page, `${scheme} shortcuts dialog`)));
    await shoot(page, `a11y-${scheme}-shortcuts`);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // "Mock draft" on a league with one in progress offers to resume it.
    await page.goto(`${server.url}/#/leagues`);
    await page.getByRole('region', { name: 'Accessible league' }).getByRole('button', { name: 'Mock draft' }).click();
    const offer = page.getByRole('group', { name: 'A mock draft is in progress' });
    await expect(offer).toBeVisible();
    found.push(...(await violations(page, `${scheme} resume offer`)));
  }
  // One line per failing node, so a failure reads as a list of what to fix.
  expect(found.join('\n')).toBe('');
  expect(problems).toEqual([]);
});
