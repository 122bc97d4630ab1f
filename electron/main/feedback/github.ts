// The GitHub issues client: @octokit/rest with the throttling plugin (pacing: writes one
// at a time, a second apart, issue creations 3 s apart as they notify people) and the retry
// plugin (idempotent reads retried in-process after a 5xx). Creating an issue is never
// retried in-process: the outbox decides, after a marker lookup, so a lost answer can't
// turn into two issues. Every HTTP exchange goes through `gatedFetch`, which refuses to
// send while a rate-limit window is closed and reports every window GitHub announces.
import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import Bottleneck from 'bottleneck/light.js';
import { reportMarker } from './issueBody';
import type { RateWindow } from './outbox';
import { exhaustedWindow, windowFromError, type Headers } from './rateLimit';

const ThrottledOctokit = Octokit.plugin(throttling, retry);

export interface IssueRef {
  number: number;
  url: string;
}

export interface NewIssue {
  title: string;
  body: string;
  labels: string[];
}

export interface GitHubClientOptions {
  baseUrl: string;
  token: string;
  userAgent: string;
  /** How a lost answer is looked for: the issues list (consistent) or the search API (indexed later). */
  lookup?: 'list' | 'search';
  /** One request's limit; past it the answer counts as lost (the issue may exist). */
  requestTimeoutMs?: number;
  /** Minimum gap between writes (GitHub: about one second for content creation). */
  writePaceMs?: number;
  searchPaceMs?: number;
  /** Minimum gap between requests that notify people (creating an issue does): 3 s by default. */
  notificationPaceMs?: number;
  /** Base of the retry plugin's (n+1)^2 delay for reads. */
  readRetryBaseMs?: number;
  secondaryFallbackMs?: number;
  now?: () => number;
  /** The window currently closed (from SQLite), checked before every request. */
  closedUntil: () => number;
  /** Called with every window an answer announces, before anything else is sent. */
  onWindow: (window: RateWindow) => void;
  warn?: (message: string) => void;
  fetch?: typeof fetch;
}

/** Thrown instead of sending while a window is closed: nothing left the machine. */
export class RateWindowClosedError extends Error {
  constructor(readonly closedUntil: number) {
    super(`GitHub asked us to wait until ${new Date(closedUntil).toISOString()}.`);
    this.name = 'RateWindowClosedError';
  }
}

export interface GitHubIssues {
  createIssue(repo: string, issue: NewIssue, signal: AbortSignal): Promise<IssueRef>;
  /**
   * The issue whose body carries the hidden marker of report `reportId`, created at or after
   * `since` (epoch ms), or null. Only the whole marker counts: a bare id also appears in
   * other reports' diagnostics (log lines name reports), which must not read as a match.
   */
  findByMarker(repo: string, reportId: string, since: number, signal: AbortSignal): Promise<IssueRef | null>;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubIssues {
  const now = options.now ?? Date.now;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;

  const gatedFetch: typeof fetch = async (input, init) => {
    const until = options.closedUntil();
    if (until > now()) throw new RateWindowClosedError(until);
    const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])];
    const res = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
    const headers: Headers = Object.fromEntries(res.headers.entries());
    const window = res.ok
      ? exhaustedWindow(headers)
      : windowFromError(res.status, headers, await peekMessage(res), now(), options.secondaryFallbackMs);
    if (window) options.onWindow(window);
    return res;
  };

  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent,
    // Octokit's own logging is off: request lines are noise and a library log line is
    // one more place a secret could leak. Warnings go through our redacting logger.
    log: { debug: () => {}, info: () => {}, warn: (m: string) => options.warn?.(m), error: (m: string) => options.warn?.(m) },
    request: { fetch: gatedFetch },
    throttle: {
      id: `gridscout-${Math.random().toString(36).slice(2)}`,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writePaceMs ?? 1000 }),
      search: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.searchPaceMs ?? 2000 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.notificationPaceMs ?? 3000 }),
      // Never wait inside the process: the outbox persists the window and reschedules,
      // so a restart in the middle still respects it.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
    // 429 joins the plugin's do-not-retry list: it is a rate limit, handled above.
    retry: { retryAfterBaseValue: options.readRetryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
  });

  let login: string | null = null;

  return {
    async createIssue(repo, issue, signal) {
      const [owner, name] = splitRepo(repo);
      const res = await octokit.rest.issues.create({
        owner,
        repo: name,
        title: issue.title,
        body: issue.body,
        labels: issue.labels,
        request: { signal, retries: 0 },
      });
      return { number: res.data.number, url: res.data.html_url };
    },

    async findByMarker(repo, reportId, since, signal) {
      const [owner, name] = splitRepo(repo);
      const marker = reportMarker(reportId);
      if ((options.lookup ?? 'list') === 'search') {
        const res = await octokit.rest.search.issuesAndPullRequests({
          q: `"${reportId}" repo:${owner}/${name} in:body`,
          per_page: 10,
          request: { signal },
        });
        const hit = res.data.items.find((i) => (i.body ?? '').includes(marker));
        return hit ? { number: hit.number, url: hit.html_url } : null;
      }
      login ??= (await octokit.rest.users.getAuthenticated({ request: { signal } })).data.login;
      // A day of slack for a wrong local clock; `since` filters on updated_at, which is
      // never earlier than the creation we are looking for.
      const sinceIso = new Date(since - 86_400_000).toISOString();
      for (let page = 1; page <= 10; page++) {
        const res = await octokit.rest.issues.listForRepo({
          owner,
          repo: name,
          state: 'all',
          creator: login,
          since: sinceIso,
          sort: 'created',
          direction: 'desc',
          per_page: 100,
          page,
          request: { signal },
        });
        const hit = res.data.find((i) => (i.body ?? '').includes(marker));
        if (hit) return { number: hit.number, url: hit.html_url };
        if (res.data.length < 100) break;
      }
      return null;
    },
  };
}

function splitRepo(repo: string): [string, string] {
  const [owner, name] = repo.split('/');
  if (!owner || !name) throw new Error(`Not an owner/name repository: ${repo}`);
  return [owner, name];
}

/** The error body's message (for the secondary-limit wording) without consuming the response. */
async function peekMessage(res: Response): Promise<string> {
  try {
    const data = (await res.clone().json()) as { message?: unknown };
    return typeof data.message === 'string' ? data.message : '';
  } catch {
    return '';
  }
}
