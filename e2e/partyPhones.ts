// A draft-party phone for the party specs: 390 x 844, its own browser context, joins with
// the code and claims a team.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { watch } from './page';

export interface Phone {
  context: BrowserContext;
  page: Page;
  team: number;
  problems: string[];
}

/**
 * A phone on the party page: types the code and a name, claims team `team` (0-based).
 * `onTeams` looks at the team list before the claim.
 */
export async function joinPhone(browser: Browser, url: string, team: number, code: string, onTeams?: (page: Page) => Promise<void>): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // A phone that loses the host (offline, host restarting) logs failed requests: expected.
  const problems = watch(page, url, { expected: [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|net::/] });
  await page.goto(`${url}/party`);
  await page.getByLabel('Code').fill(code.toLowerCase());
  await page.getByLabel('Your name').fill(`Phone ${team + 1}`);
  await page.getByRole('button', { name: 'Find the draft' }).click();
  await onTeams?.(page);
  await page.getByRole('button', { name: new RegExp(`^Team ${team + 1}`) }).click();
  await expect(page.locator('.pg-clock')).toBeVisible();
  return { context, page, team, problems };
}
