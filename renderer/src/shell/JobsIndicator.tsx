import { useShallow } from 'zustand/react/shallow';
import type { JobProgress } from '../../../shared/ipc/contract';
import { IconClose } from '../components/icons';
import { useStore } from '../stores/store';

const KIND_LABEL: Record<JobProgress['kind'], string> = {
  import: 'Importing data',
  refresh: 'Refreshing data',
  train: 'Training projections',
  backtest: 'Backtesting',
  feedback: 'Sending feedback',
  adp: 'Fetching ADP',
};

/** Running jobs in the top bar: a progress bar each, with Cancel; failures stay until dismissed. */
export function JobsIndicator() {
  const jobs = useStore(useShallow((s) => Object.values(s.jobs)));
  return (
    <div className="jobs" role="group" aria-live="polite" aria-label="Background jobs">
      {jobs.map((job) => (
        <JobItem key={job.jobId} job={job} />
      ))}
    </div>
  );
}

function JobItem({ job }: { job: JobProgress }) {
  const { cancelJob, clearJob } = useStore(useShallow((s) => ({ cancelJob: s.cancelJob, clearJob: s.clearJob })));
  const label = KIND_LABEL[job.kind];
  const percent = job.fraction === null ? null : Math.round(job.fraction * 100);
  const failed = job.done && job.error;
  return (
    <div className={`job ${failed ? 'is-failed' : job.done ? 'is-done' : ''}`}>
      <div className="job-text">
        <span className="job-label">{label}</span>
        <span className="job-phase" title={failed ? job.error : job.phase}>
          {failed ? job.error : job.phase}
        </span>
      </div>
      {!job.done ? (
        <progress
          className="progress-bar job-bar"
          max={100}
          value={percent ?? undefined}
          aria-label={`${label}: ${job.phase}`}
        />
      ) : null}
      {percent !== null && !job.done ? <span className="job-percent num">{percent}%</span> : null}
      {!job.done ? (
        <button type="button" className="btn ghost small" onClick={() => void cancelJob(job.jobId)}>
          Cancel
        </button>
      ) : failed ? (
        <button type="button" className="btn ghost icon small" onClick={() => clearJob(job.jobId)} aria-label={`Dismiss: ${label} failed`}>
          <IconClose />
        </button>
      ) : null}
    </div>
  );
}
