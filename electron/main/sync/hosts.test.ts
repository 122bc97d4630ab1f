// Reading the hosts' documented shapes: Sleeper drafts and ESPN leagues (empty picks,
// negative defence ids), draft ids and URLs, and the request budget.
import { describe, expect, it } from 'vitest';
import { RequestBudget } from './budget';
import { espnDefenceTeam, espnSetup, espnSnapshot, parseEspnLeague, parseEspnPayload } from './espn';
import { parseDraft, parsePicks, parseSleeperDraftId, parseTraded, setupFromDraft, snapshotFrom } from './sleeper';
import { fantasyPosition, HostFormatError, retryAfterMs } from './source';

const espnLeague = {
  id: 123456,
  seasonId: 2025,
  settings: {
    name: 'Espn Office',
    draftSettings: { type: 'SNAKE', pickOrder: [7, 3, 1, 2, 4, 5, 6, 8, 9, 10] },
    rosterSettings: { lineupSlotCounts: { '0': 1, '2': 2, '4': 2, '6': 1, '23': 1, '16': 1, '17': 1, '20': 7, '21': 1, '1': 0 } },
    scoringSettings: { scoringItems: [{ statId: 53, points: 0.5 }] },
  },
  teams: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((id) => ({ id, location: 'Team', nickname: `No${id}`, abbrev: `T${id}` })),
  draftDetail: {
    drafted: false,
    inProgress: true,
    picks: [
      { overallPickNumber: 1, roundId: 1, roundPickNumber: 1, teamId: 7, playerId: 4241457, keeper: false, bidAmount: 0 },
      { overallPickNumber: 2, roundId: 1, roundPickNumber: 2, teamId: 3, playerId: -16012, keeper: true, bidAmount: 0 },
      { overallPickNumber: 3, roundId: 1, roundPickNumber: 3, teamId: 1, playerId: -1, keeper: false, bidAmount: 0 },
    ],
  },
};

describe('ESPN', () => {
  it('reads the league: order by pickOrder, roster slots by slot id (no IR), half PPR, team names', () => {
    const setup = espnSetup(parseEspnPayload(espnLeague));
    expect(setup).toMatchObject({ name: 'Espn Office', teams: 10, rounds: 16, draftType: 'snake', scoring: 'half', season: 2025 });
    expect(setup.rosterSlots).toEqual({ QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 7 });
    expect(setup.teamNames[0]).toBe('Team No7');
  });
  it('reads picks: -1 is not a pick, negative ids are defences, teams by draft slot', () => {
    const snap = espnSnapshot(parseEspnPayload(espnLeague));
    expect(snap.status).toBe('drafting');
    expect(snap.picks).toHaveLength(2);
    expect(snap.picks[0]).toMatchObject({ overall: 1, team: 0, player: { hostId: '4241457' }, keeper: false });
    expect(snap.picks[1]).toMatchObject({ overall: 2, team: 1, player: { hostId: '-16012', position: 'DST', team: 'KC', name: 'KC D/ST' }, keeper: true });
    expect(espnSnapshot(parseEspnPayload({ ...espnLeague, draftDetail: { drafted: true, picks: [] } })).status).toBe('complete');
  });
  it('knows every defence id from -16001 to -16034 that ESPN uses, and nothing else', () => {
    expect(espnDefenceTeam('-16001')).toBe('ATL');
    expect(espnDefenceTeam('-16034')).toBe('HOU');
    expect(espnDefenceTeam('-16031')).toBeNull();
    expect(espnDefenceTeam('-15999')).toBeNull();
    expect(espnDefenceTeam('4241457')).toBeNull();
  });
  it('reads auction bids, and refuses a malformed body in words', () => {
    const auction = { ...espnLeague, settings: { ...espnLeague.settings, draftSettings: { type: 'AUCTION', auctionBudget: 200, pickOrder: espnLeague.settings.draftSettings.pickOrder } } };
    auction.draftDetail = { ...espnLeague.draftDetail, picks: [{ ...espnLeague.draftDetail.picks[0]!, bidAmount: 57 }] };
    expect(espnSetup(parseEspnPayload(auction))).toMatchObject({ draftType: 'auction', auctionBudget: 200 });
    expect(espnSnapshot(parseEspnPayload(auction)).picks[0]!.price).toBe(57);
    expect(() => parseEspnPayload({ draftDetail: { picks: [{ overallPickNumber: 'x' }] } })).toThrow(HostFormatError);
  });
  it('takes a league id or an ESPN URL', () => {
    expect(parseEspnLeague('123456')).toEqual({ leagueId: '123456', season: null });
    expect(parseEspnLeague('https://fantasy.espn.com/football/league?leagueId=123456&seasonId=2025')).toEqual({ leagueId: '123456', season: 2025 });
    expect(() => parseEspnLeague('https://example.com/?leagueId=1')).toThrow(/not an ESPN league/);
  });
});

describe('Sleeper', () => {
  const draft = parseDraft({
    draft_id: '257270637750382592',
    status: 'drafting',
    type: 'snake',
    season: '2025',
    settings: { teams: 4, rounds: 5, reversal_round: 3, slots_qb: 1, slots_rb: 1, slots_wr: 1, slots_te: 0, slots_flex: 1, slots_k: 0, slots_def: 0, slots_bn: 1 },
    metadata: { scoring_type: 'half_ppr' },
    draft_order: { a: 2, b: 1, c: 3, d: 4 },
    slot_to_roster_id: { '1': 3, '2': 1, '3': 2, '4': 4 },
  });
  it('reads the league: third-round reversal, scoring, slots, my slot by user id', () => {
    const setup = setupFromDraft(draft, 'a', new Map([['a', 'My Team']]));
    expect(setup).toMatchObject({ teams: 4, rounds: 5, draftType: 'third_round_reversal', scoring: 'half', myTeam: 1, season: 2025 });
    expect(setup.rosterSlots).toEqual({ QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 1, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 1 });
    expect(setup.teamNames).toEqual(['Slot 1', 'My Team', 'Slot 3', 'Slot 4']);
  });
  it('places picks by roster id and traded picks by their new owner', () => {
    const picks = parsePicks([{ pick_no: 1, round: 1, draft_slot: 1, roster_id: 1, player_id: '4034', picked_by: 'a', is_keeper: null, metadata: { first_name: 'Christian', last_name: 'McCaffrey', position: 'RB', team: 'SF' } }]);
    const traded = parseTraded([{ season: '2025', round: 2, roster_id: 3, previous_owner_id: 3, owner_id: 4 }]);
    const snap = snapshotFrom(draft, picks, traded);
    // Roster 1 is slot 2: a pick made with a traded pick 1.
    expect(snap.picks[0]).toMatchObject({ overall: 1, team: 1, player: { name: 'Christian McCaffrey', position: 'RB', team: 'SF' }, keeper: false, price: null });
    // Roster 3 (slot 1) gave its round-2 pick (8th overall in round 2's reversed order) to roster 4 (slot 4).
    expect(snap.owners).toEqual([{ overall: 8, team: 3 }]);
  });
  it('takes a draft id or a sleeper.com draft URL, nothing else', () => {
    expect(parseSleeperDraftId('257270637750382592')).toBe('257270637750382592');
    expect(parseSleeperDraftId('https://sleeper.com/draft/nfl/257270637750382592')).toBe('257270637750382592');
    expect(() => parseSleeperDraftId('https://evil.example/draft/nfl/257270637750382592')).toThrow(/not a Sleeper draft/);
    expect(() => parseDraft({ draft_id: 1 })).toThrow(HostFormatError);
  });
  it('maps host positions to ours', () => {
    expect(fantasyPosition('DEF')).toBe('DST');
    expect(fantasyPosition('LB')).toBeNull();
  });
});

describe('request budget', () => {
  it('allows 60 requests in any minute and none before a Retry-After runs out', () => {
    const b = new RequestBudget(60, 60_000);
    for (let i = 0; i < 60; i++) {
      expect(b.waitMs(i * 100)).toBe(0);
      b.spend(i * 100);
    }
    expect(b.waitMs(6000)).toBe(54_000);
    expect(b.waitMs(60_000)).toBe(0);
    b.blockUntil(70_000);
    expect(b.waitMs(61_000)).toBe(9000);
  });
  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
