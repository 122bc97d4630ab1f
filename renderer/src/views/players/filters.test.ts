import { describe, expect, it } from 'vitest';
import type { PoolRow } from '../../../../shared/ipc/types';
import { filterPool, isInjured, NO_FILTERS } from './filters';

let nextId = 1;
function row(name: string, position: PoolRow['position'], team: string | null, extra: Partial<PoolRow> = {}): PoolRow {
  return {
    id: nextId++,
    name,
    position,
    team,
    bye: 7,
    age: 26,
    rookie: false,
    injuryStatus: null,
    watched: false,
    college: null,
    draftNumber: null,
    yearsExp: 4,
    projection: 200,
    low: 150,
    high: 250,
    perGame: 11.8,
    games: 17,
    source: 'model',
    vor: 40,
    tier: 2,
    positionRank: 10,
    overallRank: 30,
    adp: null,
    valueVsAdp: null,
    lastSeason: null,
    ...extra,
  };
}

const pool = [
  row('Amon-Ra St. Brown', 'WR', 'DET'),
  row('Patrick Mahomes', 'QB', 'KC', { bye: 10 }),
  row('Travis Kelce', 'TE', 'KC', { age: 35, injuryStatus: 'Questionable' }),
  row('Ashton Jeanty', 'RB', 'LV', { rookie: true, age: 21, watched: true }),
  row('Kansas City Chiefs D/ST', 'DST', 'KC'),
];
const names = (rows: PoolRow[]) => rows.map((r) => r.name);

describe('filterPool', () => {
  it('searches by the start of any word of the name, hyphenated or not, and by team', () => {
    expect(names(filterPool(pool, { ...NO_FILTERS, query: 'amon-ra' }))).toEqual(['Amon-Ra St. Brown']);
    expect(names(filterPool(pool, { ...NO_FILTERS, query: 'amonra' }))).toEqual(['Amon-Ra St. Brown']);
    expect(names(filterPool(pool, { ...NO_FILTERS, query: 'st brown' }))).toEqual(['Amon-Ra St. Brown']);
    expect(names(filterPool(pool, { ...NO_FILTERS, query: 'pat mah' }))).toEqual(['Patrick Mahomes']);
    expect(names(filterPool(pool, { ...NO_FILTERS, query: 'kc' }))).toEqual(['Patrick Mahomes', 'Travis Kelce', 'Kansas City Chiefs D/ST']);
    expect(names(filterPool(pool, { ...NO_FILTERS, query: 'arsb' }))).toEqual(['Amon-Ra St. Brown']);
    expect(filterPool(pool, { ...NO_FILTERS, query: 'jets' })).toEqual([]);
  });
  it('applies position tabs, FLEX, team, bye, age, rookie, injury and watchlist filters together', () => {
    expect(names(filterPool(pool, { ...NO_FILTERS, position: 'FLEX' }))).toEqual(['Amon-Ra St. Brown', 'Travis Kelce', 'Ashton Jeanty']);
    expect(names(filterPool(pool, { ...NO_FILTERS, position: 'QB' }))).toEqual(['Patrick Mahomes']);
    expect(names(filterPool(pool, { ...NO_FILTERS, team: 'KC', bye: '10' }))).toEqual(['Patrick Mahomes']);
    expect(names(filterPool(pool, { ...NO_FILTERS, ageMax: 22 }))).toEqual(['Ashton Jeanty']);
    expect(names(filterPool(pool, { ...NO_FILTERS, ageMin: 30 }))).toEqual(['Travis Kelce']);
    expect(names(filterPool(pool, { ...NO_FILTERS, rookies: true, watchlist: true }))).toEqual(['Ashton Jeanty']);
    expect(names(filterPool(pool, { ...NO_FILTERS, injured: true }))).toEqual(['Travis Kelce']);
  });
  it('counts Healthy and NA as not injured', () => {
    expect(isInjured(row('A', 'WR', null, { injuryStatus: 'Healthy' }))).toBe(false);
    expect(isInjured(row('B', 'WR', null, { injuryStatus: 'NA' }))).toBe(false);
    expect(isInjured(row('C', 'WR', null, { injuryStatus: 'Out' }))).toBe(true);
  });
});
