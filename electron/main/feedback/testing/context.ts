// Test contexts: a real app context (real SQLite file, real logger) on a temp home.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext, type AppContext } from '../../context';
import { m0003Feedback } from '../../db/migrations/0003-feedback';

export function tempHome(prefix = 'gridscout-feedback-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function openContext(home: string): AppContext {
  const ctx = createAppContext({ home, mode: 'browser', logToConsole: false });
  // Until migration 0002 (another helper's) lands, 0003 cannot join the migration list;
  // apply it here so these tests run either way.
  const has = ctx.db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'feedback_reports'`).get();
  if (!has) m0003Feedback.up(ctx.db);
  return ctx;
}
