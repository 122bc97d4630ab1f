import { describe, expect, it } from 'vitest';
import { adpRowKey, matchAdpRows, type MatchCandidate } from './match';
import type { AdpSourceRow } from './rows';

const player = (id: string, name: string, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id,
  name,
  position: 'WR',
  team: null,
  dstTeam: null,
  sleeperId: null,
  firstSeason: 2017,
  lastSeason: 2024,
  rookieYear: 2017,
  inPool: true,
  ...extra,
});
const row = (name: string, extra: Partial<AdpSourceRow> = {}): AdpSourceRow => ({ name, position: 'WR', team: null, adp: 50, sourceId: null, ...extra });
const ctx = { season: 2024, targetSeason: 2025 };

describe('matchAdpRows', () => {
  it('leaves a row that fits two active players unmatched rather than guess', () => {
    const two = [player('1', 'Mike Williams', { team: 'LAC' }), player('2', 'Mike Williams', { team: 'NYJ' })];
    expect(matchAdpRows([row('Mike Williams')], two, ctx)).toEqual([null]);
    // The team breaks the tie when the source gives one.
    expect(matchAdpRows([row('Mike Williams', { team: 'NYJ' })], two, ctx)).toEqual(['2']);
  });

  it('ignores players long retired and matches suffixes, punctuation and nicknames', () => {
    const pool = [player('old', 'Marvin Harrison', { firstSeason: 1999, lastSeason: 2008, rookieYear: null }), player('new', 'Marvin Harrison', { firstSeason: 2024, rookieYear: 2024 }), player('k', 'Kenneth Walker', { position: 'RB' })];
    expect(matchAdpRows([row('Marvin Harrison Jr.'), row('Ken Walker III', { position: 'RB' })], pool, ctx)).toEqual(['new', 'k']);
  });

  it('gives a player one row at most and uses Sleeper ids only from Sleeper', () => {
    const pool = [player('a', 'Puka Nacua', { sleeperId: '9493' }), player('b', 'Someone Else', { sleeperId: '1' })];
    expect(matchAdpRows([row('Puka Nacua'), row('Puka Nacua')], pool, ctx)).toEqual(['a', null]);
    expect(matchAdpRows([row('P. Nacua', { sourceId: '9493' })], pool, { ...ctx, sleeperIds: true })).toEqual(['a']);
    expect(matchAdpRows([row('P. Nacua', { sourceId: '9493' })], pool, ctx)).toEqual([null]);
  });

  it('finds defences by team abbreviation or nickname, and applies hand-made matches first', () => {
    const pool = [player('den', 'Denver Broncos D/ST', { position: 'DST', dstTeam: 'DEN' }), player('jax', 'Jacksonville Jaguars D/ST', { position: 'DST', dstTeam: 'JAX' }), player('x', 'Xavier Worthy')];
    expect(matchAdpRows([row('Broncos Defense', { position: 'DST' }), row('Jaguars', { position: 'DST', team: 'JAC' })], pool, ctx)).toEqual(['den', 'jax']);
    const manual = new Map([[adpRowKey(row('X. Worthy', { team: 'KC' })), 'x']]);
    expect(matchAdpRows([row('X. Worthy', { team: 'KC' })], pool, { ...ctx, manual })).toEqual(['x']);
  });
});
