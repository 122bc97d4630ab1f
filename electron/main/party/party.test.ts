// The draft party's security list, over real HTTP on 127.0.0.1 with the real NFL data:
// the admin channels, joining (wrong code 403, claimed team 409, 429 after 10 wrong codes
// a minute), a guest token that reaches only party.room / party.pick and its own draft's
// events (every other channel of the contract: 403), out-of-turn picks, racing picks,
// close (401), removal, the app page kept from other devices, and a restart that keeps
// the party and the guests' tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract';
import type { DraftRoom, League, PartyLobby, PartyOpened, PartyStatus } from '../../../shared/ipc/types';
import { callAs, isDraftChange, joinParty, openStream } from '../../test-support/partyGuest';
import { rawRequest, type TestServer } from '../../test-support/server';
import { startPartyHost, type PartyHost } from '../../test-support/partyHost';
import { leagueInput } from '../../test-support/homes';
import { GUEST_CHANNELS } from '../handlers/party';

let host: PartyHost;
let server: TestServer;
let draftId: number;
let mockId: number;
let otherDraftId: number;
let opened: PartyOpened;
const tokens: Record<number, string> = {};

async function admin<T>(channel: string, payload: unknown): Promise<T> {
  const { result } = await callAs(server.url, server.token, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Everything a user made (the imported NFL data is too big to hash in every test). */
const userState = () =>
  ['leagues', 'drafts', 'draft_actions', 'draft_parties', 'party_guests', 'settings', 'rankings', 'notes'].map((t) => {
    try {
      return server.mode.ctx.db.prepare(`SELECT * FROM ${t}`).all();
    } catch {
      return null; // a table this schema does not have
    }
  });

const freePlayer = (room: DraftRoom, skip = 0) => room.players.filter((p) => !(p.id in room.takenBy))[skip]!.id;

beforeAll(async () => {
  host = await startPartyHost('gridscout-party-');
  server = host.server;
  // 4 teams, linear order, 3 rounds; the host is team 1 (0), guests take teams 2-4.
  const league = await admin<League>('leagues.create', leagueInput({ teams: 4, myTeam: 0, draftType: 'linear', rosterSlots: { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 0 } }));
  draftId = (await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).draft.id;
  otherDraftId = (await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' })).draft.id;
  mockId = (await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'mock', seed: 3 })).draft.id;
}, 120_000);

afterAll(() => host?.close());

describe('the host opens a party (admin token)', () => {
  it('party.open answers a short code and the guest page on this server', async () => {
    opened = await admin<PartyOpened>('party.open', { draftId });
    expect(opened.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(opened.joinUrl).toBe(`${server.url}/party`);
    // Opening again keeps the code (nobody who joined is lost).
    expect(await admin<PartyOpened>('party.open', { draftId })).toEqual(opened);
    expect(await admin<PartyStatus>('party.status', { draftId })).toEqual({ open: true, guests: [], code: opened.code, joinUrl: opened.joinUrl });
  });

  it('refuses a mock draft and a draft that does not exist, in words', async () => {
    const mock = await callAs(server.url, server.token, 'party.open', { draftId: mockId });
    expect(mock.result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/live draft/) } });
    const none = await callAs(server.url, server.token, 'party.open', { draftId: 9999 });
    expect(none.result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await admin<PartyStatus>('party.status', { draftId: otherDraftId })).open).toBe(false);
  });
});

describe('joining: POST /party/join {code, team, name?}, no Authorization', () => {
  it('the lobby lists the teams and which are taken', async () => {
    const lobby = await joinParty(server.url, { code: opened.code.toLowerCase() }, 'lobby');
    expect(lobby.status).toBe(200);
    const body = lobby.body as unknown as PartyLobby;
    expect(body.draftId).toBe(draftId);
    expect(body.teams.map((t) => t.takenBy)).toEqual(['Host', null, null, null]);
  });

  it('a right code and a free team: 200 {token, team, draftId}; the host sees the guest', async () => {
    for (const team of [1, 2, 3]) {
      const r = await joinParty(server.url, { code: opened.code, team, name: `Phone ${team + 1}` });
      expect(r.status).toBe(200);
      const body = r.body as { token: string; team: number; draftId: number };
      expect(body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/), team, draftId });
      expect(body.token).not.toBe(server.token);
      tokens[team] = body.token;
    }
    const status = await admin<PartyStatus>('party.status', { draftId });
    expect(status.guests).toEqual([
      { team: 1, name: 'Phone 2', connected: false },
      { team: 2, name: 'Phone 3', connected: false },
      { team: 3, name: 'Phone 4', connected: false },
    ]);
    // No token is stored in the clear.
    const hashes = server.mode.ctx.db.prepare('SELECT token_hash FROM party_guests').pluck().all() as string[];
    for (const t of Object.values(tokens)) expect(hashes).not.toContain(t);
  });

  it('a wrong code: 403; a team already claimed (or the host’s): 409; a bad body: 400; nothing changes', async () => {
    const before = userState();
    const wrong = await joinParty(server.url, { code: 'ZZZZZZ', team: 1 });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/code/) } });
    const claimed = await joinParty(server.url, { code: opened.code, team: 2, name: 'Thief' });
    expect(claimed.status).toBe(409);
    expect(claimed.body).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already taken/) } });
    expect((await joinParty(server.url, { code: opened.code, team: 0 })).status).toBe(409);
    expect((await joinParty(server.url, { code: opened.code, team: 7 })).status).toBe(400);
    expect((await joinParty(server.url, { code: opened.code })).status).toBe(400);
    expect(userState()).toEqual(before);
  });
});

describe('a guest token', () => {
  it('gets 403 on every channel of the contract but party.room and party.pick, and changes nothing', async () => {
    const before = userState();
    const others = channelNames.filter((c) => !GUEST_CHANNELS.has(c));
    expect(others.length).toBe(channelNames.length - 2);
    expect(others).toEqual(expect.arrayContaining(['party.pause', 'party.resume', 'party.reassign', 'party.kick', 'party.autopick']));
    for (const channel of others) {
      const r = await callAs(server.url, tokens[1]!, channel, { draftId });
      expect(r.status, channel).toBe(403);
      expect(r.result, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Unknown channels too (no way to probe the table).
    expect((await callAs(server.url, tokens[1]!, 'drafts.nothing', {})).status).toBe(403);
    expect(userState()).toEqual(before);
  });

  it('party.room answers the guest’s draft as a DraftRoom with the guest’s team as mine', async () => {
    const { status, result } = await callAs(server.url, tokens[2]!, 'party.room', {});
    expect(status).toBe(200);
    const room = (result as { ok: true; value: DraftRoom }).value;
    const hostRoom = await admin<DraftRoom>('drafts.get', { draftId });
    expect(room.draft.id).toBe(draftId);
    expect(room.config.myTeam).toBe(2);
    expect(room.board).toEqual(hostRoom.board);
    expect(room.myNextPick).toBe(3);
    // The admin token cannot speak for a guest.
    const asHost = await callAs(server.url, server.token, 'party.room', {});
    expect(asHost.status).toBe(403);
  });

  it('a pick while another team is on the clock: {"ok":false,"error":{"code":"not_your_turn"}}', async () => {
    const room = await admin<DraftRoom>('drafts.get', { draftId });
    expect(room.onClock?.team).toBe(0);
    const r = await callAs(server.url, tokens[2]!, 'party.pick', { playerId: freePlayer(room) });
    expect(r.status).toBe(200);
    expect(r.result).toMatchObject({ ok: false, error: { code: 'not_your_turn', message: expect.stringMatching(/not your turn/i) } });
    expect((await admin<DraftRoom>('drafts.get', { draftId })).draft.picksMade).toBe(0);
  });

  it('hears only its own draft’s changes, in order; the host picks, the guest on the clock picks', async () => {
    const stream = await openStream(server.url, tokens[1]!);
    expect(stream.status).toBe(200);
    await expect.poll(async () => (await admin<PartyStatus>('party.status', { draftId })).guests.find((g) => g.team === 1)?.connected).toBe(true);
    let room = await admin<DraftRoom>('drafts.pick', { draftId, playerId: (await admin<DraftRoom>('drafts.get', { draftId })).players[0]!.id });
    // Another draft's pick and a job event must not reach the guest.
    const other = await admin<DraftRoom>('drafts.get', { draftId: otherDraftId });
    await admin<DraftRoom>('drafts.pick', { draftId: otherDraftId, playerId: other.players[5]!.id });
    server.mode.ctx.events.emit('data.changed', { tables: ['players'] });
    const first = await stream.waitFor((e) => isDraftChange(e) && (e.data as { version: number }).version === room.version);
    expect(first.data).toMatchObject({ draftId, picksMade: 1, last: { overall: 1, team: 0, playerId: room.board[0]!.playerId } });
    const mine = await callAs(server.url, tokens[1]!, 'party.pick', { playerId: freePlayer(room), overall: 2 });
    expect(mine.result).toMatchObject({ ok: true });
    room = (mine.result as { ok: true; value: DraftRoom }).value;
    expect(room.board[1]).toMatchObject({ team: 1, playerId: expect.any(String) });
    await stream.waitFor((e) => isDraftChange(e) && (e.data as { picksMade: number }).picksMade === 2);
    stream.close();
    expect(stream.events.every((e) => e.name === 'draft.changed' || e.name === 'party.changed')).toBe(true);
    expect(stream.events.every((e) => (e.data as { draftId: number }).draftId === draftId)).toBe(true);
    const versions = stream.events.filter(isDraftChange).map((e) => e.data.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('two picks racing for one slot: exactly one wins, the other is told why', async () => {
    const room = await admin<DraftRoom>('drafts.get', { draftId });
    expect(room.onClock).toMatchObject({ overall: 3, team: 2 });
    // The same phone tapping twice, and the commissioner picking for the team at that moment.
    const [a, b, c] = await Promise.all([
      callAs(server.url, tokens[2]!, 'party.pick', { playerId: freePlayer(room, 0), overall: 3 }),
      callAs(server.url, tokens[2]!, 'party.pick', { playerId: freePlayer(room, 1), overall: 3 }),
      callAs(server.url, tokens[2]!, 'party.pick', { playerId: freePlayer(room, 2), overall: 3 }),
    ]);
    const answers = [a, b, c].map((x) => x.result);
    expect(answers.filter((x) => x.ok)).toHaveLength(1);
    for (const x of answers.filter((y) => !y.ok)) expect(x).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already been made/) } });
    const after = await admin<DraftRoom>('drafts.get', { draftId });
    expect(after.draft.picksMade).toBe(3);
    // Guest and host racing for pick 4 (team 4's): one pick is stored, at pick 4.
    const player = freePlayer(after);
    const [g, h] = await Promise.all([
      callAs(server.url, tokens[3]!, 'party.pick', { playerId: player, overall: 4 }),
      callAs(server.url, server.token, 'drafts.pick', { draftId, playerId: player }),
    ]);
    expect([g.result.ok, h.result.ok].filter(Boolean)).toHaveLength(1);
    const loser = g.result.ok ? h.result : g.result;
    expect(loser.ok ? '' : loser.error.message).toMatch(/already|drafted|made/i);
    const final = await admin<DraftRoom>('drafts.get', { draftId });
    expect(final.draft.picksMade).toBe(4);
    expect(final.board[3]!.playerId).toBe(player);
  });
});

describe('what never leaves the host', () => {
  it('the app page (with the admin token) goes to this machine only; another device is sent to the party page', async () => {
    const local = await rawRequest(server.port, { path: '/' });
    expect(local.text).toContain(server.token);
    const phone = await rawRequest(server.port, { path: '/', localAddress: '127.0.0.2' });
    expect(phone.status).toBe(302);
    expect(phone.headers.location).toBe('/party');
    for (const p of ['/party', '/index.html', '/draft/1']) {
      const r = await rawRequest(server.port, { path: p, localAddress: '127.0.0.2' });
      expect(r.text, p).not.toContain(server.token);
    }
    const page = await rawRequest(server.port, { path: '/party', localAddress: '127.0.0.2' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('GridScout party');
  });

  it('the Host guard accepts the party’s own address and refuses another name', async () => {
    const ok = await rawRequest(server.port, { method: 'POST', path: '/party/lobby', chunks: [JSON.stringify({ code: opened.code })] });
    expect(ok.status).toBe(200);
    const rebound = await rawRequest(server.port, { method: 'POST', path: '/party/lobby', headers: { Host: `evil.example:${server.port}` }, chunks: [JSON.stringify({ code: opened.code })] });
    expect(rebound.status).toBe(403);
  });
});

describe('the host stays in charge', () => {
  it('a restarted host resumes the party: same code, guests’ tokens still work', async () => {
    const before = await admin<PartyStatus>('party.status', { draftId });
    server = await host.restart();
    const after = await admin<PartyStatus>('party.status', { draftId });
    expect(after.code).toBe(before.code);
    expect(after.guests.map((g) => g.team)).toEqual([1, 2, 3]);
    const r = await callAs(server.url, tokens[1]!, 'party.room', {});
    expect(r.status).toBe(200);
    expect((r.result as { ok: true; value: DraftRoom }).value.draft.picksMade).toBe(4);
  });

  it('removing a guest ends their stream and their token (401); the team can be claimed again', async () => {
    const stream = await openStream(server.url, tokens[3]!);
    await admin<PartyStatus>('party.kick', { draftId, team: 3 });
    await stream.ended;
    expect((await callAs(server.url, tokens[3]!, 'party.room', {})).status).toBe(401);
    const again = await joinParty(server.url, { code: opened.code, team: 3, name: 'New phone' });
    expect(again.status).toBe(200);
    tokens[3] = (again.body as { token: string }).token;
  });

  it('party.close: {closed: true}; every guest token then gets 401, streams end, the code stops working', async () => {
    const stream = await openStream(server.url, tokens[2]!);
    expect(await admin('party.close', { draftId })).toEqual({ closed: true });
    await stream.ended;
    for (const team of [1, 2, 3]) {
      expect((await callAs(server.url, tokens[team]!, 'party.room', {})).status).toBe(401);
      expect((await callAs(server.url, tokens[team]!, 'party.pick', { playerId: '1' })).status).toBe(401);
      const events = await fetch(`${server.url}/api/events`, { headers: { Authorization: `Bearer ${tokens[team]!}` } });
      expect(events.status).toBe(401);
    }
    expect((await joinParty(server.url, { code: opened.code, team: 1 })).status).toBe(403);
    expect(await admin<PartyStatus>('party.status', { draftId })).toEqual({ open: false, guests: [], code: null, joinUrl: null });
    // The draft itself is untouched.
    expect((await admin<DraftRoom>('drafts.get', { draftId })).draft.picksMade).toBe(4);
  });

  it('more than 10 wrong codes a minute from one address: 429 with Retry-After, even for the right code', async () => {
    const reopened = await admin<PartyOpened>('party.open', { draftId });
    expect(reopened.code).not.toBe(opened.code);
    // Another device's wrong codes do not lock this one out (each address counts its own).
    for (let i = 0; i < 10; i++) {
      const r = await rawRequest(server.port, { method: 'POST', path: '/party/join', localAddress: '127.0.0.3', chunks: [JSON.stringify({ code: 'WRONG1', team: 1 })] });
      expect(r.status, `attempt ${i + 1}`).toBe(403);
    }
    for (const body of [{ code: 'WRONG1', team: 1 }, { code: reopened.code, team: 1 }]) {
      const r = await rawRequest(server.port, { method: 'POST', path: '/party/join', localAddress: '127.0.0.3', chunks: [JSON.stringify(body)] });
      expect(r.status).toBe(429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(r.result).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    }
    const elsewhere = await joinParty(server.url, { code: reopened.code, team: 1, name: 'Back' });
    expect(elsewhere.status).toBe(200);
  });
});
