// THE outbox test: fifty reports, a fake GitHub that fails in every way the issue names,
// and GridScout processes killed (SIGKILL) and started again in the middle. Every report
// must end as exactly one issue, none lost, and no request may arrive while a rate-limit
// window the fake announced is closed.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { closeAppContext } from '../context';
import { listReports } from './outbox';
import { startFeedback } from './service';
import { openContext, tempHome } from '../../test-support/feedback/context';
import { FakeGitHub, type Fault } from '../../test-support/feedback/fakeGitHub';
import { createRng } from '../../../shared/domain/random';
import { call, FAST, sleep, waitFor } from '../../test-support/feedback/harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, '..', '..', 'test-support', 'feedback', 'senderChild.ts');
const REPORTS = 50;
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function startChild(home: string, fake: FakeGitHub, port: number, lookup: 'list' | 'search'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, home, JSON.stringify({ ...FAST, lookup })], {
    env: { ...process.env, GRIDSCOUT_GITHUB_TOKEN: fake.token, GRIDSCOUT_GITHUB_API_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('SENDER_READY')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`sender child exited (${code}): ${err}`)));
  });
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

it('fifty reports under every fault and two hard restarts: each filed exactly once, none lost, no window broken', async () => {
  const stream = createRng(20260906);
  const rng = () => stream.next();
  // Each fault kind a few times, at random moments; rate-limit windows kept short (1 s).
  const budget: [Fault, number][] = [
    [{ kind: '500' }, 3],
    [{ kind: '502' }, 3],
    [{ kind: 'rate-limit', resetInSec: 1 }, 2],
    [{ kind: '429', retryAfterSec: 1 }, 2],
    [{ kind: 'secondary', retryAfterSec: 1 }, 1],
    [{ kind: 'secondary' }, 1],
    [{ kind: 'exhaust', resetInSec: 1 }, 2],
    [{ kind: 'create-then-hang' }, 2],
  ];
  let phase: 'first' | 'kill-on-hang' | 'second' | 'refuse-token' | 'last' = 'first';
  let hungForKill = false;
  let refused = false;
  const fake = new FakeGitHub({
    secondaryPenaltyMs: FAST.secondaryFallbackMs,
    fault: (req) => {
      if (phase === 'kill-on-hang' && req.method === 'POST' && !hungForKill) {
        hungForKill = true;
        return { kind: 'create-then-hang' };
      }
      if (phase === 'refuse-token' && req.method === 'POST' && !refused) {
        refused = true;
        return { kind: '401' };
      }
      if (rng() > 0.25) return null;
      const open = budget.filter(([f, n]) => n > 0 && (f.kind !== 'create-then-hang' || req.method === 'POST'));
      if (open.length === 0) return null;
      const pick = open[Math.floor(rng() * open.length)]!;
      pick[1]--;
      return pick[0];
    },
  });
  const port = await fake.start();
  await fake.stop(); // GitHub unreachable: connection refused

  // The user files fifty reports in a GridScout without a token (nothing is sent from here).
  const home = tempHome();
  const ui = openContext(home);
  startFeedback(ui, { env: {}, tuning: FAST });
  const ids: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const kind = (['bug', 'idea', 'data', 'question'] as const)[i % 4];
    const { id } = await call<{ id: string }>(ui, 'feedback.submit', { kind, title: `Report ${i + 1}`, body: `Details of report ${i + 1}: ADP for WR${i} looks off.` });
    ids.push(id);
  }
  const rows = () => listReports(ui.db, 500);
  const sent = () => rows().filter((r) => r.status === 'sent').length;

  // Process A (markers looked up through the search API) starts while GitHub is down.
  let child = await startChild(home, fake, port, 'search');
  await waitFor('attempts against a closed port', () => rows().some((r) => r.attempts > 0 && /ECONNREFUSED/.test(r.last_error ?? '')));
  await fake.start(port);
  await waitFor('a third of the reports filed', () => fake.issues.length >= 15, 60_000);
  // Kill A while an issue it created is still waiting for its answer.
  phase = 'kill-on-hang';
  await waitFor('a create left hanging', () => hungForKill, 30_000);
  await sleep(50);
  await kill(child);
  const inFlight = rows().filter((r) => r.status === 'sending').length;
  expect(inFlight).toBe(1);

  // Process B (issues list lookups) recovers the one in flight and carries on; then GitHub refuses the token.
  phase = 'second';
  child = await startChild(home, fake, port, 'list');
  await waitFor('two thirds filed', () => sent() >= 33, 60_000);
  phase = 'refuse-token';
  await waitFor('a report failed on the token', () => rows().some((r) => r.status === 'failed'), 30_000);
  const failed = rows().filter((r) => r.status === 'failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]!.last_error).toMatch(/refused the token/);
  await kill(child);

  // The user restarts GridScout and presses Retry on the failed one.
  phase = 'last';
  await call(ui, 'feedback.retry', { id: failed[0]!.id });
  child = await startChild(home, fake, port, 'list');
  await waitFor('every report filed', () => sent() === REPORTS, 90_000);
  await kill(child);

  // Exactly one issue per report, found by its marker; none lost, none extra.
  for (const id of ids) expect(fake.issuesWithMarker(`gridscout-report-id: ${id} `), id).toHaveLength(1);
  expect(fake.issues).toHaveLength(REPORTS);
  for (const r of rows()) {
    expect(r.status).toBe('sent');
    expect(fake.issues[r.issue_number! - 1]!.body).toContain(r.id);
  }
  // Never a request while a window the fake announced was closed.
  expect(fake.violations).toEqual([]);
  // Every fault kind really happened.
  for (const kind of ['500', '502', 'rate-limit', '429', 'secondary', 'exhaust', 'create-then-hang', '401']) {
    expect(fake.injected[kind], kind).toBeGreaterThan(0);
  }
  console.log(
    JSON.stringify({
      requests: fake.requests.length,
      faults: fake.injected,
      windows: fake.windows.length,
      attempts: rows().reduce((n, r) => n + r.attempts, 0),
    }),
  );
  closeAppContext(ui);
  await fake.stop();
});
