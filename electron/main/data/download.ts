// One file over HTTP(S) into a local path: progress by bytes, an idle timeout, retries
// with backoff on network errors, 429 and 5xx, and resume (Range) from the partial
// `.part` file a dropped connection left behind. The destination appears only once
// the whole file is there.
import fs from 'node:fs';
import { AppError } from '../../../shared/ipc/result';
import { cancellableSleep } from '../jobs';

export interface DownloadOptions {
  /** The job's cancel signal. */
  signal?: AbortSignal;
  /** Give up on an attempt when no byte arrived for this long (ms). */
  idleTimeoutMs?: number;
  /** Attempts after the first. */
  retries?: number;
  /** Backoff before retry n (ms); tests pass a short one. */
  backoffMs?: (attempt: number) => number;
  onBytes?: (received: number, total: number | null) => void;
  headers?: Record<string, string>;
}

export type DownloadOutcome = { status: 'downloaded'; bytes: number; resumedFrom: number; attempts: number } | { status: 'missing' };

class Retryable extends Error {}

/** Downloads `url` to `dest`; a 404 is `missing` (e.g. a season not published yet). */
export async function download(url: string, dest: string, options: DownloadOptions = {}): Promise<DownloadOutcome> {
  const retries = options.retries ?? 4;
  const idle = options.idleTimeoutMs ?? 30_000;
  const backoff = options.backoffMs ?? ((n: number) => Math.min(30_000, 1000 * 2 ** n));
  const part = `${dest}.part`;
  let lastError = '';
  let resumedFrom = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (options.signal?.aborted) throw new AppError('cancelled', 'Cancelled.');
    let have = fs.existsSync(part) ? fs.statSync(part).size : 0;
    if (attempt === 0) resumedFrom = have;
    const controller = new AbortController();
    const onCancel = () => controller.abort();
    options.signal?.addEventListener('abort', onCancel);
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new Retryable(`no data for ${Math.round(idle / 1000)} s`)), idle);
    };
    try {
      arm();
      const res = await fetch(url, {
        headers: { ...options.headers, ...(have > 0 ? { Range: `bytes=${have}-` } : {}) },
        signal: controller.signal,
        redirect: 'follow',
      });
      if (res.status === 404) {
        await res.body?.cancel();
        return { status: 'missing' };
      }
      if (res.status === 416 && have > 0) {
        // The part file already holds everything.
        await res.body?.cancel();
        fs.renameSync(part, dest);
        return { status: 'downloaded', bytes: have, resumedFrom, attempts: attempt + 1 };
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        throw new Retryable(`HTTP ${res.status}`);
      }
      if (!res.ok || !res.body) {
        await res.body?.cancel();
        throw new AppError('unavailable', `${url} answered HTTP ${res.status}.`);
      }
      if (res.status !== 206 && have > 0) have = 0; // the server ignored Range: start over
      const length = Number(res.headers.get('content-length'));
      const total = Number.isFinite(length) && res.headers.has('content-length') ? have + length : null;
      const fd = fs.openSync(part, have > 0 ? 'a' : 'w');
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          arm();
          fs.writeSync(fd, chunk);
          have += chunk.length;
          options.onBytes?.(have, total);
        }
      } finally {
        fs.closeSync(fd);
      }
      if (total !== null && have !== total) throw new Retryable(`the connection closed after ${have} of ${total} bytes`);
      fs.renameSync(part, dest);
      return { status: 'downloaded', bytes: have, resumedFrom, attempts: attempt + 1 };
    } catch (err) {
      if (options.signal?.aborted) throw new AppError('cancelled', 'Cancelled.');
      if (err instanceof AppError) throw err;
      const reason = controller.signal.aborted && controller.signal.reason instanceof Retryable ? controller.signal.reason : err;
      lastError = (reason as Error).message + ((reason as Error).cause ? ` (${String(((reason as Error).cause as Error).message ?? (reason as Error).cause)})` : '');
      if (attempt < retries) await cancellableSleep(backoff(attempt), options.signal);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCancel);
    }
  }
  throw new AppError('unavailable', `Could not download ${url} after ${retries + 1} attempts: ${lastError}.`);
}
