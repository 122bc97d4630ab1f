// A draft party in real browsers on real data: the host's page and three phones (390 x 844,
// each its own browser context) draft a 4-team league to the end. Each guest picks on their
// turn from the guest page, a guest out of turn is refused, every screen shows the same
// board, the host undoes a guest's pick, a phone goes offline and catches up, and the host's
// server is killed mid-draft and restarted: the party and the guests' tokens carry on.
// Then the commissioner: a mock draft where the host marks a friend's team as a person's
// (bots draft the rest), the friend joins from a phone where bot teams cannot be claimed,
// the host pauses the pick clock (the phone shows Paused and the clock runs out for nobody),
// resumes, and the bots pick between the two people; in a live party the host moves a phone
// to another team and frees it.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DraftRoom, League } from '../shared/ipc/types';
import { shoot, watch } from './page';
import { joinPhone, type Phone } from './partyPhones';
import { callApi, DATA_DIR, importedHome, startServer, type TestServer } from './server';

test.describe.configure({ mode: 'serial' });
test.skip(!fs.existsSync(DATA_DIR), `no data folder at ${DATA_DIR}`);

let home = '';
let server: TestServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  home = importedHome('gridscout-e2e-party-').home;
  server = await startServer({ home });
});
test.afterAll(async () => {
  await server?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

const api = <T>(channel: string, payload: unknown) => callApi<T>(server, channel, payload);

const picksOn = (p: Page) => p.locator('.pg-me');
const snakeTeam = (overall: number, teams = 4) => {
  const round = Math.ceil(overall / teams);
  const i = (overall - 1) % teams;
  return round % 2 === 1 ? i : teams - 1 - i;
};

test('four screens draft a 4-team league to the end: turns, refusal, undo, offline phone, host killed and restarted', async ({ browser, page: host }) => {
  test.setTimeout(420_000);
  const hostProblems = watch(host, server.url, { expected: [/Failed to load resource/, /net::/] });
  const slots = { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 };
  const league = await api<League>('leagues.create', { name: 'Party league', scoringPreset: 'ppr', config: { teams: 4, myTeam: 0, draftType: 'snake', rosterSlots: slots } });
  const draftId = (await api<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).draft.id;
  const total = 12;

  await host.goto(`${server.url}/#/draft/${draftId}`);
  await host.getByRole('button', { name: 'Host a draft party' }).click();
  const code = (await host.getByTestId('party-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(host.locator('.party-url')).toHaveText(`${server.url}/party`);
  await expect(host.locator('.party-qr')).toBeVisible();

  const phones = [await joinPhone(browser, server.url, 1, code), await joinPhone(browser, server.url, 2, code), await joinPhone(browser, server.url, 3, code)];
  await expect(host.locator('.party-guests li.is-connected')).toHaveCount(3);
  await shoot(host, 'party-host');

  /** Every screen shows `n` picks made. */
  const allAt = async (n: number) => {
    await expect(host.locator('.clock-progress')).toHaveText(`${n} / ${total} picks`);
    for (const p of phones) await expect(picksOn(p.page)).toContainText(`${n}/${total}`);
  };

  const pickOnPhone = async (p: Phone) => {
    await expect(p.page.locator('.pg-clock.is-mine')).toBeVisible();
    const name = (await p.page.locator('.pg-player b').first().textContent())!;
    await p.page.locator('.pg-draft').first().click();
    return name;
  };

  const pickOnHost = async () => {
    await expect(host.locator('.clock-main')).toContainText('You');
    const button = host.getByRole('button', { name: /^Draft / });
    await expect(button).toBeEnabled();
    await button.click();
  };

  let killedAt = 0;
  for (let n = 1; n <= total; n++) {
    const team = snakeTeam(n);
    const turn = phones.find((p) => p.team === team);
    if (n === 2) {
      // Out of turn: the phone's Draft buttons are off, and a pick sent anyway is refused.
      const other = phones.find((p) => p.team === 3)!;
      await expect(other.page.locator('.pg-draft').first()).toBeDisabled();
      const refused = await other.page.evaluate(async () => {
        const s = JSON.parse(localStorage.getItem('gridscout.party.guest')!) as { token: string };
        const res = await fetch('/api/party.pick', { method: 'POST', headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ playerId: '1' }) });
        return (await res.json()) as { ok: boolean; error?: { code: string } };
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_your_turn' } });
      await shoot(turn!.page, 'party-phone-my-turn');
    }
    if (n === 4) {
      // Phone 3 (team 3) goes offline; pick 4 (team 4's) is made without it seeing.
      await phones[1]!.context.setOffline(true);
    }
    if (turn) await pickOnPhone(turn);
    else await pickOnHost();
    if (n === 4) {
      await expect(phones[1]!.page.getByRole('alert')).toContainText('Reconnecting');
      await phones[1]!.context.setOffline(false);
    }
    await allAt(n);
    if (n === 3) {
      // The host takes back the guest's pick (team 3's): it is back on the clock everywhere.
      await host.getByRole('button', { name: /^Undo/ }).click();
      await allAt(2);
      await expect(phones[1]!.page.locator('.pg-clock.is-mine')).toBeVisible();
      await pickOnPhone(phones[1]!);
      await allAt(3);
    }
    if (n === 6 && !killedAt) {
      // The host's app is killed mid-draft and started again on the same port and folder.
      killedAt = n;
      const port = Number(new URL(server.url).port);
      process.kill(-server.process.pid!, 'SIGKILL');
      await server.stop();
      server = await startServer({ home, port });
      await host.reload();
      await expect(host.locator('.clock-progress')).toHaveText(`${n} / ${total} picks`, { timeout: 30_000 });
      await expect(host.locator('.party-guests li.is-connected')).toHaveCount(3, { timeout: 30_000 });
    }
  }
  await expect(host.locator('.clock-bar.is-complete')).toBeVisible();

  // The same board on every screen: the phones' board lists equal the host's.
  const room = await api<DraftRoom>('drafts.get', { draftId });
  const names = new Map(room.players.map((p) => [p.id, p.name]));
  const expected = [...room.board].sort((a, b) => b.overall - a.overall).map((c) => names.get(c.playerId!)!);
  for (const p of phones) {
    await p.page.getByRole('tab', { name: 'Board' }).click();
    await expect(p.page.locator('.pg-cell b')).toHaveText(expected);
    await expect(p.page.locator('.pg-onclock')).toHaveText('Draft complete');
  }
  for (const c of room.board) await expect(host.locator(`.board-cell[data-overall="${c.overall}"]`)).toHaveClass(/is-filled/);
  await phones[0]!.page.getByRole('tab', { name: 'My team' }).click();
  await shoot(phones[0]!.page, 'party-phone-team');

  // The big board for a TV.
  await host.setViewportSize({ width: 1920, height: 1080 });
  await host.goto(`${server.url}/#/draft/${draftId}/board`);
  await expect(host.locator('.bb-player')).toHaveText(names.get(room.board.find((c) => c.overall === total)!.playerId!)!);
  await shoot(host, 'party-big-board');

  // Closing the party sends every phone back to the join screen.
  await host.goto(`${server.url}/#/draft/${draftId}`);
  await host.getByRole('button', { name: 'Close the party' }).click();
  for (const p of phones) await expect(p.page.getByRole('heading', { name: 'Join the draft' })).toBeVisible({ timeout: 15_000 });
  expect(hostProblems).toEqual([]);
  for (const p of phones) {
    expect(p.problems.filter((x) => !/401/.test(x))).toEqual([]);
    await p.context.close();
  }
});

// ---- the commissioner's tools -----------------------------------------------------------

const threeRounds = { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 };
const CLOCK_SECONDS = 20;

test('a mock party: a friend’s team among bots; the clock paused on the phone runs out for nobody; bots pick between the people', async ({ browser, page: host }) => {
  test.setTimeout(240_000);
  const hostProblems = watch(host, server.url);
  await api<League>('leagues.create', { name: 'Friends league', scoringPreset: 'ppr', config: { teams: 4, myTeam: 0, draftType: 'snake', pickClockSeconds: CLOCK_SECONDS, rosterSlots: threeRounds } });

  // The host ticks team 3 as a friend's in "Mock with friends".
  await host.goto(`${server.url}/#/leagues`);
  const card = host.locator('.league-card', { has: host.getByRole('heading', { name: 'Friends league' }) });
  await card.getByRole('button', { name: 'Mock with friends' }).click();
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
  // On the host's board the friend's column reads as a person's, the others as bots'.
  await expect(host.locator('.board-team').nth(2)).toContainText('League mate');
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
  const league = await api<League>('leagues.create', { name: 'Moving league', scoringPreset: 'ppr', config: { teams: 4, myTeam: 0, draftType: 'snake', rosterSlots: threeRounds } });
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
