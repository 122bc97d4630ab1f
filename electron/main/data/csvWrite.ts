// The one CSV writer for every export (rankings, draft boards). papaparse quotes what needs
// quoting, and escapeFormulae neutralises a text cell that a spreadsheet would run as a formula
// (leading =, +, -, @, tab or carriage return: CSV injection through a player note or a league
// name). Numbers are written as numbers, so a negative projection stays a number. Lines end
// in CRLF, as RFC 4180 and spreadsheets expect.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

/** A CSV text: the header, then one line per row, newline-terminated. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => r.map((c) => c ?? '')) }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
}
