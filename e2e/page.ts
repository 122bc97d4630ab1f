// What every browser spec does to a page: fail on console errors, page errors and requests
// that leave the app's origin, and save screenshots to one folder (e2e/screenshots, kept
// between runs and ignored by git; GRIDSCOUT_SHOTS moves it). The best ones are copied to
// docs/screenshots by hand after looking at them.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DATA_DIR, importedHome, REPO_ROOT, startServer, type TestServer } from './server';

export const SHOTS = process.env.GRIDSCOUT_SHOTS ?? path.join(REPO_ROOT, 'e2e', 'screenshots');

export interface WatchOptions {
  /** Console messages a test provokes on purpose. */
  expected?: RegExp[];
  /** Count console warnings as problems too. */
  warnings?: boolean;
}

/** Problems seen on the page so far; a spec asserts the list is empty at its end. */
export function watch(page: Page, origin: string, options: WatchOptions = {}): string[] {
  const { expected = [], warnings = false } = options;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && !(warnings && m.type() === 'warning')) return;
    if (!expected.some((re) => re.test(m.text()))) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

/** A screenshot named `name`.png once the fonts have loaded. */
export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), ...options });
}

/**
 * For specs that need real data: imports DATA_DIR into a fresh home once for the file (the
 * data:import CLI, as a user would), serves it to the file's tests (run serially, skipped
 * without data) and removes it afterwards. The returned object reads through to the server.
 */
export function serveImportedData(prefix: string): Pick<TestServer, 'url' | 'token'> {
  let home = '';
  let server: TestServer | undefined;
  test.describe.configure({ mode: 'serial' });
  test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const imported = importedHome(prefix);
    home = imported.home;
    expect(imported.counts.target_season).toBe(2025);
    server = await startServer({ home });
  });
  test.afterAll(async () => {
    await server?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });
  return {
    get url() {
      return server!.url;
    },
    get token() {
      return server!.token;
    },
  };
}
