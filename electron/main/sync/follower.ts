// The polling loop of one followed draft: look at the host every 3-5 s while it drafts
// (slower before it starts or while it is paused), stop when it is complete. Errors back off
// exponentially with jitter, a Retry-After is obeyed to the millisecond, and every request
// passes the per-host budget (60 a minute). The board is kept through failures; the room shows
// "reconnecting" and the next good look catches up. Each look's outcome is saved with the
// draft, so a restart resumes (resumeFollows).
import type { DraftSync } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { activeFollows, getFollow, updateFollow, type FollowRow, type SyncProvider } from '../db/repos/follows';
import { applySnapshot } from './apply';
import { RequestBudget } from './budget';
import { espnCookies } from './espnCookies';
import { hostFor, type Host } from './hosts';
import { ACCESS_REFUSED } from './http';
import { HostFormatError, HostRequestError } from './source';
import { timingFromEnv, type FollowTiming } from './timing';

export { timingFromEnv };

const NOTES: Record<SyncProvider, string | null> = { sleeper: null, espn: "ESPN's league API may show picks late: check the board against ESPN's draft room." };

export function syncOf(row: FollowRow): DraftSync {
  const state: DraftSync['state'] =
    row.state === 'paused' ? 'paused' : row.state === 'done' ? 'complete' : row.lastError ? 'reconnecting' : row.sourceStatus === null || row.sourceStatus === 'pre_draft' ? 'waiting' : 'following';
  // ESPN cookies expire (or are forgotten) during a draft: the room then asks for fresh ones,
  // which the next look reads (EspnClient reads the cookies on every request).
  const needsCookies = row.provider === 'espn' && row.state === 'following' && (row.lastError?.includes(ACCESS_REFUSED) ?? false);
  return { provider: row.provider, sourceId: row.sourceId, state, hostStatus: row.sourceStatus, lastUpdateAt: row.lastUpdateAt, error: row.lastError, needsCookies, notices: row.notices, note: NOTES[row.provider] };
}

// One request budget per host per app: Sleeper counts requests per address, not per draft.
const budgets = new WeakMap<AppContext, Map<SyncProvider, RequestBudget>>();
export function budgetFor(ctx: AppContext, provider: SyncProvider, timing = timingFromEnv()): RequestBudget {
  let m = budgets.get(ctx);
  if (!m) budgets.set(ctx, (m = new Map()));
  let b = m.get(provider);
  if (!b) m.set(provider, (b = new RequestBudget(timing.perWindow, timing.windowMs)));
  return b;
}

export class Follower {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly ctx: AppContext,
    readonly draftId: number,
    private readonly host: Host,
    private readonly budget: RequestBudget,
    private readonly timing: FollowTiming = timingFromEnv(),
    private readonly random: () => number = Math.random,
  ) {}

  start(delayMs = 0): void {
    this.schedule(delayMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private alive(): boolean {
    return !this.stopped && this.ctx.db.open && getFollow(this.ctx.db, this.draftId)?.state === 'following';
  }

  private emit(version: number): void {
    const row = getFollow(this.ctx.db, this.draftId);
    if (row) this.ctx.events.emit('draft.sync', { draftId: this.draftId, version, sync: syncOf(row) });
  }

  /** One look; answers the delay to the next. */
  async tick(): Promise<void> {
    if (!this.alive()) return;
    let next: number;
    try {
      const look = await this.host.look();
      if (!this.alive()) return;
      const at = Date.now();
      let version: number | null = null;
      let status = getFollow(this.ctx.db, this.draftId)?.sourceStatus ?? null;
      if (look.snapshot) {
        const applied = applySnapshot(this.ctx, this.draftId, getFollow(this.ctx.db, this.draftId)!.provider, look.snapshot, this.host.name);
        version = applied.session.seq;
        status = look.snapshot.status;
      }
      updateFollow(this.ctx.db, this.draftId, { sourceStatus: status, lastUpdateAt: at, lastError: null, ...(status === 'complete' ? { state: 'done' } : {}) });
      this.failures = 0;
      this.emit(version ?? -1);
      if (status === 'complete') return this.stop();
      next = status === 'drafting' ? this.timing.pollMinMs + this.random() * (this.timing.pollMaxMs - this.timing.pollMinMs) : this.timing.idleMs;
    } catch (err) {
      if (!this.ctx.db.open || this.stopped) return;
      this.failures++;
      const retryAfter = err instanceof HostRequestError ? err.retryAfterMs : null;
      if (retryAfter !== null) this.budget.blockUntil(Date.now() + retryAfter);
      // Exponential backoff with "equal jitter": half fixed, half random, so many clients
      // that failed together do not come back together.
      const cap = Math.min(this.timing.backoffMaxMs, this.timing.backoffBaseMs * 2 ** (this.failures - 1));
      next = Math.max(cap / 2 + this.random() * (cap / 2), retryAfter ?? 0);
      const known = err instanceof HostRequestError || err instanceof HostFormatError;
      if (!known) this.ctx.log.error(`Following draft ${this.draftId} failed:`, err);
      updateFollow(this.ctx.db, this.draftId, { lastError: `${this.host.name}: ${(err as Error).message}` });
      this.emit(-1);
    }
    this.schedule(next);
  }
}

const running = new WeakMap<AppContext, Map<number, Follower>>();

function runningIn(ctx: AppContext): Map<number, Follower> {
  let m = running.get(ctx);
  if (!m) running.set(ctx, (m = new Map()));
  return m;
}

/** Starts (or restarts) following a draft whose follow row says 'following'. */
export function startFollower(ctx: AppContext, draftId: number, delayMs = 0, host?: Host): Follower | null {
  const row = getFollow(ctx.db, draftId);
  if (!row || row.state !== 'following') return null;
  stopFollower(ctx, draftId);
  const budget = budgetFor(ctx, row.provider);
  const f = new Follower(ctx, draftId, host ?? hostFor(row, budget, () => espnCookies(ctx)), budget);
  runningIn(ctx).set(draftId, f);
  f.start(delayMs);
  return f;
}

export function stopFollower(ctx: AppContext, draftId: number): void {
  runningIn(ctx).get(draftId)?.stop();
  runningIn(ctx).delete(draftId);
}

/** At start: every draft that was following when the app stopped follows again and catches up. */
export function resumeFollows(ctx: AppContext): number {
  const rows = activeFollows(ctx.db);
  for (const r of rows) startFollower(ctx, r.draftId);
  return rows.length;
}

export function stopAllFollowers(ctx: AppContext): void {
  for (const f of runningIn(ctx).values()) f.stop();
  runningIn(ctx).clear();
}
