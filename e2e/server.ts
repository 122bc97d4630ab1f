// Starts the browser mode for one spec, exactly as a user would (`tsx electron/cli/serve.ts`),
// and hands back its URL and token. The renderer must be built (out/renderer): `npm run
// test:e2e` runs electron-vite build before Playwright.
//
//   const server = await startServer();            // fresh temp home, any free port
//   await page.goto(server.url);
//   await server.stop();                            // kills it and removes the temp home
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY = 'GRIDSCOUT_READY ';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface StartServerOptions {
  /** App data folder; a fresh temp folder (removed on stop) when omitted. */
  home?: string;
  /** Folder of NFL data files to import on first start (`--data`). */
  data?: string;
  /** A data snapshot to import on first start (`--snapshot`), as the packaged app does. */
  snapshot?: string;
  /** Extra environment for the server process. */
  env?: NodeJS.ProcessEnv;
  /** A fixed port (a restart on the same address); any free port when omitted. */
  port?: number;
}

export interface TestServer {
  url: string;
  token: string;
  home: string;
  process: ChildProcess;
  /** Everything the server wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and waits until it has exited. */
  stop(): Promise<void>;
}

export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const ownHome = !options.home;
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-e2e-'));
  const args = ['tsx', 'electron/cli/serve.ts', '--port', String(options.port ?? 0), '--home', home];
  if (options.data) args.push('--data', options.data);
  if (options.snapshot) args.push('--snapshot', options.snapshot);

  // Its own process group: npx starts tsx, which starts node; stop() signals all of them.
  const child = spawn('npx', args, {
    cwd: REPO_ROOT,
    // The app retrains the model on its own after an import; specs drive training through the
    // Model view instead, so projections do not change under a spec mid-way (a spec can pass
    // GRIDSCOUT_AUTOTRAIN: '1' in options.env). electron/main/model/service.test.ts covers it.
    env: { ...process.env, GRIDSCOUT_AUTOTRAIN: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let ready: { url: string; token: string };
  try {
    ready = await waitForReady(child, () => stderr);
  } catch (err) {
    await kill(child, exited);
    if (ownHome) fs.rmSync(home, { recursive: true, force: true });
    throw err;
  }

  let stopped: Promise<void> | null = null;
  return {
    ...ready,
    home,
    process: child,
    stderr: () => stderr,
    stop() {
      stopped ??= kill(child, exited).then(() => {
        if (ownHome) fs.rmSync(home, { recursive: true, force: true });
      });
      return stopped;
    },
  };
}

function waitForReady(child: ChildProcess, stderr: () => string): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => fail(new Error(`The server printed no READY line within ${READY_TIMEOUT_MS / 1000} s.\n${stderr()}`)),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk: string) => {
      buffer += chunk;
      for (let cut = buffer.indexOf('\n'); cut >= 0; cut = buffer.indexOf('\n')) {
        const line = buffer.slice(0, cut).trim();
        buffer = buffer.slice(cut + 1);
        if (!line.startsWith(READY)) continue;
        try {
          const parsed = JSON.parse(line.slice(READY.length)) as { url: string; token: string };
          done();
          return resolve({ url: parsed.url, token: parsed.token });
        } catch {
          return fail(new Error(`Unreadable READY line: ${line}`));
        }
      }
    };
    const onExit = (code: number | null) => fail(new Error(`The server exited (code ${code}) before it was ready.\n${stderr()}`));
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining stdout so a chatty server never blocks on a full pipe.
      child.stdout?.resume();
    };
    const fail = (err: Error) => {
      done();
      reject(err);
    };
    child.stdout?.setEncoding('utf8').on('data', onData);
    child.once('exit', onExit);
  });
}

async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), STOP_TIMEOUT_MS)),
  ]);
  if (timedOut) {
    signal(child, 'SIGKILL');
    await exited;
  }
  // npx can exit before its children have finished closing the database: wait for the group.
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupAlive(child) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(child)) signal(child, 'SIGKILL');
}

function groupAlive(child: ChildProcess): boolean {
  if (process.platform === 'win32' || !child.pid) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(child: ChildProcess, sig: NodeJS.Signals): void {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, sig);
    else child.kill(sig);
  } catch {
    // already gone
  }
}

/** The real NFL data the specs import (never committed: it sits beside the repo). */
export const DATA_DIR = path.resolve(REPO_ROOT, process.env.GRIDSCOUT_DATA ?? '../shared/data');

/**
 * A temp home with every file of DATA_DIR imported through the data:import CLI, as a user
 * would; returns the home and the CLI's counts line.
 */
export function importedHome(prefix: string): { home: string; counts: { players: number; target_season: number } } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const out = execFileSync('npx', ['tsx', 'electron/cli/import.ts', '--from', DATA_DIR, '--home', home, '--json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { home, counts: JSON.parse(out.trim().split('\n').at(-1)!) };
}

/** The data snapshot the package ships, built from DATA_DIR when release.yml has not made one. */
export function ensureSnapshot(): string {
  const file = path.join(REPO_ROOT, 'release-data', 'gridscout-snapshot.json.br');
  if (!fs.existsSync(file)) {
    execFileSync('npx', ['tsx', 'electron/cli/snapshot.ts', '--from', DATA_DIR, '--out', file], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  return file;
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

type ChannelResult<T> = { ok: true; value: T } | { ok: false; error: { code?: string; message: string } };

/** One channel call over HTTP with the server's token, as the renderer's client makes it. */
export async function postChannel<T>(server: Pick<TestServer, 'url' | 'token'>, channel: string, payload: unknown): Promise<ChannelResult<T>> {
  const res = await fetch(`${server.url}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return (await res.json()) as ChannelResult<T>;
}

/** A channel call's value; a refusal throws "channel: message". */
export async function callApi<T>(server: Pick<TestServer, 'url' | 'token'>, channel: string, payload: unknown): Promise<T> {
  const r = await postChannel<T>(server, channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** SIGKILL to the server's process group (npx, tsx and node): no shutdown code runs. Resolves once the whole group is gone. */
export async function killHard(server: TestServer): Promise<void> {
  const exited = new Promise<void>((resolve) => (server.process.exitCode !== null ? resolve() : server.process.once('exit', () => resolve())));
  process.kill(-server.process.pid!, 'SIGKILL');
  await exited;
  // Another server must not open the database while any of the group is still alive.
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-server.process.pid!, 0);
      await new Promise((r) => setTimeout(r, 50));
    } catch {
      return;
    }
  }
}
