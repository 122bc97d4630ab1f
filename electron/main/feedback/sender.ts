// The sender: one loop per app context that delivers queued reports one at a time.
//
//   state        what it waits for
//   idle         the next report to fall due (or a submit / retry wakes it)
//   sending      an answer from GitHub
//   offline      the next attempt after a network failure (exponential backoff + jitter)
//   rate-limited the end of a window GitHub announced (persisted: a restart waits too)
//   no-token     a token (paste, device sign-in, GRIDSCOUT_GITHUB_TOKEN)
//   token-rejected a different token (the rejected one is not tried again)
//   standby      another process's lock to lapse (one sender per database)
//   stopped      nothing: the context closed
//
// Order per report: mark 'sending' (committed), look for the marker if a previous
// attempt may have landed, create, mark 'sent'. A process killed at any point leaves
// 'sending', which the next start turns into "queued, look first".
import { randomUUID } from 'node:crypto';
import type { FeedbackSenderStatus } from '../../../shared/ipc/types';
import type { Db } from '../db/connection';
import { classifyFailure } from './classify';
import { createGitHubClient, type GitHubClientOptions, type GitHubIssues } from './github';
import { composeIssueBody, KIND_LABELS } from './issueBody';
import {
  acquireSenderLock,
  closeWindow,
  markFailed,
  markRetry,
  markSending,
  markSent,
  nextDue,
  nextWakeAt,
  readWindow,
  recoverInterrupted,
  releaseSenderLock,
  type OutboxRow,
  type RateWindow,
} from './outbox';
import { backoffDelay } from './rateLimit';

export interface SenderTuning {
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Longest single sleep: the loop re-reads settings and the token at least this often. */
  maxSleepMs: number;
  requestTimeoutMs: number;
  writePaceMs: number;
  searchPaceMs: number;
  notificationPaceMs: number;
  readRetryBaseMs: number;
  secondaryFallbackMs: number;
  lookup: 'list' | 'search';
  /** How long the sender lock lasts without renewal (a crashed holder blocks no longer). */
  lockLeaseMs: number;
}

export const DEFAULT_TUNING: SenderTuning = {
  backoffBaseMs: 5_000,
  backoffCapMs: 15 * 60_000,
  maxSleepMs: 60_000,
  requestTimeoutMs: 30_000,
  writePaceMs: 1_000,
  searchPaceMs: 2_000,
  notificationPaceMs: 3_000,
  readRetryBaseMs: 1_000,
  secondaryFallbackMs: 60_000,
  lookup: 'list',
  lockLeaseMs: 20_000,
};

export interface SenderDeps {
  db: Db;
  apiUrl: string;
  token: () => string | null;
  version: string;
  log: { info(...a: unknown[]): void; warn(...a: unknown[]): void };
  /** A report's status changed (the view reloads). */
  changed?: () => void;
  now?: () => number;
  /** Jitter source in [0, 1); injected so tests can pin the backoff. */
  random?: () => number;
  tuning?: Partial<SenderTuning>;
  fetch?: typeof fetch;
}

export class FeedbackSender {
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly tuning: SenderTuning;
  private readonly stopController = new AbortController();
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private running: Promise<void> | null = null;
  private client: { token: string; issues: GitHubIssues } | null = null;
  private rejectedToken: string | null = null;
  private readonly owner = randomUUID();
  private holding = false;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private current: FeedbackSenderStatus = { state: 'idle', message: 'Nothing to send.', rateLimitedUntil: null };

  constructor(private readonly deps: SenderDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.tuning = { ...DEFAULT_TUNING, ...deps.tuning };
  }

  /** Starts the loop; `external` (e.g. the context's job signal) stops it too. */
  start(external?: AbortSignal): Promise<void> {
    if (this.running) return this.running;
    external?.addEventListener('abort', () => this.stopController.abort(), { once: true });
    // Synchronous on abort: closeAppContext closes the database right after cancelling.
    this.stopController.signal.addEventListener('abort', () => this.releaseLock(), { once: true });
    this.running = this.run();
    return this.running;
  }

  /** Stops the loop and aborts a request in flight; resolves once the loop has exited. */
  async stop(): Promise<void> {
    this.stopController.abort();
    this.wake();
    await this.running;
  }

  /** Something changed (new report, retry, token): look again now. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** The user retried after a token refusal: try the same token again (GitHub may have glitched). */
  forgiveToken(): void {
    this.rejectedToken = null;
    this.wake();
  }

  status(): FeedbackSenderStatus {
    return this.current;
  }

  private get stopped(): boolean {
    return this.stopController.signal.aborted;
  }

  private set(state: FeedbackSenderStatus['state'], message: string, until: number | null = null): void {
    this.current = { state, message, rateLimitedUntil: until === null ? null : new Date(until).toISOString() };
  }

  /** The loop, restarted after an unexpected error (e.g. a database busy past its timeout). */
  private async run(): Promise<void> {
    while (!this.stopped && this.deps.db.open) {
      try {
        await this.loop();
      } catch (err) {
        if (this.stopped || !this.deps.db.open) break;
        this.deps.log.warn('Feedback sender hit an error; going on in a moment:', (err as Error).message);
        await this.sleep(this.tuning.maxSleepMs, false);
      }
    }
    this.releaseLock();
    this.set('stopped', 'Sender stopped.');
  }

  private async loop(): Promise<void> {
    const { db } = this.deps;
    while (!this.stopped && db.open) {
      this.woken = false;
      const token = this.deps.token();
      const due = nextWakeAt(db);
      // The lock is held only while this process has work it can do: a window without
      // a token never keeps another one (with a token) from sending.
      if (due === null) {
        this.releaseLock();
        this.set('idle', 'Nothing to send.');
        await this.sleep(this.tuning.maxSleepMs, true);
        continue;
      }
      if (!token) {
        this.releaseLock();
        this.set('no-token', 'Reports wait here until you add a GitHub token or sign in (or open them in the browser).');
        await this.sleep(this.tuning.maxSleepMs, true);
        continue;
      }
      if (token === this.rejectedToken) {
        this.releaseLock();
        this.set('token-rejected', 'GitHub refused the token. Paste a new one or sign in again.');
        await this.sleep(this.tuning.maxSleepMs, true);
        continue;
      }
      if (!this.holdLock()) {
        this.set('standby', 'Another GridScout on this computer is sending the reports.');
        await this.sleep(Math.min(this.tuning.lockLeaseMs / 2, this.tuning.maxSleepMs), false);
        continue;
      }
      const now = this.now();
      const window = readWindow(db, this.deps.apiUrl);
      if (window && window.closedUntil > now) {
        this.set('rate-limited', `GitHub asked to wait (${window.reason}).`, window.closedUntil);
        // Not woken by a submit: nothing may go out before the window opens.
        await this.sleep(window.closedUntil - now, false);
        continue;
      }
      const row = nextDue(db, now);
      // Holding the lock and between deliveries, a 'sending' row is nobody's: look it up.
      if (!row && due <= now && recoverInterrupted(db, now) > 0) continue;
      if (!row) {
        if (this.current.state === 'sending') this.set('idle', 'Waiting for the next attempt.');
        await this.sleep(due > now ? due - now : this.tuning.maxSleepMs, true);
        continue;
      }
      await this.deliver(row, token);
    }
  }

  /** Takes or keeps the database's sender lock; on taking it, recovers interrupted sends. */
  private holdLock(): boolean {
    const { db } = this.deps;
    if (this.holding) return true; // the heartbeat renews it (and drops it if it was lost)
    const had = this.holding;
    this.holding = acquireSenderLock(db, this.owner, this.now(), this.tuning.lockLeaseMs);
    if (this.holding && !had) {
      const recovered = recoverInterrupted(db, this.now());
      if (recovered > 0) this.deps.log.info(`Feedback: ${recovered} report(s) were in flight at the last stop; looking for them before sending again.`);
      this.heartbeat = setInterval(() => {
        if (!this.stopped && db.open) this.holding = acquireSenderLock(db, this.owner, this.now(), this.tuning.lockLeaseMs);
      }, Math.max(10, Math.floor(this.tuning.lockLeaseMs / 3)));
      this.heartbeat.unref?.();
    }
    if (!this.holding && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
    return this.holding;
  }

  private releaseLock(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.holding && this.deps.db.open) releaseSenderLock(this.deps.db, this.owner);
    this.holding = false;
  }

  private async deliver(row: OutboxRow, token: string): Promise<void> {
    const { db } = this.deps;
    const issues = this.clientFor(token);
    markSending(db, row.id, this.now());
    this.deps.changed?.();
    this.set('sending', `Sending "${row.title.slice(0, 60)}"…`);
    let creating = false;
    try {
      if (row.needs_lookup) {
        const found = await issues.findByMarker(row.repo, row.id, row.created_at, this.stopController.signal);
        if (found) {
          markSent(db, row.id, found, this.now());
          this.deps.log.info(`Feedback ${row.id} was already filed as #${found.number}.`);
          this.deps.changed?.();
          return;
        }
      }
      creating = true;
      const issue = await issues.createIssue(
        row.repo,
        {
          title: row.title,
          body: composeIssueBody({ ...row, version: this.deps.version }),
          labels: [KIND_LABELS[row.kind]],
        },
        this.stopController.signal,
      );
      if (!db.open) return; // closed mid-answer: 'sending' remains, the next start looks first
      markSent(db, row.id, issue, this.now());
      this.deps.log.info(`Feedback ${row.id} filed as #${issue.number}.`);
    } catch (err) {
      if (!db.open) return;
      if (this.stopped) {
        markRetry(db, row.id, { at: this.now(), reason: 'Interrupted when the app closed.', needsLookup: creating }, this.now());
        return;
      }
      this.handleFailure(row, err, creating, token);
    }
    this.deps.changed?.();
  }

  private handleFailure(row: OutboxRow, err: unknown, creating: boolean, token: string): void {
    const { db } = this.deps;
    const now = this.now();
    const outcome = classifyFailure(err, row.repo, now, this.tuning.secondaryFallbackMs);
    switch (outcome.kind) {
      case 'rate-limited':
        this.recordWindow(outcome.window);
        // A rate-limit answer means GitHub refused the request: nothing was created.
        markRetry(db, row.id, { at: outcome.window.closedUntil, reason: `Rate limited by GitHub (${outcome.window.reason}).`, needsLookup: false }, now);
        break;
      case 'token':
        this.rejectedToken = token;
        markFailed(db, row.id, outcome.reason, false, now);
        this.deps.log.warn(`Feedback ${row.id}: token refused.`);
        break;
      case 'rejected':
        markFailed(db, row.id, outcome.reason, false, now);
        this.deps.log.warn(`Feedback ${row.id} failed: ${outcome.reason}`);
        break;
      case 'transient': {
        const delay = backoffDelay(row.attempts + 1, this.random, this.tuning.backoffBaseMs, this.tuning.backoffCapMs);
        markRetry(db, row.id, { at: now + delay, reason: outcome.reason, needsLookup: creating && outcome.ambiguous }, now);
        if (outcome.offline) this.set('offline', `${outcome.reason} Trying again with growing pauses.`);
        this.deps.log.info(`Feedback ${row.id}: ${outcome.reason} Retrying in ${delay} ms.`);
        break;
      }
    }
  }

  private recordWindow(window: RateWindow): void {
    if (this.deps.db.open) closeWindow(this.deps.db, this.deps.apiUrl, window, this.now());
  }

  private clientFor(token: string): GitHubIssues {
    if (this.client?.token === token) return this.client.issues;
    const t = this.tuning;
    const options: GitHubClientOptions = {
      baseUrl: this.deps.apiUrl,
      token,
      userAgent: `GridScout/${this.deps.version}`,
      lookup: t.lookup,
      requestTimeoutMs: t.requestTimeoutMs,
      writePaceMs: t.writePaceMs,
      searchPaceMs: t.searchPaceMs,
      notificationPaceMs: t.notificationPaceMs,
      readRetryBaseMs: t.readRetryBaseMs,
      secondaryFallbackMs: t.secondaryFallbackMs,
      now: this.now,
      closedUntil: () => (this.deps.db.open ? (readWindow(this.deps.db, this.deps.apiUrl)?.closedUntil ?? 0) : Number.MAX_SAFE_INTEGER),
      onWindow: (w) => this.recordWindow(w),
      warn: (m) => this.deps.log.warn(`GitHub client: ${m}`),
      fetch: this.deps.fetch,
    };
    this.client = { token, issues: createGitHubClient(options) };
    return this.client.issues;
  }

  /** Sleeps up to `ms`; a stop always ends it, a wake() only when `wakeable`. */
  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (wakeable && this.woken) return Promise.resolve();
    const capped = Math.min(Math.max(ms, 0), this.tuning.maxSleepMs);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopController.signal.removeEventListener('abort', done);
        if (this.wakeUp === onWake) this.wakeUp = null;
        resolve();
      };
      const onWake = () => {
        if (wakeable || this.stopped) done();
      };
      const timer = setTimeout(done, capped);
      this.wakeUp = onWake;
      this.stopController.signal.addEventListener('abort', done, { once: true });
    });
  }
}
