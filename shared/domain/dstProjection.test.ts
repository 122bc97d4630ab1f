import { describe, expect, it } from 'vitest';
import { actualDefencePoints, DST_SHRINK_GAMES, projectDefences, type TeamDefenceGame } from './dstProjection';
import { SCORING_PRESETS } from './scoring';

const STD = SCORING_PRESETS.standard;

/** Four teams x 17 games a season; the ELITE unit sacks more and allows less. */
function league(from: number, to: number, tweak: (g: TeamDefenceGame) => void = () => {}): TeamDefenceGame[] {
  const games: TeamDefenceGame[] = [];
  for (let season = from; season <= to; season++) {
    for (const team of ['ELITE', 'AVG1', 'AVG2', 'WEAK']) {
      for (let week = 1; week <= 17; week++) {
        const elite = team === 'ELITE';
        const weak = team === 'WEAK';
        const g: TeamDefenceGame = {
          team,
          season,
          week,
          pointsAllowed: elite ? 14 + (week % 3) : weak ? 30 + (week % 5) : 20 + (week % 7),
          stats: { def_sacks: elite ? 4 : weak ? 1.5 : 2.5, def_int: week % 2, def_fum_rec: week % 3 === 0 ? 1 : 0, def_td: week === 9 ? 1 : 0, def_safety: 0, def_blk_kick: null },
        };
        tweak(g);
        games.push(g);
      }
    }
  }
  return games;
}

describe('projectDefences', () => {
  it('ranks the unit that sacks more and allows less first, its rates shrunk toward the league', () => {
    const out = projectDefences(league(2015, 2024), 2025, STD, 17);
    const elite = out.get('ELITE')!;
    const weak = out.get('WEAK')!;
    expect(elite.points).toBeGreaterThan(out.get('AVG1')!.points);
    expect(out.get('AVG1')!.points).toBeGreaterThan(weak.points);
    const leagueSacks = (4 + 2.5 + 2.5 + 1.5) / 4;
    expect(elite.perGame.def_sacks).toBeLessThan(4);
    expect(elite.perGame.def_sacks).toBeGreaterThan(leagueSacks);
    // 51 games of evidence against 17 of prior: three quarters of the way to its own rate.
    expect(elite.perGame.def_sacks).toBeCloseTo((4 * 51 + leagueSacks * DST_SHRINK_GAMES.def_sacks) / (51 + DST_SHRINK_GAMES.def_sacks), 6);
    expect(elite.pointsAllowedPerGame).toBeGreaterThan(weak.pointsAllowedPerGame);
  });

  it('reads nothing from the target season or later', () => {
    const before = projectDefences(league(2015, 2024), 2023, STD, 17);
    const after = projectDefences(league(2015, 2024, (g) => { if (g.season >= 2023) { g.pointsAllowed = 60; g.stats.def_sacks = 0; } }), 2023, STD, 17);
    expect(after.get('ELITE')!.points).toBeCloseTo(before.get('ELITE')!.points, 9);
    const changed = projectDefences(league(2015, 2024, (g) => { if (g.season === 2022) g.stats.def_sacks = 0; }), 2023, STD, 17);
    expect(changed.get('ELITE')!.points).toBeLessThan(before.get('ELITE')!.points);
  });

  it('keeps the range in order, also for a unit projected below zero', () => {
    const harsh = { ...STD, defense: { ...STD.defense, pointsAllowed: [{ upTo: 0, points: 0 }, { upTo: null, points: -8 }] } };
    for (const rules of [STD, harsh]) {
      for (const d of projectDefences(league(2015, 2024), 2025, rules, 17).values()) {
        expect(d.low).toBeLessThanOrEqual(d.high);
        expect(Math.min(d.low, d.high)).toBeLessThanOrEqual(d.points);
      }
    }
    expect(projectDefences(league(2015, 2024), 2025, harsh, 17).get('WEAK')!.points).toBeLessThan(0);
  });

  it('names the stats the data never counted and leaves them at zero', () => {
    const d = projectDefences(league(2015, 2024), 2025, STD, 17).get('AVG1')!;
    expect(d.leagueRateOnly).toEqual(['def_blk_kick']);
    expect(d.perGame.def_blk_kick).toBe(0);
  });
});

describe('actualDefencePoints', () => {
  it('scores each game with its points-allowed bracket', () => {
    const games = league(2024, 2024).filter((g) => g.team === 'ELITE' && g.week <= 2);
    // Week 1: 4 sacks, 1 INT, 15 allowed (1 point); week 2: 4 sacks, 0 INT, 16 allowed (1 point).
    expect(actualDefencePoints(games, 2024, STD).get('ELITE')).toBeCloseTo(4 + 2 + 1 + 4 + 1, 6);
  });
});
