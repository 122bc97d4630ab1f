// The renderer's one way to the main side, the same typed API over either transport:
// window.gridscout (the preload) in the desktop app, HTTP + Server-Sent Events in the
// browser mode. Views and stores import `api` and never know which one they got.
import type { Channel, EventMap, EventName, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { EventListenerFn, PreloadApi } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { readSseFrames } from './sseFrames';

declare global {
  interface Window {
    gridscout?: PreloadApi;
  }
}

export interface Api {
  transport: 'ipc' | 'http';
  call<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  onEvent(listener: EventListenerFn): () => void;
  /**
   * Called when the connection comes back after the browser-mode server was gone (restarted):
   * the shell reloads what it shows. The desktop app's IPC never drops, so never there.
   */
  onReconnect(listener: () => void): () => void;
}

function ipcApi(bridge: PreloadApi): Api {
  return {
    transport: 'ipc',
    call: (channel, payload) => bridge.channels[channel](payload),
    onEvent: (listener) => bridge.onEvent(listener),
    onReconnect: () => () => {},
  };
}

const TOKEN_IN_PAGE = /<meta name="gridscout-token" content="([^"]+)"/;

function httpApi(initialToken: string): Api {
  const listeners = new Set<EventListenerFn>();
  const reconnectListeners = new Set<() => void>();
  let stream: AbortController | null = null;
  let token = initialToken;

  const headers = () => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

  // A restarted server has a new token, and its page carries it (the meta tag a reload
  // reads): fetching the page is what a reload would do, without losing the tab's place.
  async function renewToken(): Promise<boolean> {
    try {
      const page = await fetch('/', { cache: 'no-store' });
      const fresh = TOKEN_IN_PAGE.exec(await page.text())?.[1];
      if (!fresh || fresh === token) return false;
      token = fresh;
      return true;
    } catch {
      return false;
    }
  }

  async function call<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
    try {
      let res = await fetch(`/api/${channel}`, { method: 'POST', headers: headers(), body: JSON.stringify(payload ?? {}) });
      if (res.status === 401 && (await renewToken())) {
        res = await fetch(`/api/${channel}`, { method: 'POST', headers: headers(), body: JSON.stringify(payload ?? {}) });
      }
      return (await res.json()) as Result<ResponseOf<C>>;
    } catch {
      return {
        ok: false,
        error: { code: 'unavailable', message: 'The GridScout server is not answering. If it is restarting, this page reconnects by itself once it is back.' },
      };
    }
  }

  // EventSource cannot send an Authorization header, so the stream is read with fetch
  // (the token never goes into a URL). It reconnects after a dropped connection.
  async function readEvents(signal: AbortSignal): Promise<void> {
    // Whether the stream was lost since it last ran: coming back means the server restarted.
    let lost = false;
    while (!signal.aborted) {
      try {
        let res = await fetch('/api/events', { headers: headers(), signal });
        if (res.status === 401 && (await renewToken())) res = await fetch('/api/events', { headers: headers(), signal });
        if (!res.ok || !res.body) throw new Error('no stream');
        if (lost) for (const l of reconnectListeners) l();
        lost = false;
        await readSseFrames(res.body, dispatchFrame);
      } catch {
        if (signal.aborted) return;
      }
      lost = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  function dispatchFrame(frame: string): void {
    let name = '';
    let data = '';
    for (const line of frame.split('\n')) {
      if (line.startsWith('event: ')) name = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!name || !data) return;
    const payload = JSON.parse(data) as EventMap[EventName];
    for (const l of listeners) l(name as EventName, payload as never);
  }

  return {
    transport: 'http',
    call,
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!stream) {
        stream = new AbortController();
        void readEvents(stream.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stream?.abort();
          stream = null;
        }
      };
    },
  };
}

function createApi(): Api {
  if (window.gridscout) return ipcApi(window.gridscout);
  const token = document.querySelector<HTMLMetaElement>('meta[name="gridscout-token"]')?.content ?? '';
  return httpApi(token);
}

export const api: Api = createApi();

/**
 * Listens to one main -> renderer event, its payload typed from the contract's event map;
 * returns the unsubscribe. Views use this, never api.onEvent with a cast of their own.
 */
export function onEvent<K extends EventName>(name: K, listener: (payload: EventMap[K]) => void): () => void {
  const wanted: EventName = name;
  return api.onEvent((n, payload) => {
    // The transports deliver each name with its own payload type (checked where it is sent).
    if (n === wanted) listener(payload as EventMap[EventName] as EventMap[K]);
  });
}

