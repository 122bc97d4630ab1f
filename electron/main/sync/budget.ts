// The ceiling on requests to a draft host: at most `perWindow` in any `windowMs` (60 a minute;
// Sleeper blocks addresses above 1,000), and none at all before a Retry-After runs out.
export class RequestBudget {
  private readonly sent: number[] = [];
  private blockedUntil = 0;

  constructor(
    readonly perWindow = 60,
    readonly windowMs = 60_000,
  ) {}

  /** How long to wait (ms) before the next request may go. */
  waitMs(now: number): number {
    while (this.sent.length && this.sent[0]! <= now - this.windowMs) this.sent.shift();
    const full = this.sent.length >= this.perWindow ? this.sent[0]! + this.windowMs - now : 0;
    return Math.max(0, this.blockedUntil - now, full);
  }

  /** Counts a request sent at `now`. */
  spend(now: number): void {
    this.sent.push(now);
  }

  /** The host asked us to wait (Retry-After): nothing goes before `until`. */
  blockUntil(until: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, until);
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until the budget allows a request, counts it, then sends it. */
export async function withinBudget<T>(budget: RequestBudget, send: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  for (let wait = budget.waitMs(now()); wait > 0; wait = budget.waitMs(now())) await sleep(wait);
  budget.spend(now());
  return send();
}
