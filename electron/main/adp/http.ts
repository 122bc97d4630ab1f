// GET a JSON document from an ADP source: a descriptive User-Agent, a timeout on every
// attempt, Retry-After obeyed on 429 and 5xx, otherwise exponential backoff with jitter, and
// a clear error when it all fails. Shared by the Fantasy Football Calculator and Sleeper clients.
import { AppError } from '../../../shared/ipc/result';
import { cancellableSleep } from '../jobs';
import { backoffDelay, parseRetryAfter } from '../feedback/rateLimit';

export const ADP_USER_AGENT = 'GridScout/0.1 (fantasy football draft app; ADP fetched at most daily)';

export interface FetchJsonOptions {
  /** Per-attempt timeout (ms). */
  timeoutMs?: number;
  /** Attempts after the first. */
  retries?: number;
  /** Longest wait a Retry-After may ask for before we give up instead (ms). */
  maxRetryAfterMs?: number;
  /** Backoff base (ms); tests pass a short one. */
  backoffBaseMs?: number;
  random?: () => number;
  signal?: AbortSignal;
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs: number | null = null,
  ) {
    super(message);
  }
}

export async function fetchJson(url: string, service: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { timeoutMs = 20_000, retries = 3, maxRetryAfterMs = 120_000, backoffBaseMs = 1000, random = Math.random } = options;
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (options.signal?.aborted) throw new AppError('cancelled', 'Cancelled.');
    const controller = new AbortController();
    const onCancel = () => controller.abort();
    options.signal?.addEventListener('abort', onCancel);
    const timer = setTimeout(() => controller.abort(new Retryable(`no answer in ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    let wait: number | null;
    try {
      const res = await fetch(url, { headers: { 'User-Agent': ADP_USER_AGENT, Accept: 'application/json' }, signal: controller.signal });
      const text = await res.text();
      if (res.status === 429 || res.status >= 500) throw new Retryable(`HTTP ${res.status}`, parseRetryAfter(res.headers.get('retry-after') ?? undefined, Date.now()));
      if (!res.ok) throw new AppError('unavailable', `${service} answered HTTP ${res.status} for ${url}. Your stored ADP is unchanged.`);
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new AppError('unavailable', `${service} sent an answer that is not JSON (${text.slice(0, 60).replace(/\s+/g, ' ')}...). Your stored ADP is unchanged.`);
      }
    } catch (err) {
      if (options.signal?.aborted) throw new AppError('cancelled', 'Cancelled.');
      if (err instanceof AppError) throw err;
      const reason = controller.signal.aborted && controller.signal.reason instanceof Retryable ? controller.signal.reason : (err as Error);
      last = reason.message;
      wait = reason instanceof Retryable ? reason.waitMs : null;
      if (wait !== null && wait > maxRetryAfterMs) break;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCancel);
    }
    if (attempt < retries) await cancellableSleep(wait ?? backoffDelay(attempt + 1, random, backoffBaseMs, 30_000), options.signal);
  }
  throw new AppError('unavailable', `Could not reach ${service} (${last}). Your stored ADP is unchanged.`);
}
