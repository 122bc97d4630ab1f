// A fake GitHub REST API on 127.0.0.1 for tests and the end-to-end spec: issues
// (create, list by creator, search), the authenticated user, the device flow, and
// faults injected on demand. It also plays referee: every rate-limit window it
// announces is remembered, and a request arriving inside one is recorded as a violation.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | { kind: '500' }
  | { kind: '502' }
  /** 403 with x-ratelimit-remaining: 0 and a reset `resetInSec` ahead. */
  | { kind: 'rate-limit'; resetInSec: number }
  | { kind: '429'; retryAfterSec: number }
  /** 403 "secondary rate limit"; without retryAfterSec the window is `secondaryPenaltyMs`. */
  | { kind: 'secondary'; retryAfterSec?: number }
  /** The issue is created, then the answer never comes. */
  | { kind: 'create-then-hang' }
  /** The request succeeds but says the budget is spent until `resetInSec` ahead. */
  | { kind: 'exhaust'; resetInSec: number }
  | { kind: '401' }
  /** Any other error answer (404, 410, 422, ...). */
  | { kind: 'status'; status: number; message: string };

export interface FakeRequest {
  method: string;
  path: string;
  /** 0-based index of this request since the server was made. */
  n: number;
  at: number;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface FakeGitHubOptions {
  token?: string;
  login?: string;
  repo?: string;
  /** Decides a fault per request (null: answer normally). */
  fault?: (req: FakeRequest) => Fault | null;
  secondaryPenaltyMs?: number;
  /** Delay before every answer (a slow network). */
  latencyMs?: number;
  /** Device flow script: polls answered "pending" before the outcome. */
  deviceFlow?: { pendingPolls: number; slowDownAt?: number; outcome: 'granted' | 'denied' | 'expired'; token: string; clientId: string };
}

const SECONDARY_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

export class FakeGitHub {
  readonly issues: FakeIssue[] = [];
  readonly requests: FakeRequest[] = [];
  readonly violations: string[] = [];
  readonly windows: { from: number; until: number; why: string }[] = [];
  readonly injected: Record<string, number> = {};
  readonly tokensSeen = new Set<string>();
  fault: (req: FakeRequest) => Fault | null;
  private server: http.Server | null = null;
  private sockets = new Set<Socket>();
  private count = 0;
  private devicePolls = 0;
  port = 0;

  constructor(readonly options: FakeGitHubOptions = {}) {
    this.fault = options.fault ?? (() => null);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get token(): string {
    return this.options.token ?? 'ghp_fakeToken0123456789abcdefABCDEF0123';
  }

  /** Listens (again) on `port` (0: any); connections are refused while stopped. */
  async start(port = this.port): Promise<number> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.port;
  }

  /** Closes the port and every open connection (hanging ones included). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * What a user does on GitHub's prefilled new-issue page: press "Submit new issue" with
   * the title, body and labels the link carried. Filed as the owner of the token.
   */
  fileByHand(prefilledUrl: string): FakeIssue {
    const params = new URL(prefilledUrl).searchParams;
    const now = new Date().toISOString();
    const issue: FakeIssue = {
      number: this.issues.length + 1,
      title: params.get('title') ?? '',
      body: params.get('body') ?? '',
      labels: (params.get('labels') ?? '').split(',').filter(Boolean),
      creator: this.options.login ?? 'scout-fan',
      created_at: now,
      updated_at: now,
    };
    this.issues.push(issue);
    return issue;
  }

  issuesWithMarker(marker: string): FakeIssue[] {
    return this.issues.filter((i) => i.body.includes(marker));
  }

  private announce(from: number, until: number, why: string): void {
    this.windows.push({ from, until, why });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://fake');
    const info: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, n: this.count++, at };
    this.requests.push(info);
    for (const w of this.windows) {
      if (at >= w.from && at < w.until) {
        this.violations.push(`${info.method} ${info.path} at ${at} inside a window (${w.why}) closed until ${w.until} (${w.until - at} ms early)`);
      }
    }
    const body = await readBody(req);
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));

    if (url.pathname.startsWith('/login/')) return this.deviceFlow(url.pathname, body, res);

    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (auth) this.tokensSeen.add(auth);
    const fault = this.fault(info);
    if (fault) this.injected[fault.kind] = (this.injected[fault.kind] ?? 0) + 1;
    const resetSec = (inSec: number) => Math.ceil((Date.now() + inSec * 1000) / 1000);

    switch (fault?.kind) {
      case '500':
        return send(res, 500, { message: 'Server Error' });
      case '502':
        return send(res, 502, { message: 'Bad Gateway' });
      case '401':
        return send(res, 401, { message: 'Bad credentials' });
      case 'status':
        return send(res, fault.status, { message: fault.message });
      case 'rate-limit': {
        const reset = resetSec(fault.resetInSec);
        this.announce(at, reset * 1000, 'x-ratelimit-reset');
        return send(res, 403, { message: 'API rate limit exceeded for user.' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
      }
      case '429':
        this.announce(at, at + fault.retryAfterSec * 1000, 'Retry-After (429)');
        return send(res, 429, { message: 'Too Many Requests' }, { 'retry-after': String(fault.retryAfterSec) });
      case 'secondary': {
        if (fault.retryAfterSec !== undefined) {
          this.announce(at, at + fault.retryAfterSec * 1000, 'secondary, Retry-After');
          return send(res, 403, { message: SECONDARY_MESSAGE }, { 'retry-after': String(fault.retryAfterSec) });
        }
        this.announce(at, at + (this.options.secondaryPenaltyMs ?? 60_000), 'secondary, no header');
        return send(res, 403, { message: SECONDARY_MESSAGE });
      }
      default:
        break;
    }

    if (auth !== this.token) return send(res, 401, { message: 'Bad credentials' });
    const login = this.options.login ?? 'scout-fan';
    const extra: Record<string, string> = {};
    if (fault?.kind === 'exhaust') {
      const reset = resetSec(fault.resetInSec);
      this.announce(at + 1, reset * 1000, 'x-ratelimit-remaining: 0 on a success');
      extra['x-ratelimit-remaining'] = '0';
      extra['x-ratelimit-reset'] = String(reset);
    }

    if (req.method === 'GET' && url.pathname === '/user') return send(res, 200, { login, id: 1 }, extra);

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(url.pathname);
    if (repoMatch) {
      const repo = `${repoMatch[1]}/${repoMatch[2]}`;
      if (this.options.repo && repo !== this.options.repo) return send(res, 404, { message: 'Not Found' });
      if (req.method === 'POST') {
        const input = JSON.parse(body || '{}') as { title?: string; body?: string; labels?: string[] };
        if (!input.title) return send(res, 422, { message: 'Validation Failed' });
        const now = new Date().toISOString();
        const issue: FakeIssue = {
          number: this.issues.length + 1,
          title: input.title,
          body: input.body ?? '',
          labels: input.labels ?? [],
          creator: login,
          created_at: now,
          updated_at: now,
        };
        this.issues.push(issue);
        if (fault?.kind === 'create-then-hang') return; // created; the answer never comes
        return send(res, 201, this.toJson(repo, issue), extra);
      }
      if (req.method === 'GET') {
        const creator = url.searchParams.get('creator');
        const since = url.searchParams.get('since');
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const list = this.issues
          .filter((i) => (!creator || i.creator === creator) && (!since || i.updated_at >= since))
          .sort((a, b) => b.number - a.number);
        return send(res, 200, list.slice((page - 1) * perPage, page * perPage).map((i) => this.toJson(repo, i)), extra);
      }
    }

    if (req.method === 'GET' && url.pathname === '/search/issues') {
      const q = url.searchParams.get('q') ?? '';
      const phrase = /"([^"]+)"/.exec(q)?.[1] ?? '';
      const repo = /repo:(\S+)/.exec(q)?.[1] ?? '';
      const items = this.issues.filter((i) => phrase && i.body.includes(phrase)).map((i) => this.toJson(repo, i));
      return send(res, 200, { total_count: items.length, incomplete_results: false, items }, extra);
    }
    return send(res, 404, { message: 'Not Found' });
  }

  private toJson(repo: string, issue: FakeIssue) {
    return {
      number: issue.number,
      html_url: `https://github.com/${repo}/issues/${issue.number}`,
      title: issue.title,
      body: issue.body,
      labels: issue.labels.map((name) => ({ name })),
      user: { login: issue.creator },
      state: 'open',
      created_at: issue.created_at,
      updated_at: issue.updated_at,
    };
  }

  private deviceFlow(path: string, body: string, res: http.ServerResponse): void {
    const script = this.options.deviceFlow;
    const form = new URLSearchParams(body);
    if (!script || form.get('client_id') !== script.clientId) return send(res, 200, { error: 'incorrect_client_credentials' });
    if (path === '/login/device/code') {
      this.devicePolls = 0;
      return send(res, 200, {
        device_code: 'dev-code-1',
        user_code: 'WDJB-MJHT',
        verification_uri: 'https://github.com/login/device',
        expires_in: 900,
        interval: 5,
      });
    }
    if (path === '/login/oauth/access_token') {
      if (form.get('device_code') !== 'dev-code-1') return send(res, 200, { error: 'bad_verification_code' });
      const poll = this.devicePolls++;
      if (script.slowDownAt === poll) return send(res, 200, { error: 'slow_down', interval: 10 });
      if (poll < script.pendingPolls) return send(res, 200, { error: 'authorization_pending' });
      if (script.outcome === 'granted') return send(res, 200, { access_token: script.token, token_type: 'bearer', scope: 'public_repo' });
      return send(res, 200, { error: script.outcome === 'denied' ? 'access_denied' : 'expired_token' });
    }
    send(res, 404, { message: 'Not Found' });
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    ...headers,
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
