// Wrong join codes per address: after 10 in a minute the address waits (429) until the
// oldest of them is a minute old. With 32^6 codes that leaves guessing hopeless.
export const WRONG_CODES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

export class WrongCodeLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly limit = WRONG_CODES_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds the address must wait before trying again, or 0. */
  retryAfter(address: string): number {
    const recent = this.recent(address);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - this.now()) / 1000));
  }

  wrongCode(address: string): void {
    const recent = this.recent(address);
    recent.push(this.now());
    this.failures.set(address, recent);
  }

  private recent(address: string): number[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }
}
