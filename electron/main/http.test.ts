// The HTTP transport against a real server on 127.0.0.1: token, Host guard (DNS
// rebinding), no CORS, body limit, bad JSON, the served page and its token, path
// traversal, Server-Sent Events. fetch cannot set Host or send raw `..` paths, so those
// requests go through node:http (rawRequest).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from './http';
import { createAppContext, closeAppContext } from './context';
import { handlers } from './handlers/index';
import { createLogger } from './log';
import { logFile } from './paths';
import { corsHeaders, rawRequest, startTestServer, type HttpAnswer, type TestServer } from '../test-support/server';
import { makeTempDir, tempDir, writeRendererStandIn } from '../test-support/tempDirs';
import { databaseFingerprint } from '../test-support/fingerprint';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let server: TestServer;
let rendererDir: string;
/** Every answer seen in this file, checked for CORS headers at the end. */
const answers: HttpAnswer[] = [];
const seen = (a: HttpAnswer) => (answers.push(a), a);
const auth = () => ({ Authorization: `Bearer ${server.token}` });
const raw = async (...args: Parameters<typeof rawRequest>) => seen(await rawRequest(...args));
const fingerprint = () => databaseFingerprint(server.mode.ctx.db);
const validUpdate = JSON.stringify({ theme: 'dark' });

let parent: string;
const SECRET_FILE = 'secret.json';

beforeAll(async () => {
  parent = makeTempDir('gridscout-http-');
  rendererDir = writeRendererStandIn(parent);
  // A file next to the renderer folder that path traversal must not reach.
  fs.writeFileSync(path.join(parent, SECRET_FILE), '{"secret":"fourth-and-long"}');
  server = await startTestServer({ rendererDir });
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(parent, { recursive: true, force: true });
});

describe('token', () => {
  it('a call with the token works', async () => {
    const res = seen(await server.call('app.info', {}));
    expect(res.status).toBe(200);
    expect(res.result).toMatchObject({ ok: true, value: { name: 'GridScout', mode: 'browser' } });
  });

  const wrongHeaders: [string, (token: string) => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    ['a wrong token of the same length', (t) => ({ Authorization: `Bearer ${'w'.repeat(t.length)}` })],
    ['the token plus one character', (t) => ({ Authorization: `Bearer ${t}x` })],
    ['the token minus its last character', (t) => ({ Authorization: `Bearer ${t.slice(0, -1)}` })],
    ['the token without the Bearer scheme', (t) => ({ Authorization: t })],
    ['Basic auth', () => ({ Authorization: 'Basic dXNlcjpwYXNz' })],
    ['an empty bearer', () => ({ Authorization: 'Bearer ' })],
  ];
  it.each(wrongHeaders)('%s gets 401 and changes nothing', async (_label, headers) => {
    const before = fingerprint();
    const res = await raw(server.port, {
      method: 'POST',
      path: '/api/settings.update',
      headers: { 'Content-Type': 'application/json', ...headers(server.token) },
      chunks: [validUpdate],
    });
    expect(res.status).toBe(401);
    expect(res.result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(fingerprint()).toBe(before);
  });

  it('a token in the query string is not accepted', async () => {
    const res = await raw(server.port, { method: 'POST', path: `/api/app.info?token=${server.token}`, chunks: ['{}'] });
    expect(res.status).toBe(401);
  });
});

describe('Host header (DNS rebinding guard)', () => {
  const foreignHosts = (port: number) => [
    `evil.example:${port}`,
    `attacker.example.com:${port}`, // a rebinding domain resolving to 127.0.0.1, with the right port
    `127.0.0.1.nip.io:${port}`,
    `localhost.evil.example:${port}`,
    `127.0.0.1:${port + 1}`,
    '127.0.0.1',
    `127.0.0.1:${port}@evil.example`,
  ];

  it('own addresses are accepted', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `LOCALHOST:${server.port}`]) {
      const res = await raw(server.port, { method: 'POST', path: '/api/app.info', headers: { Host: host, ...auth() }, chunks: ['{}'] });
      expect(res.status, host).toBe(200);
    }
  });

  it('a foreign Host gets 403 even with the right token, and the call does not run', async () => {
    const before = fingerprint();
    for (const host of foreignHosts(server.port)) {
      const res = await raw(server.port, {
        method: 'POST',
        path: '/api/settings.update',
        headers: { Host: host, ...auth(), 'Content-Type': 'application/json' },
        chunks: [validUpdate],
      });
      expect(res.status, host).toBe(403);
      expect(res.result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fingerprint()).toBe(before);
  });

  it('a foreign Host cannot fetch the page (and so the token) either', async () => {
    const res = await raw(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(server.token);
  });
});

describe('CORS', () => {
  it('an OPTIONS preflight from another origin gets no Access-Control headers', async () => {
    const preflight = {
      Origin: 'https://evil.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    };
    const a = await raw(server.port, { method: 'OPTIONS', path: '/api/app.info', headers: preflight });
    const b = await raw(server.port, { method: 'OPTIONS', path: '/api/app.info', headers: { ...preflight, ...auth() } });
    const c = await raw(server.port, { method: 'OPTIONS', path: '/', headers: preflight });
    for (const res of [a, b, c]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(corsHeaders(res.headers)).toEqual([]);
    }
  });

  it('a cross-origin POST with the token gets an answer without Access-Control headers', async () => {
    const res = await raw(server.port, { method: 'POST', path: '/api/app.info', headers: { Origin: 'https://evil.example', ...auth() }, chunks: ['{}'] });
    expect(res.status).toBe(200);
    expect(corsHeaders(res.headers)).toEqual([]);
  });
});

describe('request bodies', () => {
  it('invalid JSON gets 400 invalid_input and changes nothing', async () => {
    const before = fingerprint();
    for (const body of ['{theme:"dark"}', '{"theme":', 'undefined', "{'theme':'dark'}"]) {
      const res = seen(await server.post('settings.update', body));
      expect(res.status, body).toBe(400);
      expect(res.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(fingerprint()).toBe(before);
  });

  it('an empty body is an empty payload', async () => {
    const res = seen(await server.post('app.info', ''));
    expect(res.status).toBe(200);
  });

  it('GET on an API channel gets 405', async () => {
    const res = await raw(server.port, { path: '/api/app.info', headers: auth() });
    expect(res.status).toBe(405);
  });

  it('a malformed escape in the channel name is answered (the server stays up)', async () => {
    const res = await raw(server.port, { method: 'POST', path: '/api/%E0%A4%A', headers: auth(), chunks: ['{}'] });
    expect(res.status).toBe(404);
    expect(res.result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await server.call('app.info', {})).status).toBe(200);
  });
});

describe('body size limit', () => {
  it('a body over the limit gets 413 (declared length and chunked) and changes nothing', async () => {
    const home = tempDir();
    const ctx = createAppContext({ home, mode: 'browser', logToConsole: false });
    const small = await startHttpServer({ table: handlers, ctx, bodyLimit: 64 });
    try {
      const before = databaseFingerprint(ctx.db);
      const big = JSON.stringify({ theme: 'dark', feedbackRepo: `owner/${'x'.repeat(100)}` });
      const headers = { Authorization: `Bearer ${small.token}`, 'Content-Type': 'application/json' };
      const declared = await rawRequest(small.port, { method: 'POST', path: '/api/settings.update', headers, chunks: [big] });
      const chunked = await rawRequest(small.port, { method: 'POST', path: '/api/settings.update', headers, chunks: [big.slice(0, 50), big.slice(50)] });
      // A client still streaming a big upload must get the 413 too, not a reset connection.
      const streamed = await rawRequest(small.port, {
        method: 'POST',
        path: '/api/settings.update',
        headers,
        chunks: Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x20)),
      });
      const burst = await rawRequest(small.port, {
        method: 'POST',
        path: '/api/settings.update',
        headers,
        chunks: ['x'.repeat(5_000_000), 'y'.repeat(5_000_000)],
        burst: true,
        keepAlive: true,
      });
      for (const res of [declared, chunked, streamed, burst]) {
        seen(res);
        expect(res.status).toBe(413);
        expect(res.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
      expect(databaseFingerprint(ctx.db)).toBe(before);
      // Under the limit still works on the same server.
      const fine = await rawRequest(small.port, { method: 'POST', path: '/api/settings.update', headers, chunks: [validUpdate] });
      expect(fine.status).toBe(200);
      expect(databaseFingerprint(ctx.db)).not.toBe(before);
    } finally {
      await small.close();
      closeAppContext(ctx);
      createLogger(server.home, { console: false });
    }
  });
});

describe('the page', () => {
  it('GET / serves index.html with the token in the meta tag, and only there', async () => {
    const res = await raw(server.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain(`<meta name="gridscout-token" content="${server.token}" />`);
    expect(res.text.split(server.token)).toHaveLength(2);
    expect(res.text).not.toContain('__GRIDSCOUT_TOKEN__');
  });

  it('client-side routes get the same page; assets are served without the token', async () => {
    const route = await raw(server.port, { path: '/players' });
    expect(route.text).toContain(server.token);
    const asset = await raw(server.port, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.text).toContain('draft day');
    expect(asset.text).not.toContain(server.token);
  });

  it('without a renderer folder there is no page and no token', async () => {
    const api = await startTestServer({ rendererDir: null });
    try {
      const res = await rawRequest(api.port, { path: '/' });
      seen(res);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(api.token);
    } finally {
      await api.stop();
      createLogger(server.home, { console: false });
    }
  });

  it.each([
    ['/../SECRET'],
    ['/%2e%2e/SECRET'],
    ['/%2e%2e%2fSECRET'],
    ['/assets/..%2f..%2fSECRET'],
    ['/assets/%2e%2e/%2e%2e/SECRET'],
    ['/..%5cSECRET'],
    ['/%252e%252e/SECRET'],
    ['/index%00.html'],
    ['/%E0%A4%A'],
  ])('%s does not leave the renderer folder', async (p) => {
    const res = await raw(server.port, { path: p.replace('SECRET', SECRET_FILE) });
    expect([400, 404]).toContain(res.status);
    expect(res.text).not.toContain('fourth-and-long');
    // The server is still up afterwards.
    expect((await raw(server.port, { path: '/assets/app.js' })).status).toBe(200);
  });
});

describe('events (SSE)', () => {
  it('needs the token', async () => {
    const res = seen(await fetchAnswer(`${server.url}/api/events`, {}));
    expect(res.status).toBe(401);
  });

  it('delivers an event emitted on ctx.events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, { headers: auth(), signal: controller.signal });
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      expect(corsHeaders(Object.fromEntries(res.headers))).toEqual([]);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const readUntil = async (needle: string) => {
        while (!text.includes(needle)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended before "${needle}"`);
          text += decoder.decode(value, { stream: true });
        }
      };
      await readUntil(': connected');
      server.mode.ctx.events.emit('data.changed', { tables: ['players', 'rankings'] });
      await readUntil('"rankings"]}\n\n');
      expect(text).toContain('event: data.changed\ndata: {"tables":["players","rankings"]}\n\n');
    } finally {
      controller.abort();
    }
  });
});

it('no answer in this file carried an Access-Control header', () => {
  expect(answers.length).toBeGreaterThan(20);
  for (const a of answers) expect(corsHeaders(a.headers)).toEqual([]);
});

async function fetchAnswer(url: string, headers: Record<string, string>): Promise<HttpAnswer> {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text(), result: null };
}

describe('the serve CLI as a process', () => {
  it('prints the READY line, answers app.info with its token, and never logs the token', async () => {
    const home = tempDir('gridscout-serve-');
    // A corrupt database makes the process log a warning, so the log file has content to check.
    fs.writeFileSync(path.join(home, 'gridscout.db'), 'this is not a database, it is a playbook');
    const child = spawn('npx', ['tsx', 'electron/cli/serve.ts', '--port', '0', '--home', home], {
      cwd: REPO_ROOT,
      env: { ...process.env, GRIDSCOUT_HOME: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so stopping it also stops tsx's node child
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no READY line in 30 s; stderr: ${stderr}`)), 30_000);
        const check = () => {
          const found = stdout.split('\n').find((l) => l.startsWith('GRIDSCOUT_READY '));
          if (found !== undefined && stdout.includes(`${found}\n`)) {
            clearTimeout(timer);
            resolve(found);
          }
        };
        child.stdout.on('data', check);
        void exited.then((code) => reject(new Error(`serve exited (${code}) before READY; stderr: ${stderr}`)));
      });
      expect(line).toMatch(/^GRIDSCOUT_READY \{"url":"http:\/\/127\.0\.0\.1:\d+","token":"[^"]+"\}$/);
      const { url, token } = JSON.parse(line.slice('GRIDSCOUT_READY '.length)) as { url: string; token: string };
      expect(token.length).toBeGreaterThanOrEqual(20);

      const info = await fetch(`${url}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({ ok: true, value: { name: 'GridScout', mode: 'browser', home: fs.realpathSync(home) } });
      expect((await fetch(`${url}/api/app.info`, { method: 'POST', body: '{}' })).status).toBe(401);
      const status = (await (await fetch(`${url}/api/app.status`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' })).json()) as {
        value: { notices: { message: string }[] };
      };
      expect(status.value.notices[0]?.message).toMatch(/fresh one/);
      // Fetch the page too (when the renderer is built): serving the token must not log it.
      await (await fetch(url)).text();
    } finally {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    const token = (JSON.parse(stdout.split('\n')[0]?.slice('GRIDSCOUT_READY '.length) ?? '{}') as { token: string }).token;
    const log = fs.readFileSync(logFile(home), 'utf8');
    expect(log).toMatch(/could not be read/);
    expect(log).not.toContain(token);
    expect(stderr).not.toContain(token);
    // stdout carries the token exactly once: in the READY line tools parse.
    expect(stdout.split(token)).toHaveLength(2);
  });
});
