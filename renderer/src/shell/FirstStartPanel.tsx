// The first start with an empty database: the app imports the NFL data it ships with,
// then trains the projection model. This panel says which step is running (with the job's
// progress bar), what was loaded, and what to do next. Shown above every view until
// dismissed; it exists only in the process that did the import.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FirstStart } from '../../../shared/ipc/types';
import { api } from '../api';
import { useStore } from '../stores/store';
import './firstStart.css';

type Step = 'importing' | 'training' | 'ready' | 'failed';

export function FirstStartPanel() {
  const firstStart = useStore((s) => s.status?.firstStart ?? null);
  const [dismissed, setDismissed] = useState(false);
  if (!firstStart || dismissed) return null;
  return <FirstStartBody firstStart={firstStart} onDismiss={() => setDismissed(true)} />;
}

function FirstStartBody({ firstStart, onDismiss }: { firstStart: FirstStart; onDismiss: () => void }) {
  // The running import or training job, from the shell's job events.
  const job = useStore(
    useShallow((s) => {
      const running = Object.values(s.jobs).find((j) => !j.done && (j.kind === 'import' || j.kind === 'train'));
      return running ? { kind: running.kind, phase: running.phase, fraction: running.fraction } : null;
    }),
  );
  const [modelCurrent, setModelCurrent] = useState(false);
  useEffect(() => {
    if (firstStart.state !== 'imported' || job?.kind === 'train') return;
    let live = true;
    void api.call('model.status', {}).then((r) => live && r.ok && setModelCurrent(r.value.current));
    return () => {
      live = false;
    };
  }, [firstStart.state, job?.kind]);

  const step: Step =
    firstStart.state === 'failed' ? 'failed' : firstStart.state === 'importing' ? 'importing' : job?.kind === 'train' || !modelCurrent ? 'training' : 'ready';
  const seasons = firstStart.snapshot?.seasons ? `${firstStart.snapshot.seasons.first}-${firstStart.snapshot.seasons.last}` : null;
  const what = firstStart.from === 'snapshot' ? 'the NFL data that comes with GridScout' : 'your data folder';
  const percent = job?.fraction == null ? undefined : Math.round(job.fraction * 100);

  return (
    <section className="first-start panel" aria-labelledby="first-start-title" data-step={step}>
      <div className="first-start-text">
        <h2 id="first-start-title">{step === 'ready' ? 'GridScout is ready' : step === 'failed' ? 'The data could not be loaded' : 'Setting up GridScout'}</h2>
        {step === 'importing' ? (
          <p>
            Loading {what}
            {seasons ? ` (seasons ${seasons})` : ''}. This happens once; the app is usable meanwhile.
          </p>
        ) : null}
        {step === 'training' || step === 'ready' ? (
          <p>
            Loaded {firstStart.players.toLocaleString('en-US')} players
            {seasons ? `, seasons ${seasons}` : ''}
            {firstStart.seconds !== null ? ` in ${firstStart.seconds} s` : ''}
            {firstStart.snapshot ? ` (${firstStart.snapshot.attribution}, built ${firstStart.snapshot.builtAt.slice(0, 10)})` : ''}.{' '}
            {step === 'training'
              ? 'The projection model is training on it now; until it finishes, projections come from a simple baseline.'
              : 'Projections come from the model trained on it just now.'}
          </p>
        ) : null}
        {step === 'failed' ? (
          <p>
            {firstStart.error} Load data from the <a href="#/data">Data</a> view instead.
          </p>
        ) : (
          <p className="first-start-next">
            Next: set your league&apos;s scoring and roster in <a href="#/leagues">Leagues</a>, then try a mock draft in <a href="#/draft">Draft</a>.
            {firstStart.from === 'snapshot' ? (
              <>
                {' '}
                <a href="#/data">Data</a> › Refresh online replaces this data with the latest when you are online.
              </>
            ) : null}
          </p>
        )}
      </div>
      {step === 'importing' || step === 'training' ? (
        <progress
          className="first-start-progress"
          max={100}
          value={percent}
          aria-label={job ? `${step === 'importing' ? 'Loading data' : 'Training'}: ${job.phase}` : 'Starting'}
        />
      ) : (
        <button type="button" className="btn small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
