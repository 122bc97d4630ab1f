// A fingerprint of everything a database holds: user_version, the schema (sqlite_schema)
// and every table's rows. "Bad input changed nothing" is asserted as fingerprint equality.
import type Database from 'better-sqlite3';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function tableNames(db: Database.Database): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
}

/** Every row of a table as canonical JSON strings, sorted (row order is not content). */
export function tableRows(db: Database.Database, table: string): string[] {
  const rows = db.prepare(`SELECT * FROM ${quote(table)}`).all() as Record<string, unknown>[];
  return rows.map((row) => JSON.stringify(row, blobsAsHex)).sort();
}

export function databaseFingerprint(db: Database.Database): string {
  const schema = db
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`)
    .all();
  const tables: Record<string, string[]> = {};
  for (const t of tableNames(db)) tables[t] = tableRows(db, t);
  const userVersion = db.pragma('user_version', { simple: true });
  return JSON.stringify({ userVersion, schema, tables });
}

function blobsAsHex(_key: string, value: unknown): unknown {
  // Buffer.toJSON runs before this replacer sees the value: turn its {type,data} into hex.
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer') {
    return `blob:${Buffer.from((value as { data: number[] }).data).toString('hex')}`;
  }
  return value;
}
