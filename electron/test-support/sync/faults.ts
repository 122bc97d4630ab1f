// The faults a draft host throws at a follower, for the fake hosts (fakeSleeper.ts,
// fakeEspn.ts): 5xx, 429 with Retry-After, stalls (the connection hangs, then drops) and
// malformed bodies (an HTML error page served as 200). Queued by the test, one per request.
import type http from 'node:http';

export type Fault = { kind: 'error'; status: number; retryAfter?: string } | { kind: 'stall'; ms: number } | { kind: 'malformed' };

export class FaultQueue {
  private queue: Fault[] = [];

  /** The next requests fail this way, one fault each. */
  push(...faults: Fault[]): void {
    this.queue.push(...faults);
  }

  /**
   * Answers the request with the next queued fault and logs its status (0: a stall, no
   * answer); false when none is queued and the request is the host's to answer.
   */
  serve(res: http.ServerResponse, log: (status: number) => void): boolean {
    const fault = this.queue.shift();
    if (!fault) return false;
    if (fault.kind === 'error') {
      log(fault.status);
      res.writeHead(fault.status, fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {});
      res.end('{"error":"fake"}');
    } else if (fault.kind === 'stall') {
      log(0);
      const t = setTimeout(() => res.destroy(), fault.ms);
      res.on('close', () => clearTimeout(t));
    } else {
      log(200);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('<html>Bad gateway</html>');
    }
    return true;
  }
}

/** Requests in the busiest window of `windowMs`, from their times. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/**
 * The fault script the follow tests play, one entry every `every` picks: 500 then 502, a 429
 * with Retry-After, a stall, a malformed body, a 503 with Retry-After then a 500.
 */
export function faultScript(every: number): Map<number, Fault[]> {
  const steps: Fault[][] = [
    [{ kind: 'error', status: 500 }, { kind: 'error', status: 502 }],
    [{ kind: 'error', status: 429, retryAfter: '1' }],
    [{ kind: 'stall', ms: 3000 }],
    [{ kind: 'malformed' }],
    [{ kind: 'error', status: 503, retryAfter: '1' }, { kind: 'error', status: 500 }],
  ];
  return new Map(steps.map((faults, i) => [every * (i + 1), faults]));
}

/** Requests made inside the Retry-After window (the script's 1 s) of the 429 or 503 just before them. */
export function insideRetryAfter(log: readonly { at: number; status: number }[]): number {
  return log.filter((r, i) => i > 0 && (log[i - 1]!.status === 429 || log[i - 1]!.status === 503) && r.at - log[i - 1]!.at < 1000).length;
}
