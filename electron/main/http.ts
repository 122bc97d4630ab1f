// The HTTP transport: the same handler table as Electron IPC, for the browser mode
// (a draft room league mates open on the LAN) and for end-to-end tests.
//   POST /api/<channel>   Authorization: Bearer <token>, JSON body -> Result JSON
//   GET  /api/events      same token -> Server-Sent Events (job progress, data changes)
//   GET  /*               the built renderer; index.html carries the token in a meta tag
// Guards: Host header must name this server (DNS rebinding), constant-time token
// check, body size limit, no CORS headers (other origins cannot read answers).
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
import type { HandlerTable } from './handlers/types';

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
  const sseClients = new Set<http.ServerResponse>();
  let allowedHosts = new Set<string>();

  const unsubscribe = options.ctx.events.subscribe(<K extends EventName>(name: K, payload: EventMap[K]) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sseClients) res.write(frame);
  });

  const server = http.createServer((req, res) => {
    baseHeaders(res);
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      return sendJson(res, 403, fail('forbidden', 'Host not allowed.'));
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      if (!authorized(req.headers.authorization, tokenBytes)) {
        return sendJson(res, 401, fail('unauthorized', 'Missing or wrong token.'));
      }
      if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(req, res, sseClients);
      if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'Use POST for API calls.'));
      // A malformed escape (e.g. /api/%E0%A4%A) throws URIError: answer it, do not crash the server.
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return sendJson(res, 404, fail('unknown_channel', 'No such channel.'));
      }
      return void handleApiCall(options, channel, req, res, bodyLimit);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid_input', 'Method not allowed.'));
    serveStatic(options.rendererDir ?? null, url.pathname, token, res);
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
        for (const res of sseClients) res.end();
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

function authorized(header: string | undefined, token: Buffer): boolean {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  return given.length === token.length && timingSafeEqual(given, token);
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
  const result: Result<unknown> = await dispatch(options.table, options.ctx, channel, payload);
  const status = result.ok ? 200 : result.error.code === 'invalid_input' ? 400 : result.error.code === 'unknown_channel' ? 404 : 200;
  sendJson(res, status, result);
}

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

function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, clients: Set<http.ServerResponse>): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  clients.add(res);
  // A comment line every 25 s keeps proxies and idle timers from closing the stream.
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    clients.delete(res);
  });
}

function serveStatic(root: string | null, pathname: string, token: string, res: http.ServerResponse): void {
  if (!root) return sendJson(res, 404, fail('not_found', 'This server has no user interface (API only).'));
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'Bad path.'));
  }
  // fs throws synchronously on a NUL byte (e.g. /index%00.html), which would take the server down.
  if (relative.includes('\0')) return sendJson(res, 404, fail('not_found', 'Not found.'));
  if (relative === '/' || !path.extname(relative)) relative = '/index.html'; // client-side routes
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(path.resolve(root) + path.sep)) return sendJson(res, 404, fail('not_found', 'Not found.'));
  fs.readFile(file, (err, data) => {
    if (err) return sendJson(res, 404, fail('not_found', 'Not found.'));
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = data;
    if (relative === '/index.html') {
      // The page learns the token from the HTML itself: never from a URL, so it stays out of logs and history.
      body = Buffer.from(data.toString('utf8').replace(TOKEN_META, TOKEN_META.replace('__GRIDSCOUT_TOKEN__', token)));
    } else {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
    res.end(body);
  });
}
