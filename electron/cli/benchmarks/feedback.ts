// The feedback outbox: what a submit costs (with and without diagnostics), how fast the
// sender drains a queue against a local fake GitHub compared with bare Octokit calls
// (the outbox's own overhead: SQLite writes, marker, pacing off), and the prefilled URL.
import { Octokit } from '@octokit/rest';
import { closeAppContext, createAppContext } from '../../main/context';
import { dispatch } from '../../main/dispatch';
import { handlers } from '../../main/handlers/index';
import { createGitHubClient } from '../../main/feedback/github';
import { getReport } from '../../main/feedback/outbox';
import { prefilledIssueUrl } from '../../main/feedback/prefilledUrl';
import { startFeedback, stopFeedback } from '../../main/feedback/service';
import { FakeGitHub } from '../../test-support/feedback/fakeGitHub';
import { tempHome } from '../../test-support/feedback/context';
import { medianMs, type Benchmark } from './types';

const DRAIN = 100;
const NO_PACING = { writePaceMs: 0, notificationPaceMs: 0, searchPaceMs: 0, maxSleepMs: 20, backoffBaseMs: 20, backoffCapMs: 100 };

export const feedbackOutbox: Benchmark = {
  name: 'feedback_outbox',
  async run() {
    const fake = new FakeGitHub();
    await fake.start();
    const ctx = createAppContext({ home: tempHome('gs-bench-feedback-'), mode: 'browser', logToConsole: false });
    for (let i = 0; i < 200; i++) ctx.log.info(`bench line ${i}: imported 2,345 players from /home/someone/data`);
    try {
      // Submits while no token is set: only the outbox write is measured.
      const service = startFeedback(ctx, { env: { GRIDSCOUT_GITHUB_API_URL: fake.url }, tuning: NO_PACING });
      const submit = (includeDiagnostics: boolean) => () =>
        dispatch(handlers, ctx, 'feedback.submit', { kind: 'bug', title: 'Bench', body: 'x'.repeat(500), includeDiagnostics });
      const submitMs = await medianMs(submit(false), 50);
      const submitWithDiagnosticsMs = await medianMs(submit(true), 20);
      ctx.db.prepare('DELETE FROM feedback_reports').run();

      const ids: string[] = [];
      for (let i = 0; i < DRAIN; i++) {
        const r = await dispatch(handlers, ctx, 'feedback.submit', { kind: 'idea', title: `Idea ${i}`, body: 'Auction drafts, please.' });
        if (r.ok) ids.push((r.value as { id: string }).id);
      }
      const t0 = performance.now();
      service.tokens.set(fake.token);
      service.tokenChanged();
      while (ids.some((id) => getReport(ctx.db, id)!.status !== 'sent')) await new Promise((r) => setTimeout(r, 5));
      const drainMs = performance.now() - t0;

      // Baselines: the same number of creations with our client (Octokit + throttling and
      // retry plugins, pacing off) and with bare Octokit, one after another.
      const client = createGitHubClient({ ...NO_PACING, baseUrl: fake.url, token: fake.token, userAgent: 'bench', closedUntil: () => 0, onWindow: () => {} });
      const c0 = performance.now();
      for (let i = 0; i < DRAIN; i++) await client.createIssue('gridscout/gridscout', { title: `Client ${i}`, body: 'x', labels: ['idea'] }, new AbortController().signal);
      const clientMs = performance.now() - c0;
      const octokit = new Octokit({ auth: fake.token, baseUrl: fake.url });
      const b0 = performance.now();
      for (let i = 0; i < DRAIN; i++) await octokit.rest.issues.create({ owner: 'gridscout', repo: 'gridscout', title: `Bare ${i}`, body: 'x' });
      const bareMs = performance.now() - b0;

      const body = 'Patrick Mahomes 🏈 Zoë Müller 東京 '.repeat(700);
      const urlMs = await medianMs(() => prefilledIssueUrl({ repo: 'gridscout/gridscout', title: 'Long', body, labels: ['bug'] }), 20);

      await stopFeedback(ctx);
      return {
        submit_ms: submitMs,
        submit_with_diagnostics_ms: submitWithDiagnosticsMs,
        drain_reports: DRAIN,
        drain_ms: Math.round(drainMs),
        drain_reports_per_s: Math.round((DRAIN / drainMs) * 1000),
        client_with_plugins_ms: Math.round(clientMs),
        bare_octokit_ms: Math.round(bareMs),
        // What the outbox adds over its own client: SQLite writes (synchronous=FULL), marker, events.
        outbox_vs_client_ratio: Math.round((drainMs / clientMs) * 100) / 100,
        client_vs_bare_ratio: Math.round((clientMs / bareMs) * 100) / 100,
        prefilled_url_20k_chars_ms: urlMs,
      };
    } finally {
      closeAppContext(ctx);
      await fake.stop();
    }
  },
};
