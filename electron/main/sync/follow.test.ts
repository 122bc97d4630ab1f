// Following a Sleeper draft end to end, in process: the real handler table and SQLite file,
// a fake Sleeper on 127.0.0.1 replaying a 12 x 15 draft of real players with every fault the
// host can throw. The board must equal the host's pick for pick.
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DraftRoom, League } from '../../../shared/ipc/types';
import { closeAppContext, type AppContext } from '../context';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import { stopAllFollowers } from './follower';
import { watchMyTurn, type MyTurn } from './myTurn';
import { FakeSleeper } from '../../test-support/sync/fakeSleeper';
import { faultScript, insideRetryAfter } from '../../test-support/sync/faults';
import { buildScript, DRAFT_ID, KEEPER_PICK, TRADED, UNKNOWN, UNKNOWN_PICK, type Expected } from '../../test-support/sync/script';
import { timingFromEnv } from './timing';

const SCALE = '0.02';
const saved = { ...process.env };
beforeAll(() => {
  process.env.GRIDSCOUT_SYNC_TIME_SCALE = SCALE;
});
afterAll(() => {
  process.env = saved;
});

const open: { ctx: AppContext; home: string; fake: FakeSleeper }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    stopAllFollowers(o.ctx);
    closeAppContext(o.ctx);
    await o.fake.stop();
    fs.rmSync(o.home, { recursive: true, force: true });
  }
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup(auction = false) {
  const home = await dataHome();
  const ctx = openHome(home);
  // The room's player order (market rank) makes a draft that looks like a real one.
  const league = await call<League>(ctx, 'leagues.create', leagueInput());
  const order = (await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'live' })).players.map((p) => p.id);
  const { script, expected } = buildScript(ctx.db, order, auction);
  const fake = new FakeSleeper(script);
  await fake.start();
  process.env.GRIDSCOUT_SLEEPER_API_URL = fake.url;
  open.push({ ctx, home, fake });
  return { ctx, fake, expected };
}

async function until<T>(what: string, f: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const filled = (room: DraftRoom) => room.board.filter((c) => c.playerId !== null).length;
const boardOf = (room: DraftRoom): Expected[] =>
  room.board.filter((c) => c.playerId !== null).map((c) => ({ overall: c.overall, team: c.team, playerId: c.playerId!, keeper: c.keeper }));

describe('following a Sleeper draft', () => {
  it('fills the board pick for pick through 500s, 429s, stalls, malformed bodies and 304s, within the request ceiling', async () => {
    const { ctx, fake, expected } = await setup();
    let room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'sleeper', draft: `https://sleeper.com/draft/nfl/${DRAFT_ID}` });
    const draftId = room.draft.id;
    // The league comes from the host: 12 teams, 15 rounds, PPR, Sleeper's slots and team names.
    expect(room.config.teams).toBe(12);
    expect(room.rounds).toBe(15);
    expect(room.config.draftType).toBe('snake');
    expect(room.scoringName).toMatch(/PPR/i);
    expect(room.teamNames[4]).toBe('Fifth Down');
    expect(room.sync?.state).toBe('waiting');
    // The keeper is on the board before the draft starts; the traded pick has its new owner.
    expect(room.board[KEEPER_PICK - 1]).toMatchObject({ playerId: expected[KEEPER_PICK - 1]!.playerId, keeper: true });
    const tradedOverall = expected.findIndex((e) => e.overall > 12 && e.team === TRADED.toSlot - 1 && Math.ceil(e.overall / 12) === TRADED.round && e.overall !== 12 + TRADED.toSlot) + 1;
    expect(room.board[tradedOverall - 1]!.team).toBe(TRADED.toSlot - 1);

    const faults = faultScript(30);
    while (fake.shown < fake.total) {
      fake.reveal(1);
      const f = faults.get(fake.shown);
      if (f) fake.fail(...f);
      await sleep(25);
    }
    room = await until('the draft to complete', async () => {
      const r = await call<DraftRoom>(ctx, 'drafts.get', { draftId });
      return r.sync?.state === 'complete' && filled(r) === 180 ? r : null;
    });
    expect(boardOf(room)).toEqual(expected);
    const unknown = room.players.find((p) => p.id === `sleeper:${UNKNOWN.player_id}`)!;
    expect(unknown).toMatchObject({ name: 'Late Signing', position: 'WR', team: 'KC', outside: true });
    expect(room.board[UNKNOWN_PICK - 1]!.playerId).toBe(unknown.id);

    // Nothing inside a Retry-After window; never more than 60 requests in a (scaled) minute.
    const log = fake.log;
    expect(insideRetryAfter(log)).toBe(0);
    expect(log.filter((r) => r.status === 429)).toHaveLength(1);
    expect(log.filter((r) => r.status === 304).length).toBeGreaterThan(10);
    expect(fake.busiestWindow(timingFromEnv().windowMs)).toBeLessThanOrEqual(60);
    // Once complete it stops asking.
    const count = log.length;
    await sleep(500);
    expect(fake.log.length).toBe(count);
  }, 120_000);

  it('records an auction sale by sale with its prices', async () => {
    const { ctx, fake, expected } = await setup(true);
    let room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'sleeper', draft: DRAFT_ID });
    expect(room.config.draftType).toBe('auction');
    fake.reveal(180);
    room = await until('every sale', async () => {
      const r = await call<DraftRoom>(ctx, 'drafts.get', { draftId: room.draft.id });
      return r.auction && r.auction.sales.length === 180 ? r : null;
    });
    expect(room.auction!.sales.map((s) => [s.playerId, s.team, s.price])).toEqual(
      expected.map((e, i) => [e.playerId, e.team, Math.max(1, 20 - Math.ceil((i + 1) / 12))]),
    );
  }, 120_000);

  it('replaces a pick entered by hand that the host contradicts, and tells the user; pause and resume', async () => {
    const { ctx, fake, expected } = await setup();
    let room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'sleeper', draft: DRAFT_ID });
    const draftId = room.draft.id;
    room = await call<DraftRoom>(ctx, 'drafts.followPause', { draftId });
    expect(room.sync?.state).toBe('paused');
    // By hand: pick 1 is someone the host will not have there.
    const wrong = expected[5]!.playerId;
    room = await call<DraftRoom>(ctx, 'drafts.pick', { draftId, playerId: wrong });
    expect(room.board[0]!.playerId).toBe(wrong);
    fake.reveal(3);
    await sleep(200);
    const requestsWhilePaused = fake.log.length;
    await sleep(200);
    expect(fake.log.length).toBe(requestsWhilePaused);
    await call<DraftRoom>(ctx, 'drafts.followResume', { draftId });
    room = await until('the host picks', async () => {
      const r = await call<DraftRoom>(ctx, 'drafts.get', { draftId });
      return filled(r) >= 4 && r.board[0]!.playerId === expected[0]!.playerId ? r : null;
    });
    expect(boardOf(room).filter((c) => !c.keeper)).toEqual(expected.slice(0, 3));
    expect(room.sync?.notices.join('\n')).toMatch(/Pick 1\.01: Sleeper has .+; .+, entered here, was replaced\./);
  }, 120_000);
  it('announces my turn once per pick of mine, when the host picks reach my team (the desktop notification)', async () => {
    const { ctx, fake } = await setup();
    await call(ctx, 'settings.update', { sleeperUsername: 'scout_five' });
    const turns: MyTurn[] = [];
    const stop = watchMyTurn(ctx, (t) => turns.push(t));
    const room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'sleeper', draft: DRAFT_ID });
    expect(room.draft.myTeam).toBe(4); // scout_five has draft slot 5
    const upTo = async (n: number) => {
      fake.reveal(n - fake.shown);
      await until(`pick ${n} on the board`, async () => {
        const r = await call<DraftRoom>(ctx, 'drafts.get', { draftId: room.draft.id });
        return r.board[n - 1]!.playerId !== null;
      });
    };
    await upTo(3);
    expect(turns).toEqual([]);
    await upTo(4);
    expect(turns.map((t) => t.overall)).toEqual([5]);
    expect(turns[0]!.title).toBe('Your pick: 1.05 (pick 5)');
    expect(turns[0]!.body).toMatch(/^Office league on Sleeper: .+ just went\. Your recommendations are ready\.$/);
    // Pick 20 (round 2) is slot 5's keeper, already made: the next turn is 3.05, pick 29.
    await upTo(27);
    expect(turns.map((t) => t.overall)).toEqual([5]);
    await upTo(28);
    expect(turns.map((t) => t.overall)).toEqual([5, 29]);
    // Paused, the user enters pick 43 by hand and is on the clock at 44: nothing is announced
    // (they are looking at the room).
    await upTo(42);
    await call(ctx, 'drafts.followPause', { draftId: room.draft.id });
    const now = await call<DraftRoom>(ctx, 'drafts.get', { draftId: room.draft.id });
    const after = await call<DraftRoom>(ctx, 'drafts.pick', { draftId: room.draft.id, playerId: now.players.find((p) => !(p.id in now.takenBy))!.id });
    expect(after.onClock).toMatchObject({ overall: 44, team: 4 });
    expect(turns.map((t) => t.overall)).toEqual([5, 29]);
    stop();
  }, 120_000);
});
