// The app shell in a real browser against the real browser-mode server: every view
// reachable by mouse and by keyboard, no console errors, nothing fetched from elsewhere,
// both themes, and the corrupt-database notice. Screenshots land in
// test-results/screenshots/ (the best are copied to docs/screenshots/ by hand).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { shoot, watch } from './page';
import { REPO_ROOT, startServer, type TestServer } from './server';

// In navigation order, with each view's Alt+<digit> (renderer/src/views/registry.tsx).
const VIEW_KEYS: [label: string, digit: string][] = [
  ['Players', '1'],
  ['Rankings', '2'],
  ['Model', '9'],
  ['Draft', '3'],
  ['Leagues', '4'],
  ['Feedback', '5'],
  ['Data', '6'],
  ['Settings', '7'],
  ['About', '8'],
];
const VIEWS = VIEW_KEYS.map(([label]) => label);

async function openApp(page: Page, server: TestServer): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Players' })).toBeVisible();
  // Settings loaded: the status bar shows the schema version once app.status answered.
  await expect(page.locator('.statusbar')).toContainText('Database schema v');
  await page.evaluate(() => document.fonts.ready);
}

test.describe('app shell', () => {
  let server: TestServer;

  test.beforeEach(async () => {
    server = await startServer();
  });

  test.afterEach(async () => {
    await server?.stop();
  });

  test('every view opens from the navigation, with no console error or foreign request', async ({ page }) => {
    const problems = watch(page, server.url, { warnings: true });
    await openApp(page, server);

    const nav = page.getByRole('navigation', { name: 'Views' });
    const links = nav.getByRole('link');
    await expect(links).toHaveText(VIEWS);

    for (const label of VIEWS) {
      await nav.getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
      await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveURL(new RegExp(`#/${label.toLowerCase()}$`));
      await expect(page).toHaveTitle(`${label} · GridScout`);
      await shoot(page, `view-${label.toLowerCase()}`);
    }

    // First run: the data views say how to load data; About carries the licence and paths.
    await nav.getByRole('link', { name: 'Players' }).click();
    await expect(page.getByText('npm run data:import -- --from DIR')).toBeVisible();
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page.getByText('Data: nflverse, CC BY 4.0').first()).toBeVisible();
    await expect(page.getByText(server.home, { exact: true })).toBeVisible();
    await expect(page.getByText(/never ship with the app/)).toBeVisible();
    await nav.getByRole('link', { name: 'Data' }).click();
    await expect(page.getByRole('cell', { name: 'notices', exact: true })).toBeVisible();

    // Reload keeps the place (the route is the hash).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');

    expect(problems).toEqual([]);
  });

  test('settings: theme override, default scoring and a refused feedback repository', async ({ page }) => {
    // The refused repository name is answered with HTTP 400, which Chromium logs.
    const problems = watch(page, server.url, { expected: [/status of 400 \(Bad Request\)/], warnings: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, server);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect(page.getByRole('status')).toHaveText('Theme saved.');
    await expect.poll(background).not.toBe(dark);
    await page.getByRole('radio', { name: 'Half PPR' }).check();
    await expect(page.getByRole('status')).toHaveText('Default scoring saved.');

    const repo = page.getByRole('textbox', { name: 'GitHub repository' });
    await repo.fill('not a repository');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(repo).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('owner/name');
    await expect(page.getByRole('status')).toHaveText(''); // no stale "saved" beside the error
    await shoot(page, 'settings-error');
    await repo.fill('gridscout/feedback-inbox');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('Feedback repository saved.');
    await expect(repo).not.toHaveAttribute('aria-invalid', 'true');

    // Saved in the database: a reload (the browser still prefers dark) stays light.
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Half PPR' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'GitHub repository' })).toHaveValue('gridscout/feedback-inbox');
    expect(await background()).not.toBe(dark);

    // Back to following the system.
    await page.getByRole('radio', { name: 'System' }).check();
    await expect.poll(background).toBe(dark);
    expect(problems).toEqual([]);
  });

  test('dark mode follows the system', async ({ page }) => {
    const problems = watch(page, server.url, { warnings: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, server);
    const [r, g, b] = await page.evaluate(() =>
      getComputedStyle(document.body)
        .backgroundColor.match(/\d+/g)!
        .slice(0, 3)
        .map(Number),
    );
    expect(r! + g! + b!).toBeLessThan(3 * 60);
    for (const label of ['Players', 'Data', 'Settings', 'About']) {
      await page.getByRole('link', { name: label }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
      await shoot(page, `view-dark-${label.toLowerCase()}`);
    }
    expect(problems).toEqual([]);
  });

  test('keyboard only: skip link, Tab through the navigation, Alt+digit and g-letter shortcuts', async ({ page }) => {
    const problems = watch(page, server.url, { warnings: true });
    await openApp(page, server);
    const heading = page.getByRole('heading', { level: 1 });

    // The first Tab shows the skip link, then the top bar's buttons, then every navigation
    // link in order, each with a visible focus ring.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Tab'); // theme toggle
    await page.keyboard.press('Tab'); // shortcuts button
    for (const label of VIEWS) {
      await page.keyboard.press('Tab');
      const link = page.getByRole('link', { name: label, exact: true });
      await expect(link).toBeFocused();
      const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
    }
    // Enter follows the focused link (About, the last one).
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('About');
    await shoot(page, 'keyboard-focus');

    // The skip link puts focus on the view, without changing the route.
    await page.reload();
    await expect(heading).toHaveText('About');
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await expect(heading).toHaveText('About');

    // Alt+<n> opens each view.
    for (const [label, digit] of VIEW_KEYS) {
      await page.keyboard.press(`Alt+Digit${digit}`);
      await expect(heading).toHaveText(label);
    }
    // g then a letter, too.
    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await expect(heading).toHaveText('Settings');
    await page.keyboard.press('g');
    await page.keyboard.press('p');
    await expect(heading).toHaveText('Players');

    // ? lists the shortcuts; Escape closes the list.
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await shoot(page, 'shortcuts');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Typing in a field is never taken as a shortcut.
    await page.keyboard.press('Alt+Digit7');
    const repo = page.getByRole('textbox', { name: 'GitHub repository' });
    await repo.focus();
    await page.keyboard.type('gp');
    await expect(heading).toHaveText('Settings');
    expect(problems).toEqual([]);
  });
});

test('a running import shows its progress in the top bar; the shell then counts the players', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = path.resolve(REPO_ROOT, process.env.GRIDSCOUT_DATA ?? '../shared/data');
  test.skip(!fs.existsSync(dataDir), `no data folder at ${dataDir}`);
  const server = await startServer();
  try {
    const problems = watch(page, server.url, { warnings: true });
    await openApp(page, server);
    await expect(page.locator('.statusbar')).toContainText('No player data loaded');

    // Start the import the way a view would, through the page's own API (no UI for it here).
    await page.evaluate((dir) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="gridscout-token"]')!.content;
      void fetch('/api/data.import', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ dir }),
      });
    }, dataDir);

    const jobs = page.getByLabel('Background jobs');
    await expect(jobs).toContainText('Importing data');
    const bar = jobs.getByRole('progressbar');
    if (await bar.isVisible()) await shoot(page, 'import-progress');

    // data.changed after the import: status bar and first-run screens update without a reload.
    await expect(page.locator('.statusbar')).toContainText(/[\d,]+ players/, { timeout: 240_000 });
    await expect(page.getByRole('heading', { level: 2, name: 'No players loaded yet' })).toBeHidden();
    await expect(jobs).not.toContainText('Importing data', { timeout: 15_000 }); // a finished job clears itself
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('text colour tokens meet WCAG AA (4.5:1) in light and dark', async ({ page }) => {
  const server = await startServer();
  try {
    // [text, background] pairs as the views use them.
    const pairs: [string, string][] = [
      ['--text', '--bg'], ['--text', '--surface'], ['--text', '--surface-2'], ['--text', '--warning-bg'],
      ['--text-muted', '--bg'], ['--text-muted', '--surface'], ['--text-muted', '--surface-2'], ['--text-muted', '--chrome'],
      ['--accent-text', '--surface'], ['--accent-text', '--accent-bg'], ['--accent-fg', '--accent'],
      ['--info-fg', '--info-bg'], ['--warning-fg', '--warning-bg'], ['--danger-fg', '--danger-bg'], ['--success-fg', '--success-bg'],
      ['--danger-fg', '--surface'], ['--success-fg', '--bg'],
      ...['qb', 'rb', 'wr', 'te', 'k', 'dst', 'flex'].map((p): [string, string] => [`--pos-${p}-fg`, `--pos-${p}-bg`]),
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, server);
      const failures = await page.evaluate((pairs) => {
        const probe = document.createElement('div');
        document.body.append(probe);
        const rgb = (token: string) => {
          probe.style.color = `var(${token})`;
          return getComputedStyle(probe).color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
        };
        const luminance = (c: number[]) => {
          const [r, g, b] = c.map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const out: string[] = [];
        for (const [fg, bg] of pairs) {
          const [a, b] = [luminance(rgb(fg)), luminance(rgb(bg))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 4.5) out.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
        }
        probe.remove();
        return out;
      }, pairs);
      expect(failures, `${scheme} theme`).toEqual([]);
    }
  } finally {
    await server.stop();
  }
});

test('random bytes in the database: moved aside, fresh start, and the UI says so', async ({ page }) => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-e2e-corrupt-'));
  fs.writeFileSync(path.join(home, 'gridscout.db'), randomBytes(64 * 1024));
  const server = await startServer({ home });
  try {
    const problems = watch(page, server.url, { warnings: true });
    await openApp(page, server);
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect(notices).toContainText('could not be read');
    await expect(notices).toContainText('It was kept as gridscout.db');
    await expect(notices).toContainText('started with a fresh one');
    await shoot(page, 'notice-corrupt-database');

    // The kept file is really there, next to a fresh database.
    const kept = fs.readdirSync(home).filter((f) => f.startsWith('gridscout.db') && f !== 'gridscout.db' && !/-(wal|shm)$/.test(f));
    expect(kept).toHaveLength(1);

    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Players');
    await expect(page.getByRole('region', { name: 'Notices' })).toBeHidden();
    expect(problems).toEqual([]);
  } finally {
    await server.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
