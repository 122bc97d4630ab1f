// A real browser-mode server (handler table + SQLite + HTTP on 127.0.0.1) in this process,
// and two ways to talk to it: fetch for ordinary calls, node:http for requests fetch will
// not send (a custom Host header, raw `..` paths, chunked bodies).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startBrowserMode, type BrowserMode } from '../main/browserMode';
import { createLogger } from '../main/log';
import type { Result } from '../../shared/ipc/result';

export interface TestServer {
  mode: BrowserMode;
  url: string;
  token: string;
  port: number;
  home: string;
  /** POST /api/<channel> with the token; `body` is sent as is (already a JSON string). */
  post(channel: string, body: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  /** Same as post with JSON.stringify(payload). */
  call(channel: string, payload: unknown): Promise<HttpAnswer>;
  stop(): Promise<void>;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as a Result when it is JSON, else null. */
  result: Result<unknown> | null;
}

/**
 * Starts the browser mode on a free port. `home` defaults to a new temp folder that
 * stop() removes; `rendererDir: null` serves the API only.
 */
export async function startTestServer(options: { home?: string; rendererDir?: string | null } = {}): Promise<TestServer> {
  const ownHome = options.home === undefined;
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-home-'));
  const mode = await startBrowserMode({ home, port: 0, rendererDir: options.rendererDir ?? null });
  // Same log file, but keep expected warnings ("Refused ... from a frame") off the test output.
  createLogger(mode.ctx.home, { console: false });
  const { url, token, port } = mode.server;
  const post = async (channel: string, body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body,
    });
    return answer(res.status, Object.fromEntries(res.headers), await res.text());
  };
  return {
    mode,
    url,
    token,
    port,
    home,
    post,
    call: (channel, payload) => post(channel, JSON.stringify(payload)),
    stop: async () => {
      await mode.stop();
      if (ownHome) fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export interface RawRequest {
  method?: string;
  /** Sent verbatim, so `/../x` and `%2e%2e` reach the server un-normalised. */
  path: string;
  headers?: Record<string, string>;
  /** Written one after another: several chunks make a chunked (length-less) body. */
  chunks?: (string | Buffer)[];
  /** Write every chunk at once, without waiting for the socket to drain (a pushy client). */
  burst?: boolean;
  /** Use Node's default (keep-alive) agent, as fetch-like clients do, instead of a one-off socket. */
  keepAlive?: boolean;
  /** The client's own address (e.g. 127.0.0.2: a loopback address the server treats as another device). */
  localAddress?: string;
}

/** A request over node:http to 127.0.0.1:port; Host defaults to the server's own address. */
export function rawRequest(port: number, request: RawRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: { Host: `127.0.0.1:${port}`, ...request.headers },
        ...(request.keepAlive ? {} : { agent: false }),
        ...(request.localAddress ? { localAddress: request.localAddress } : {}),
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve(answer(res.statusCode ?? 0, res.headers, Buffer.concat(parts).toString('utf8'))));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // Written as a streaming client does: the next chunk once the socket has taken the last.
    const chunks = [...(request.chunks ?? [])];
    const writeNext = (): void => {
      while (chunks.length) {
        if (!req.write(chunks.shift()!) && !request.burst) return void req.once('drain', writeNext);
      }
      req.end();
    };
    writeNext();
  });
}

function answer(status: number, headers: HttpAnswer['headers'], text: string): HttpAnswer {
  let result: Result<unknown> | null;
  try {
    result = JSON.parse(text) as Result<unknown>;
  } catch {
    result = null;
  }
  return { status, headers, text, result };
}

/** Names of CORS response headers present, for "no CORS headers" assertions. */
export function corsHeaders(headers: HttpAnswer['headers']): string[] {
  return Object.keys(headers).filter((h) => h.toLowerCase().startsWith('access-control-'));
}
