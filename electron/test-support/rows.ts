// Representative rows for every table of a database, generated from the schema itself
// (PRAGMA table_xinfo, foreign_key_list, CHECK (... IN (...)) lists), so tables added by
// later migrations get rows in migration and "nothing changed" tests without new code.
// Where generation cannot satisfy a table's constraints, pass rows for it in `fixtures`.
import type Database from 'better-sqlite3';

type Db = Database.Database;
export type Row = Record<string, unknown>;
/** Rows to insert as is, by table name, for tables the generator cannot fill. */
export type RowFixtures = Record<string, Row[]>;

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  hidden: number;
}
interface ForeignKey {
  id: number;
  table: string;
  from: string;
  to: string | null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const MAX_ATTEMPTS = 60;

/** The app's own tables (not SQLite's internals nor virtual-table shadows), parents first. */
export function userTables(db: Db): { name: string; virtual: boolean }[] {
  const list = db.prepare(`PRAGMA table_list`).all() as { schema: string; name: string; type: string }[];
  const tables = list
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual') && !t.name.startsWith('sqlite_'))
    .map((t) => ({ name: t.name, virtual: t.type === 'virtual' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const parents = new Map(tables.map((t) => [t.name, foreignKeys(db, t.name).map((fk) => fk.table).filter((p) => p !== t.name)]));
  const ordered: typeof tables = [];
  const seen = new Set<string>();
  const visit = (t: (typeof tables)[number], path: Set<string>) => {
    if (seen.has(t.name) || path.has(t.name)) return; // a cycle: its FK columns fall back to NULL
    path.add(t.name);
    for (const p of parents.get(t.name) ?? []) {
      const parent = tables.find((x) => x.name === p);
      if (parent) visit(parent, path);
    }
    seen.add(t.name);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/**
 * Inserts `perTable` rows into every user table (fewer when UNIQUE/CHECK limits allow
 * only one). Returns the rows inserted per table; throws naming a table it cannot fill.
 */
export function insertRepresentativeRows(db: Db, fixtures: RowFixtures = {}, perTable = 2): Record<string, Row[]> {
  const inserted: Record<string, Row[]> = {};
  for (const table of userTables(db)) {
    const fixture = fixtures[table.name];
    if (fixture) {
      for (const row of fixture) insertRow(db, table.name, row);
      inserted[table.name] = fixture;
      continue;
    }
    const rows: Row[] = [];
    let lastError: unknown = null;
    for (let i = 0; i < perTable; i++) {
      try {
        rows.push(insertGenerated(db, table.name, i, inserted));
      } catch (err) {
        lastError = err;
      }
    }
    if (rows.length === 0) {
      throw new Error(
        `Could not generate a row for table ${table.name} (${(lastError as Error)?.message}); ` +
          'pass one for it in the fixtures argument.',
      );
    }
    inserted[table.name] = rows;
  }
  return inserted;
}

function insertRow(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${quote(table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
    ...cols.map((c) => row[c]),
  );
}

function foreignKeys(db: Db, table: string): ForeignKey[] {
  try {
    return db.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as ForeignKey[];
  } catch {
    return []; // virtual tables
  }
}

function insertGenerated(db: Db, table: string, index: number, parents: Record<string, Row[]>): Row {
  const columns = (db.prepare(`PRAGMA table_xinfo(${quote(table)})`).all() as Column[]).filter((c) => c.hidden === 0);
  const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(table) as string | null) ?? '';
  const fks = foreignKeys(db, table);
  const candidates = new Map<string, unknown[]>();
  for (const col of columns) {
    const fk = fks.find((f) => f.from === col.name);
    candidates.set(col.name, fk ? foreignKeyCandidates(db, fk, col, index, parents) : valueCandidates(col, sql, index));
  }
  const position = new Map(columns.map((c) => [c.name, 0]));
  const bump = (names: string[]) => {
    let moved = false;
    for (const n of names) {
      const list = candidates.get(n) ?? [];
      const at = position.get(n) ?? 0;
      if (at + 1 < list.length) {
        position.set(n, at + 1);
        moved = true;
      }
    }
    return moved;
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row: Row = {};
    for (const col of columns) row[col.name] = candidates.get(col.name)?.[position.get(col.name) ?? 0] ?? null;
    try {
      insertRow(db, table, row);
      return row;
    } catch (err) {
      // SQLite names the culprit: "CHECK constraint failed: <expr>", "UNIQUE constraint
      // failed: t.a, t.b", "cannot store TEXT value in INTEGER column t.c". Move those
      // columns to their next candidate; when it names none we know, move them all.
      const message = (err as Error).message;
      const named = columns.map((c) => c.name).filter((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(message.split(':').slice(1).join(':')));
      const moved = bump(named.length ? named : columns.filter((c) => !fks.some((f) => f.from === c.name)).map((c) => c.name));
      if (!moved) throw err;
    }
  }
  throw new Error(`gave up on ${table} after ${MAX_ATTEMPTS} attempts`);
}

function foreignKeyCandidates(db: Db, fk: ForeignKey, col: Column, index: number, parents: Record<string, Row[]>): unknown[] {
  const parentRows = parents[fk.table] ?? [];
  const to = fk.to ?? primaryKeyOf(db, fk.table);
  const values = parentRows.map((r) => r[to]);
  const ordered = values.length ? [...values.slice(index % values.length), ...values.slice(0, index % values.length)] : [];
  return col.notnull ? ordered : [...ordered, null];
}

function primaryKeyOf(db: Db, table: string): string {
  const cols = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as Column[];
  return cols.find((c) => c.pk === 1)?.name ?? 'rowid';
}

/** Values allowed by a `col IN (...)` CHECK in the table's SQL, if there is one. */
function inListValues(sql: string, column: string): unknown[] {
  const pattern = new RegExp(`["\`\\[]?\\b${escapeRegExp(column)}\\b["\`\\]]?\\s+IN\\s*\\(([^)]*)\\)`, 'i');
  const match = pattern.exec(sql);
  if (!match?.[1]) return [];
  return match[1].split(',').map((v) => {
    const t = v.trim();
    return /^'.*'$/.test(t) ? t.slice(1, -1).replace(/''/g, "'") : Number(t);
  });
}

function valueCandidates(col: Column, sql: string, index: number): unknown[] {
  const type = col.type.toUpperCase();
  const name = col.name.toLowerCase();
  const listed = inListValues(sql, col.name);
  const rotate = (list: unknown[]) => [...list.slice(index % list.length), ...list.slice(0, index % list.length)];
  const iso = new Date(Date.UTC(2024, 8, 5 + index, 17, 0, 0)).toISOString();
  let values: unknown[];
  if (listed.length) values = rotate(listed);
  else if (type.includes('INT')) values = [index + 1, 2024 + index, index, 100 + index];
  else if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) values = [index + 1.5, 0.5 + index, index];
  else if (type.includes('BLOB')) values = [Buffer.from([0x47, 0x53, index])];
  else if (/(_at|date|time)$/.test(name)) values = [iso, `${name}-${index + 1}`];
  // Key/value and *_json columns hold JSON that repositories parse back: give them JSON.
  else if (name.includes('json') || name === 'value') values = [`{"n":${index}}`, `[${index}]`, `${name}-${index + 1}`];
  else values = [`${name}-${index + 1}`, iso, `{"n":${index}}`, `${index + 1}`, 'QB', index + 1];
  return col.notnull || col.pk ? values : [...values, null];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
