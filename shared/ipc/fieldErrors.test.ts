import { describe, expect, it } from 'vitest';
import { leagueInputSchema } from './contract';
import { fieldErrors, issuesInWords } from './fieldErrors';

const league = (config: Record<string, unknown>, name = 'Home league') => ({
  name,
  scoringPreset: 'ppr',
  config: { teams: 12, myTeam: 0, draftType: 'snake', rosterSlots: { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: 0, K: 1, DST: 1, BENCH: 6 }, ...config },
});

describe('validation issues in words', () => {
  it('turns the league schema\'s issues into one plain sentence per field', () => {
    const parsed = leagueInputSchema.safeParse({
      ...league({ teams: 21, pickClockSeconds: 1.5, rosterSlots: { QB: 1, RB: 2, WR: 2, TE: 1, FLEX: 1, SUPERFLEX: -1, K: 1, DST: 1, BENCH: 6 } }, '  '),
    });
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error!.issues, { 'config.teams': 'Teams', name: 'Name', 'config.pickClockSeconds': 'Pick clock' });
    expect(errors).toEqual({
      name: 'Name is needed.',
      'config.teams': 'Teams must be 20 or less.',
      'config.rosterSlots.SUPERFLEX': 'SUPERFLEX must be 0 or more.',
      'config.pickClockSeconds': 'Pick clock must be a whole number.',
    });
  });

  it('says custom rules in their own words, and a missing value as needed', () => {
    const parsed = leagueInputSchema.safeParse(league({ teams: 8, myTeam: 9 }));
    expect(fieldErrors(parsed.error!.issues)).toEqual({ 'config.myTeam': 'My team must be 0 to 7.' });
    const missing = leagueInputSchema.safeParse({ name: 'x', scoringPreset: 'ppr' });
    expect(issuesInWords(missing.error!.issues)).toBe('Config is needed.');
  });
});
