// One running job as a row: what it is, its phase, a progress bar (indeterminate while the
// total is unknown), the percentage and Cancel. Fed by the shell's jobsSlice (job.progress).
import type { JobProgress } from '../../../../shared/ipc/contract';
import './jobrow.css';

const JOB_LABEL: Partial<Record<JobProgress['kind'], string>> = {
  import: 'Importing',
  refresh: 'Refreshing online',
  train: 'Training projections',
  backtest: 'Backtesting',
};

export function JobRow({ job, onCancel }: { job: JobProgress; onCancel: (() => void) | null }) {
  const label = JOB_LABEL[job.kind] ?? job.kind;
  const percent = job.fraction === null ? null : Math.round(job.fraction * 100);
  return (
    <li className="data-job">
      <div className="data-job-text">
        <span className="data-job-label">{label}</span>
        <span className="data-job-phase muted">{job.phase}</span>
      </div>
      <progress
        className="progress-bar data-progress"
        max={100}
        value={percent ?? undefined}
        aria-label={`${label}: ${job.phase}`}
        data-kind={job.kind}
      />
      <span className="num data-job-percent">{percent === null ? '' : `${percent}%`}</span>
      {onCancel ? (
        <button type="button" className="btn small" onClick={onCancel}>
          Cancel
        </button>
      ) : (
        <span />
      )}
    </li>
  );
}
