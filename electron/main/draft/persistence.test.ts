// Drafts are saved pick by pick: closing the app (the context) mid-draft and opening it
// again gives the identical room, for mock, live, auction and keeper drafts. Real SQLite
// files in temp homes, the real dispatch, the imported NFL data.
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftAdvice, DraftResults, DraftRoom, League } from '../../../shared/ipc/types';
import { closeAppContext, type AppContext } from '../context';
import { dispatch } from '../dispatch';
import { handlers } from '../handlers/index';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';

let ctx: AppContext | null = null;
afterEach(() => {
  if (ctx) closeAppContext(ctx);
  ctx = null;
});

/** The room without the server's clock reading (the only field that moves by itself). */
const still = (room: DraftRoom) => ({ ...room, clock: room.clock ? { ...room.clock, serverNow: 0 } : null });

async function reopen(home: string, draftId: number): Promise<DraftRoom> {
  closeAppContext(ctx!);
  ctx = openHome(home);
  return call<DraftRoom>(ctx, 'drafts.get', { draftId });
}

const firstAvailable = (room: DraftRoom, skip = 0) => room.players.filter((p) => !(p.id in room.takenBy))[skip]!.id;

describe('draft persistence', () => {
  it('a mock draft reopens identical after picks, a trade, undo and redo; bots pick until my turn', async () => {
    const home = await dataHome();
    ctx = openHome(home);
    const league = await call<League>(ctx, 'leagues.create', leagueInput({ myTeam: 4 }));
    let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 11 });
    const id = room.draft.id;
    expect(room.personalities.filter((p) => p === null)).toHaveLength(1);
    expect(room.personalities[4]).toBeNull();
    room = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId: id });
    expect(room.onClock?.team).toBe(4);
    expect(room.draft.picksMade).toBe(4);
    const advice = await call<DraftAdvice>(ctx, 'drafts.recommend', { draftId: id });
    expect(advice.forMe).toBe(true);
    expect(advice.items.length).toBeGreaterThan(5);
    expect(advice.items[0]!.reasons.join(' ')).toMatch(/Value over replacement/);
    expect(advice.items.some((i) => i.availability !== null && i.availability > 0 && i.availability < 1)).toBe(true);
    room = await call<DraftRoom>(ctx, 'drafts.pick', { draftId: id, playerId: advice.items[0]!.playerId });
    expect(room.takenBy[advice.items[0]!.playerId]).toBe(4);
    room = await call<DraftRoom>(ctx, 'drafts.trade', { draftId: id, overall: 30, toTeam: 4 });
    expect(room.board[29]).toMatchObject({ team: 4, originalTeam: 5 });
    room = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId: id });
    expect(room.onClock?.overall).toBe(20);
    room = await call<DraftRoom>(ctx, 'drafts.pick', { draftId: id, playerId: firstAvailable(room) });
    expect(room.onClock?.overall).toBe(21);
    room = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId: id });
    expect(room.onClock?.overall).toBe(29);
    // Undo takes back the bots' picks and mine; redo brings them back.
    const beforeUndo = room;
    room = await call<DraftRoom>(ctx, 'drafts.undo', { draftId: id });
    expect(room.onClock?.overall).toBe(20);
    room = await call<DraftRoom>(ctx, 'drafts.redo', { draftId: id });
    expect(room.board).toEqual(beforeUndo.board);
    room = await call<DraftRoom>(ctx, 'drafts.undo', { draftId: id });
    expect(still(await reopen(home, id))).toEqual(still(room));
    // The redo stack survived the restart too.
    const redone = await call<DraftRoom>(ctx, 'drafts.redo', { draftId: id });
    expect(redone.board).toEqual(beforeUndo.board);
  }, 120_000);

  it('a live draft: picks go to the team on the clock, undo, and the room survives a restart', async () => {
    const home = await dataHome();
    ctx = openHome(home);
    const league = await call<League>(ctx, 'leagues.create', leagueInput({ teams: 10, myTeam: 2, draftType: 'linear' }));
    let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'live' });
    const id = room.draft.id;
    expect(room.personalities.every((p) => p === null)).toBe(true);
    const bots = await dispatch(handlers, ctx, 'drafts.advanceBots', { draftId: id });
    expect(bots.ok ? null : bots.error.message).toMatch(/no bots/);
    for (let k = 0; k < 13; k++) room = await call<DraftRoom>(ctx, 'drafts.pick', { draftId: id, playerId: firstAvailable(room, k % 3) });
    expect(room.onClock).toMatchObject({ overall: 14, round: 2, pickInRound: 4, team: 3 }); // linear: round 2 starts with team 0 again
    const taken = Object.keys(room.takenBy)[0]!;
    const dup = await dispatch(handlers, ctx, 'drafts.pick', { draftId: id, playerId: taken });
    expect(dup.ok ? null : dup.error.message).toMatch(/was already drafted by .+ at \d+\.\d\d\./);
    room = await call<DraftRoom>(ctx, 'drafts.undo', { draftId: id });
    expect(room.onClock?.overall).toBe(13);
    expect(still(await reopen(home, id))).toEqual(still(room));
  }, 120_000);

  it('a keeper league: keepers sit in their picks; a mock draft runs to the end with results and CSV', async () => {
    const home = await dataHome();
    ctx = openHome(home);
    const ids = ctx.db.prepare("SELECT id FROM players WHERE in_pool = 1 AND fantasy_position IN ('RB','WR') ORDER BY id LIMIT 2").pluck().all() as number[];
    const league = await call<League>(
      ctx,
      'leagues.create',
      leagueInput({ teams: 8, myTeam: 0, keepers: [{ team: 0, playerId: String(ids[0]), round: 3 }, { team: 5, playerId: String(ids[1]), round: 1 }] }),
    );
    let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 5 });
    const id = room.draft.id;
    expect(room.board.find((c) => c.round === 3 && c.team === 0)).toMatchObject({ playerId: String(ids[0]), keeper: true });
    expect(room.board.find((c) => c.round === 1 && c.team === 5)).toMatchObject({ playerId: String(ids[1]), keeper: true });
    while (room.onClock) {
      await call<DraftRoom>(ctx, 'drafts.pick', { draftId: id, playerId: (await call<DraftAdvice>(ctx, 'drafts.recommend', { draftId: id, limit: 1 })).items[0]!.playerId });
      room = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId: id });
    }
    expect(room.draft.status).toBe('complete');
    expect(room.board.every((c) => c.playerId !== null)).toBe(true);
    const results = await call<DraftResults>(ctx, 'drafts.results', { draftId: id });
    expect(results.complete).toBe(true);
    expect(results.teams.map((t) => t.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const t of results.teams) {
      expect(t.starters).toHaveLength(9);
      expect(t.grade).toMatch(/^[A-DF]\+?$/);
      expect(t.reasons[0]).toMatch(/^Grade [A-DF]\+?: starting lineup .* the league's average lineup$/);
      expect(t.reasons[1]).toMatch(/Starting lineup projects \d+ pts/);
    }
    const { csv, filename } = await call<{ csv: string; filename: string }>(ctx, 'drafts.exportCsv', { draftId: id });
    expect(filename).toBe(`office-league-draft-${id}.csv`);
    expect(csv.trim().split('\n')).toHaveLength(1 + 8 * 15);
    expect(csv).toContain(',yes,'); // the keepers
    expect(still(await reopen(home, id))).toEqual(still(room));
  }, 180_000);

  it('a mock auction: bot nominations, my bids, budgets; identical after a restart', async () => {
    const home = await dataHome();
    ctx = openHome(home);
    const league = await call<League>(ctx, 'leagues.create', leagueInput({ teams: 8, myTeam: 1, draftType: 'auction', auctionBudget: 200, minBid: 1 }));
    let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 3 });
    const id = room.draft.id;
    expect(room.auction?.nominator).toBe(0);
    const lot = room.auction!.botNomination!;
    expect(lot).toBeTruthy();
    const wrong = await dispatch(handlers, ctx, 'drafts.bid', { draftId: id, playerId: firstAvailable(room, 50), maxBid: 5 });
    expect(wrong.ok ? null : wrong.error.message).toMatch(/up for bids/);
    const tooMuch = await dispatch(handlers, ctx, 'drafts.bid', { draftId: id, playerId: lot, maxBid: 190 });
    expect(tooMuch.ok ? null : tooMuch.error.message).toMatch(/at most \$186/);
    room = await call<DraftRoom>(ctx, 'drafts.bid', { draftId: id, playerId: lot, maxBid: 186 });
    expect(room.takenBy[lot]).toBe(1);
    expect(room.auction!.sales[0]!.price).toBeLessThanOrEqual(186);
    expect(room.auction!.budgets[1]).toBe(200 - room.auction!.sales[0]!.price);
    expect(room.auction!.nominator).toBe(1);
    const advice = await call<DraftAdvice>(ctx, 'drafts.recommend', { draftId: id });
    expect(advice.items[0]!.dollars).toBeGreaterThan(0);
    room = await call<DraftRoom>(ctx, 'drafts.bid', { draftId: id, playerId: advice.items[0]!.playerId, maxBid: 1 });
    expect(room.auction!.sales).toHaveLength(2);
    room = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId: id });
    expect(room.auction!.nominator).toBe(1);
    expect(still(await reopen(home, id))).toEqual(still(room));
    room = await call<DraftRoom>(ctx, 'drafts.undo', { draftId: id });
    expect(still(await reopen(home, id))).toEqual(still(room));
  }, 120_000);

  it('a live auction: sales typed by hand, budgets enforced, bad sales change nothing', async () => {
    const home = await dataHome();
    ctx = openHome(home);
    const league = await call<League>(ctx, 'leagues.create', leagueInput({ teams: 6, myTeam: 2, draftType: 'auction', auctionBudget: 100, minBid: 1 }));
    let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'live' });
    const id = room.draft.id;
    expect(room.auction?.botNomination).toBeNull();
    room = await call<DraftRoom>(ctx, 'drafts.sale', { draftId: id, playerId: firstAvailable(room), team: 4, price: 60 });
    expect(room.auction!.budgets[4]).toBe(40);
    expect(room.auction!.maxBids[4]).toBe(40 - 13); // 14 open slots left at $1 each beyond this one
    const before = still(room);
    for (const [payload, message] of [
      [{ playerId: firstAvailable(room), team: 4, price: 28 }, /at most 27/],
      [{ playerId: firstAvailable(room), team: 6, price: 5 }, /Team must be 0 to 5/],
      [{ playerId: Object.keys(room.takenBy)[0]!, team: 1, price: 5 }, /already been bought/],
      [{ playerId: 'nobody', team: 1, price: 5 }, /not in this draft's player pool/],
      [{ playerId: firstAvailable(room), team: 1, price: 0 }, /at least 1/],
    ] as const) {
      const r = await dispatch(handlers, ctx, 'drafts.sale', { draftId: id, ...payload });
      expect(r.ok ? null : r.error.message).toMatch(message);
    }
    const bid = await dispatch(handlers, ctx, 'drafts.bid', { draftId: id, playerId: firstAvailable(room), maxBid: 3 });
    expect(bid.ok ? null : bid.error.message).toMatch(/mock auctions/);
    expect(still(await reopen(home, id))).toEqual(before);
  }, 120_000);

  it('a mock draft on the clock: the clock pauses while closed; an expired pick is made automatically and saved', async () => {
    const home = await dataHome();
    ctx = openHome(home);
    const league = await call<League>(ctx, 'leagues.create', leagueInput({ myTeam: 0, pickClockSeconds: 1 }));
    let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 9 });
    expect(room.clock?.seconds).toBe(1);
    expect(room.onClock?.overall).toBe(1);
    await new Promise((r) => setTimeout(r, 1300));
    // Opening the room (no `expire`): the clock ran out while no room was open, so it restarts.
    const reopened = await call<DraftRoom>(ctx, 'drafts.get', { draftId: room.draft.id });
    expect(reopened.onClock?.overall).toBe(1);
    expect(reopened.clock!.startedAt).toBeGreaterThan(room.clock!.startedAt!);
    await new Promise((r) => setTimeout(r, 1300));
    // The room's timer ran out: the pick is made automatically.
    room = await call<DraftRoom>(ctx, 'drafts.get', { draftId: room.draft.id, expire: true });
    expect(room.board[0]!.auto).toBe(true);
    expect(room.onClock?.overall).toBe(2);
    expect(still(await reopen(home, room.draft.id)).board[0]).toEqual(room.board[0]);
  }, 120_000);
});
