// What a report may carry to help us fix a bug, shown to the user before sending:
// versions, OS, database counts and the tail of the log, all through the redactor.
import fs from 'node:fs';
import os from 'node:os';
import type { AppContext } from '../context';
import { tableCounts } from '../db/repos/counts';
import { schemaVersion } from '../db/migrate';
import { logFile } from '../paths';
import { appVersion } from '../version';
import { createRedactor } from './redact';

export const LOG_LINES = 200;
const MAX_LINE = 400;

/** The last `lines` lines of a text file, reading only its end. */
export function tailLines(file: string, lines: number, maxBytes = 512 * 1024): string[] {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Math.max(0, size - maxBytes);
    const buf = Buffer.alloc(size - start);
    fs.readSync(fd, buf, 0, buf.length, start);
    const all = buf.toString('utf8').split(/\r?\n/);
    if (start > 0) all.shift(); // a partial first line
    while (all.length && all[all.length - 1] === '') all.pop();
    return all.slice(-lines);
  } finally {
    fs.closeSync(fd);
  }
}

export function collectDiagnostics(ctx: AppContext, secrets: string[] = []): string {
  let userName = '';
  try {
    userName = os.userInfo().username;
  } catch {
    // no passwd entry (some containers): nothing to strip
  }
  const redact = createRedactor({ homes: [ctx.home, os.homedir()], userNames: [userName], secrets });
  const counts = ctx.db.open ? tableCounts(ctx.db) : {};
  const logLines = tailLines(logFile(ctx.home), LOG_LINES);
  const lines = [
    `GridScout ${appVersion()} (${ctx.mode})`,
    `OS: ${os.type()} ${os.release()} ${process.arch}`,
    `Electron: ${ctx.versions.electron ?? 'n/a'}  Chrome: ${ctx.versions.chrome ?? 'n/a'}  Node: ${process.versions.node}`,
    `Schema: ${ctx.db.open ? schemaVersion(ctx.db) : '?'}`,
    `Rows: ${Object.entries(counts).map(([t, n]) => `${t}=${n}`).join(', ') || 'none'}`,
    '',
    `Last ${LOG_LINES} log lines (${logLines.length} in the log):`,
    ...logLines.map((l) => (l.length > MAX_LINE ? `${l.slice(0, MAX_LINE)}…` : l)),
  ];
  return redact(lines.join('\n'));
}
