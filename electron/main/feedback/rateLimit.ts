// Reading GitHub's rate-limit answers into a window during which nothing is sent.
// https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
//  - Retry-After (seconds or an HTTP date): wait that long.
//  - x-ratelimit-remaining: 0 with x-ratelimit-reset (epoch seconds): wait until the reset.
//  - a secondary limit without either header: wait at least a minute.
import type { RateWindow } from './outbox';

export type Headers = Record<string, string | number | undefined>;

/** Past the announced reset: clocks and second rounding differ between us and GitHub. */
export const RESET_MARGIN_MS = 500;
export const SECONDARY_FALLBACK_MS = 60_000;

const header = (headers: Headers | undefined, name: string): string | undefined => {
  const v = headers?.[name];
  return v === undefined ? undefined : String(v);
};

/** Milliseconds to wait from a Retry-After value, or null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (value === undefined || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function isSecondaryLimitMessage(message: string): boolean {
  return /secondary rate limit|abuse detection/i.test(message);
}

/**
 * The window an error answer announces, or null when the answer is not a rate limit
 * (a 403 without these signs is a permission problem, not a reason to wait).
 */
export function windowFromError(
  status: number,
  headers: Headers | undefined,
  message: string,
  now: number,
  secondaryFallbackMs = SECONDARY_FALLBACK_MS,
): RateWindow | null {
  const secondary = isSecondaryLimitMessage(message);
  const retryAfter = parseRetryAfter(header(headers, 'retry-after'), now);
  if (retryAfter !== null && (status === 403 || status === 429 || status >= 500)) {
    return { closedUntil: now + retryAfter, reason: secondary ? 'secondary rate limit (Retry-After)' : 'Retry-After' };
  }
  if (status !== 403 && status !== 429) return null;
  const exhausted = exhaustedWindow(headers);
  if (exhausted) return exhausted;
  if (secondary || status === 429) {
    return { closedUntil: now + secondaryFallbackMs, reason: secondary ? 'secondary rate limit' : 'too many requests (429)' };
  }
  return null;
}

/** A successful answer may still say the budget is spent: then wait for its reset. */
export function exhaustedWindow(headers: Headers | undefined): RateWindow | null {
  if (header(headers, 'x-ratelimit-remaining') !== '0') return null;
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return null;
  return { closedUntil: reset * 1000 + RESET_MARGIN_MS, reason: 'rate limit used up (x-ratelimit-remaining: 0)' };
}

/**
 * Exponential backoff with "equal jitter": half the delay fixed, half random, so
 * retries from many clients spread out but never collapse to zero.
 * `random` returns [0, 1) and is injected so tests can pin it.
 */
export function backoffDelay(attempt: number, random: () => number, baseMs: number, capMs: number): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(30, attempt - 1)));
  return Math.round(exp / 2 + (random() * exp) / 2);
}
