// The feedback channels through the real dispatch: bad input is refused and changes
// nothing; the prefilled link marks the report for a lookup; retry rules.
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackListing } from '../../../shared/ipc/types';
import { closeAppContext, type AppContext } from '../context';
import { dispatch } from '../dispatch';
import { getReport } from '../feedback/outbox';
import { startFeedback, stopFeedback } from '../feedback/service';
import { openContext, tempHome } from '../../test-support/feedback/context';
import { call } from '../../test-support/feedback/harness';
import { handlers } from './index';

let ctx: AppContext;
afterEach(async () => {
  await stopFeedback(ctx);
  closeAppContext(ctx);
});

function open() {
  ctx = openContext(tempHome());
  startFeedback(ctx, { env: {} }); // no token: nothing leaves
}

describe('feedback channels', () => {
  it.each([
    [{ kind: 'rant', title: 'x', body: '' }, /kind/],
    [{ kind: 'bug', title: '   ', body: '' }, /title: a title is needed/],
    [{ kind: 'bug', title: 'x', body: 'y'.repeat(20_001) }, /body/],
    [{ kind: 'bug', title: 'x', body: '', extra: 1 }, /extra/],
    [{ kind: 'bug', title: 'x', body: '', contact: 'c'.repeat(201) }, /contact/],
  ])('refuses %j and stores nothing', async (payload, message) => {
    open();
    const result = await dispatch(handlers, ctx, 'feedback.submit', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
    }
    expect((await call<FeedbackListing>(ctx, 'feedback.list')).reports).toHaveLength(0);
  });

  it('stores a report in the repository from Settings, waiting for a token', async () => {
    open();
    await call(ctx, 'settings.update', { feedbackRepo: 'league/mates' });
    const { id, status } = await call<{ id: string; status: string }>(ctx, 'feedback.submit', {
      kind: 'idea',
      title: '  Auction drafts  ',
      body: 'Support auction budgets.',
      contact: '',
      includeDiagnostics: true,
    });
    expect(status).toBe('queued');
    const listing = await call<FeedbackListing>(ctx, 'feedback.list');
    expect(listing.reports[0]).toMatchObject({ id, title: 'Auction drafts', repo: 'league/mates', contact: null, includesDiagnostics: true });
    expect(listing.sender.state).toBe('no-token');
    expect(getReport(ctx.db, id)!.diagnostics).toMatch(/GridScout .* \(browser\)/);
  });

  it('the prefilled link carries the marker and makes the sender look before creating', async () => {
    open();
    const { id } = await call<{ id: string }>(ctx, 'feedback.submit', { kind: 'data', title: 'Bye weeks', body: 'Week 14 byes wrong.' });
    const { url, shortened } = await call<{ url: string; shortened: boolean }>(ctx, 'feedback.prefilledUrl', { id });
    expect(shortened).toBe(false);
    const parsed = new URL(url);
    expect(parsed.host).toBe('github.com');
    expect(parsed.pathname).toBe('/gridscout/gridscout/issues/new');
    expect(parsed.searchParams.get('labels')).toBe('data problem');
    expect(parsed.searchParams.get('body')).toContain(`<!-- gridscout-report-id: ${id} -->`);
    expect(getReport(ctx.db, id)!.needs_lookup).toBe(1);
  });

  it('retry: unknown id is not_found; a sent report is a conflict', async () => {
    open();
    const missing = await dispatch(handlers, ctx, 'feedback.retry', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { id } = await call<{ id: string }>(ctx, 'feedback.submit', { kind: 'bug', title: 'x', body: '' });
    ctx.db.prepare(`UPDATE feedback_reports SET status = 'sent', issue_number = 7 WHERE id = ?`).run(id);
    const again = await dispatch(handlers, ctx, 'feedback.retry', { id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/#7/) } });
  });
});
