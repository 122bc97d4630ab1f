import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackListing, FeedbackReport } from '../../../shared/ipc/types';
import { getReport, readWindow } from './outbox';
import { FakeGitHub, type Fault } from '../../test-support/feedback/fakeGitHub';
import { call, FAST, openWithFeedback, sleep, waitFor, type Running } from '../../test-support/feedback/harness';
import { tempHome } from '../../test-support/feedback/context';
import { backoffDelay } from './rateLimit';

const REPO = 'gridscout/gridscout';
let fake: FakeGitHub;
let running: Running[] = [];

const envFor = (f: FakeGitHub, token = f.token) => ({ GRIDSCOUT_GITHUB_TOKEN: token, GRIDSCOUT_GITHUB_API_URL: f.url });

async function submit(r: Running, title = 'Bye-week column wrong', extra: object = {}): Promise<string> {
  const { id } = await call<{ id: string }>(r.ctx, 'feedback.submit', { kind: 'bug', title, body: 'The bye week of KC shows 0.', ...extra });
  return id;
}

const report = (r: Running, id: string) => getReport(r.ctx.db, id)!;

afterEach(async () => {
  for (const r of running) await r.close();
  running = [];
  await fake?.stop();
});

function open(home: string, env: NodeJS.ProcessEnv, tuning = FAST, random?: () => number): Running {
  const r = openWithFeedback(home, env, tuning, { random });
  running.push(r);
  return r;
}

async function closeOne(r: Running): Promise<void> {
  running = running.filter((x) => x !== r);
  await r.close();
}

describe('feedback sender', () => {
  it('queues while GitHub is unreachable and files one labelled issue, with the marker, once it is up', async () => {
    fake = new FakeGitHub();
    await fake.start();
    const port = fake.port;
    await fake.stop(); // connection refused from here on
    const r = open(tempHome(), envFor(fake));
    const id = await submit(r, 'Rookie ADP missing', { kind: 'data', contact: 'draftday@example.org' });
    await waitFor('a failed attempt', () => report(r, id).attempts >= 1 && report(r, id).status === 'queued');
    expect(report(r, id).last_error).toMatch(/could not be reached \(ECONNREFUSED\)/);
    expect(report(r, id).needs_lookup).toBe(0); // refused: provably nothing was created
    expect(r.service.sender.status().state).toBe('offline');

    await fake.start(port);
    await waitFor('sent', () => report(r, id).status === 'sent');
    expect(fake.issues).toHaveLength(1);
    const issue = fake.issues[0]!;
    expect(issue.title).toBe('Rookie ADP missing');
    expect(issue.labels).toEqual(['data problem']);
    expect(issue.body).toContain(`<!-- gridscout-report-id: ${id} -->`);
    expect(issue.body).toContain('draftday@example.org');
    const listing = await call<FeedbackListing>(r.ctx, 'feedback.list');
    expect(listing.reports[0]).toMatchObject({ id, status: 'sent', issueNumber: 1, issueUrl: `https://github.com/${REPO}/issues/1` });
  });

  it('a 401 fails the report with a readable reason, stops sending with that token, and a retry delivers', async () => {
    let refuse = true;
    fake = new FakeGitHub({ fault: (req) => (refuse && req.method === 'POST' ? { kind: '401' } : null) });
    await fake.start();
    const r = open(tempHome(), envFor(fake));
    const first = await submit(r, 'first');
    await waitFor('failed', () => report(r, first).status === 'failed');
    const second = await submit(r, 'second');
    const before = fake.requests.length;
    await sleep(500);
    // Not a loop: nothing more is sent with a token GitHub refused.
    expect(fake.requests.length).toBe(before);
    expect(report(r, second).status).toBe('queued');
    expect(report(r, first).last_error).toMatch(/refused the token \(401/);
    expect(r.service.sender.status().state).toBe('token-rejected');

    refuse = false;
    const retried = await call<FeedbackReport>(r.ctx, 'feedback.retry', { id: first });
    expect(retried.status).toBe('queued');
    await waitFor('both sent', () => report(r, first).status === 'sent' && report(r, second).status === 'sent');
    expect(fake.issues.map((i) => i.title).sort()).toEqual(['first', 'second']);
  });

  it('a 404 for a wrong repository: fixed in Settings, the retry goes to the new one', async () => {
    fake = new FakeGitHub({ repo: 'gridscout/feedback' });
    await fake.start();
    const r = open(tempHome(), envFor(fake));
    const id = await submit(r);
    await waitFor('failed', () => report(r, id).status === 'failed');
    expect(report(r, id).last_error).toMatch(/Repository gridscout\/gridscout was not found/);
    await call(r.ctx, 'settings.update', { feedbackRepo: 'gridscout/feedback' });
    await call(r.ctx, 'feedback.retry', { id });
    await waitFor('sent', () => report(r, id).status === 'sent');
    expect(report(r, id).issue_url).toBe('https://github.com/gridscout/feedback/issues/1');
  });

  it.each([
    [404, 'Not Found', /not found, or the token cannot see it/],
    [410, 'Issues are disabled for this repo', /Issues are turned off/],
    [422, 'Validation Failed', /did not accept the report \(422/],
  ])('%i fails the report once, no retry loop', async (status, message, reason) => {
    fake = new FakeGitHub({ fault: (req) => (req.method === 'POST' ? { kind: 'status', status, message } : null) });
    await fake.start();
    const r = open(tempHome(), envFor(fake));
    const id = await submit(r);
    await waitFor('failed', () => report(r, id).status === 'failed', 5000);
    expect(report(r, id).last_error).toMatch(reason);
    const n = fake.requests.length;
    await sleep(300);
    expect(fake.requests.length).toBe(n);
  });
});

describe('rate limits and lost answers', () => {
  it.each<[string, Fault]>([
    ['403 x-ratelimit-remaining 0', { kind: 'rate-limit', resetInSec: 1 }],
    ['429 Retry-After', { kind: '429', retryAfterSec: 1 }],
    ['secondary limit with Retry-After', { kind: 'secondary', retryAfterSec: 1 }],
    ['secondary limit without headers', { kind: 'secondary' }],
    ['success with the budget used up', { kind: 'exhaust', resetInSec: 1 }],
  ])('%s: the window is kept, even across a restart, and nothing is sent inside it', async (_name, fault) => {
    let injected = false;
    fake = new FakeGitHub({
      secondaryPenaltyMs: FAST.secondaryFallbackMs,
      fault: (req) => (req.method === 'POST' && !injected ? ((injected = true), fault) : null),
    });
    await fake.start();
    const home = tempHome();
    const first = open(home, envFor(fake));
    const a = await submit(first, 'a');
    await waitFor('the window announced', () => fake.windows.length === 1);
    await waitFor('window stored', () => readWindow(first.ctx.db, fake.url) !== null);
    // Restart at once: the new process must read the window from SQLite.
    await closeOne(first);
    const second = open(home, envFor(fake));
    const b = await submit(second, 'b');
    expect(second.service.sender.status().state).not.toBe('sending');
    await waitFor('both sent', () => report(second, a).status === 'sent' && report(second, b).status === 'sent', 10_000);
    expect(fake.violations).toEqual([]);
    expect(fake.issues.map((i) => i.title).sort()).toEqual(fault.kind === 'exhaust' ? ['a', 'b'] : ['a', 'b']);
    const last = fake.requests.at(-1)!;
    expect(last.at).toBeGreaterThanOrEqual(fake.windows[0]!.until);
  });

  it.each<['list' | 'search']>([['list'], ['search']])(
    'a create that hangs after the issue was made is found by its marker (%s), not filed twice',
    async (lookup) => {
      let hung = false;
      fake = new FakeGitHub({ fault: (req) => (req.method === 'POST' && !hung ? ((hung = true), { kind: 'create-then-hang' }) : null) });
      await fake.start();
      const r = open(tempHome(), envFor(fake), { ...FAST, lookup });
      const id = await submit(r);
      await waitFor('sent', () => report(r, id).status === 'sent');
      expect(fake.issues).toHaveLength(1);
      expect(report(r, id).issue_number).toBe(1);
      const paths = fake.requests.map((q) => `${q.method} ${q.path}`);
      expect(paths).toContain(lookup === 'list' ? 'GET /repos/gridscout/gridscout/issues' : 'GET /search/issues');
      expect(paths.filter((p) => p.startsWith('POST'))).toHaveLength(1);
    },
  );

  it('a 502 on create may have landed: the sender looks, then creates exactly once', async () => {
    let faults = 0;
    fake = new FakeGitHub({ fault: (req) => (req.method === 'POST' && faults++ < 2 ? { kind: '502' } : null) });
    await fake.start();
    const r = open(tempHome(), envFor(fake));
    const id = await submit(r);
    await waitFor('sent', () => report(r, id).status === 'sent');
    expect(fake.issues).toHaveLength(1);
    expect(report(r, id).attempts).toBe(3);
    expect(fake.requests.some((q) => q.method === 'GET')).toBe(true);
  });

  it('a context closed mid-request leaves the report to be looked up by the next start', async () => {
    let hang = true;
    fake = new FakeGitHub({ fault: (req) => (req.method === 'POST' && hang ? { kind: 'create-then-hang' } : null) });
    await fake.start();
    const home = tempHome();
    const first = open(home, envFor(fake), { ...FAST, requestTimeoutMs: 30_000 });
    const id = await submit(first);
    await waitFor('created on the server', () => fake.issues.length === 1);
    await closeOne(first);
    hang = false;
    const second = open(home, envFor(fake));
    await waitFor('sent', () => report(second, id).status === 'sent');
    expect(fake.issues).toHaveLength(1);
    expect(report(second, id).issue_number).toBe(1);
  });

  it('pins the retry time with the injected jitter source', async () => {
    fake = new FakeGitHub({ fault: () => ({ kind: '500' }) });
    await fake.start();
    const r = open(tempHome(), envFor(fake), { ...FAST, backoffBaseMs: 10_000, backoffCapMs: 60_000 }, () => 0);
    const id = await submit(r);
    await waitFor('one failed attempt', () => report(r, id).attempts === 1 && report(r, id).status === 'queued');
    const row = report(r, id);
    // attempt 1: base 10 s, jitter 0 -> half of it
    expect(row.next_attempt_at - row.updated_at).toBe(5_000);
    expect(row.needs_lookup).toBe(1);
  });
});

describe('one sender per database', () => {
  it('a second process on the same database stands by, then takes over when the first stops', async () => {
    fake = new FakeGitHub({ latencyMs: 60 });
    await fake.start();
    const home = tempHome();
    const a = open(home, envFor(fake));
    const b = open(home, envFor(fake));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await submit(i % 2 ? a : b, `report ${i}`));
    await waitFor('some sent', () => fake.issues.length >= 3);
    const states = [a, b].map((r) => r.service.sender.status().state);
    expect(states.sort()).toEqual(['sending', 'standby']);
    const holder = a.service.sender.status().state === 'sending' ? a : b;
    const other = holder === a ? b : a;
    await closeOne(holder);
    await waitFor('all sent', () => ids.every((id) => report(other, id).status === 'sent'), 20_000);
    expect(fake.issues).toHaveLength(12);
    for (const id of ids) expect(fake.issuesWithMarker(id)).toHaveLength(1);
  });
});

describe('backoff', () => {
  it('doubles up to the cap with jitter from the injected source', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, () => 0, 100, 1000));
    expect(delays).toEqual([50, 100, 200, 400, 500, 500]);
    expect(backoffDelay(3, () => 0.999999, 100, 1000)).toBe(400);
  });
});
