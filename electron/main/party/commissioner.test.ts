// The commissioner's party tools over real HTTP on 127.0.0.1 with the real NFL data:
// pausing and resuming the pick clock (kept across a restart, nothing autopicked while
// paused), moving a guest to another team or freeing it, and a party in a mock draft with
// several human teams (bots cannot be claimed and pick at once between the people).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftRoom, League, PartyLobby, PartyOpened, PartyStatus } from '../../../shared/ipc/types';
import { callAs, joinParty, openStream } from '../../test-support/partyGuest';
import type { TestServer } from '../../test-support/server';
import { startPartyHost, type PartyHost } from '../../test-support/partyHost';
import * as draft from '../draft/service';
import { leagueInput } from '../../test-support/homes';

let host: PartyHost;
let server: TestServer;
let league: League;

async function admin<T>(channel: string, payload: unknown): Promise<T> {
  const { result } = await callAs(server.url, server.token, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function adminError(channel: string, payload: unknown) {
  const { result } = await callAs(server.url, server.token, channel, payload);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
}

async function join(code: string, team: number, name: string): Promise<string> {
  const r = await joinParty(server.url, { code, team, name });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body as { token: string }).token;
}

const guestRoom = async (token: string) => {
  const r = await callAs(server.url, token, 'party.room', {});
  expect(r.status).toBe(200);
  return (r.result as { ok: true; value: DraftRoom }).value;
};

const freePlayer = (room: DraftRoom) => room.players.find((p) => !(p.id in room.takenBy))!.id;

beforeAll(async () => {
  host = await startPartyHost('gridscout-commissioner-');
  server = host.server;
  // 4 teams, linear, 3 rounds, a 90-second clock; the host is team 1 (0).
  league = await admin<League>(
    'leagues.create',
    leagueInput({ teams: 4, myTeam: 0, draftType: 'linear', pickClockSeconds: 90, rosterSlots: { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 } }),
  );
}, 120_000);

afterAll(() => host?.close());

describe('pause and resume the pick clock (live draft party)', () => {
  let draftId: number;
  let code: string;
  let guest: string;

  beforeAll(async () => {
    draftId = (await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).draft.id;
    code = (await admin<PartyOpened>('party.open', { draftId })).code;
    guest = await join(code, 1, 'Phone 2');
  });

  it('pausing keeps the time left; the guest sees it paused; pausing twice is refused in words', async () => {
    const paused = await admin<DraftRoom>('party.pause', { draftId });
    expect(paused.clock).toMatchObject({ seconds: 90, pausedLeft: expect.any(Number) });
    expect(paused.clock!.pausedLeft!).toBeGreaterThan(80_000);
    expect(paused.clock!.pausedLeft!).toBeLessThanOrEqual(90_000);
    const seen = await guestRoom(guest);
    expect(seen.clock?.pausedLeft).toBe(paused.clock!.pausedLeft);
    // The host's unnamed team reads "Host" on a phone ("You" is the host's own word).
    expect(seen.teamNames[0]).toBe('Host');
    expect(await adminError('party.pause', { draftId })).toMatchObject({ code: 'invalid_input', message: 'The clock is already paused.' });
    // A guest cannot pause or resume (admin only).
    for (const channel of ['party.pause', 'party.resume']) expect((await callAs(server.url, guest, channel, { draftId })).status).toBe(403);
  });

  it('a restarted host is still paused, with the same time left', async () => {
    const before = await admin<DraftRoom>('drafts.get', { draftId });
    server = await host.restart();
    const after = await admin<DraftRoom>('drafts.get', { draftId });
    expect(after.clock!.pausedLeft).toBe(before.clock!.pausedLeft);
    expect((await guestRoom(guest)).clock?.pausedLeft).toBe(before.clock!.pausedLeft);
  });

  it('resume runs the clock from the time that was left', async () => {
    const left = (await admin<DraftRoom>('drafts.get', { draftId })).clock!.pausedLeft!;
    const running = await admin<DraftRoom>('party.resume', { draftId });
    const c = running.clock!;
    expect(c.pausedLeft).toBeNull();
    expect(c.startedAt! + c.seconds * 1000 - c.serverNow).toBeGreaterThan(left - 5_000);
    expect(c.startedAt! + c.seconds * 1000 - c.serverNow).toBeLessThanOrEqual(left);
    expect(await adminError('party.resume', { draftId })).toMatchObject({ code: 'invalid_input', message: 'The clock is not paused.' });
  });
});

describe('reassigning a team', () => {
  let draftId: number;
  let code: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    draftId = (await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).draft.id;
    code = (await admin<PartyOpened>('party.open', { draftId })).code;
    tokens.ann = await join(code, 1, 'Ann');
    tokens.bo = await join(code, 2, 'Bo');
  });

  it('moves a guest to a free team: the token follows, the old stream ends, team 2 is free again', async () => {
    const stream = await openStream(server.url, tokens.ann!);
    await expect.poll(async () => (await admin<PartyStatus>('party.status', { draftId })).guests.find((g) => g.team === 1)?.connected).toBe(true);
    const status = await admin<PartyStatus>('party.reassign', { draftId, team: 1, toTeam: 3 });
    expect(status.guests.map((g) => [g.team, g.name])).toEqual([
      [2, 'Bo'],
      [3, 'Ann'],
    ]);
    await stream.ended;
    const room = await guestRoom(tokens.ann!);
    expect(room.config.myTeam).toBe(3);
    // Her phone picks for team 4 now, not team 2.
    await admin<DraftRoom>('drafts.pick', { draftId, playerId: freePlayer(await admin<DraftRoom>('drafts.get', { draftId })) });
    const notHers = await callAs(server.url, tokens.ann!, 'party.pick', { playerId: freePlayer(await admin<DraftRoom>('drafts.get', { draftId })) });
    expect(notHers.result).toMatchObject({ ok: false, error: { code: 'not_your_turn' } });
    const lobby = (await joinParty(server.url, { code }, 'lobby')).body as unknown as PartyLobby;
    expect(lobby.teams.map((t) => t.takenBy)).toEqual(['Host', null, 'Bo', 'Ann']);
  });

  it('refuses the host’s team, a team with a guest, a team not in the draft and a team nobody has; nothing changes', async () => {
    const before = await admin<PartyStatus>('party.status', { draftId });
    expect(await adminError('party.reassign', { draftId, team: 3, toTeam: 0 })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/host’s team/) });
    expect(await adminError('party.reassign', { draftId, team: 3, toTeam: 2 })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already has a guest/) });
    expect(await adminError('party.reassign', { draftId, team: 3, toTeam: 9 })).toMatchObject({ code: 'invalid_input', message: 'This draft has teams 1 to 4.' });
    expect(await adminError('party.reassign', { draftId, team: 1, toTeam: 2 })).toMatchObject({ code: 'not_found', message: 'No guest has team 2.' });
    expect(await admin<PartyStatus>('party.status', { draftId })).toEqual(before);
  });

  it('toTeam null frees the team: the guest’s token is revoked (401) and someone else claims it', async () => {
    await admin<PartyStatus>('party.reassign', { draftId, team: 2, toTeam: null });
    expect((await callAs(server.url, tokens.bo!, 'party.room', {})).status).toBe(401);
    tokens.cy = await join(code, 2, 'Cy');
    expect((await guestRoom(tokens.cy)).config.myTeam).toBe(2);
  });
});

describe('a party in a mock draft with several human teams', () => {
  let draftId: number;
  let code: string;
  let guest: string;

  it('a mock draft marks its human teams; bad teams are refused in words', async () => {
    expect(await adminError('drafts.create', { leagueId: league.id, mode: 'mock', humanTeams: [4] })).toMatchObject({ message: 'Team 5 is not in this 4-team league.' });
    expect(await adminError('drafts.create', { leagueId: league.id, mode: 'live', humanTeams: [1] })).toMatchObject({ message: expect.stringMatching(/mock drafts/) });
    const room = await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'mock', seed: 5, humanTeams: [2] });
    draftId = room.draft.id;
    expect(room.personalities.map((p) => p === null)).toEqual([true, false, true, false]);
    code = (await admin<PartyOpened>('party.open', { draftId })).code;
  });

  it('a bot team cannot be claimed (409, says why); a human team can', async () => {
    const lobby = (await joinParty(server.url, { code }, 'lobby')).body as unknown as PartyLobby;
    expect(lobby.teams.map((t) => t.takenBy)).toEqual(['Host', 'Bot', null, 'Bot']);
    const bot = await joinParty(server.url, { code, team: 1, name: 'Sneaky' });
    expect(bot.status).toBe(409);
    expect(bot.body).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Team 2 is drafted by a bot in this mock draft. Pick a team marked free.' } });
    guest = await join(code, 2, 'Phone 3');
    expect(await adminError('party.reassign', { draftId, team: 2, toTeam: 3 })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/bot/) });
  });

  it('bots pick between the people: the host picks, the bot picks, then the guest; after the guest the next bot picks at once', async () => {
    await admin<DraftRoom>('drafts.pick', { draftId, playerId: freePlayer(await admin<DraftRoom>('drafts.get', { draftId })) });
    const room = await admin<DraftRoom>('drafts.advanceBots', { draftId });
    expect(room.draft.picksMade).toBe(2);
    expect(room.onClock).toMatchObject({ overall: 3, team: 2 });
    const mine = await callAs(server.url, guest, 'party.pick', { playerId: freePlayer(room), overall: 3 });
    expect(mine.result).toMatchObject({ ok: true });
    const after = (mine.result as { ok: true; value: DraftRoom }).value;
    // Team 4's bot picked at once; the host (team 1) is on the clock again.
    expect(after.draft.picksMade).toBe(4);
    expect(after.board[3]).toMatchObject({ team: 3, playerId: expect.any(String) });
    expect(after.onClock).toMatchObject({ overall: 5, team: 0 });
  });

  it('a paused mock clock autopicks nobody, however long it stays paused', async () => {
    await admin<DraftRoom>('party.pause', { draftId });
    const s = draft.openSession(server.mode.ctx, draftId);
    const later = draft.expireClock(server.mode.ctx, s, Date.now() + 3_600_000);
    expect(draft.picksMadeOf(later.engine)).toBe(4);
    await admin<DraftRoom>('party.resume', { draftId });
    const expired = draft.expireClock(server.mode.ctx, draft.openSession(server.mode.ctx, draftId), Date.now() + 91_000);
    expect(expired.engine.kind === 'picks' && expired.engine.state.picks[4]).toMatchObject({ team: 0, auto: true });
  });

  it('a mock draft with only my team human still cannot host a party', async () => {
    const solo = (await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'mock', seed: 6 })).draft.id;
    expect(await adminError('party.open', { draftId: solo })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Bots pick for every other team/) });
  });
});
