// Feedback: the outbox behind the form, the token and sign-in, diagnostics preview and
// the prefilled-page fallback. Delivery itself is the sender's (electron/main/feedback).
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/result';
import { readSettings } from '../db/repos/settings';
import { collectDiagnostics } from '../feedback/diagnostics';
import { composeIssueBody, KIND_LABELS, reportMarker } from '../feedback/issueBody';
import { attachDiagnostics, getReport, insertReport, listReports, markFiledByHand, markNeedsLookup, requeue, toReport } from '../feedback/outbox';
import { prefilledIssueUrl } from '../feedback/prefilledUrl';
import { feedbackService } from '../feedback/service';
import { appVersion } from '../version';
import type { AppContext } from '../context';
import type { HandlersOf } from './types';

type FeedbackChannel =
  | 'feedback.submit'
  | 'feedback.list'
  | 'feedback.retry'
  | 'feedback.markFiled'
  | 'feedback.diagnostics'
  | 'feedback.prefilledUrl'
  | 'feedback.token.status'
  | 'feedback.token.set'
  | 'feedback.token.clear'
  | 'feedback.signIn.start'
  | 'feedback.signIn.status'
  | 'feedback.signIn.cancel';

const diagnostics = (ctx: AppContext) => {
  const token = feedbackService(ctx).tokens.get();
  return collectDiagnostics(ctx, token ? [token] : []);
};

const changed = (ctx: AppContext) => ctx.events.emit('data.changed', { tables: ['feedback_reports'] });

export const feedbackHandlers: HandlersOf<FeedbackChannel> = {
  'feedback.submit': (ctx, req) => {
    const service = feedbackService(ctx);
    const id = randomUUID();
    insertReport(
      ctx.db,
      {
        id,
        kind: req.kind,
        title: req.title,
        body: req.body,
        contact: req.contact ? req.contact : null,
        diagnostics: null,
        repo: readSettings(ctx.db).feedbackRepo,
      },
      Date.now(),
    );
    ctx.log.info(`Feedback ${id} (${req.kind}) saved to the outbox.`);
    // Collected after the insert: the row counts and the log tail include this report.
    if (req.includeDiagnostics) attachDiagnostics(ctx.db, id, diagnostics(ctx));
    service.sender.wake();
    changed(ctx);
    return { id, status: 'queued' };
  },
  'feedback.list': (ctx) => ({
    reports: listReports(ctx.db).map(toReport),
    sender: feedbackService(ctx).sender.status(),
  }),
  'feedback.retry': (ctx, { id }) => {
    const row = getReport(ctx.db, id);
    if (!row) throw new AppError('not_found', 'No such report.');
    if (row.status === 'sent') throw new AppError('conflict', `This report was already filed as #${row.issue_number}.`);
    if (row.status === 'sending') throw new AppError('conflict', 'This report is being sent right now.');
    requeue(ctx.db, id, readSettings(ctx.db).feedbackRepo, Date.now());
    const service = feedbackService(ctx);
    service.sender.forgiveToken();
    changed(ctx);
    const notice = service.tokens.get()
      ? null
      : 'Nothing was sent: GridScout has no GitHub token. The report waits here until you paste a token or sign in (under GitHub), or you file it yourself with "Open in browser".';
    return { ...toReport(getReport(ctx.db, id)!), notice };
  },
  'feedback.markFiled': (ctx, { id }) => {
    const row = getReport(ctx.db, id);
    if (!row) throw new AppError('not_found', 'No such report.');
    if (row.status === 'sent') throw new AppError('conflict', row.issue_number ? `This report was already filed as #${row.issue_number}.` : 'This report is already marked as filed.');
    if (row.status === 'sending') throw new AppError('conflict', 'This report is being sent right now; wait a moment.');
    markFiledByHand(ctx.db, id, Date.now());
    ctx.log.info(`Feedback ${id} marked as filed by hand on GitHub.`);
    changed(ctx);
    return toReport(getReport(ctx.db, id)!);
  },
  'feedback.diagnostics': (ctx) => ({ text: diagnostics(ctx) }),
  'feedback.prefilledUrl': (ctx, { id }) => {
    const row = getReport(ctx.db, id);
    if (!row) throw new AppError('not_found', 'No such report.');
    const full = composeIssueBody({ ...row, version: appVersion() });
    const marker = reportMarker(row.id);
    const result = prefilledIssueUrl({
      repo: row.repo,
      title: row.title,
      body: full.slice(0, full.lastIndexOf(marker)).trimEnd(),
      tail: marker,
      labels: [KIND_LABELS[row.kind]],
    });
    // The user may file it on the page: the sender looks for the marker before creating.
    if (row.status !== 'sent') markNeedsLookup(ctx.db, id, Date.now());
    ctx.log.info(`Feedback ${id} opened on GitHub's new-issue page.`);
    return result;
  },
  'feedback.token.status': (ctx) => feedbackService(ctx).tokenStatus(),
  'feedback.token.set': (ctx, { token }) => {
    const service = feedbackService(ctx);
    service.tokens.set(token);
    service.tokenChanged();
    return service.tokenStatus();
  },
  'feedback.token.clear': (ctx) => {
    const service = feedbackService(ctx);
    service.tokens.clear();
    service.tokenChanged();
    return service.tokenStatus();
  },
  'feedback.signIn.start': (ctx) => feedbackService(ctx).signIn.start(),
  'feedback.signIn.status': (ctx) => feedbackService(ctx).signIn.status(),
  'feedback.signIn.cancel': (ctx) => {
    const signIn = feedbackService(ctx).signIn;
    signIn.cancel();
    return signIn.status();
  },
};
