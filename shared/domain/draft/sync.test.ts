// Picks entered out of turn, and what a followed draft host reports (the host is the truth).
import { describe, expect, it } from 'vitest';
import { parseLeagueConfig } from '../league';
import { applySource, createDraft, DraftError, makePick, makePickFor, onTheClock, replayDraft, undo } from './state';

const small = { QB: 1, RB: 1, WR: 1, TE: 0, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 1 }; // 4 rounds
const league = () => parseLeagueConfig({ teams: 4, myTeam: 0, rosterSlots: small, draftType: 'snake' });
const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);

describe('out-of-turn picks', () => {
  it("go into that team's next open slot, and the clock stays with the team that has not picked", () => {
    let s = createDraft(league(), { playerIds: ids });
    s = makePickFor(s, 2, 'p5'); // team 2 picks while team 0 is on the clock
    expect(s.picks[2]).toMatchObject({ overall: 3, team: 2, playerId: 'p5' });
    expect(onTheClock(s)!.overall).toBe(1);
    s = makePick(s, 'p1');
    s = makePick(s, 'p2');
    // Pick 3 is made: the clock skips to 4.
    expect(onTheClock(s)!.overall).toBe(4);
    // Team 2 again, out of turn: its next open slot is round 2's (pick 6 in a 4-team snake).
    s = makePickFor(s, 2, 'p6');
    expect(s.picks[5]).toMatchObject({ overall: 6, team: 2, playerId: 'p6' });
    // Replays the same, and undo takes the out-of-turn pick back.
    expect(replayDraft(s.config, s.actions, ids).picks).toEqual(s.picks);
    expect(undo(s).picks[5]).toBeNull();
  });
  it('refuses a player already drafted and a team with no open pick', () => {
    let s = createDraft(league(), { playerIds: ids });
    s = makePick(s, 'p1');
    expect(() => makePickFor(s, 3, 'p1')).toThrow(DraftError);
    for (let i = 0; i < 4; i++) s = makePickFor(s, 3, `p${10 + i}`);
    expect(() => makePickFor(s, 3, 'p20')).toThrow(/no open pick/);
  });
});

describe('host reports', () => {
  it('fill picks anywhere, set traded owners, and win over picks entered by hand', () => {
    let s = createDraft(league(), { playerIds: ids });
    s = makePick(s, 'p1'); // by hand at pick 1
    s = makePick(s, 'p2'); // by hand at pick 2
    s = applySource(s, [{ overall: 1, team: 0, playerId: 'p9' }, { overall: 3, team: 1, playerId: 'p2' }, { overall: 8, team: 3, playerId: 'p7', keeper: true }], [{ overall: 12, team: 0 }]);
    expect(s.picks[0]).toMatchObject({ playerId: 'p9', team: 0 });
    // p2 was entered at pick 2; the host has him at 3 (traded to team 1): he moves, pick 2 opens.
    expect(s.picks[1]).toBeNull();
    expect(s.picks[2]).toMatchObject({ playerId: 'p2', team: 1 });
    expect(s.picks[7]).toMatchObject({ playerId: 'p7', keeper: true });
    expect(s.slots[11]!.team).toBe(0);
    expect(s.taken.has('p1')).toBe(false);
    expect(onTheClock(s)!.overall).toBe(2);
    expect(replayDraft(s.config, s.actions, ids).picks).toEqual(s.picks);
  });
  it('refuses a report that does not fit the board, changing nothing', () => {
    const s = createDraft(league(), { playerIds: ids });
    expect(() => applySource(s, [{ overall: 99, team: 0, playerId: 'p1' }])).toThrow(/no pick 99/);
    expect(() => applySource(s, [{ overall: 1, team: 9, playerId: 'p1' }])).toThrow(/team must be/);
    expect(() => applySource(s, [{ overall: 1, team: 0, playerId: 'nobody' }])).toThrow(/not in the player pool/);
  });
});
