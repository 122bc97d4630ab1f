import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../../../shared/ipc/types';
import { rankingsToCsv } from './rankingsCsv';

const row = (name: string, team: string | null): RankingRow => ({
  playerId: 7,
  rank: 1,
  tier: 1,
  doNotDraft: false,
  name,
  position: 'WR',
  team,
  bye: 8,
  projection: 250,
  low: 180,
  high: 320,
  vor: 90,
  positionRank: 1,
});

describe('rankings CSV export', () => {
  it('neutralises a name or team a spreadsheet would run as a formula', () => {
    const csv = rankingsToCsv([row('=cmd|" /C calc"!A0', '@SUM(1)'), row('Amon-Ra St. Brown', 'DET')]);
    const [header, first, second] = Papa.parse<string[]>(csv.trim()).data;
    expect(header).toEqual(['rank', 'tier', 'player_id', 'name', 'position', 'team', 'do_not_draft']);
    expect(first![3]).toBe(`'=cmd|" /C calc"!A0`);
    expect(first![5]).toBe(`'@SUM(1)`);
    expect(second![3]).toBe('Amon-Ra St. Brown');
  });
});
