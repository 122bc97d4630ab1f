// League channels through the real dispatch on a real database with the NFL data
// imported: create, read, update, delete, and bad input refused with nothing changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import type { DraftRoom, League } from '../../../shared/ipc/types';
import { closeAppContext, type AppContext } from '../context';
import { dispatch } from '../dispatch';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import { handlers } from './index';

let ctx: AppContext;
beforeEach(async () => {
  ctx = openHome(await dataHome());
}, 120_000);
afterEach(() => closeAppContext(ctx));

const poolIds = () => ctx.db.prepare("SELECT id FROM players WHERE in_pool = 1 AND fantasy_position = 'WR' ORDER BY id LIMIT 3").pluck().all() as number[];

async function refused(channel: string, payload: unknown, message: RegExp) {
  const r = await dispatch(handlers, ctx, channel, payload);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toMatch(message);
  }
}

describe('leagues', () => {
  it('creates several leagues, lists, gets, updates and deletes them', async () => {
    const [a, b] = poolIds();
    const snake = await call<League>(ctx, 'leagues.create', leagueInput({ keepers: [{ team: 0, playerId: String(a), round: 2 }], pickClockSeconds: 90 }));
    const custom = { ...SCORING_PRESETS.half, name: 'TE premium', receiving: { ...SCORING_PRESETS.half.receiving, tePremium: 0.5 } };
    const auction = await call<League>(
      ctx,
      'leagues.create',
      leagueInput({ teams: 10, myTeam: 9, draftType: 'auction', auctionBudget: 200, minBid: 1, keepers: [{ team: 3, playerId: String(b), price: 25 }] }, { name: 'Auction', scoringPreset: 'custom', scoring: custom, teamNames: ['Mine?', '', 'Bob'] }),
    );
    expect(snake.config.pickClockSeconds).toBe(90);
    expect(snake.scoring).toEqual(SCORING_PRESETS.ppr);
    expect(auction.scoring.receiving.tePremium).toBe(0.5);
    expect(auction.teamNames).toEqual(['Mine?', '', 'Bob']);

    const list = await call<League[]>(ctx, 'leagues.list');
    expect(list.map((l) => l.id).sort()).toEqual([snake.id, auction.id].sort());
    expect(await call<League>(ctx, 'leagues.get', { id: auction.id })).toEqual(auction);

    const updated = await call<League>(ctx, 'leagues.update', { id: snake.id, ...leagueInput({ teams: 14, myTeam: 13, draftType: 'third_round_reversal' }, { name: 'Renamed', scoringPreset: 'half' }) });
    expect(updated.name).toBe('Renamed');
    expect(updated.config.teams).toBe(14);
    expect(updated.config.draftType).toBe('third_round_reversal');
    expect(updated.config.keepers).toEqual([]);
    expect(updated.scoring).toEqual(SCORING_PRESETS.half);

    // A draft of the league goes when the league does.
    const room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: updated.id, mode: 'live' });
    expect((await call<League>(ctx, 'leagues.get', { id: updated.id })).drafts.map((d) => d.id)).toEqual([room.draft.id]);
    expect(await call(ctx, 'leagues.delete', { id: updated.id })).toEqual({ deleted: true });
    expect((await call<League[]>(ctx, 'leagues.list')).map((l) => l.id)).toEqual([auction.id]);
    const gone = await dispatch(handlers, ctx, 'drafts.get', { draftId: room.draft.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    expect(ctx.db.prepare('SELECT count(*) FROM draft_actions').pluck().get()).toBe(0);
  });

  it('refuses bad input and changes nothing', async () => {
    const [a] = poolIds();
    const good = await call<League>(ctx, 'leagues.create', leagueInput());
    const before = JSON.stringify(await call<League[]>(ctx, 'leagues.list'));
    const bad: [unknown, RegExp][] = [
      [leagueInput({ teams: 3 }), /config\.teams/],
      [leagueInput({ teams: 21 }), /config\.teams/],
      [leagueInput({ myTeam: 12 }), /my team must be 0 to 11/],
      [leagueInput({}, { name: '  ' }), /name/],
      [leagueInput({ draftType: 'dutch' }), /draftType/],
      [leagueInput({ rosterSlots: { QB: 0, RB: 0, WR: 0, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 3 } }), /starting slot/],
      [leagueInput({ draftType: 'auction', auctionBudget: 10, minBid: 1 }), /cannot fill 15 slots/],
      [leagueInput({ keepers: [{ team: 0, playerId: String(a) }] }), /round it costs/],
      [leagueInput({ keepers: [{ team: 0, playerId: String(a), round: 3 }, { team: 1, playerId: String(a), round: 3 }] }), /kept twice/],
      [leagueInput({ keepers: [{ team: 0, playerId: '999999999', round: 3 }] }), /not a player in the draft pool/],
      [leagueInput({}, { scoringPreset: 'custom' }), /custom scoring needs its rules/],
      [leagueInput({}, { teamNames: Array.from({ length: 13 }, () => 'x') }), /13 team names for 12 teams/],
      [leagueInput({ pickClockSeconds: -5 }), /pickClockSeconds/],
      [{ ...leagueInput(), extra: true }, /extra/],
    ];
    for (const [payload, message] of bad) {
      await refused('leagues.create', payload, message);
      await refused('leagues.update', { id: good.id, ...(payload as object) }, message);
    }
    expect(JSON.stringify(await call<League[]>(ctx, 'leagues.list'))).toBe(before);
    const missing = await dispatch(handlers, ctx, 'leagues.update', { id: 999, ...leagueInput() });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });
});
