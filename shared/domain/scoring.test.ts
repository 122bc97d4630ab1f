// The full-file check against nflverse's fantasy_points lives in
// electron/main/data/nflverseScoring.test.ts (it reads the CSV). These are the rules.
import { describe, expect, it } from 'vitest';
import { emptyStatLine, type StatLine } from './stats';
import {
  compileScoring,
  emptyStatColumns,
  roundPoints,
  SCORING_PRESETS,
  scoreColumns,
  scoreGames,
  scoreLine,
  scoreTotals,
  scoringPreset,
  scoringRulesSchema,
} from './scoring';

const line = (patch: Partial<StatLine>): StatLine => ({ ...emptyStatLine(), ...patch });

describe('scoring presets', () => {
  it('prices a receiver the nflverse way in standard, half and PPR', () => {
    const g = line({ rec: 6, rec_yd: 112, rec_td: 1, fumbles_lost: 1, rec_2pt: 1, targets: 9 });
    expect(scoreLine(g, SCORING_PRESETS.standard, 'WR')).toBeCloseTo(11.2 + 6 - 2 + 2, 10);
    expect(scoreLine(g, SCORING_PRESETS.half, 'WR')).toBeCloseTo(20.2, 10);
    expect(scoreLine(g, SCORING_PRESETS.ppr, 'WR')).toBeCloseTo(23.2, 10);
  });

  it('prices a quarterback: 1 per 25 pass yards, 4 per TD, -2 per INT', () => {
    const g = line({ pass_yd: 300, pass_td: 3, pass_int: 1, rush_yd: 40, ret_td: 0 });
    expect(scoreLine(g, SCORING_PRESETS.ppr, 'QB')).toBeCloseTo(12 + 12 - 2 + 4, 10);
  });

  it('prices kickers by distance and PATs, and a team defence by points allowed', () => {
    const k = line({ fg_made_20_29: 1, fg_made_40_49: 1, fg_made_50_59: 1, fg_missed: 1, pat_made: 3, pat_missed: 1 });
    expect(scoreLine(k, SCORING_PRESETS.standard, 'K')).toBe(3 + 4 + 5 - 1 + 3 - 1);
    const shutout = line({ def_sacks: 3, def_int: 1, pts_allowed: 0 });
    expect(scoreLine(shutout, SCORING_PRESETS.standard, 'DST')).toBe(3 + 2 + 10);
    expect(scoreLine(line({ pts_allowed: 7 }), SCORING_PRESETS.standard, 'DST')).toBe(4);
    expect(scoreLine(line({ pts_allowed: 45 }), SCORING_PRESETS.standard, 'DST')).toBe(-4);
    // Points-allowed brackets are for team defences only: a player's line has pts_allowed 0.
    expect(scoreLine(line({}), SCORING_PRESETS.standard, 'RB')).toBe(0);
  });

  it('hands out copies, so editing one never changes the preset', () => {
    const r = scoringPreset('ppr');
    r.receiving.rec = 2;
    expect(SCORING_PRESETS.ppr.receiving.rec).toBe(1);
  });
});

describe('custom rules', () => {
  const custom = scoringRulesSchema.parse({
    ...scoringPreset('ppr'),
    name: 'Superflex TE premium',
    passing: { ...scoringPreset('ppr').passing, td: 6 },
    receiving: { ...scoringPreset('ppr').receiving, tePremium: 0.5 },
    bonuses: [
      { stat: 'rush_yd', atLeast: 100, points: 3 },
      { stat: 'pass_yd', atLeast: 300, points: 3 },
    ],
  });

  it('gives 6-point passing TDs and a TE premium only to tight ends', () => {
    expect(scoreLine(line({ pass_td: 2 }), custom, 'QB')).toBe(12);
    expect(scoreLine(line({ rec: 4 }), custom, 'TE')).toBe(6);
    expect(scoreLine(line({ rec: 4 }), custom, 'WR')).toBe(4);
  });

  it('applies yardage bonuses game by game, never to season totals', () => {
    const games = [line({ rush_yd: 120 }), line({ rush_yd: 60 }), line({ rush_yd: 99 })];
    // 27.9 yards-points plus one bonus (only the 120-yard game reaches 100).
    expect(scoreGames(games, custom, 'RB')).toBeCloseTo(27.9 + 3, 10);
    // A season total of 279 yards is not three bonuses, nor one: totals get no bonus.
    expect(scoreTotals(line({ rush_yd: 279 }), custom, 'RB')).toBeCloseTo(27.9, 10);
  });

  it('prices incompletions, sacks taken, carries and targets when a league asks', () => {
    const r = scoringRulesSchema.parse({
      ...scoringPreset('standard'),
      passing: { ...scoringPreset('standard').passing, inc: -0.5, cmp: 0.25, sacked: -1 },
      rushing: { ...scoringPreset('standard').rushing, att: 0.1 },
      receiving: { ...scoringPreset('standard').receiving, target: 0.2 },
    });
    const g = line({ pass_att: 10, pass_cmp: 6, sacks: 2, rush_att: 5, targets: 5 });
    expect(scoreLine(g, r, 'QB')).toBeCloseTo(-2 + 1.5 - 2 + 0.5 + 1, 10);
  });

  it('refuses brackets out of order and unknown stats', () => {
    const bad = structuredClone(scoringPreset('ppr')) as Record<string, unknown> & ReturnType<typeof scoringPreset>;
    bad.defense.pointsAllowed = [
      { upTo: 6, points: 7 },
      { upTo: 0, points: 10 },
      { upTo: null, points: -4 },
    ];
    expect(scoringRulesSchema.safeParse(bad).success).toBe(false);
    const unknownStat = { ...scoringPreset('ppr'), bonuses: [{ stat: 'rush_ypc', atLeast: 5, points: 1 }] };
    expect(scoringRulesSchema.safeParse(unknownStat).success).toBe(false);
    expect(scoringRulesSchema.safeParse(scoringPreset('half')).success).toBe(true);
  });

  it('scores columns exactly as it scores lines (the fast path)', () => {
    const lines = [
      { l: line({ rec: 7, rec_yd: 88, rec_td: 1 }), pos: 'TE' as const },
      { l: line({ rush_yd: 101, rush_td: 2, fumbles_lost: 1 }), pos: 'RB' as const },
      { l: line({ pass_yd: 333, pass_td: 3, pass_int: 2, pass_2pt: 1 }), pos: 'QB' as const },
      { l: line({ def_sacks: 4, pts_allowed: 13 }), pos: 'DST' as const },
      { l: line({ fg_made_60_: 1, pat_made: 2 }), pos: 'K' as const },
    ];
    const cols = emptyStatColumns(lines.length);
    lines.forEach(({ l, pos }, j) => {
      for (const [k, v] of Object.entries(l)) cols.columns[k as keyof StatLine][j] = v;
      cols.isTe[j] = pos === 'TE' ? 1 : 0;
      cols.isDst[j] = pos === 'DST' ? 1 : 0;
    });
    const out = scoreColumns(cols, custom);
    lines.forEach(({ l, pos }, j) => expect(out[j]).toBeCloseTo(scoreLine(l, custom, pos), 10));
    expect(compileScoring(custom).teWeights).not.toEqual(compileScoring(custom).weights);
  });

  it('rounds for display to two decimals without float drift', () => {
    expect(roundPoints(415.67999999)).toBe(415.68);
    expect(roundPoints(-1.005)).toBe(-1.01);
  });
});
