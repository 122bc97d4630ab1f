import { describe, expect, it } from 'vitest';
import { draftRounds, leagueConfigSchema, parseLeagueConfig, standardLeague } from './league';
import { STANDARD_ROSTER } from './roster';

const base = { teams: 10, myTeam: 3, rosterSlots: STANDARD_ROSTER, draftType: 'snake' };

describe('league config', () => {
  it('fills defaults and counts rounds from the roster', () => {
    const c = parseLeagueConfig(base);
    expect(c).toMatchObject({ auctionBudget: 200, minBid: 1, keepers: [], pickClockSeconds: 0 });
    expect(draftRounds(c)).toBe(15);
    expect(standardLeague()).toMatchObject({ teams: 12, myTeam: 0, draftType: 'snake' });
  });

  it('rejects bad leagues with a message naming the problem', () => {
    const issues = (input: unknown) => {
      const r = leagueConfigSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ ...base, teams: 3 })[0]).toMatch(/^teams/);
    expect(issues({ ...base, teams: 21 })[0]).toMatch(/^teams/);
    expect(issues({ ...base, myTeam: 10 })).toEqual(['myTeam: my team must be 0 to 9']);
    expect(issues({ ...base, draftType: 'auction', auctionBudget: 10 })[0]).toMatch(/cannot fill 15 slots/);
    expect(issues({ ...base, keepers: [{ team: 1, playerId: 'a' }] })).toEqual(['keepers.0.round: a keeper needs the round it costs']);
    expect(issues({ ...base, keepers: [{ team: 1, playerId: 'a', round: 16 }] })).toEqual(['keepers.0.round: round must be 1 to 15']);
    expect(
      issues({
        ...base,
        keepers: [
          { team: 1, playerId: 'a', round: 3 },
          { team: 1, playerId: 'b', round: 3 },
          { team: 2, playerId: 'a', round: 4 },
        ],
      }),
    ).toEqual(['keepers.1.round: team 2 already keeps a player in round 3', 'keepers.2.playerId: player a is kept twice']);
    expect(issues({ ...base, draftType: 'auction', keepers: [{ team: 0, playerId: 'a' }] })).toEqual(['keepers.0.price: an auction keeper needs a price']);
    expect(issues({ ...base, draftType: 'auction', keepers: [{ team: 0, playerId: 'a', price: 190 }] })[0]).toMatch(/cost more than its budget/);
    expect(issues({ ...base, draftType: 'keeper' })[0]).toMatch(/^draftType/);
  });
});
