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
import { Panel } from '../../components/Panel';

export default function FeedbackView(_props: ViewProps) {
  const repo = useStore((s) => s.settings?.feedbackRepo ?? 'gridscout/gridscout');
  const { listing, error, reload } = useFeedbackListing();
  const [notice, setNotice] = useState<string | null>(null);
  const pending = listing?.reports.filter((r) => r.status === 'queued' || r.status === 'sending').length ?? 0;

  return (
    <>
      <ViewHeader title="Feedback" subtitle="Report a bug, an idea, a data problem or a question. Each report becomes a GitHub issue." />
      <div className="view-body feedback">
        <Panel id="feedback-new-title" title="New report" description="Filed once and only once, even if you are offline or GitHub is busy." className="feedback-new">
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
        </Panel>

        <div className="feedback-side">
          <Panel id="feedback-github-title" title="GitHub" description="A fine-grained token with Issues: read and write, or sign in.">
            <div className="panel-body">
              <GitHubAccess repo={repo} onChanged={() => void reload()} />
            </div>
          </Panel>

          <Panel id="feedback-list-title" title="Your reports" description="Newest first. Sent reports link to their issue.">
            <div className="panel-body flush">
              <Alert className="field-error" message={error} />
              {listing ? <SenderLine sender={listing.sender} pending={pending} /> : null}
              {listing ? <ReportList listing={listing} onChanged={() => void reload()} /> : null}
            </div>
          </Panel>
        </div>
      </div>
    </>
  );
}
