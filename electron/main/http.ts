// The HTTP transport: the same handler table as Electron IPC, for the browser mode
// (a draft room league mates open on the LAN) and for end-to-end tests.
//   POST /api/<channel>   Authorization: Bearer <token>, JSON body -> Result JSON
//   GET  /api/events      same token -> Server-Sent Events (job progress, data changes)
//   GET  /*               the built renderer; index.html carries the token in a meta tag,
//                         and only to this machine (other devices get the party page)
//   POST /party/lobby, /party/join   draft-party guests, no token (see party/routes.ts)
// Guards: Host header must name this server (DNS rebinding), constant-time token
// check, body size limit, no CORS headers (other origins cannot read answers). A party
// guest's token reaches only the guest channels and its own draft's events.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { EventMap, EventName } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type { AppContext } from './context';
import { dispatch } from './dispatch';
import { GUEST_CHANNELS } from './handlers/party';
import type { HandlerTable } from './handlers/types';
import { WrongCodeLimiter } from './party/joinLimiter';
import { guestStreamFilter, handlePartyRoute, isLoopback } from './party/routes';
import { guestForToken, type PartyGuestIdentity } from './party/service';

export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024; // rankings CSVs and backups fit well under this
const TOKEN_META = '<meta name="gridscout-token" content="__GRIDSCOUT_TOKEN__" />';

export interface HttpServerOptions {
  table: HandlerTable;
  ctx: AppContext;
  host?: string;
  port?: number;
  /** Folder of the built renderer (out/renderer); without it only the API is served. */
  rendererDir?: string | null;
  token?: string;
  bodyLimit?: number;
  /**
   * false: never serve the app's own page (the desktop app's party server serves guests
   * only; its admin token is never handed to anyone).
   */
  serveApp?: boolean;
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const tokenBytes = Buffer.from(token);
  // Each stream with the filter of who opened it (null: the host, who hears everything).
  const sseClients = new Map<http.ServerResponse, EventFilter | null>();
  const joinLimiter = new WrongCodeLimiter();
  let allowedHosts = new Set<string>();

  const unsubscribe = options.ctx.events.subscribe(<K extends EventName>(name: K, payload: EventMap[K]) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const [res, filter] of sseClients) {
      const verdict = filter ? filter(name, payload) : 'send';
      if (verdict === 'send') res.write(frame);
      else if (verdict === 'end') res.end(); // a revoked guest: the stream ends, reconnecting gets 401
    }
  });

  const server = http.createServer((req, res) => {
    baseHeaders(res);
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      return sendJson(res, 403, fail('forbidden', 'Host not allowed.'));
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      const caller = callerOf(req.headers.authorization, tokenBytes, options.ctx);
      if (!caller) return sendJson(res, 401, fail('unauthorized', 'Missing or wrong token.'));
      const guest = caller === 'admin' ? null : caller;
      if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(req, res, sseClients, guest ? guestStreamFilter(options.ctx, guest) : null);
      if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'Use POST for API calls.'));
      // A malformed escape (e.g. /api/%E0%A4%A) throws URIError: answer it, do not crash the server.
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return sendJson(res, 404, fail('unknown_channel', 'No such channel.'));
      }
      if (guest && !GUEST_CHANNELS.has(channel)) return sendJson(res, 403, fail('forbidden', 'A party guest can only see the draft room and make their own picks.'));
      return void handleApiCall(options, channel, req, res, bodyLimit, guest);
    }
    if (url.pathname.startsWith('/party/') && req.method === 'POST') {
      return void handlePartyRoute(options.ctx, joinLimiter, url.pathname, req, res, (limit) => readBody(req, limit), sendJson);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid_input', 'Method not allowed.'));
    // The app's own page carries the admin token: only this machine gets it. Phones and
    // laptops on the network get the party page, which asks for the join code.
    const appPage = options.serveApp !== false && isLoopback(req.socket.remoteAddress);
    serveStatic(options.rendererDir ?? null, url.pathname, appPage ? token : null, res);
  });
  server.requestTimeout = 5 * 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = hostNamesFor(host, port);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of sseClients.keys()) res.end();
        sseClients.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Host header values a legitimate client sends to this server. */
export function hostNamesFor(host: string, port: number): Set<string> {
  const names = new Set<string>([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const add = (address: string) => names.add(address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`);
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) add(a.address);
    names.add(`${os.hostname().toLowerCase()}:${port}`);
  } else {
    add(host.toLowerCase());
  }
  return names;
}

type EventFilter = (name: EventName, payload: unknown) => 'send' | 'skip' | 'end';

/** The admin (the host's own page), a party guest, or nobody (401). */
function callerOf(header: string | undefined, token: Buffer, ctx: AppContext): 'admin' | PartyGuestIdentity | null {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  if (!match?.[1]) return null;
  const given = Buffer.from(match[1]);
  if (given.length === token.length && timingSafeEqual(given, token)) return 'admin';
  // Guest tokens are looked up by their SHA-256, so no comparison leaks a prefix.
  return match[1].length <= 100 ? guestForToken(ctx, match[1]) : null;
}

function baseHeaders(res: http.ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function handleApiCall(
  options: HttpServerOptions,
  channel: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  bodyLimit: number,
  guest: PartyGuestIdentity | null,
): Promise<void> {
  let raw: string;
  try {
    raw = await readBody(req, bodyLimit);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      // Close the connection once the answer is out instead of reading the rest of an
      // oversized upload. Destroying the socket right away (as before) lost the 413: a
      // client still sending its body saw only EPIPE/ECONNRESET.
      res.setHeader('Connection', 'close');
      sendJson(res, 413, fail('invalid_input', `Request body over ${bodyLimit} bytes.`));
      return;
    }
    return sendJson(res, 400, fail('invalid_input', 'Could not read the request body.'));
  }
  let payload: unknown = {};
  if (raw.trim() !== '') {
    try {
      payload = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, fail('invalid_input', 'The request body is not valid JSON.'));
    }
  }
  const ctx = guest ? { ...options.ctx, guest } : options.ctx;
  const result: Result<unknown> = await dispatch(options.table, ctx, channel, payload);
  const status = result.ok ? 200 : (ERROR_STATUS[result.error.code] ?? 200);
  sendJson(res, status, result);
}

/** HTTP statuses for refusals; other errors (not_found, conflict, not_your_turn...) answer 200 with ok: false. */
const ERROR_STATUS: Partial<Record<string, number>> = { invalid_input: 400, unknown_channel: 404, forbidden: 403 };

class BodyTooLargeError extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLargeError());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function openEventStream(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  clients: Map<http.ServerResponse, EventFilter | null>,
  guest: { filter: EventFilter; closed(): void } | null,
): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  clients.set(res, guest?.filter ?? null);
  // A comment line every 25 s keeps proxies and idle timers from closing the stream.
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  const closed = () => {
    clearInterval(keepAlive);
    clients.delete(res);
    guest?.closed();
  };
  req.on('close', closed);
  res.on('close', closed);
}

/** `token` null: a device that must not get the app's page; it gets the party page instead. */
function serveStatic(root: string | null, pathname: string, token: string | null, res: http.ServerResponse): void {
  if (!root) return sendJson(res, 404, fail('not_found', 'This server has no user interface (API only).'));
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'Bad path.'));
  }
  // fs throws synchronously on a NUL byte (e.g. /index%00.html), which would take the server down.
  if (relative.includes('\0')) return sendJson(res, 404, fail('not_found', 'Not found.'));
  if (relative === '/party' || relative === '/party/') relative = '/party.html';
  else if (relative === '/' || !path.extname(relative)) relative = '/index.html'; // client-side routes
  if (relative === '/index.html' && token === null) {
    res.writeHead(302, { Location: '/party' });
    return void res.end();
  }
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(path.resolve(root) + path.sep)) return sendJson(res, 404, fail('not_found', 'Not found.'));
  fs.readFile(file, (err, data) => {
    if (err) return sendJson(res, 404, fail('not_found', 'Not found.'));
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = data;
    if (relative === '/index.html') {
      // The page learns the token from the HTML itself: never from a URL, so it stays out of logs and history.
      body = Buffer.from(data.toString('utf8').replace(TOKEN_META, TOKEN_META.replace('__GRIDSCOUT_TOKEN__', token ?? '')));
    } else if (relative !== '/party.html') {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
    res.end(body);
  });
}
