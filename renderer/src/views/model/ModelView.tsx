// Model: how good GridScout's own projections are. The model saved here (when, on what
// data, Retrain as a job with progress), and the published backtest of every season from
// 2019 on: model vs the last-season and weighted three-season baselines vs ADP, projected
// against actual points, and how often actual points fell inside the projected range.
//
// The backtest figures are published, not computed here: grading needs each season's ADP
// export (the 200 most-drafted players), which is evaluation-only data the app never ships.
// `npm run backtest:all -- --data DIR` writes them to assets/backtest/results.json, which
// is bundled and served by model.published.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BacktestSummary } from '../../../../shared/domain/projection';
import type { ModelDataInfo, ModelStatus, PublishedBacktests } from '../../../../shared/ipc/types';
import type { Result } from '../../../../shared/ipc/result';
import { api, onEvent } from '../../api';
import { ViewHeader } from '../../components/ViewHeader';
import { useStore } from '../../stores/store';
import { JobRow } from '../data/JobRow';
import { BacktestTable, meanOf } from './BacktestTable';
import { CalibrationChart, ScatterChartPanel } from './charts';
import './model.css';
import { Alert } from '../../components/Alert';
import { Panel } from '../../components/Panel';

export default function ModelView() {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  const [published, setPublished] = useState<PublishedBacktests | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [trainError, setTrainError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [season, setSeason] = useState<number | null>(null);
  const trainJobs = useStore(useShallow((s) => Object.values(s.jobs).filter((j) => j.kind === 'train' && !j.done)));
  const cancelJob = useStore((s) => s.cancelJob);

  const applyStatus = useCallback((r: Result<ModelStatus>) => (r.ok ? setStatus(r.value) : setError(r.error.message)), []);

  useEffect(() => {
    let live = true;
    const loadStatus = () => api.call('model.status', {}).then((r) => live && applyStatus(r));
    void loadStatus();
    void api.call('model.published', {}).then((r) => live && (r.ok ? setPublished(r.value) : setError(r.error.message)));
    // A retrain started elsewhere (after an import) ends with the model saved: reload then.
    const stopJobs = onEvent('job.progress', (job) => {
      if (job.kind === 'train' && job.done) void loadStatus();
    });
    const stopData = onEvent('data.changed', () => void loadStatus());
    return () => {
      live = false;
      stopJobs();
      stopData();
    };
  }, [applyStatus]);

  const retrain = async () => {
    setBusy(true);
    setTrainError(null);
    const r = await api.call('model.train', {});
    setBusy(false);
    if (r.ok) setStatus(r.value);
    else setTrainError(r.error.code === 'cancelled' || /\bcancelled\b/i.test(r.error.message) ? 'Training cancelled: the model saved before is still in use.' : `Training failed: ${r.error.message} The model saved before is still in use.`);
  };

  const seasons = useMemo(() => published?.seasons ?? [], [published]);
  const shown = seasons.find((s) => s.summary.season === season) ?? seasons[seasons.length - 1] ?? null;
  const mean = useMemo(() => meanOf(seasons.map((s) => s.summary)), [seasons]);
  const training = busy || trainJobs.length > 0 || status?.training === true;

  return (
    <>
      <ViewHeader
        title="Model"
        subtitle="GridScout's own projections: trained here on real seasons, graded on seasons it never saw."
        actions={
          <button type="button" className="btn primary" disabled={training} onClick={() => void retrain()}>
            {training ? 'Training…' : 'Retrain'}
          </button>
        }
      />
      <div className="view-body model-grid">
        <Alert className="model-error" message={error} />

        <Panel id="model-state" title="Trained model" className="model-state" aside={status ? <StateBadge status={status} /> : null}>
          {status?.trained ? (
            <dl className="panel-body facts">
              <dt>Trained at</dt>
              <dd>{status.trainedAt ? new Date(status.trainedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : '–'}</dd>
              <dt>Projects</dt>
              <dd className="num-left">{status.targetSeason} season</dd>
              <dt>Seasons used</dt>
              <dd>every season with results before {status.targetSeason}</dd>
              <dt>Data</dt>
              <dd title={status.dataVersion ?? undefined}>{describeData(status.data)}</dd>
              <dt>Training</dt>
              <dd className="num-left">
                {status.examples?.toLocaleString('en-US')} player-seasons, {(status.trainSeconds ?? 0).toFixed(1)} s
              </dd>
            </dl>
          ) : null}
          {status?.trained ? (
            <p className="panel-body muted model-note">
              {status.current
                ? 'The Players, Rankings and Draft views project with this model while it matches the loaded data.'
                : 'The data changed since this model was trained: projections use the baseline until it is retrained.'}
            </p>
          ) : status ? (
            <p className="panel-body">
              No model trained on this computer yet: projections come from the weighted three-season baseline until it is.
              The model trains by itself after a data import, or press Retrain.
            </p>
          ) : null}
          {trainJobs.length > 0 || busy ? (
            <ul className="panel-body data-jobs" aria-label="Training">
              {trainJobs.length > 0 ? (
                trainJobs.map((job) => <JobRow key={job.jobId} job={job} onCancel={() => void cancelJob(job.jobId)} />)
              ) : (
                <JobRow job={{ jobId: 'starting', kind: 'train', phase: 'starting', fraction: null, done: false }} onCancel={null} />
              )}
            </ul>
          ) : null}
          <Alert className="panel-body model-train-error" message={trainError} />
        </Panel>

        <section className="panel model-summary" aria-labelledby="model-metrics">
          <div className="panel-header">
            <h2 id="model-metrics">Accuracy, {seasons.length ? `${seasons[0]!.summary.season}–${seasons[seasons.length - 1]!.summary.season}` : 'backtest'}</h2>
            <span className="muted">mean over seasons, {published?.scoring.toUpperCase() ?? 'PPR'}</span>
          </div>
          {mean ? (
            <div className="panel-body model-kpis">
              <Kpi label="MAE" value={mean.model.mae.toFixed(1)} vs={`weighted ${mean.weighted.mae.toFixed(1)}`} better={mean.model.mae < mean.weighted.mae} note={`${(100 * (1 - mean.model.mae / mean.weighted.mae)).toFixed(0)}% lower`} />
              <Kpi label="Spearman" value={mean.model.spearman.toFixed(3)} vs={mean.adp !== null ? `ADP ${mean.adp.toFixed(3)}` : `weighted ${mean.weighted.spearman.toFixed(3)}`} better={mean.model.spearman > (mean.adp ?? mean.weighted.spearman)} note="rank order" />
              <Kpi label="R²" value={mean.model.r2.toFixed(2)} vs={`weighted ${mean.weighted.r2.toFixed(2)}`} better={mean.model.r2 > mean.weighted.r2} note="share of variance" />
              <Kpi label="10–90 coverage" value={`${(mean.model.coverage * 100).toFixed(0)}%`} vs="goal 72–88%" better={mean.model.coverage >= 0.72 && mean.model.coverage <= 0.88} note="actual inside range" />
            </div>
          ) : (
            <p className="panel-body muted">No published backtest in this build.</p>
          )}
          {seasons.length > 0 ? <Wins seasons={seasons.map((s) => s.summary)} /> : null}
        </section>

        <Panel
          id="model-backtests"
          title="Backtest by season"
          className="model-wide"
          aside={<span className="muted">each season projected by a model trained only on the seasons before it</span>}
        >
          {seasons.length > 0 ? (
            <BacktestTable seasons={seasons.map((s) => s.summary)} selected={shown?.summary.season ?? null} onSelect={setSeason} />
          ) : null}
          {published ? <Provenance published={published} /> : null}
        </Panel>

        {shown ? (
          <>
            <section className="panel" aria-labelledby="model-scatter">
              <div className="panel-header">
                <h2 id="model-scatter">Projected vs actual, {shown.summary.season}</h2>
                <SeasonPicker seasons={seasons.map((s) => s.summary.season)} value={shown.summary.season} onChange={setSeason} />
              </div>
              <div className="panel-body">
                <ScatterChartPanel season={shown} />
              </div>
            </section>
            <Panel
              id="model-calibration"
              title="Range calibration"
              aside={<span className="muted">actual points against the projected 10th–90th range; ideal 10 / 80 / 10</span>}
            >
              <div className="panel-body">
                <CalibrationChart seasons={seasons} />
              </div>
            </Panel>
          </>
        ) : null}
      </div>
    </>
  );
}

function StateBadge({ status }: { status: ModelStatus }) {
  if (status.training) return <span className="badge">training</span>;
  if (status.current) return <span className="badge accent">current</span>;
  if (status.trained) return <span className="badge model-badge-warn">data changed: retrain</span>;
  return <span className="badge">not trained</span>;
}

function Kpi({ label, value, vs, better, note }: { label: string; value: string; vs: string; better: boolean; note: string }) {
  return (
    <div className="model-kpi">
      <span className="model-kpi-label">{label}</span>
      <span className="model-kpi-value">{value}</span>
      <span className={`model-kpi-vs ${better ? 'is-better' : 'is-worse'}`}>
        {better ? '▲' : '▼'} vs {vs}
      </span>
      <span className="model-kpi-note muted">{note}</span>
    </div>
  );
}

/** Season by season: how often the model beat each yardstick (the issue's goals). */
function Wins({ seasons }: { seasons: BacktestSummary[] }) {
  const n = seasons.length;
  const rows: [string, (s: BacktestSummary) => boolean][] = [
    ['Lower MAE than both baselines', (s) => s.model.mae < Math.min(s.baselines.last_season.mae, s.baselines.weighted_3yr.mae)],
    ['Higher Spearman than both baselines', (s) => s.model.spearman > Math.max(s.baselines.last_season.spearman, s.baselines.weighted_3yr.spearman)],
    ['Higher Spearman than ADP', (s) => s.adp !== null && s.model.spearman > s.adp.spearman],
    ['Coverage inside 72–88%', (s) => s.model.coverage_10_90 >= 0.72 && s.model.coverage_10_90 <= 0.88],
  ];
  return (
    <ul className="panel-body model-wins" aria-label="Seasons won">
      {rows.map(([label, won]) => {
        const k = seasons.filter(won).length;
        return (
          <li key={label}>
            <span>{label}</span>
            <span className="model-wins-bar" aria-hidden="true">
              {seasons.map((s) => (
                <span key={s.season} className={won(s) ? 'is-won' : undefined} title={`${s.season}: ${won(s) ? 'yes' : 'no'}`} />
              ))}
            </span>
            <span className={`num ${k === n ? 'is-better' : 'is-partial'}`}>
              {k} of {n} seasons
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function SeasonPicker({ seasons, value, onChange }: { seasons: number[]; value: number; onChange: (s: number) => void }) {
  return (
    <div className="model-seasons" role="group" aria-label="Season shown">
      {seasons.map((s) => (
        <button key={s} type="button" className={`btn small${s === value ? ' is-active' : ' ghost'}`} aria-pressed={s === value} onClick={() => onChange(s)}>
          {s}
        </button>
      ))}
    </div>
  );
}

function Provenance({ published }: { published: PublishedBacktests }) {
  return (
    <div className="panel-body model-provenance">
      <p>
        These are the published backtest figures, produced by <code>{published.command}</code> on{' '}
        {new Date(published.generatedAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}
        {published.commit ? ` (code ${published.commit})` : ''}; each season equals <code>{published.seasonCommand}</code>.
        The evaluation set is each season&rsquo;s 200 most-drafted QB, RB, WR and TE by FantasyPros ADP: that file is used
        for grading only and is not part of the app. Actual points are regular-season {published.scoring.toUpperCase()} points;
        a player who did not play scores 0. Data: nflverse, CC BY 4.0.
      </p>
    </div>
  );
}

/** "Imported Dec 1, 2026, 20:41 from nflverse and sleeper (9 files, 15,102 player-seasons)". */
function describeData(data: ModelDataInfo | null): string {
  if (!data) return '–';
  const seasons = data.playerSeasons === null ? '' : `${data.playerSeasons.toLocaleString('en-US')} player-seasons`;
  if (!data.importedAt) return `No import on record${seasons ? ` (${seasons})` : ''}`;
  const when = new Date(data.importedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  const from = data.sources.length ? ` from ${data.sources.join(' and ')}` : '';
  const files = `${data.files} file${data.files === 1 ? '' : 's'}`;
  return `Imported ${when}${from} (${[files, seasons].filter(Boolean).join(', ')})`;
}
