// The outbox: feedback reports and the rate-limit window in SQLite. Every state change
// is one statement (or one transaction), so a killed process leaves a row the next
// start can reason about: 'sending' means "a request may have gone out".
import type { FeedbackKind, FeedbackReport, FeedbackStatus } from '../../../shared/ipc/types';
import type { Db } from '../db/connection';

export interface NewReport {
  id: string;
  kind: FeedbackKind;
  title: string;
  body: string;
  contact: string | null;
  diagnostics: string | null;
  repo: string;
}

/** A row as the sender needs it. */
export interface OutboxRow extends NewReport {
  status: FeedbackStatus;
  attempts: number;
  next_attempt_at: number;
  needs_lookup: 0 | 1;
  last_error: string | null;
  issue_number: number | null;
  issue_url: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export function insertReport(db: Db, report: NewReport, now: number): void {
  db.prepare(
    `INSERT INTO feedback_reports
       (id, kind, title, body, contact, diagnostics, repo, status, attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)`,
  ).run(report.id, report.kind, report.title, report.body, report.contact, report.diagnostics, report.repo, now, now, now);
}

export function getReport(db: Db, id: string): OutboxRow | undefined {
  return db.prepare('SELECT * FROM feedback_reports WHERE id = ?').get(id) as OutboxRow | undefined;
}

export function listReports(db: Db, limit = 200): OutboxRow[] {
  return db.prepare('SELECT * FROM feedback_reports ORDER BY created_at DESC, id LIMIT ?').all(limit) as OutboxRow[];
}

/** The queued report due first (oldest first among those due), or undefined. */
export function nextDue(db: Db, now: number): OutboxRow | undefined {
  return db
    .prepare(
      `SELECT * FROM feedback_reports WHERE status = 'queued' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, created_at, id LIMIT 1`,
    )
    .get(now) as OutboxRow | undefined;
}

/**
 * When the next report falls due, or null when nothing waits. A report left 'sending'
 * (a process stopped mid-request) is due at once: it needs its marker lookup.
 */
export function nextWakeAt(db: Db): number | null {
  return db
    .prepare(
      `SELECT min(CASE WHEN status = 'sending' THEN 0 ELSE next_attempt_at END)
       FROM feedback_reports WHERE status IN ('queued', 'sending')`,
    )
    .pluck()
    .get() as number | null;
}

/**
 * A previous process stopped while a request was in flight: it may have created the
 * issue, so these go back to the queue marked for a marker lookup before any create.
 */
export function recoverInterrupted(db: Db, now: number): number {
  return db
    .prepare(
      `UPDATE feedback_reports SET status = 'queued', needs_lookup = 1, updated_at = ?
       WHERE status = 'sending'`,
    )
    .run(now).changes;
}

/** Written (and committed) before the request leaves, so a crash reads as ambiguous. */
export function markSending(db: Db, id: string, now: number): void {
  db.prepare(
    `UPDATE feedback_reports SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?`,
  ).run(now, id);
}

export function markSent(db: Db, id: string, issue: { number: number; url: string }, now: number): void {
  db.prepare(
    `UPDATE feedback_reports SET status = 'sent', issue_number = ?, issue_url = ?, sent_at = ?, updated_at = ?,
       needs_lookup = 0, last_error = NULL WHERE id = ?`,
  ).run(issue.number, issue.url, now, now, id);
}

export function markRetry(
  db: Db,
  id: string,
  retry: { at: number; reason: string; needsLookup: boolean },
  now: number,
): void {
  // needs_lookup only ever turns on here: once a create may have landed, every later
  // attempt looks first, until the report is sent.
  db.prepare(
    `UPDATE feedback_reports SET status = 'queued', next_attempt_at = ?, last_error = ?,
       needs_lookup = max(needs_lookup, ?), updated_at = ? WHERE id = ?`,
  ).run(retry.at, retry.reason, retry.needsLookup ? 1 : 0, now, id);
}

/** A failure the user must fix (token, repository, input): no more attempts until a retry. */
export function markFailed(db: Db, id: string, reason: string, needsLookup: boolean, now: number): void {
  db.prepare(
    `UPDATE feedback_reports SET status = 'failed', last_error = ?, needs_lookup = max(needs_lookup, ?),
       updated_at = ? WHERE id = ?`,
  ).run(reason, needsLookup ? 1 : 0, now, id);
}

/**
 * The user asked to try a report again (or send a queued one now): queue it now, keep its
 * lookup flag, and take the repository from Settings (the fix for a 404 is often there).
 */
export function requeue(db: Db, id: string, repo: string, now: number): boolean {
  return (
    db
      .prepare(
        `UPDATE feedback_reports SET status = 'queued', next_attempt_at = ?, repo = ?, updated_at = ?
         WHERE id = ? AND status IN ('failed', 'queued')`,
      )
      .run(now, repo, now, id).changes > 0
  );
}

/** Diagnostics are collected once the report is stored, so their row counts include it. */
export function attachDiagnostics(db: Db, id: string, diagnostics: string): void {
  db.prepare('UPDATE feedback_reports SET diagnostics = ? WHERE id = ?').run(diagnostics, id);
}

/**
 * The user filed it on GitHub's page themselves: sent, without an issue link (we never saw
 * the issue), so the sender leaves it alone. Only a report not on its way can be marked.
 */
export function markFiledByHand(db: Db, id: string, now: number): boolean {
  return (
    db
      .prepare(
        `UPDATE feedback_reports SET status = 'sent', sent_at = ?, updated_at = ?, last_error = NULL,
           issue_number = NULL, issue_url = NULL WHERE id = ? AND status IN ('queued', 'failed')`,
      )
      .run(now, now, id).changes > 0
  );
}

/** The user opened the prefilled page in a browser: they may file it there, so look first. */
export function markNeedsLookup(db: Db, id: string, now: number): void {
  db.prepare(`UPDATE feedback_reports SET needs_lookup = 1, updated_at = ? WHERE id = ?`).run(now, id);
}

// ---- the rate-limit window --------------------------------------------------------

export interface RateWindow {
  closedUntil: number;
  reason: string;
}

export function readWindow(db: Db, api: string): RateWindow | null {
  const row = db.prepare('SELECT closed_until, reason FROM feedback_rate_limits WHERE api = ?').get(api) as
    | { closed_until: number; reason: string }
    | undefined;
  return row ? { closedUntil: row.closed_until, reason: row.reason } : null;
}

/** Records a window; a later end never gets shortened by an earlier announcement. */
export function closeWindow(db: Db, api: string, window: RateWindow, now: number): void {
  db.prepare(
    `INSERT INTO feedback_rate_limits (api, closed_until, reason, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(api) DO UPDATE SET
       reason = CASE WHEN excluded.closed_until > closed_until THEN excluded.reason ELSE reason END,
       closed_until = max(closed_until, excluded.closed_until),
       updated_at = excluded.updated_at`,
  ).run(api, window.closedUntil, window.reason, now);
}

// ---- the sender lock ------------------------------------------------------------

/** Takes or renews the lock; true when `owner` holds it until `now + leaseMs`. */
export function acquireSenderLock(db: Db, owner: string, now: number, leaseMs: number): boolean {
  const changes = db
    .prepare(
      `INSERT INTO feedback_sender_lock (id, owner, expires_at) VALUES (1, ?, ?)
       ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE feedback_sender_lock.owner = excluded.owner OR feedback_sender_lock.expires_at <= ?`,
    )
    .run(owner, now + leaseMs, now).changes;
  return changes > 0;
}

export function releaseSenderLock(db: Db, owner: string): void {
  db.prepare('DELETE FROM feedback_sender_lock WHERE owner = ?').run(owner);
}

// ---- to the wire -----------------------------------------------------------------

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function toReport(row: OutboxRow): FeedbackReport {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    contact: row.contact,
    includesDiagnostics: row.diagnostics !== null,
    repo: row.repo,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'queued' ? iso(row.next_attempt_at) : null,
    lastError: row.last_error,
    issueNumber: row.issue_number,
    issueUrl: row.issue_url,
    createdAt: new Date(row.created_at).toISOString(),
    sentAt: iso(row.sent_at),
    filedByHand: row.status === 'sent' && row.issue_number === null,
    looksFirst: row.status !== 'sent' && row.needs_lookup === 1,
  };
}
