import { describe, expect, it } from 'vitest';
import { parseLeagueConfig, type LeagueConfigInput } from '../league';
import { STANDARD_ROSTER } from '../roster';
import {
  canRedo,
  canUndo,
  createDraft,
  DraftError,
  expireClock,
  isPaused,
  makePick,
  onTheClock,
  pauseClock,
  redo,
  replayDraft,
  resumeClock,
  startClock,
  teamPicks,
  timeLeft,
  tradePick,
  undo,
  upcomingPicks,
  type DraftState,
} from './state';

const small = { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 1 }; // 4 rounds
const league = (o: Partial<LeagueConfigInput> = {}) => parseLeagueConfig({ teams: 4, myTeam: 0, rosterSlots: small, draftType: 'snake', ...o });
const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);

describe('draft state', () => {
  it('puts keepers in their picks for every draft type and skips them on the clock', () => {
    for (const draftType of ['snake', 'linear', 'third_round_reversal'] as const) {
      const s = createDraft(league({ draftType, keepers: [{ team: 0, playerId: 'p9', round: 1 }, { team: 2, playerId: 'p8', round: 3 }] }), { playerIds: ids });
      expect(s.picks[0]).toMatchObject({ overall: 1, team: 0, playerId: 'p9', keeper: true });
      const k3 = s.picks.find((p) => p?.playerId === 'p8')!;
      expect(k3).toMatchObject({ round: 3, team: 2 });
      // Round 3 goes 0..3 in snake/linear (team 2 third), 3..0 in 3RR (team 2 second).
      expect(k3.pickInRound).toBe(draftType === 'third_round_reversal' ? 2 : 3);
      expect(onTheClock(s)).toMatchObject({ overall: 2, team: 1 });
      expect(s.taken.has('p9')).toBe(true);
    }
  });

  it('refuses keepers that do not fit', () => {
    expect(() => createDraft(league({ keepers: [{ team: 0, playerId: 'zz', round: 1 }] }), { playerIds: ids })).toThrow(/not in the player pool/);
    expect(() => createDraft(league({ draftType: 'auction' }))).toThrow(/createAuction/);
  });

  it('picks in order and refuses taken or unknown players without changing anything', () => {
    let s = createDraft(league(), { playerIds: ids });
    s = makePick(s, 'p1');
    s = makePick(s, 'p2');
    expect(onTheClock(s)).toMatchObject({ overall: 3, team: 2 });
    expect(() => makePick(s, 'p1')).toThrow(DraftError);
    expect(() => makePick(s, 'nobody')).toThrow(/not in the player pool/);
    expect(onTheClock(s)!.overall).toBe(3);
    expect(teamPicks(s, 1).map((p) => p.playerId)).toEqual(['p2']);
    expect(upcomingPicks(s, 0).map((p) => p.overall)).toEqual([8, 9, 16]);
  });

  it('undoes and redoes picks and trades, and a new pick clears the redo stack', () => {
    let s = createDraft(league());
    s = makePick(s, 'p1');
    s = tradePick(s, 5, 2); // team 3's round-2 pick goes to team 2
    s = makePick(s, 'p2');
    expect(canRedo(s)).toBe(false);
    s = undo(s);
    expect(onTheClock(s)!.overall).toBe(2);
    expect(s.taken.has('p2')).toBe(false);
    s = undo(s);
    expect(s.slots[4]!.team).toBe(3);
    s = redo(s);
    expect(s.slots[4]!.team).toBe(2);
    s = redo(s);
    expect(s.picks[1]!.playerId).toBe('p2');
    expect(canRedo(s)).toBe(false);
    s = undo(s);
    s = makePick(s, 'p3');
    expect(canRedo(s)).toBe(false);
    expect(() => redo(s)).toThrow(/nothing to redo/);
    const empty = createDraft(league());
    expect(canUndo(empty)).toBe(false);
    expect(() => undo(empty)).toThrow(/nothing to undo/);
  });

  it('trades give a future pick to another team; made picks cannot be traded', () => {
    let s = createDraft(league());
    s = tradePick(s, 2, 0);
    s = makePick(s, 'p1');
    expect(onTheClock(s)).toMatchObject({ overall: 2, team: 0 });
    s = makePick(s, 'p2');
    expect(teamPicks(s, 0).map((p) => p.overall)).toEqual([1, 2]);
    expect(() => tradePick(s, 1, 3)).toThrow(/already been made/);
    expect(() => tradePick(s, 99, 3)).toThrow(/no pick 99/);
    expect(() => tradePick(s, 5, 4)).toThrow(/team must be/);
  });

  it('replays a stored action log to the same state', () => {
    let s = createDraft(league({ keepers: [{ team: 3, playerId: 'p0', round: 2 }] }));
    for (const id of ['p1', 'p2', 'p3']) s = makePick(s, id, 1000);
    s = tradePick(s, 8, 1);
    s = makePick(s, 'p4', 2000);
    const replayed = replayDraft(s.config, s.actions);
    expect(replayed.picks).toEqual(s.picks);
    expect(replayed.slots).toEqual(s.slots);
    expect(() => replayDraft(s.config, [{ type: 'pick', overall: 3, playerId: 'p1' }])).toThrow(/not on the clock/);
  });

  it('autopicks when the clock runs out, chaining expired clocks from their deadlines', () => {
    const config = league({ pickClockSeconds: 60 });
    let s = createDraft(config, { now: 0 });
    expect(timeLeft(s, 10_000)).toBe(50_000);
    const choose = (st: typeof s) => ids.find((id) => !st.taken.has(id))!;
    expect(expireClock(s, 59_999, choose)).toBe(s);
    s = expireClock(s, 60_000, choose);
    expect(s.picks[0]).toMatchObject({ playerId: 'p0', auto: true });
    expect(s.clockStartedAt).toBe(60_000);
    s = makePick(s, 'p9', 70_000);
    expect(timeLeft(s, 100_000)).toBe(30_000);
    s = expireClock(s, 70_000 + 150_000, choose); // two more clocks ran out (130 s and 190 s)
    expect(s.picks.filter(Boolean)).toHaveLength(4);
    expect(s.picks[3]).toMatchObject({ playerId: 'p2', auto: true });
    expect(s.clockStartedAt).toBe(190_000);
    expect((s.actions.at(-1) as { at: number }).at).toBe(190_000);
    s = undo(s, 200_000);
    expect(timeLeft(s, 200_000)).toBe(60_000);
    const noClock = createDraft(league(), { now: 0 });
    expect(expireClock(noClock, 1e9, choose)).toBe(noClock);
    expect(timeLeft(startClock(noClock, 5), 10)).toBeNull();
  });

  it('pauses the clock: time left is kept, nothing expires, resume restarts from what was left', () => {
    const config = league({ pickClockSeconds: 60 });
    const choose = (st: DraftState) => ids.find((id) => !st.taken.has(id))!;
    let s = pauseClock(createDraft(config, { now: 0 }), 20_000);
    expect(isPaused(s)).toBe(true);
    expect(timeLeft(s, 500_000)).toBe(40_000);
    expect(expireClock(s, 500_000, choose)).toBe(s);
    expect(() => pauseClock(s, 30_000)).toThrow(/already paused/);
    s = resumeClock(s, 500_000);
    expect(timeLeft(s, 510_000)).toBe(30_000);
    expect(expireClock(s, 539_999, choose).picks[0]).toBeNull();
    expect(expireClock(s, 540_000, choose).picks[0]).toMatchObject({ auto: true });
    expect(() => resumeClock(s, 1)).toThrow(/not paused/);
    // A pick made while paused leaves the next pick paused with the whole clock; so does undo.
    s = makePick(pauseClock(s, 510_000), 'p5', 520_000);
    expect(timeLeft(s, 900_000)).toBe(60_000);
    s = undo(s, 530_000);
    expect(isPaused(s)).toBe(true);
    expect(timeLeft(s, 900_000)).toBe(60_000);
    expect(() => pauseClock(createDraft(league(), { now: 0 }), 1)).toThrow(/no pick clock/);
  });

  it('completes: nothing on the clock after the last pick', () => {
    let s = createDraft(parseLeagueConfig({ teams: 4, myTeam: 0, rosterSlots: { ...STANDARD_ROSTER, BENCH: 0 }, draftType: 'linear' }));
    for (let i = 0; i < 36; i++) s = makePick(s, `x${i}`);
    expect(onTheClock(s)).toBeNull();
    expect(() => makePick(s, 'x99')).toThrow(/complete/);
  });
});
