import type { Db } from '../connection';

/** Row counts of the app's own tables (not SQLite's), for the shell and diagnostics. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    // Table names come from sqlite_schema, not from input; quoting guards odd names.
    counts[t] = db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number;
  }
  return counts;
}
