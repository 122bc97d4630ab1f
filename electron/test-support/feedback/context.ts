// Test contexts: a real app context (real SQLite file, real logger) on a temp home.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext, type AppContext } from '../../main/context';

export function tempHome(prefix = 'gridscout-feedback-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function openContext(home: string): AppContext {
  return createAppContext({ home, mode: 'browser', logToConsole: false });
}
