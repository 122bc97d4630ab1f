// The app killed mid-draft while following (SIGKILL to the server's process group: no
// shutdown code runs), the host drafting on meanwhile; started again on the same home, it
// resumes following by itself and catches up: the board equals the host's, no pick lost or
// doubled.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftRoom, League } from '../../../shared/ipc/types';
import { callApi as ok, killHard, startServer, type TestServer } from '../../../e2e/server';
import { closeAppContext } from '../context';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import { FakeSleeper } from '../../test-support/sync/fakeSleeper';
import { buildScript, DRAFT_ID } from '../../test-support/sync/script';

const servers: TestServer[] = [];
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  for (const c of cleanup.splice(0)) await c();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const board = (room: DraftRoom) => room.board.filter((c) => c.playerId !== null).map((c) => ({ overall: c.overall, team: c.team, playerId: c.playerId, keeper: c.keeper }));

async function until<T>(what: string, f: () => Promise<T | null>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('killing the app while it follows a draft', () => {
  it('resumes following after a restart and catches up, no pick lost or doubled', async () => {
    const home = await dataHome();
    cleanup.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const ctx = openHome(home);
    const league = await call<League>(ctx, 'leagues.create', leagueInput());
    const order = (await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'live' })).players.map((p) => p.id);
    const { script, expected } = buildScript(ctx.db, order);
    closeAppContext(ctx);
    const fake = new FakeSleeper(script);
    await fake.start();
    cleanup.push(() => fake.stop());
    const env = { GRIDSCOUT_SLEEPER_API_URL: fake.url, GRIDSCOUT_SYNC_TIME_SCALE: '0.05' };

    let server = await startServer({ home, env });
    servers.push(server);
    const room = await ok<DraftRoom>(server, 'drafts.follow', { provider: 'sleeper', draft: DRAFT_ID });
    const draftId = room.draft.id;
    fake.reveal(70);
    await until('70 picks on the board', async () => (board(await ok<DraftRoom>(server, 'drafts.get', { draftId })).length >= 70 ? true : null));
    // More picks arrive at the host while the app dies.
    fake.reveal(5);
    await sleep(30);
    await killHard(server);
    servers.splice(servers.indexOf(server), 1);
    fake.reveal(45);

    server = await startServer({ home, env });
    servers.push(server);
    // Nobody asks it to follow: the restart does, and it catches up.
    const caught = await until('the 120 picks made so far', async () => {
      const r = await ok<DraftRoom>(server, 'drafts.get', { draftId });
      return board(r).length >= 120 ? r : null;
    });
    expect(board(caught)).toEqual(expected.slice(0, 120));
    fake.reveal(60);
    const done = await until('the draft to complete', async () => {
      const r = await ok<DraftRoom>(server, 'drafts.get', { draftId });
      return r.sync?.state === 'complete' ? r : null;
    });
    expect(board(done)).toEqual(expected);
    expect(new Set(board(done).map((c) => c.playerId)).size).toBe(180);
  }, 240_000);
});
