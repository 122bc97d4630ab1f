// Feedback: write a report (saved here first, sent when GitHub is reachable), see the
// ones already written with their status and issue link, and connect GitHub.
import { useState } from 'react';
import { ViewHeader } from '../../components/ViewHeader';
import { useStore } from '../../stores/store';
import type { ViewProps } from '../registry';
import { GitHubAccess } from './GitHubAccess';
import { ReportForm } from './ReportForm';
import { ReportList, SenderLine } from './ReportList';
import { useFeedbackListing } from './useFeedback';
import './feedback.css';
import { Alert } from '../../components/Alert';

export default function FeedbackView(_props: ViewProps) {
  const repo = useStore((s) => s.settings?.feedbackRepo ?? 'gridscout/gridscout');
  const { listing, error, reload } = useFeedbackListing();
  const [notice, setNotice] = useState<string | null>(null);
  const pending = listing?.reports.filter((r) => r.status === 'queued' || r.status === 'sending').length ?? 0;

  return (
    <>
      <ViewHeader title="Feedback" subtitle="Report a bug, an idea, a data problem or a question. Each report becomes a GitHub issue." />
      <div className="view-body feedback">
        <section className="panel feedback-new" aria-labelledby="feedback-new-title">
          <div className="panel-header">
            <div>
              <h2 id="feedback-new-title">New report</h2>
              <p>Filed once and only once, even if you are offline or GitHub is busy.</p>
            </div>
          </div>
          <div className="panel-body">
            <ReportForm
              onSubmitted={(message) => {
                setNotice(message);
                void reload();
              }}
            />
            <p className="feedback-notice" role="status" aria-live="polite">
              {notice}
            </p>
          </div>
        </section>

        <div className="feedback-side">
          <section className="panel" aria-labelledby="feedback-github-title">
            <div className="panel-header">
              <div>
                <h2 id="feedback-github-title">GitHub</h2>
                <p>A fine-grained token with Issues: read and write, or sign in.</p>
              </div>
            </div>
            <div className="panel-body">
              <GitHubAccess repo={repo} onChanged={() => void reload()} />
            </div>
          </section>

          <section className="panel" aria-labelledby="feedback-list-title">
            <div className="panel-header">
              <div>
                <h2 id="feedback-list-title">Your reports</h2>
                <p>Newest first. Sent reports link to their issue.</p>
              </div>
            </div>
            <div className="panel-body flush">
              <Alert className="field-error" message={error} />
              {listing ? <SenderLine sender={listing.sender} pending={pending} /> : null}
              {listing ? <ReportList listing={listing} onChanged={() => void reload()} /> : null}
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
