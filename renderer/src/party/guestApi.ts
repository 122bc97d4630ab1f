// The guest page's only way to the host: join with the code, then the two guest channels
// and the draft's event stream with the guest token. The token lives in this browser's
// localStorage, so a phone that went offline, or a host that restarted, picks up again.
import type { DraftRoom, PartyLobby } from '../../../shared/ipc/types';
import type { Result } from '../../../shared/ipc/result';
import { readSseFrames } from '../sseFrames';

const KEY = 'gridscout.party.guest';

export interface GuestSession {
  token: string;
  team: number;
  draftId: number;
}

export function savedSession(): GuestSession | null {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as GuestSession | null;
    return s && typeof s.token === 'string' ? s : null;
  } catch {
    return null;
  }
}

export function forgetSession(): void {
  localStorage.removeItem(KEY);
}

type Answer<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

async function post<T>(path: string, body: unknown, token?: string): Promise<Answer<T>> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as unknown;
    if (res.status === 401) return { ok: false, status: 401, message: 'The host has closed the party (or removed you). Join again with the code.' };
    if (path.startsWith('/api/')) {
      const r = json as Result<T>;
      return r.ok ? { ok: true, value: r.value } : { ok: false, status: res.status, message: r.error.message };
    }
    if (res.ok) return { ok: true, value: json as T };
    return { ok: false, status: res.status, message: (json as { error?: { message?: string } }).error?.message ?? `The host answered ${res.status}.` };
  } catch {
    return { ok: false, status: 0, message: 'Cannot reach the host. Are you on the same Wi-Fi?' };
  }
}

export const lobby = (code: string) => post<PartyLobby>('/party/lobby', { code });

export async function join(code: string, team: number, name: string): Promise<Answer<GuestSession>> {
  const r = await post<GuestSession>('/party/join', { code, team, ...(name.trim() ? { name: name.trim() } : {}) });
  if (r.ok) localStorage.setItem(KEY, JSON.stringify(r.value));
  return r;
}

export const room = (s: GuestSession) => post<DraftRoom>('/api/party.room', {}, s.token);

export const pick = (s: GuestSession, playerId: string, overall: number) => post<DraftRoom>('/api/party.pick', { playerId, overall }, s.token);

/**
 * Follows the draft's event stream: `onChange` on every change (and on each reconnect, to
 * catch up), `onLink` with the connection state, `onRevoked` on a 401. Returns a stop function.
 */
export function follow(s: GuestSession, handlers: { onChange(): void; onLink(up: boolean): void; onRevoked(): void }): () => void {
  const stop = new AbortController();
  let attempt: AbortController | null = null;
  // A phone that drops off the Wi-Fi says so at once; an open stream would not notice for
  // a long while. Back online, the loop reconnects and reloads the room to catch up.
  const offline = () => attempt?.abort();
  window.addEventListener('offline', offline);
  void (async () => {
    while (!stop.signal.aborted) {
      attempt = new AbortController();
      const signal = AbortSignal.any([stop.signal, attempt.signal]);
      try {
        if (!navigator.onLine) throw new Error('offline');
        const res = await fetch('/api/events', { headers: { Authorization: `Bearer ${s.token}` }, signal });
        if (res.status === 401) return handlers.onRevoked();
        if (!res.body) throw new Error('no stream');
        handlers.onLink(true);
        handlers.onChange();
        await readSseFrames(res.body, (frame) => {
          if (/^event: (draft|party)\.changed$/m.test(frame)) handlers.onChange();
        });
      } catch {
        if (stop.signal.aborted) return;
      }
      handlers.onLink(false);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return () => {
    window.removeEventListener('offline', offline);
    stop.abort();
  };
}
