// What a failed GitHub call means for a report: wait (rate limit), try again later
// (network, 5xx), or stop until the user fixes something (token, repository, input).
// "ambiguous" says the request may have reached GitHub and created the issue.
import type { RateWindow } from './outbox';
import { RateWindowClosedError } from './github';
import { windowFromError, type Headers } from './rateLimit';

export type Outcome =
  | { kind: 'rate-limited'; window: RateWindow }
  | { kind: 'token'; reason: string }
  | { kind: 'rejected'; reason: string }
  | { kind: 'transient'; reason: string; ambiguous: boolean; offline: boolean };

/** Failures where the request provably never left: no issue can exist. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

interface ErrorLike {
  name?: string;
  status?: number;
  message?: string;
  code?: string;
  cause?: unknown;
  response?: { status?: number; headers?: Headers; data?: unknown };
}

export function classifyFailure(err: unknown, repo: string, now: number, secondaryFallbackMs?: number): Outcome {
  const chain = causes(err);
  const closed = chain.find((e): e is RateWindowClosedError => e instanceof RateWindowClosedError);
  if (closed) return { kind: 'rate-limited', window: { closedUntil: closed.closedUntil, reason: 'waiting for a rate-limit window' } };

  const top = err as ErrorLike;
  const response = top?.response;
  if (response && typeof response.status === 'number') {
    const status = response.status;
    const message = apiMessage(response.data) ?? top.message ?? '';
    const window = windowFromError(status, response.headers, message, now, secondaryFallbackMs);
    if (window) return { kind: 'rate-limited', window };
    if (status === 401) {
      return { kind: 'token', reason: `GitHub refused the token (401 ${message || 'Bad credentials'}). Paste a new token or sign in again, then retry.` };
    }
    if (status === 403) {
      return {
        kind: 'token',
        reason:
          `The token may not create issues in ${repo} (403: ${message || 'Forbidden'}). ` +
          'A fine-grained token needs "Issues: Read and write" on this repository.',
      };
    }
    if (status === 404) {
      return { kind: 'rejected', reason: `Repository ${repo} was not found, or the token cannot see it (404). Check the feedback repository in Settings, then retry.` };
    }
    if (status === 410) return { kind: 'rejected', reason: `Issues are turned off on ${repo} (410). Choose another repository in Settings, then retry.` };
    if (status === 422 || status === 400) {
      return { kind: 'rejected', reason: `GitHub did not accept the report (${status}: ${message || 'validation failed'}). Edit it and retry.` };
    }
    if (status >= 500) {
      // GitHub sometimes creates the issue and still answers 5xx: look before creating again.
      return { kind: 'transient', reason: `GitHub answered ${status}${message ? ` (${message})` : ''}.`, ambiguous: true, offline: false };
    }
    return { kind: 'rejected', reason: `GitHub answered ${status}${message ? `: ${message}` : ''}.` };
  }

  const code = chain.map((e) => (e as ErrorLike)?.code).find((c): c is string => typeof c === 'string');
  const timedOut = chain.some((e) => (e as ErrorLike)?.name === 'TimeoutError');
  if (code && NOT_SENT_CODES.has(code)) {
    return { kind: 'transient', reason: `GitHub could not be reached (${code}).`, ambiguous: false, offline: true };
  }
  if (timedOut) {
    return {
      kind: 'transient',
      reason: 'GitHub did not answer in time; the issue may exist, so GridScout will look for it before sending again.',
      ambiguous: true,
      offline: true,
    };
  }
  return {
    kind: 'transient',
    reason: `The connection to GitHub failed (${code ?? top?.message ?? 'unknown error'}); GridScout will look for the issue before sending again.`,
    ambiguous: true,
    offline: true,
  };
}

function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = err;
  for (let i = 0; i < 6 && e; i++) {
    out.push(e);
    e = (e as ErrorLike).cause;
  }
  return out;
}

function apiMessage(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'message' in data && typeof (data as { message: unknown }).message === 'string') {
    return ((data as { message: string }).message).slice(0, 300);
  }
  return undefined;
}
