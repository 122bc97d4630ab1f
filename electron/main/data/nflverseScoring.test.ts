// The scoring presets against nflverse's own fantasy_points (standard) and
// fantasy_points_ppr on EVERY weekly row of the legacy file, read through the same
// column mapping the importer uses. nflverse's formula, found by checking the data:
//   pass yd/25 + 4 pass TD - 2 INT + rush yd/10 + 6 rush TD + rec yd/10 + 6 rec TD
//   + 2 per 2-pt conversion (passing, rushing, receiving)
//   - 2 per fumble lost (sack_fumbles_lost + rushing_fumbles_lost + receiving_fumbles_lost)
//   + 6 per special_teams_tds  (+ 1 per reception for PPR)
// With that mapping every one of the 134,470 rows matches to 0.01: the list of
// exceptions below is empty, and the test prints any row that ever stops matching.
import { describe, expect, it } from 'vitest';
import { SCORING_PRESETS, roundPoints, scoreLine } from '../../../shared/domain/scoring';
import { readCsv } from './csv';
import { statLineReader } from './nflverseStats';
import { nflverseFile } from '../../test-support/testData';

/** Rows allowed to differ, with the reason (none today). */
const KNOWN_DIFFERENCES: { row: string; why: string }[] = [];

describe('scoring presets vs nflverse fantasy points, every weekly row', () => {
  const t = readCsv(nflverseFile('player_stats_week_1999_2024.csv'));
  const read = statLineReader(t);
  const cols = {
    id: t.require('player_id'),
    name: t.require('player_display_name'),
    season: t.require('season'),
    week: t.require('week'),
    type: t.require('season_type'),
    position: t.require('position'),
    std: t.require('fantasy_points'),
    ppr: t.require('fantasy_points_ppr'),
  };

  it('matches fantasy_points and fantasy_points_ppr on at least 99.9% of rows', () => {
    const misses: string[] = [];
    let lamar2019 = 0;
    for (let r = 0; r < t.rows.length; r++) {
      const line = read(r);
      const pos = t.str(r, cols.position) === 'TE' ? 'TE' : 'WR'; // presets: no TE premium
      const std = scoreLine(line, SCORING_PRESETS.standard, pos);
      const ppr = scoreLine(line, SCORING_PRESETS.ppr, pos);
      const half = scoreLine(line, SCORING_PRESETS.half, pos);
      const row = `${t.str(r, cols.name) ?? t.text(r, cols.id)} ${t.text(r, cols.season)} week ${t.text(r, cols.week)} (line ${t.line(r)})`;
      if (Math.abs(std - t.num(r, cols.std)) > 0.01 || Math.abs(ppr - t.num(r, cols.ppr)) > 0.01) {
        misses.push(`${row}: ours ${std.toFixed(2)}/${ppr.toFixed(2)}, nflverse ${t.text(r, cols.std)}/${t.text(r, cols.ppr)}`);
      }
      expect(Math.abs(half - (std + ppr) / 2)).toBeLessThan(1e-9);
      if (t.text(r, cols.id) === '00-0034796' && t.text(r, cols.season) === '2019' && t.text(r, cols.type) === 'REG') lamar2019 += ppr;
    }
    const unexplained = misses.filter((m) => !KNOWN_DIFFERENCES.some((k) => m.startsWith(k.row)));
    if (unexplained.length) console.log(unexplained.slice(0, 50).join('\n'));
    expect(t.rows.length).toBe(134_470);
    expect(misses.length / t.rows.length).toBeLessThanOrEqual(0.001);
    expect(unexplained).toEqual([]);
    expect(roundPoints(lamar2019)).toBe(415.68);
  });

  it('would notice a wrong rule (a test that can fail): 6-point passing TDs do not match', () => {
    const sixPt = { ...SCORING_PRESETS.standard, passing: { ...SCORING_PRESETS.standard.passing, td: 6 } };
    let misses = 0;
    for (let r = 0; r < t.rows.length; r++) {
      if (Math.abs(scoreLine(read(r), sixPt, 'WR') - t.num(r, cols.std)) > 0.01) misses++;
    }
    expect(misses).toBeGreaterThan(1000);
  });
});
