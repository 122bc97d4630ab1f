// Loading data from the view: import a folder, or refresh online. Each runs as a job on
// the main side; its `job.progress` events (kept by the shell's jobsSlice) drive the bar
// here, and Cancel goes through jobs.cancel. Both are all-or-nothing on the main side, so
// a failure or a cancel leaves the data that was loaded before: the message says so.
import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DataImportResult, DataRefreshResult } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { useStore } from '../../stores/store';
import { JobRow } from './JobRow';
import { Panel } from '../../components/Panel';

type Action = 'import' | 'refresh';

type Outcome =
  | { ok: true; action: Action; result: DataImportResult | DataRefreshResult }
  | { ok: false; action: Action; message: string; cancelled: boolean };

export function LoadPanel({ mode, onDone }: { mode: 'electron' | 'browser'; onDone: () => void }) {
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fieldId = useId();
  const hintId = useId();
  // The data jobs running now (any window or the CLI's server may have started one).
  const jobs = useStore(
    useShallow((s) => Object.values(s.jobs).filter((j) => !j.done && (j.kind === 'import' || j.kind === 'refresh' || j.kind === 'train'))),
  );
  const cancelJob = useStore((s) => s.cancelJob);
  const dataJobRunning = busy !== null || jobs.some((j) => j.kind !== 'train');

  const run = async (action: Action) => {
    setBusy(action);
    setOutcome(null);
    const r = action === 'import' ? await api.call('data.import', { dir: dir.trim() }) : await api.call('data.refresh', {});
    setBusy(null);
    if (r.ok) setOutcome({ ok: true, action, result: r.value });
    else setOutcome({ ok: false, action, message: r.error.message, cancelled: r.error.code === 'cancelled' });
    onDone();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dir.trim() && !dataJobRunning) void run('import');
  };

  const browser = mode === 'browser';
  return (
    <Panel id="data-load" title="Load or refresh">
      <div className="panel-body data-load">
        <form className="data-load-col" onSubmit={submit}>
          <h3>Import from a folder</h3>
          <div className="field">
            <label className="field-label" htmlFor={fieldId}>
              {browser ? 'Folder on the server machine' : 'Folder'}
            </label>
            <div className="data-load-row">
              <input
                id={fieldId}
                className="input mono data-dir"
                value={dir}
                onChange={(e) => setDir(e.target.value)}
                placeholder={browser ? '/path/on/the/server/to/data' : '/path/to/data'}
                aria-describedby={hintId}
                spellCheck={false}
                autoComplete="off"
              />
              <button type="submit" className="btn" disabled={!dir.trim() || dataJobRunning}>
                {busy === 'import' ? 'Importing…' : 'Import'}
              </button>
            </div>
            <span className="field-hint" id={hintId}>
              {browser
                ? 'Browser mode: the path is read on the computer running `npm run serve`, not the one running this browser. '
                : ''}
              A folder of nflverse CSV files (stats, rosters, schedules) and optionally Sleeper JSON; subfolders are searched.
            </span>
          </div>
        </form>
        <div className="data-load-col">
          <h3>Refresh online</h3>
          <p className="muted">
            Downloads the latest nflverse release files and Sleeper&rsquo;s player list, with resume and retries, then
            imports them in one step.
          </p>
          <div>
            <button type="button" className="btn" disabled={dataJobRunning} onClick={() => void run('refresh')}>
              {busy === 'refresh' ? 'Refreshing…' : 'Refresh online'}
            </button>
          </div>
        </div>
      </div>

      {jobs.length > 0 ? (
        <ul className="panel-body data-jobs" aria-label="Running data jobs">
          {jobs.map((job) => (
            <JobRow key={job.jobId} job={job} onCancel={() => void cancelJob(job.jobId)} />
          ))}
        </ul>
      ) : busy ? (
        <ul className="panel-body data-jobs" aria-label="Running data jobs">
          <JobRow job={{ jobId: 'starting', kind: busy, phase: 'starting', fraction: null, done: false }} onCancel={null} />
        </ul>
      ) : null}

      {outcome ? <OutcomeMessage outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}
    </Panel>
  );
}

function OutcomeMessage({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const what = outcome.action === 'import' ? 'Import' : 'Refresh';
  if (!outcome.ok) {
    const message = outcome.message.replace(/\s*Your data was not changed\.?/i, '');
    return (
      <div className="panel-body data-outcome is-error" role="alert">
        <p>
          <strong>{outcome.cancelled ? `${what} cancelled.` : `${what} failed.`}</strong> {outcome.cancelled ? '' : message}
        </p>
        {/* The main side's message may say it already; say it once, in the same words. */}
        <p>Nothing was changed: the data loaded before is still there.</p>
        <button type="button" className="btn ghost small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  const r = outcome.result;
  const rows = r.files.reduce((n, f) => n + f.rows, 0);
  const skipped = r.files.reduce((n, f) => n + f.skipped.reduce((m, s) => m + s.count, 0), 0);
  const refresh = 'downloaded' in r ? r : null;
  const bytes = refresh ? refresh.downloaded.reduce((n, d) => n + d.bytes, 0) : 0;
  return (
    <div className="panel-body data-outcome is-ok" role="status">
      <p>
        <strong>{what} done.</strong>{' '}
        {refresh
          ? `Downloaded ${refresh.downloaded.length} files (${(bytes / 1e6).toFixed(1)} MB${refresh.reusedSleeper ? '; Sleeper players reused, under a day old' : ''}), imported `
          : 'Imported '}
        {r.files.length} files, {rows.toLocaleString('en-US')} rows in {r.seconds.toFixed(1)} s. Target season{' '}
        {r.targetSeason ?? '–'}.
      </p>
      {skipped > 0 ? (
        <p className="muted">
          Skipped {skipped.toLocaleString('en-US')} lines that are not a player&apos;s (team-level rows, defenders, exact repeats): see Import history.
        </p>
      ) : null}
      {refresh && refresh.missing.length > 0 ? (
        <p className="muted">Not published yet (skipped): {refresh.missing.join(', ')}.</p>
      ) : null}
      {refresh && refresh.adp.length > 0 ? (
        <div className="muted data-outcome-adp">
          ADP from Fantasy Football Calculator:
          <ul>
            {refresh.adp.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" className="btn ghost small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
