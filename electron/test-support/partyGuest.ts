// A draft-party guest as a phone is one, over real HTTP: join with the code, call the guest
// channels with the guest token, hold the event stream. Used by the party tests and the
// party load benchmark.
import type { DraftChanged } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

export interface JoinAnswer {
  status: number;
  headers: Headers;
  body: { token: string; team: number; draftId: number } | { ok: false; error: { code: string; message: string } };
}

export async function joinParty(url: string, body: unknown, route: 'join' | 'lobby' = 'join'): Promise<JoinAnswer> {
  const res = await fetch(`${url}/party/${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as JoinAnswer['body'] };
}

export async function callAs(url: string, token: string, channel: string, payload: unknown = {}): Promise<{ status: number; result: Result<unknown> }> {
  const res = await fetch(`${url}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await res.text();
  let result: Result<unknown>;
  try {
    result = JSON.parse(text) as Result<unknown>;
  } catch {
    result = { ok: false, error: { code: 'internal', message: text } };
  }
  return { status: res.status, result };
}

export interface StreamEvent {
  name: string;
  data: unknown;
  /** performance.now() when the frame arrived. */
  at: number;
}

export interface EventStream {
  status: number;
  events: StreamEvent[];
  /** Resolves when the server ends the stream (or it is closed here). */
  ended: Promise<void>;
  /** Resolves once an event satisfies the test. */
  waitFor(test: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

/** Opens GET /api/events with the token and parses Server-Sent Events as they come. */
export async function openStream(url: string, token: string): Promise<EventStream> {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/events`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let finished = false;
  const ended = (async () => {
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const name = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (name && data) events.push({ name, data: JSON.parse(data), at: performance.now() });
          for (const w of waiters) w();
        }
      }
    } catch {
      // aborted
    } finally {
      finished = true;
      for (const w of waiters) w();
    }
  })();
  return {
    status: res.status,
    events,
    ended,
    close: () => controller.abort(),
    waitFor(test, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(test);
          if (hit) return done(() => resolve(hit));
          if (finished) return done(() => reject(new Error('the stream ended first')));
        };
        const timer = setTimeout(() => done(() => reject(new Error('no such event in time'))), timeoutMs);
        const done = (f: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          f();
        };
        waiters.add(check);
        check();
      });
    },
  };
}

export const isDraftChange = (e: StreamEvent): e is StreamEvent & { data: DraftChanged } => e.name === 'draft.changed';
