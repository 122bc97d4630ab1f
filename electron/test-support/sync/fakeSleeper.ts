// A fake Sleeper for tests and the benchmark: a real HTTP server on 127.0.0.1 speaking the
// documented draft endpoints (draft, picks, traded_picks, user, user drafts, league users),
// replaying a scripted draft one pick at a time, with ETags and 304s, and faults on demand:
// 500s, 429 with Retry-After, stalls, malformed bodies. Every request is logged with its time.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { busiestWindow, FaultQueue, type Fault } from './faults';


export interface ScriptedDraft {
  draft: Record<string, unknown> & { draft_id: string; settings: Record<string, unknown> };
  /** Every pick the draft will have, in order; keepers are shown from the start. */
  picks: (Record<string, unknown> & { pick_no: number; is_keeper?: boolean })[];
  traded: Record<string, unknown>[];
  users?: { user_id: string; username: string; display_name: string }[];
  leagueUsers?: Record<string, unknown>[];
}

export interface LoggedRequest {
  at: number;
  path: string;
  status: number;
}

export class FakeSleeper {
  readonly log: LoggedRequest[] = [];
  private revealed = 0;
  private readonly faults = new FaultQueue();
  private server: http.Server | null = null;
  private readonly sockets = new Set<import('node:net').Socket>();
  /** When each pick was revealed (ms), by pick_no: the benchmark's "pick made at the host". */
  readonly revealedAt = new Map<number, number>();
  url = '';

  constructor(public script: ScriptedDraft) {}

  get total(): number {
    return this.script.picks.length;
  }

  get shown(): number {
    return this.revealed;
  }

  /** Makes the next n picks (the host's draft moves on). */
  reveal(n = 1): void {
    const to = Math.min(this.total, this.revealed + n);
    for (let i = this.revealed; i < to; i++) this.revealedAt.set(this.script.picks[i]!.pick_no, Date.now());
    this.revealed = to;
  }

  /** The next requests fail this way, one fault each. */
  fail(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  status(): string {
    if (this.revealed >= this.total) return 'complete';
    return this.revealed === 0 ? 'pre_draft' : 'drafting';
  }

  private visiblePicks() {
    return this.script.picks.filter((p, i) => i < this.revealed || p.is_keeper === true);
  }

  private body(path: string): unknown | undefined {
    const id = this.script.draft.draft_id;
    if (path === `/v1/draft/${id}`) {
      const last = this.revealed > 0 ? this.script.picks[this.revealed - 1]!.pick_no : null;
      return { ...this.script.draft, status: this.status(), last_picked: last };
    }
    if (path === `/v1/draft/${id}/picks`) return this.visiblePicks();
    if (path === `/v1/draft/${id}/traded_picks`) return this.script.traded;
    const user = /^\/v1\/user\/([^/]+)$/.exec(path);
    if (user) return this.script.users?.find((u) => u.username === decodeURIComponent(user[1]!) || u.user_id === user[1]) ?? null;
    if (/^\/v1\/user\/[^/]+\/drafts\/nfl\/\d+$/.test(path)) return [{ ...this.script.draft, status: this.status() }];
    if (/^\/v1\/league\/[^/]+\/users$/.test(path)) return this.script.leagueUsers ?? [];
    return undefined;
  }

  async start(port = 0): Promise<void> {
    this.server = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const at = Date.now();
      const answer = (status: number, headers: Record<string, string>, text: string) => {
        this.log.push({ at, path, status });
        res.writeHead(status, headers);
        res.end(text);
      };
      if (this.faults.serve(res, (status) => this.log.push({ at, path, status }))) return;
      const body = this.body(path);
      if (body === undefined) return answer(404, {}, 'null');
      const text = JSON.stringify(body);
      const etag = `"${crypto.createHash('sha1').update(text).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) return answer(304, { ETag: etag }, '');
      answer(200, { 'Content-Type': 'application/json', ETag: etag }, text);
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** Requests in the busiest window of `windowMs`. */
  busiestWindow(windowMs: number): number {
    return busiestWindow(this.log.map((r) => r.at), windowMs);
  }
}
