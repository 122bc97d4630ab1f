// Past reports, newest first: status, kind, when, and the issue link once filed.
// Queued reports can be sent now or filed by hand through the prefilled GitHub page;
// after that the row says what happens next and offers "I filed it there".
import { useState } from 'react';
import type { FeedbackListing, FeedbackReport, FeedbackSenderStatus } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { KINDS } from './ReportForm';
import { Alert } from '../../components/Alert';

const STATUS_LABEL: Record<FeedbackReport['status'], string> = {
  queued: 'Queued',
  sending: 'Sending…',
  sent: 'Sent',
  failed: 'Failed',
};

const time = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export function SenderLine({ sender, pending }: { sender: FeedbackSenderStatus; pending: number }) {
  if (pending === 0 && sender.state === 'idle') return null;
  const until = sender.rateLimitedUntil ? ` Until ${new Date(sender.rateLimitedUntil).toLocaleTimeString('en-US', { hour12: false })}.` : '';
  const tone = sender.state === 'token-rejected' ? 'danger' : sender.state === 'sending' || sender.state === 'idle' ? 'info' : 'warning';
  return (
    <p className={`sender-line ${tone}`} role="status" aria-live="polite" data-state={sender.state}>
      <strong>{pending} waiting.</strong> {sender.message}
      {until}
    </p>
  );
}

export function ReportList({ listing, onChanged }: { listing: FeedbackListing; onChanged: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);

  const retry = async (id: string) => {
    const result = await api.call('feedback.retry', { id });
    setProblem(result.ok ? result.value.notice : result.error.message);
    onChanged();
  };

  const markFiled = async (id: string) => {
    const result = await api.call('feedback.markFiled', { id });
    setProblem(result.ok ? null : result.error.message);
    onChanged();
  };

  const openInBrowser = async (id: string) => {
    const result = await api.call('feedback.prefilledUrl', { id });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(result.value.shortened ? 'The description was shortened to fit in a link; paste the rest on the page.' : null);
    window.open(result.value.url, '_blank', 'noopener,noreferrer');
  };

  if (listing.reports.length === 0) {
    return <p className="muted empty-list">No reports yet. The ones you send are listed here with a link to their issue.</p>;
  }
  return (
    <>
      <Alert className="field-error" message={problem} />
      <table className="data-table feedback-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Report</th>
            <th scope="col">Kind</th>
            <th scope="col">Written</th>
            <th scope="col">Issue</th>
          </tr>
        </thead>
        <tbody>
          {listing.reports.map((r) => (
            <tr key={r.id} data-status={r.status}>
              <td>
                <span className={`badge status-${r.status}`}>{r.filedByHand ? 'Filed by you' : STATUS_LABEL[r.status]}</span>
              </td>
              <td className="wrap report-cell">
                <span className="report-title">{r.title}</span>
                {r.status !== 'sent' && r.lastError ? <span className="report-reason">{r.lastError}</span> : null}
                {r.looksFirst ? (
                  <span className="report-reason">
                    Filed it on GitHub&apos;s page? Say so below. Otherwise GridScout sends it once it has a token, after looking on GitHub
                    for it first, so it is never filed twice.
                  </span>
                ) : null}
                {r.status === 'queued' && r.attempts > 0 && r.nextAttemptAt ? (
                  <span className="report-reason">
                    Attempt {r.attempts + 1} at {new Date(r.nextAttemptAt).toLocaleTimeString('en-US', { hour12: false })}
                  </span>
                ) : null}
                {r.status === 'queued' || r.status === 'failed' ? (
                  <span className="report-actions">
                    {r.status === 'failed' ? (
                      <button type="button" className="btn small" onClick={() => void retry(r.id)}>
                        Retry
                      </button>
                    ) : null}
                    {r.status === 'queued' ? (
                      <button type="button" className="btn small" onClick={() => void retry(r.id)}>
                        {r.looksFirst ? 'Send from here' : 'Send now'}
                      </button>
                    ) : null}
                    <button type="button" className="btn small ghost" onClick={() => void openInBrowser(r.id)}>
                      Open in browser
                    </button>
                    {r.looksFirst ? (
                      <button type="button" className="btn small ghost" onClick={() => void markFiled(r.id)}>
                        I filed it there
                      </button>
                    ) : null}
                  </span>
                ) : null}
              </td>
              <td>{KINDS.find((k) => k.value === r.kind)?.label}</td>
              <td className="num">{time(r.createdAt)}</td>
              <td>
                {r.filedByHand ? (
                  <span className="muted">By you</span>
                ) : r.issueUrl ? (
                  <a href={r.issueUrl} target="_blank" rel="noopener noreferrer" aria-label={`Issue ${r.issueNumber} on GitHub: ${r.title}`}>
                    #{r.issueNumber}
                  </a>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
