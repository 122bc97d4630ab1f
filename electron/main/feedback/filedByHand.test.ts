// A report the user files on GitHub's page by hand must never be filed a second time:
// opened in the browser, filed there, then a token added, it ends as one issue (the sender
// finds the hand-filed one by its marker). "Send now" without a token says why nothing
// left; "I filed it there" takes a report out of the sender's hands; diagnostics count
// the report they travel with and carry the log lines they promise.
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackListing, FeedbackReport, FeedbackRetry } from '../../../shared/ipc/types';
import { dispatch } from '../dispatch';
import { handlers } from '../handlers/index';
import { getReport } from './outbox';
import { FakeGitHub } from '../../test-support/feedback/fakeGitHub';
import { call, openWithFeedback, sleep, waitFor, type Running } from '../../test-support/feedback/harness';
import { tempHome } from '../../test-support/feedback/context';

let fake: FakeGitHub | undefined;
let running: Running | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
  await fake?.stop();
});

async function openWithoutToken(): Promise<Running> {
  fake = new FakeGitHub();
  await fake.start();
  running = openWithFeedback(tempHome(), { GRIDSCOUT_GITHUB_API_URL: fake.url });
  return running;
}

const submit = (r: Running, title: string, includeDiagnostics = false) =>
  call<{ id: string }>(r.ctx, 'feedback.submit', { kind: 'bug', title, body: 'Travis Hunter shows no age.', includeDiagnostics }).then((x) => x.id);

describe('a report filed by hand on GitHub', () => {
  it('opened in the browser, filed there, then a token added: one issue, linked, no second create', async () => {
    const r = await openWithoutToken();
    const id = await submit(r, 'Age missing for rookies');
    const { url } = await call<{ url: string }>(r.ctx, 'feedback.prefilledUrl', { id });
    const handFiled = fake!.fileByHand(url);
    expect(handFiled.body).toContain(`<!-- gridscout-report-id: ${id} -->`);
    // A later report, filed by hand too, whose diagnostics name the first one in a log
    // line: a newer issue with the first id in it must not be taken for the first report.
    const later = await submit(r, 'Washington D/ST name', true);
    expect(getReport(r.ctx.db, later)!.diagnostics).toContain(id);
    const laterIssue = fake!.fileByHand((await call<{ url: string }>(r.ctx, 'feedback.prefilledUrl', { id: later })).url);

    // "Send now" without a token: nothing leaves, and the answer says why.
    const retried = await call<FeedbackRetry>(r.ctx, 'feedback.retry', { id });
    expect(retried.notice).toMatch(/Nothing was sent: GridScout has no GitHub token/);
    expect(retried.looksFirst).toBe(true);
    await sleep(300);
    expect(fake!.requests).toHaveLength(0);
    expect(r.service.sender.status().state).toBe('no-token');

    await call(r.ctx, 'feedback.token.set', { token: fake!.token });
    await waitFor('both sent', () => getReport(r.ctx.db, id)!.status === 'sent' && getReport(r.ctx.db, later)!.status === 'sent');
    expect(fake!.issues).toHaveLength(2);
    expect(fake!.requests.filter((q) => q.method === 'POST')).toHaveLength(0);
    const listing = await call<FeedbackListing>(r.ctx, 'feedback.list');
    const byId = new Map(listing.reports.map((x) => [x.id, x]));
    expect(byId.get(id)).toMatchObject({ status: 'sent', issueNumber: handFiled.number, filedByHand: false, looksFirst: false });
    expect(byId.get(later)).toMatchObject({ status: 'sent', issueNumber: laterIssue.number });
  });

  it('"I filed it there" marks it filed and the sender never files it, even with a token', async () => {
    const r = await openWithoutToken();
    const id = await submit(r, 'Cheat sheet overflows');
    await call(r.ctx, 'feedback.prefilledUrl', { id });
    const marked = await call<FeedbackReport>(r.ctx, 'feedback.markFiled', { id });
    expect(marked).toMatchObject({ status: 'sent', filedByHand: true, issueNumber: null, looksFirst: false });

    await call(r.ctx, 'feedback.token.set', { token: fake!.token });
    const again = await call<{ id: string }>(r.ctx, 'feedback.submit', { kind: 'idea', title: 'After the token', body: '' });
    await waitFor('the later report sent', () => getReport(r.ctx.db, again.id)!.status === 'sent');
    expect(fake!.issues.map((i) => i.title)).toEqual(['After the token']);
    expect(getReport(r.ctx.db, id)!.status).toBe('sent');

    const twice = await dispatch(handlers, r.ctx, 'feedback.markFiled', { id });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toBe('This report is already marked as filed.');
  });

  it('diagnostics count the report they travel with and carry log lines', async () => {
    const r = await openWithoutToken();
    const id = await submit(r, 'Queued one', true);
    const diagnostics = getReport(r.ctx.db, id)!.diagnostics!;
    expect(diagnostics).toMatch(/feedback_reports=1\b/);
    const logPart = diagnostics.slice(diagnostics.indexOf('Last 200 log lines'));
    expect(logPart).toMatch(/\(\d+ in the log\):\n.*\[info\].*Feedback .* saved to the outbox/);
  });
});
