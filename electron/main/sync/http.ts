// GET a host's JSON with the manners every outside client here keeps: a descriptive
// User-Agent, a timeout (a stalled host is an error, not a hang), If-None-Match with the
// last ETag (304: nothing new), and failures as HostRequestError with the host's Retry-After.
import { appVersion } from '../version';
import { HostFormatError, HostRequestError, retryAfterMs } from './source';

/** How a refused look starts (401/403): the room offers the cookie fields when it reads this (follower.ts). */
export const ACCESS_REFUSED = 'the host refused access';

export type HostAnswer = { status: 200; body: unknown; etag: string | null } | { status: 304 };

export interface GetOptions {
  etag?: string | null;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export const USER_AGENT = `GridScout/${appVersion()} (+https://github.com/gridscout/gridscout; live draft sync)`;

export async function getJson(url: string, options: GetOptions = {}): Promise<HostAnswer> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      headers: {
        'User-Agent': USER_AGENT,
        Accept: 'application/json',
        ...(options.etag ? { 'If-None-Match': options.etag } : {}),
        ...options.headers,
      },
      signal: controller.signal,
    });
    if (res.status === 304) return { status: 304 };
    text = await res.text();
  } catch (err) {
    const stalled = controller.signal.aborted;
    throw new HostRequestError(stalled ? `no answer in ${Math.round(timeoutMs / 1000)} s` : `cannot reach the host (${(err as Error).message})`, 0);
  } finally {
    clearTimeout(timer);
  }
  if (res.status === 429) throw new HostRequestError('the host asks us to slow down (429)', 429, retryAfterMs(res.headers.get('retry-after')));
  if (res.status >= 500) throw new HostRequestError(`the host failed (${res.status})`, res.status, retryAfterMs(res.headers.get('retry-after')));
  if (res.status === 404) throw new HostRequestError('not found at the host (404): check the draft id or URL', 404);
  if (res.status === 401 || res.status === 403) throw new HostRequestError(`${ACCESS_REFUSED} (${res.status}): a private league needs its cookies`, res.status);
  if (res.status !== 200) throw new HostRequestError(`the host answered ${res.status}`, res.status);
  try {
    return { status: 200, body: JSON.parse(text) as unknown, etag: res.headers.get('etag') };
  } catch {
    throw new HostFormatError('the host sent something that is not JSON');
  }
}
