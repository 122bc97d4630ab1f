// Data: what is loaded, where it came from, and how to load or refresh it. Counts, target
// season and import provenance come from data.status; import and refresh run as jobs with
// progress and Cancel (LoadPanel).
import { useShallow } from 'zustand/react/shallow';
import type { DataStatus, ImportRunInfo } from '../../../../shared/ipc/types';
import { DataSourcesTable } from '../../components/DataSourcesTable';
import { EmptyState } from '../../components/EmptyState';
import { CommandLine } from '../../components/CommandLine';
import { ViewHeader } from '../../components/ViewHeader';
import { IconData } from '../../components/icons';
import { useStore } from '../../stores/store';
import { AdpPanel } from './AdpPanel';
import { LoadPanel } from './LoadPanel';
import { useDataStatus } from './useDataStatus';
import './data.css';
import { Alert } from '../../components/Alert';

const COUNT_LABELS: [keyof DataStatus['counts'], string][] = [
  ['players', 'Players'],
  ['pool', 'Draft pool'],
  ['player_seasons', 'Player seasons'],
  ['player_games', 'Player games'],
  ['kicker_games', 'Kicker games'],
  ['team_defense_games', 'Team defence games'],
  ['teams', 'Teams'],
  ['games', 'Games'],
];

export default function DataView() {
  const { appStatus, info, refreshStatus } = useStore(
    useShallow((s) => ({ appStatus: s.status, info: s.info, refreshStatus: s.refreshStatus })),
  );
  const { status, error, reload } = useDataStatus();
  if (!appStatus || !info) return <ViewHeader title="Data" />;
  const tables = Object.entries(appStatus.counts).sort(([a], [b]) => a.localeCompare(b));
  const totalRows = tables.reduce((sum, [, n]) => sum + n, 0);
  const onDone = () => {
    void reload();
    void refreshStatus();
  };

  return (
    <>
      <ViewHeader
        title="Data"
        subtitle="What is loaded, where it came from, and how to load or refresh it."
        actions={<span className="badge accent">Data: nflverse, CC BY 4.0</span>}
      />
      <div className="view-body data-grid">
        <div className="data-main">
          <Alert className="data-error" message={error} />
          {appStatus.firstRun ? (
            <EmptyState icon={IconData} title="No player data yet">
              <p>
                GridScout works offline from a local copy of NFL data: player stats by game and season, rosters with
                every site&rsquo;s player ids, schedules and byes. Load it once, with an import or an online refresh
                below, or from the command line; everything else builds on it.
              </p>
              <CommandLine command="npm run data:import -- --from DIR" />
            </EmptyState>
          ) : status ? (
            <LoadedSummary status={status} />
          ) : null}

          <LoadPanel mode={info.mode} onDone={onDone} />

          {appStatus.firstRun ? null : <AdpPanel />}

          {status && status.runs.length > 0 ? <ImportHistory runs={status.runs} /> : null}

          <section className="panel" aria-labelledby="data-sources">
            <div className="panel-header">
              <h2 id="data-sources">Sources and licences</h2>
              <span className="badge accent">Data: nflverse, CC BY 4.0</span>
            </div>
            <div className="panel-body flush">
              <DataSourcesTable sources={info.dataSources} />
            </div>
          </section>
        </div>

        <section className="panel data-side" aria-labelledby="data-db">
          <div className="panel-header">
            <h2 id="data-db">Database</h2>
            <span className="badge">Schema v{appStatus.schemaVersion}</span>
          </div>
          <dl className="panel-body facts">
            <dt>File</dt>
            <dd className="mono data-path">{info.databasePath}</dd>
            <dt>Tables</dt>
            <dd className="num-left">{tables.length}</dd>
            <dt>Rows</dt>
            <dd className="num-left">{totalRows.toLocaleString('en-US')}</dd>
          </dl>
          <div className="panel-body flush data-counts" tabIndex={0} role="region" aria-label="Rows per table">
            <table className="data-table">
              <caption className="visually-hidden">Rows per table</caption>
              <thead>
                <tr>
                  <th scope="col">Table</th>
                  <th scope="col" className="num">
                    Rows
                  </th>
                </tr>
              </thead>
              <tbody>
                {tables.map(([name, rows]) => (
                  <tr key={name}>
                    <td className="mono">{name}</td>
                    <td className="num">{rows.toLocaleString('en-US')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </>
  );
}

function LoadedSummary({ status }: { status: DataStatus }) {
  return (
    <section className="panel" aria-labelledby="data-loaded">
      <div className="panel-header">
        <h2 id="data-loaded">Loaded data</h2>
        {status.lastImport ? (
          <span className="muted data-when" title={new Date(status.lastImport).toLocaleString()}>
            Last import {ago(status.lastImport)}
          </span>
        ) : null}
      </div>
      <div className="panel-body data-stats">
        <Stat label="Target season" value={status.targetSeason ?? '–'} hint="drafts and projections" />
        {status.seasonInProgress ? (
          <Stat
            label="Results through"
            value={`${status.seasonInProgress.season} wk ${status.seasonInProgress.week}`}
            hint={`${status.seasonInProgress.season} in progress, week ${status.seasonInProgress.week}`}
          />
        ) : (
          <Stat label="Results through" value={status.latestResultsSeason ?? '–'} hint="latest season with stats" />
        )}
        <Stat
          label="Last import"
          value={status.lastImport ? new Date(status.lastImport).toLocaleDateString('en-US', { month: 'short', day: 'numeric' }) : '–'}
          hint={status.lastImport ? new Date(status.lastImport).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) : 'never'}
        />
        {COUNT_LABELS.map(([key, label]) => (
          <Stat key={key} label={label} value={status.counts[key].toLocaleString('en-US')} count={key} />
        ))}
      </div>
    </section>
  );
}

function Stat({ label, value, hint, count }: { label: string; value: string | number; hint?: string; count?: string }) {
  return (
    <div className="data-stat">
      <span className="data-stat-label">{label}</span>
      <span className="data-stat-value" data-count={count}>
        {value}
      </span>
      {hint ? <span className="data-stat-hint muted">{hint}</span> : null}
    </div>
  );
}

/** Per file of the latest imports, newest first: provenance with the licence of each file. */
function ImportHistory({ runs }: { runs: ImportRunInfo[] }) {
  const runIds = [...new Set(runs.map((r) => r.runId))];
  return (
    <section className="panel" aria-labelledby="data-history">
      <div className="panel-header">
        <h2 id="data-history">Import history</h2>
        <span className="muted">
          {runIds.length} {runIds.length === 1 ? 'import' : 'imports'}, latest files first
        </span>
      </div>
      <div className="panel-body flush data-history" tabIndex={0} role="region" aria-labelledby="data-history">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Source</th>
              <th scope="col">File</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num" title="Lines that are not a player's: team-level rows, defenders without an offensive stat, exact repeats">
                Skipped
              </th>
              <th scope="col">Licence</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r, i) => (
              <tr key={`${r.runId}-${r.file}-${i}`}>
                <td className="num-left">{new Date(r.finishedAt).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}</td>
                <td>{r.source}</td>
                <td className="mono data-file" title={`${r.kind}: ${r.file}`}>
                  {r.file.split(/[\\/]/).pop()}
                </td>
                <td className="num">{r.rows.toLocaleString('en-US')}</td>
                <td className="num">{r.skipped > 0 ? <SkippedLines run={r} /> : '0'}</td>
                <td className="wrap">{r.licence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** How many lines a file had that are not a player's, and where: reason, count, first lines. */
function SkippedLines({ run }: { run: ImportRunInfo }) {
  return (
    <details className="data-skipped">
      <summary>{run.skipped.toLocaleString('en-US')}</summary>
      <ul>
        {run.skippedDetail.map((d) => (
          <li key={d.reason}>
            <span className="num-left">{d.count.toLocaleString('en-US')}</span> {d.reason}: line{d.lines.length > 1 ? 's' : ''} {d.lines.join(', ')}
            {d.count > d.lines.length ? ', …' : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ago(iso: string): string {
  const s = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}
