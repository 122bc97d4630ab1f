import { describe, expect, it } from 'vitest';
import { standardLeague } from '../../../../../shared/domain/league';
import { SCORING_PRESETS } from '../../../../../shared/domain/scoring';
import type { League } from '../../../../../shared/ipc/types';
import { leagueForm, leaguePayload, newLeagueForm, rosterRounds, teamLabel, type KeeperRow, type LeagueFormAction } from './leagueFormState';

const keeper = (playerId: string, team = 0): KeeperRow => ({ team, playerId, name: `P${playerId}`, position: 'RB', round: '3', price: '12' });
const run = (...actions: LeagueFormAction[]) => actions.reduce(leagueForm, newLeagueForm());

describe('league form', () => {
  it('a loaded league fills every field; a preset league keeps the custom rules as they were', () => {
    const league: League = {
      id: 4,
      name: 'Dynasty',
      config: standardLeague({ teams: 10, myTeam: 3, draftType: 'auction', auctionBudget: 300, minBid: 2, pickClockSeconds: 90 }),
      scoringPreset: 'half',
      scoring: SCORING_PRESETS.half,
      teamNames: ['Aces', '', 'Bolts'],
      createdAt: 0,
      updatedAt: 0,
      drafts: [],
    };
    const s = run({ type: 'loaded', league, keepers: [keeper('7', 2)] });
    expect(s).toMatchObject({ name: 'Dynasty', teams: 10, myTeam: 3, teamNames: 'Aces\n\nBolts', preset: 'half', draftType: 'auction', budget: 300, minBid: 2, clock: 90 });
    expect(s.custom).toEqual(newLeagueForm().custom);
    expect(s.keepers).toHaveLength(1);
  });

  it('keeps a player once; edits and removes keeper rows by index', () => {
    let s = run({ type: 'addKeeper', keeper: keeper('7') }, { type: 'addKeeper', keeper: keeper('9') }, { type: 'addKeeper', keeper: keeper('7', 5) });
    expect(s.keepers.map((k) => [k.playerId, k.team])).toEqual([['7', 0], ['9', 0]]);
    s = leagueForm(s, { type: 'editKeeper', index: 1, change: { team: 4, round: '2' } });
    expect(s.keepers[1]).toMatchObject({ playerId: '9', team: 4, round: '2', price: '12' });
    s = leagueForm(s, { type: 'removeKeeper', index: 0 });
    expect(s.keepers.map((k) => k.playerId)).toEqual(['9']);
  });

  it('sends team names without trailing blanks, custom rules only when custom, keepers by round or by price', () => {
    const snake = leaguePayload(run({ type: 'set', field: 'teamNames', value: 'Aces\n\n Bolts \n\n' }, { type: 'addKeeper', keeper: keeper('7') }));
    expect(snake.teamNames).toEqual(['Aces', '', 'Bolts']);
    expect(snake).not.toHaveProperty('scoring');
    expect(snake.config.keepers).toEqual([{ team: 0, playerId: '7', round: 3 }]);
    const auction = leaguePayload(run({ type: 'set', field: 'draftType', value: 'auction' }, { type: 'set', field: 'preset', value: 'custom' }, { type: 'addKeeper', keeper: keeper('7') }));
    expect(auction.scoring?.name).toBe('Custom');
    expect(auction.config.keepers).toEqual([{ team: 0, playerId: '7', price: 12 }]);
  });

  it('counts rounds from the roster and names teams as the form shows them', () => {
    expect(rosterRounds(newLeagueForm().slots)).toBe(15);
    expect(teamLabel({ teamNames: 'Aces\n', myTeam: 1 }, 0)).toBe('Aces');
    expect(teamLabel({ teamNames: 'Aces\n', myTeam: 1 }, 1)).toBe('Team 2 (you)');
    expect(teamLabel({ teamNames: 'Aces\n', myTeam: 1 }, 2)).toBe('Team 3');
  });
});
