// ESPN private leagues: a fake ESPN on 127.0.0.1 refuses the league without a member's
// espn_s2 and SWID cookies (401, or 403 for someone else's) and serves it with them. The
// cookies the user pastes go through the espn.cookies channels, are sent as a Cookie header on
// every request of the follow, and in the desktop store are kept encrypted, never in the clear.
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DraftRoom, DraftSummary, League } from '../../../shared/ipc/types';
import { testSafeStorage } from '../../test-support/safeStorage';
import { closeAppContext, type AppContext } from '../context';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import { databaseFile } from '../paths';
import { createSafeStorageEspnCookies, espnCookies, keepEspnCookiesIn } from './espnCookies';
import { stopAllFollowers } from './follower';
import { ESPN_LEAGUE_URL as ESPN_URL, FakeEspn, privateLeague } from '../../test-support/sync/fakeEspn';
import { faultScript, insideRetryAfter } from '../../test-support/sync/faults';

const saved = { ...process.env };
beforeAll(() => {
  process.env.GRIDSCOUT_SYNC_TIME_SCALE = '0.02';
  delete process.env.GRIDSCOUT_ESPN_S2;
  delete process.env.GRIDSCOUT_ESPN_SWID;
});
afterAll(() => {
  process.env = saved;
});

const COOKIES = { espnS2: 'AEBx7Yk%2F3n0Qm9Zr0bT8pW1c%2BdF5gH6jK7lM8nO9pQ0rS1tU2vW3xY4zA5bC6dE7fG8hI9jK0lM%3D', swid: '{1A2B3C4D-5E6F-4A8B-9C0D-1E2F3A4B5C6D}' };
const TEAMS = 10;
const ROUNDS = 16; // the league's lineup slots

const open: { ctx: AppContext; home: string; fake: FakeEspn }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    stopAllFollowers(o.ctx);
    if (o.ctx.db.open) closeAppContext(o.ctx);
    await o.fake.stop();
    fs.rmSync(o.home, { recursive: true, force: true });
  }
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup() {
  const home = await dataHome();
  const ctx = openHome(home);
  const league = await call<League>(ctx, 'leagues.create', leagueInput());
  const order = (await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'live' })).players.map((p) => p.id);
  const { league: script, drafted } = privateLeague(ctx.db, order, COOKIES);
  const fake = new FakeEspn(script);
  await fake.start();
  process.env.GRIDSCOUT_ESPN_API_URL = fake.url;
  open.push({ ctx, home, fake });
  return { ctx, home, fake, drafted };
}

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: Error) => e.message);

describe('ESPN private leagues', () => {
  it('refuses without the cookies and changes nothing; follows with them, sending them on every request', async () => {
    const { ctx, fake, drafted } = await setup();
    fake.reveal(5);
    const draftsBefore = (await call<DraftSummary[]>(ctx, 'drafts.list', {})).length;
    expect(await errorOf(call(ctx, 'drafts.follow', { provider: 'espn', draft: ESPN_URL }))).toMatch(/ESPN league 424242 is private \(401\): paste your espn_s2 and SWID cookies/);
    expect(fake.log.at(-1)).toMatchObject({ status: 401, cookie: null });
    expect(await call<DraftSummary[]>(ctx, 'drafts.list', {})).toHaveLength(draftsBefore);

    // What cannot be a cookie is refused in words that do not echo it, and nothing is kept.
    expect(await errorOf(call(ctx, 'espn.cookies.set', { espnS2: COOKIES.espnS2, swid: 'not a swid' }))).toMatch(/does not look like a SWID cookie/);
    expect(await errorOf(call(ctx, 'espn.cookies.set', { espnS2: 'short; x', swid: COOKIES.swid }))).not.toContain('short; x');
    expect(await call(ctx, 'espn.cookies.status', {})).toEqual({ source: 'none', canPersist: false });

    // Someone else's cookies: ESPN says 403, and the user is told they may have expired.
    await call(ctx, 'espn.cookies.set', { espnS2: COOKIES.espnS2.replace('AEB', 'ZZZ'), swid: COOKIES.swid });
    expect(await errorOf(call(ctx, 'drafts.follow', { provider: 'espn', draft: ESPN_URL }))).toMatch(/ESPN refused the cookies for league 424242 \(403\): they may have expired/);

    // Pasted as the browser shows them ("espn_s2=...", SWID without braces, lower case): kept in their canonical form.
    const status = await call(ctx, 'espn.cookies.set', { espnS2: `espn_s2=${COOKIES.espnS2}`, swid: COOKIES.swid.slice(1, -1).toLowerCase() });
    expect(status).toEqual({ source: 'session', canPersist: false });
    expect(espnCookies(ctx)).toEqual(COOKIES);
    const fromHere = fake.log.length;
    let room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'espn', draft: ESPN_URL });
    expect(room.config.teams).toBe(TEAMS);
    expect(room.rounds).toBe(ROUNDS);
    expect(room.board.filter((c) => c.playerId !== null).map((c) => c.playerId)).toEqual(drafted.slice(0, 5));

    // The follower keeps sending them as the draft goes on.
    fake.reveal(20);
    const draftId = room.draft.id;
    const waitFor = async (what: string, ok: (r: DraftRoom) => boolean) => {
      for (const by = Date.now() + 30_000; ; await sleep(50)) {
        const r = await call<DraftRoom>(ctx, 'drafts.get', { draftId });
        if (ok(r)) return r;
        if (Date.now() > by) throw new Error(`timed out waiting for ${what}`);
      }
    };
    const onBoard = (r: DraftRoom) => r.board.filter((c) => c.playerId !== null).map((c) => c.playerId);
    room = await waitFor('25 picks', (r) => onBoard(r).length >= 25);
    expect(onBoard(room)).toEqual(drafted.slice(0, 25));
    const followed = fake.log.slice(fromHere);
    expect(followed.length).toBeGreaterThan(1);
    for (const r of followed) expect(r).toMatchObject({ status: 200, cookie: `espn_s2=${COOKIES.espnS2}; SWID=${COOKIES.swid}` });
    // The room says ESPN may show picks late.
    expect(room.sync?.note).toMatch(/ESPN's league API may show picks late/);

    // Forgotten mid-draft: the next look is refused, the room says so and keeps its board;
    // pasted again, the follower catches up without a restart.
    expect(await call(ctx, 'espn.cookies.clear', {})).toEqual({ source: 'none', canPersist: false });
    expect(espnCookies(ctx)).toBeNull();
    room = await waitFor('reconnecting', (r) => r.sync?.state === 'reconnecting');
    expect(room.sync?.error).toMatch(/refused access \(401\)/);
    expect(room.sync?.needsCookies).toBe(true); // the room offers the cookie fields
    expect(fake.log.at(-1)).toMatchObject({ status: 401, cookie: null });
    fake.reveal(5);
    await sleep(300);
    expect(onBoard(await call<DraftRoom>(ctx, 'drafts.get', { draftId }))).toHaveLength(25);
    await call(ctx, 'espn.cookies.set', COOKIES);
    room = await waitFor('the rest of the draft', (r) => r.sync?.state === 'complete');
    expect(onBoard(room)).toEqual(drafted);
    expect(room.sync?.needsCookies).toBe(false);
    expect(fake.log.at(-1)).toMatchObject({ status: 200, cookie: `espn_s2=${COOKIES.espnS2}; SWID=${COOKIES.swid}` });
  }, 60_000);

  it('follows to the end through 500s, 429s with Retry-After, stalls and malformed bodies', async () => {
    const { ctx, fake, drafted } = await setup();
    await call(ctx, 'espn.cookies.set', COOKIES);
    fake.reveal(1);
    const room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'espn', draft: ESPN_URL });
    const draftId = room.draft.id;
    const faults = faultScript(5);
    for (let shown = 2; shown <= drafted.length; shown++) {
      fake.reveal(1);
      const f = faults.get(shown);
      if (f) fake.fail(...f);
      await sleep(40);
      expect((await call<DraftRoom>(ctx, 'drafts.get', { draftId })).sync?.needsCookies).toBe(false);
    }
    let done: DraftRoom | null = null;
    for (const by = Date.now() + 60_000; !done; await sleep(50)) {
      const r = await call<DraftRoom>(ctx, 'drafts.get', { draftId });
      // A failing host is not a refusal: no cookie fields for a 500, a 429 or a stall.
      expect(r.sync?.needsCookies).toBe(false);
      if (r.sync?.state === 'complete') done = r;
      else if (Date.now() > by) throw new Error(`timed out: ${r.sync?.state} ${r.sync?.error ?? ''}`);
    }
    expect(done.board.filter((c) => c.playerId !== null).map((c) => c.playerId)).toEqual(drafted);
    // Every fault was met, and nothing was asked inside a Retry-After window.
    const log = fake.log;
    for (const status of [500, 502, 429, 503, 0]) expect(log.some((r) => r.status === status), `status ${status}`).toBe(true);
    expect(insideRetryAfter(log)).toBe(0);
    // Once complete it stops asking.
    const count = log.length;
    await sleep(500);
    expect(fake.log.length).toBe(count);
  }, 90_000);

  it('desktop store: the cookies are encrypted at rest and read back after a restart', async () => {
    const { ctx, home } = await setup();
    const safe = testSafeStorage();
    keepEspnCookiesIn(ctx, createSafeStorageEspnCookies(ctx.db, safe));
    expect(await call(ctx, 'espn.cookies.set', COOKIES)).toEqual({ source: 'stored', canPersist: true });
    closeAppContext(ctx);
    for (const file of [databaseFile(home), `${databaseFile(home)}-wal`]) {
      const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      expect(bytes.includes(Buffer.from(COOKIES.espnS2)), file).toBe(false);
      expect(bytes.includes(Buffer.from(COOKIES.swid)), file).toBe(false);
    }
    const again = openHome(home);
    try {
      keepEspnCookiesIn(again, createSafeStorageEspnCookies(again.db, safe));
      expect(await call(again, 'espn.cookies.status', {})).toEqual({ source: 'stored', canPersist: true });
      expect(espnCookies(again)).toEqual(COOKIES);
      // Another machine's keychain cannot read them: as if none were kept.
      keepEspnCookiesIn(again, createSafeStorageEspnCookies(again.db, testSafeStorage()));
      expect(espnCookies(again)).toBeNull();
    } finally {
      closeAppContext(again);
    }
  }, 60_000);
});
