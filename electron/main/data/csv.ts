// Reading the data files: CSV through papaparse, JSON through JSON.parse, and every
// problem reported as a DataFormatError naming the file, line and column, so a user
// (or a test) can open the file at the right place.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../../shared/ipc/result';

export class DataFormatError extends AppError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly problem: string,
  ) {
    const where = [line !== null ? `line ${line}` : null, column !== null ? `column ${column}` : null].filter(Boolean).join(', ');
    super('invalid_input', `${path.basename(file)}${where ? ` (${where})` : ''}: ${problem}. Nothing was imported.`);
    this.name = 'DataFormatError';
  }
}

/** A parsed CSV: header and rows of raw cells; `line(i)` is row i's line in the file. */
export class CsvTable {
  private index = new Map<string, number>();

  constructor(
    readonly file: string,
    readonly header: string[],
    readonly rows: string[][],
  ) {
    header.forEach((h, i) => this.index.set(h, i));
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  /** Index of the first of `names` present, or -1. */
  find(...names: string[]): number {
    for (const n of names) {
      const i = this.index.get(n);
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** Index of a column that must be there (the first alias present). */
  require(...names: string[]): number {
    const i = this.find(...names);
    if (i < 0) throw new DataFormatError(this.file, 1, names[0]!, `the header has no "${names.join('" or "')}" column: is this the right file?`);
    return i;
  }

  /** Files have no quoted line breaks (checked on read), so row i sits on line i + 2. */
  line(row: number): number {
    return row + 2;
  }

  /** A number; empty is 0 (a missing count). */
  num(row: number, col: number): number {
    const raw = this.rows[row]![col]!;
    if (raw === '') return 0;
    const n = Number(raw);
    if (!Number.isFinite(n)) this.bad(row, col, `"${raw}" is not a number`);
    return n;
  }

  /** A number, or null when the cell is empty or NA. */
  optNum(row: number, col: number): number | null {
    if (col < 0) return null;
    const raw = this.rows[row]![col]!;
    if (raw === '' || raw === 'NA') return null;
    const n = Number(raw);
    if (!Number.isFinite(n)) this.bad(row, col, `"${raw}" is not a number`);
    return n;
  }

  /** A whole number that must be present. */
  int(row: number, col: number): number {
    const raw = this.rows[row]![col]!;
    const n = Number(raw);
    if (raw === '' || !Number.isInteger(n)) this.bad(row, col, raw === '' ? 'a value is required' : `"${raw}" is not a whole number`);
    return n;
  }

  optInt(row: number, col: number): number | null {
    const n = this.optNum(row, col);
    if (n !== null && !Number.isInteger(n)) this.bad(row, col, `"${this.rows[row]![col]}" is not a whole number`);
    return n;
  }

  /** Text, or null when empty (or the column is absent: col -1). */
  str(row: number, col: number): string | null {
    if (col < 0) return null;
    const raw = this.rows[row]![col]!;
    return raw === '' || raw === 'NA' ? null : raw;
  }

  /** Text that must be present. */
  text(row: number, col: number): string {
    const raw = this.rows[row]![col]!;
    if (raw === '') this.bad(row, col, 'a value is required');
    return raw;
  }

  oneOf<T extends string>(row: number, col: number, allowed: readonly T[]): T {
    const raw = this.rows[row]![col]!;
    if (!(allowed as readonly string[]).includes(raw)) this.bad(row, col, `"${raw}" is not one of ${allowed.join(', ')}`);
    return raw as T;
  }

  bad(row: number, col: number, problem: string): never {
    throw new DataFormatError(this.file, this.line(row), this.header[col] ?? String(col + 1), problem);
  }
}

/** Reads a whole CSV file (the largest, 28 MB, parses in about a second). */
export function readCsv(file: string): CsvTable {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return parseCsv(file, text);
}

export function parseCsv(file: string, text: string): CsvTable {
  if (text.trim() === '') throw new DataFormatError(file, 1, null, 'the file is empty');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new DataFormatError(file, (quoteError.row ?? 0) + 1, null, quoteError.message);
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2) throw new DataFormatError(file, 1, null, 'the first line is not a CSV header');
  const width = header.length;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.length !== width) {
      throw new DataFormatError(
        file,
        i + 2,
        null,
        `expected ${width} fields, found ${r.length}${i === rows.length - 1 ? ' (is the file truncated?)' : ''}`,
      );
    }
  }
  // Quoted line breaks would shift line numbers; no nflverse file has them.
  if (text.includes('"') && text.split('\n').filter((l) => l.trim() !== '').length !== parsed.data.length) {
    throw new DataFormatError(file, null, null, 'quoted line breaks inside a field are not supported');
  }
  return new CsvTable(file, header.map((h) => h.trim()), rows);
}

/** JSON with syntax errors reported by line and column. */
export function readJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DataFormatError(file, 1, null, 'the file is empty');
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const truncated = offset >= text.trimEnd().length;
    throw new DataFormatError(file, line, String(column), truncated ? 'the JSON ends too early (is the file truncated?)' : `invalid JSON: ${message}`);
  }
}
