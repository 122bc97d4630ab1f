// Kill the real server mid-draft (SIGKILL to its whole process group, right after picks
// were acknowledged and with one more pick in flight), restart it on the same home, and
// every acknowledged pick is in place: for a mock draft (me and the bots) and a live one.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftRoom, League } from '../../../shared/ipc/types';
import { callApi as ok, killHard, postChannel as post, startServer, type TestServer } from '../../../e2e/server';
import { closeAppContext } from '../context';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';

const servers: TestServer[] = [];
const homes: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  for (const h of homes.splice(0)) fs.rmSync(h, { recursive: true, force: true });
});

async function serve(home: string): Promise<TestServer> {
  const s = await startServer({ home });
  servers.push(s);
  return s;
}

const available = (room: DraftRoom, k = 0) => room.players.filter((p) => !(p.id in room.takenBy))[k]!.id;
const filled = (room: DraftRoom) => room.board.filter((c) => c.playerId !== null).map((c) => [c.overall, c.team, c.playerId]);

async function leagueHome(config: Record<string, unknown>): Promise<{ home: string; leagueId: number }> {
  const home = await dataHome();
  homes.push(home);
  const ctx = openHome(home);
  const league = await call<League>(ctx, 'leagues.create', leagueInput(config));
  closeAppContext(ctx);
  return { home, leagueId: league.id };
}

describe('killing the server mid-draft', () => {
  for (const mode of ['mock', 'live'] as const) {
    it(`keeps every acknowledged pick of a ${mode} draft`, async () => {
      const { home, leagueId } = await leagueHome({ myTeam: 2 });
      let server = await serve(home);
      let room = await ok<DraftRoom>(server, 'drafts.create', { leagueId, mode, seed: 21 });
      const draftId = room.draft.id;
      for (let round = 0; round < 3; round++) {
        if (mode === 'mock') room = await ok<DraftRoom>(server, 'drafts.advanceBots', { draftId });
        room = await ok<DraftRoom>(server, 'drafts.pick', { draftId, playerId: available(room, round) });
      }
      if (mode === 'mock') room = await ok<DraftRoom>(server, 'drafts.advanceBots', { draftId });
      const acknowledged = filled(room);
      expect(acknowledged.length).toBeGreaterThan(mode === 'mock' ? 24 : 2);
      // One more pick in flight as the process dies: it may or may not have been saved.
      const inFlight = post<DraftRoom>(server, 'drafts.pick', { draftId, playerId: available(room, 0) }).catch(() => null);
      await killHard(server);
      await inFlight;
      servers.splice(servers.indexOf(server), 1);

      server = await serve(home);
      const after = await ok<DraftRoom>(server, 'drafts.get', { draftId });
      const now = filled(after);
      expect(now.slice(0, acknowledged.length)).toEqual(acknowledged);
      expect(now.length - acknowledged.length).toBeLessThanOrEqual(1);
      // The draft goes on from where it was.
      const next = await ok<DraftRoom>(server, 'drafts.pick', { draftId, playerId: available(after, 0) });
      expect(filled(next)).toHaveLength(now.length + 1);
    }, 180_000);
  }
});
