// A draft party under load on 127.0.0.1: the browser mode in its own process (as a host
// runs it, on the real NFL data), 20 guest event streams (19 guests with a team each in a
// 20-team draft, and one guest on a second device), 200 picks made by whoever is on the
// clock (a guest with party.pick, the host with drafts.pick). Checks that every stream
// sees every pick, in order, and measures the delay from sending a pick to the last
// stream hearing of it.
import fs from 'node:fs';
import { startServer } from '../../../e2e/server';
import type { DraftRoom, League, PartyOpened } from '../../../shared/ipc/types';
import { dataHome, leagueInput } from '../../test-support/homes';
import { callAs, isDraftChange, joinParty, openStream, type EventStream } from '../../test-support/partyGuest';
import type { Benchmark } from './types';

const TEAMS = 20;
const ROUNDS = 10; // 200 picks

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

export const partyLoad: Benchmark = {
  name: 'party_load',
  async run() {
    const home = await dataHome();
    const server = await startServer({ home });
    const streams: EventStream[] = [];
    try {
      const admin = async <T>(channel: string, payload: unknown): Promise<T> => {
        const { result } = await callAs(server.url, server.token, channel, payload);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value as T;
      };
      const rosterSlots = { QB: 1, RB: 2, WR: 3, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 2 };
      const league = await admin<League>('leagues.create', leagueInput({ teams: TEAMS, myTeam: 0, draftType: 'snake', rosterSlots }));
      let room = await admin<DraftRoom>('drafts.create', { leagueId: league.id, mode: 'live' });
      const draftId = room.draft.id;
      const { code } = await admin<PartyOpened>('party.open', { draftId });
      const tokens: string[] = [];
      for (let team = 1; team < TEAMS; team++) {
        const j = await joinParty(server.url, { code, team, name: `Guest ${team}` });
        if (j.status !== 200) throw new Error(`join ${team}: ${j.status}`);
        tokens[team] = (j.body as { token: string }).token;
      }
      for (let team = 1; team < TEAMS; team++) streams.push(await openStream(server.url, tokens[team]!));
      streams.push(await openStream(server.url, tokens[1]!)); // guest 1's second device

      const sentAt: number[] = [];
      const total = TEAMS * ROUNDS;
      for (let n = 1; n <= total; n++) {
        const slot = room.onClock!;
        const playerId = room.players.find((p) => !(p.id in room.takenBy))!.id;
        const t0 = performance.now();
        sentAt[n] = t0;
        const r = slot.team === 0 ? await callAs(server.url, server.token, 'drafts.pick', { draftId, playerId }) : await callAs(server.url, tokens[slot.team]!, 'party.pick', { playerId, overall: slot.overall });
        if (!r.result.ok) throw new Error(`pick ${n}: ${r.result.error.message}`);
        room = r.result.value as DraftRoom;
        // Next pick once every stream has this one (a room where nobody is left behind).
        await Promise.all(streams.map((s) => s.waitFor((e) => isDraftChange(e) && e.data.picksMade === n, 30_000)));
      }
      const delays: number[] = [];
      let inOrder = true;
      let complete = true;
      for (let n = 1; n <= total; n++) {
        let last = 0;
        for (const s of streams) {
          const e = s.events.find((x) => isDraftChange(x) && x.data.picksMade === n);
          if (!e) complete = false;
          else last = Math.max(last, e.at);
        }
        delays.push(last - sentAt[n]!);
      }
      for (const s of streams) {
        const picks = s.events.filter(isDraftChange).map((e) => e.data.last!.overall);
        if (picks.length !== total || picks.some((o, i) => o !== i + 1)) inOrder = false;
      }
      delays.sort((a, b) => a - b);
      return {
        guests: TEAMS - 1,
        streams: streams.length,
        picks: total,
        every_stream_saw_every_pick: complete,
        in_order: inOrder,
        pick_to_last_guest_ms: { median: r2(pct(delays, 0.5)), p95: r2(pct(delays, 0.95)), max: r2(delays.at(-1)!) },
      };
    } finally {
      for (const s of streams) s.close();
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  },
};
