import { describe, expect, it } from 'vitest';
import type { RosterSlots } from '../roster';
import type { FantasyPosition } from '../stats';
import type { DraftPlayer } from './pool';
import { teamResults } from './teamResults';

const slots: RosterSlots = { QB: 1, RB: 1, WR: 1, TE: 1, FLEX: 0, SUPERFLEX: 0, K: 0, DST: 0, BENCH: 1 };
let next = 0;
const p = (position: FantasyPosition, projection: number, bye: number | null = null): DraftPlayer => ({
  id: String(++next),
  name: `${position} ${projection}`,
  position,
  team: 'KC',
  bye,
  adp: null,
  projection,
});
const rosters = [
  [p('QB', 300, 7), p('RB', 250, 7), p('WR', 240, 7), p('TE', 150, 9), p('RB', 100)],
  [p('QB', 280), p('RB', 200), p('WR', 260), p('TE', 120), p('WR', 50)],
  [p('QB', 250), p('RB', 180), p('WR', 200)],
];

describe('team results', () => {
  it('grades each best lineup against the league average and says why', () => {
    const [a, b, c] = teamResults({ rosters, rosterSlots: slots, teamNames: ['Aces', 'Bolts'], myTeam: 1, auction: null });
    expect([a!.points, b!.points, c!.points]).toEqual([940, 860, 630]);
    expect([a!.rank, b!.rank, c!.rank]).toEqual([1, 2, 3]);
    expect([a!.grade, b!.grade, c!.grade]).toEqual(['A+', 'A', 'F']);
    expect([a!.name, b!.name, c!.name]).toEqual(['Aces', 'Bolts', 'Team 3']);
    expect([a!.mine, b!.mine, c!.mine]).toEqual([false, true, false]);
    expect(a!.reasons).toEqual([
      "Grade A+: starting lineup 16% above the league's average lineup",
      'Starting lineup projects 940 pts, 1st of 3 (+130 vs the league average)',
      'Strongest at QB (1st in the league)',
      'Weakest at WR (2nd)',
      'Bench projects 100 pts (1st for depth)',
      '3 starters share the week 7 bye',
    ]);
    expect(c!.reasons).toContain('Open starting slots: TE');
    expect(a!.bench).toEqual([{ playerId: rosters[0]![4]!.id, name: 'RB 100', position: 'RB', projection: 100 }]);
    expect(a!.spent).toBeNull();
  });

  it('in an auction, says what each team spent of its budget', () => {
    const results = teamResults({ rosters, rosterSlots: slots, teamNames: [], myTeam: 0, auction: { budget: 200, spent: [198, 150, 75] } });
    expect(results.map((r) => r.spent)).toEqual([198, 150, 75]);
    expect(results[2]!.reasons.at(-1)).toBe('Spent $75 of $200');
  });
});
