// The commissioner's party tools in real browsers on real data: a mock draft where the host
// marks a friend's team as a person's (bots draft the rest), the friend joins from a phone
// (390 x 844) where bot teams cannot be claimed, the host pauses the pick clock (the phone
// shows Paused and the clock runs out for nobody), resumes, and the bots pick between the
// two people; then, in a live party, the host moves a phone to another team and frees it.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DraftRoom, League } from '../shared/ipc/types';
import { shoot, watch } from './page';
import { joinPhone } from './partyPhones';
import { callApi, DATA_DIR, importedHome, startServer, type TestServer } from './server';

test.describe.configure({ mode: 'serial' });
test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

let home = '';
let server: TestServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  home = importedHome('gridscout-e2e-commissioner-').home;
  server = await startServer({ home });
});
test.afterAll(async () => {
  await server?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);
const slots = { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 };
const CLOCK_SECONDS = 20;

test('a mock party: a friend’s team among bots; the clock paused on the phone runs out for nobody; bots pick between the people', async ({ browser, page: host }) => {
  test.setTimeout(240_000);
  const hostProblems = watch(host, server.url);
  await api<League>('leagues.create', { name: 'Friends league', scoringPreset: 'ppr', config: { teams: 4, myTeam: 0, draftType: 'snake', pickClockSeconds: CLOCK_SECONDS, rosterSlots: slots } });

  // The host ticks team 3 as a friend's in "Mock with friends".
  await host.goto(`${server.url}/#/leagues`);
  await host.getByRole('button', { name: 'Mock with friends' }).click();
  const form = host.getByRole('form', { name: 'Mock draft with friends' });
  await form.getByLabel('Team 3').check();
  await shoot(host, 'party-mock-friends-form');
  await form.getByRole('button', { name: 'Start the mock draft' }).click();
  await expect(host.locator('.clock-progress')).toHaveText('0 / 12 picks');

  await host.getByRole('button', { name: 'Host a draft party' }).click();
  await host.getByRole('button', { name: 'Pause the clock' }).click();
  await expect(host.locator('.clock-time')).toContainText('Paused');
  const code = (await host.getByTestId('party-code').textContent())!.trim();

  const friend = await joinPhone(browser, server.url, 2, code, async (page) => {
    // Bots' teams are not for claiming.
    for (const bot of ['Team 2', 'Team 4']) {
      const button = page.getByRole('button', { name: new RegExp(`^${bot}`) });
      await expect(button).toBeDisabled();
      await expect(button).toContainText('Taken by Bot');
    }
  });
  await expect(friend.page.locator('.pg-timer.is-paused')).toContainText('Paused');
  await shoot(friend.page, 'party-phone-paused');
  await shoot(host, 'party-host-paused');

  // Longer than the whole clock: nobody is autopicked while it is paused.
  await host.waitForTimeout((CLOCK_SECONDS + 3) * 1000);
  await expect(host.locator('.clock-progress')).toHaveText('0 / 12 picks');
  await expect(friend.page.locator('.pg-me')).toContainText('0/12');

  await host.getByRole('button', { name: 'Resume the clock' }).click();
  await expect(host.locator('.clock-time')).not.toContainText('Paused');
  await expect(friend.page.locator('.pg-timer.is-paused')).toHaveCount(0);
  await host.getByRole('button', { name: /^Draft / }).click();
  // Team 2's bot picks at once; the friend is on the clock at pick 3.
  await expect(friend.page.locator('.pg-clock.is-mine')).toBeVisible();
  await expect(friend.page.locator('.pg-me')).toContainText('2/12');
  const chosen = (await friend.page.locator('.pg-player b').first().textContent())!;
  await friend.page.locator('.pg-draft').first().click();
  // Team 4's bot picks twice (the snake turns), and the friend is on the clock again at pick 6.
  await expect(friend.page.locator('.pg-me')).toContainText('5/12');
  await expect(friend.page.locator('.pg-clock.is-mine')).toBeVisible();
  await expect(host.locator('.clock-progress')).toHaveText('5 / 12 picks');
  const room = await api<DraftRoom>('drafts.get', { draftId: Number(/#\/draft\/(\d+)/.exec(host.url())![1]) });
  const names = new Map(room.players.map((p) => [p.id, p.name]));
  expect(room.board.slice(0, 5).map((c) => c.team)).toEqual([0, 1, 2, 3, 3]);
  expect(names.get(room.board[2]!.playerId!)).toBe(chosen);
  expect(room.board.slice(0, 5).every((c) => c.playerId && !c.auto)).toBe(true);
  expect(hostProblems).toEqual([]);
  expect(friend.problems).toEqual([]);
  await friend.context.close();
});

test('the host moves a phone to another team, then frees the team', async ({ browser, page: host }) => {
  test.setTimeout(120_000);
  const league = await api<League>('leagues.create', { name: 'Moving league', scoringPreset: 'ppr', config: { teams: 4, myTeam: 0, draftType: 'snake', rosterSlots: slots } });
  const draftId = (await api<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).draft.id;
  await host.goto(`${server.url}/#/draft/${draftId}`);
  await host.getByRole('button', { name: 'Host a draft party' }).click();
  const code = (await host.getByTestId('party-code').textContent())!.trim();
  const phone = await joinPhone(browser, server.url, 1, code);
  await expect(phone.page.locator('.pg-me')).toContainText('Team 2');

  await host.getByLabel('Move Phone 2 to another team').selectOption({ label: 'Team 4' });
  await expect(host.locator('.party-guests li').nth(3)).toContainText('Phone 2');
  await expect(host.locator('.party-guests li').nth(1)).toContainText('free');
  // The phone's stream ends and it reconnects as team 4, with the same token.
  await expect(phone.page.locator('.pg-me')).toContainText('Team 4', { timeout: 15_000 });

  await host.getByRole('button', { name: 'Remove Phone 2 from Team 4' }).click();
  await expect(phone.page.getByRole('heading', { name: 'Join the draft' })).toBeVisible({ timeout: 15_000 });
  await expect(host.locator('.party-guests li').nth(3)).toContainText('free');
  await phone.context.close();
});
