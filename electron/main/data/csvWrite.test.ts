import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from './csvWrite';

describe('writeCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas, and keeps numbers as numbers', () => {
    const csv = writeCsv(['name', 'note', 'projection'], [
      ['=HYPERLINK("http://evil","x")', '+1 upside', -3.5],
      ['@SUM(A1:A9)', '-cmd', 12],
      ['Amon-Ra St. Brown', 'plain, with comma', null],
    ]);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[1]![1]).toBe(`'+1 upside`);
    expect(rows[1]![2]).toBe('-3.5');
    expect(rows[2]![0]).toBe(`'@SUM(A1:A9)`);
    expect(rows[2]![1]).toBe(`'-cmd`);
    expect(rows[3]).toEqual(['Amon-Ra St. Brown', 'plain, with comma', '']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
