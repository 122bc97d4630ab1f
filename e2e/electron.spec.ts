// The desktop app itself: the built main, preload and renderer under a real Electron,
// with a temporary app folder. It skips, saying so, where the Electron binary is not
// installed (it cannot be downloaded on our machines); GitHub Actions runs it, and there
// a missing binary is a failure, not a skip.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ROOT, electronBinary, ensureElectronSqlite } from '../scripts/electron-native.mjs';

const binary = electronBinary();
const onGitHubActions = process.env.GITHUB_ACTIONS === 'true';

test.describe('desktop app (Electron)', () => {
  test.skip(
    !binary && !onGitHubActions,
    'Electron binary not installed on this machine (it cannot be downloaded here); GitHub Actions runs this spec',
  );

  let app: ElectronApplication | undefined;
  let home = '';

  test.beforeEach(async () => {
    if (!binary) throw new Error('No Electron binary on GitHub Actions: did the workflow run node_modules/electron/install.js after npm ci?');
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-electron-'));
    const binding = await ensureElectronSqlite();
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    // The built files, not a dev server; Electron itself, not Node.
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    Object.assign(env, { GRIDSCOUT_HOME: home, GRIDSCOUT_SQLITE_BINDING: binding });
    app = await electron.launch({ executablePath: binary, args: [ROOT], cwd: ROOT, env });
  });

  test.afterEach(async () => {
    await app?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('opens the locked-down shell, talks over IPC and navigates', async () => {
    const win = await app!.firstWindow();
    const problems: string[] = [];
    win.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    win.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });

    await expect(win).toHaveTitle(/GridScout/);
    const nav = win.getByRole('navigation', { name: 'Views' });
    await expect(nav).toBeVisible();

    // The page has the preload's bridge and nothing of Node.
    const globals = await win.evaluate(() => ({
      bridge: typeof window.gridscout?.channels['app.info'],
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });

    // One real round trip over IPC, answered from the temporary app folder.
    const info = await win.evaluate(() => window.gridscout!.channels['app.info']({}));
    expect(info.ok).toBe(true);
    if (info.ok) {
      expect(info.value.mode).toBe('electron');
      expect(info.value.home).toBe(home);
      expect(info.value.versions.electron).toMatch(/^\d+\./);
    }

    // A view from the navigation, then one from the application menu (Go > About).
    await nav.getByRole('link', { name: 'Rankings' }).click();
    await expect(win.getByRole('heading', { level: 1 })).toHaveText('Rankings');
    await app!.evaluate(({ Menu }) => {
      const go = Menu.getApplicationMenu()?.items.find((i) => i.label.replace('&', '') === 'Go');
      go?.submenu?.items.find((i) => i.label === 'About')?.click();
    });
    await expect(win.getByRole('heading', { level: 1 })).toHaveText('About');
    expect(problems).toEqual([]);

    // Navigation away from the app and new windows are refused.
    await win.evaluate(() => window.open('https://example.com/'));
    await win.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await win.waitForTimeout(500);
    expect(app!.windows()).toHaveLength(1);
    expect(win.url()).toMatch(/^file:.*index\.html#\/about$/);

    await win.screenshot({ path: path.join('test-results', 'screenshots', 'electron-about.png') });
  });
});
