// How often a followed draft's host is looked at, and how patiently.
export interface FollowTiming {
  pollMinMs: number;
  pollMaxMs: number;
  /** Before the draft starts and while the host has it paused. */
  idleMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  perWindow: number;
  windowMs: number;
  /** A request with no answer for this long is a stall (an error). */
  requestTimeoutMs: number;
}

export const REAL_TIMING: FollowTiming = { pollMinMs: 3000, pollMaxMs: 5000, idleMs: 15_000, backoffBaseMs: 1000, backoffMaxMs: 60_000, perWindow: 60, windowMs: 60_000, requestTimeoutMs: 10_000 };

/**
 * The timing, scaled by GRIDSCOUT_SYNC_TIME_SCALE (0 < x <= 1) for the end-to-end tests, which
 * replay a whole draft in seconds: every interval and the budget's window shrink together, so
 * the ceiling stays 60 requests per (scaled) minute.
 */
export function timingFromEnv(): FollowTiming {
  const scale = Number(process.env.GRIDSCOUT_SYNC_TIME_SCALE ?? '1');
  if (!Number.isFinite(scale) || scale <= 0 || scale >= 1) return REAL_TIMING;
  const t = { ...REAL_TIMING };
  for (const k of ['pollMinMs', 'pollMaxMs', 'idleMs', 'backoffBaseMs', 'backoffMaxMs', 'windowMs'] as const) t[k] = Math.max(1, Math.round(t[k] * scale));
  // A busy test machine answers slower than a scaled timeout: stalls are still seconds long.
  t.requestTimeoutMs = 1000;
  return t;
}

