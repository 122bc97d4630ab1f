// Data: what is loaded, where it came from, and how to load or refresh it. Counts, target
// season and import provenance come from data.status; import and refresh run as jobs with
// progress and Cancel (LoadPanel).
import { useShallow } from 'zustand/react/shallow';
import type { DataStatus, ImportRunInfo } from '../../../../shared/ipc/types';
import { DataSourcesTable } from '../../components/DataSourcesTable';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { CommandLine } from '../../components/CommandLine';
import { ViewHeader } from '../../components/ViewHeader';
import { useTableData } from '../../components/useTableData';
import { Panel } from '../../components/Panel';
import { IconData } from '../../components/icons';
import { useStore } from '../../stores/store';
import { AdpPanel } from './AdpPanel';
import { LoadPanel } from './LoadPanel';
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
  // Reloaded when an import or refresh (here or from the CLI) changes the players.
  const { value: status, error, reload } = useTableData('data.status', 'players');
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

          <Panel id="data-sources" title="Sources and licences" aside={<span className="badge accent">Data: nflverse, CC BY 4.0</span>}>
            <div className="panel-body flush">
              <DataSourcesTable sources={info.dataSources} />
            </div>
          </Panel>
        </div>

        <Panel id="data-db" title="Database" className="data-side" aside={<span className="badge">Schema v{appStatus.schemaVersion}</span>}>
          <dl className="panel-body facts">
            <dt>File</dt>
            <dd className="mono data-path">{info.databasePath}</dd>
            <dt>Tables</dt>
            <dd className="num-left">{tables.length}</dd>
            <dt>Rows</dt>
            <dd className="num-left">{totalRows.toLocaleString('en-US')}</dd>
          </dl>
          <div className="panel-body flush data-counts" tabIndex={0} role="region" aria-label="Rows per table">
            <DataTable columns={TABLE_COLUMNS} rows={tables} rowKey={([name]) => name} caption="Rows per table" />
          </div>
        </Panel>
      </div>
    </>
  );
}

function LoadedSummary({ status }: { status: DataStatus }) {
  return (
    <Panel
      id="data-loaded"
      title="Loaded data"
      aside={
        status.lastImport ? (
          <span className="muted data-when" title={new Date(status.lastImport).toLocaleString()}>
            Last import {ago(status.lastImport)}
          </span>
        ) : null
      }
    >
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
    </Panel>
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

const TABLE_COLUMNS: Column<[string, number]>[] = [
  { key: 'table', header: 'Table', cellClassName: 'mono', cell: ([name]) => name },
  { key: 'rows', header: 'Rows', className: 'num', cell: ([, rows]) => rows.toLocaleString('en-US') },
];

const HISTORY_COLUMNS: Column<ImportRunInfo>[] = [
  {
    key: 'finished',
    header: 'Finished',
    cellClassName: 'num-left',
    cell: (r) => new Date(r.finishedAt).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  },
  { key: 'source', header: 'Source', cell: (r) => r.source },
  { key: 'file', header: 'File', cellClassName: 'mono data-file', cell: (r) => <span title={`${r.kind}: ${r.file}`}>{r.file.split(/[\\/]/).pop()}</span> },
  { key: 'rows', header: 'Rows', className: 'num', cell: (r) => r.rows.toLocaleString('en-US') },
  {
    key: 'skipped',
    header: 'Skipped',
    className: 'num',
    title: "Lines that are not a player's: team-level rows, defenders without an offensive stat, exact repeats",
    cell: (r) => (r.skipped > 0 ? <SkippedLines run={r} /> : '0'),
  },
  { key: 'licence', header: 'Licence', cellClassName: 'wrap', cell: (r) => r.licence },
];

/** Per file of the latest imports, newest first: provenance with the licence of each file. */
function ImportHistory({ runs }: { runs: ImportRunInfo[] }) {
  const runIds = [...new Set(runs.map((r) => r.runId))];
  return (
    <Panel
      id="data-history"
      title="Import history"
      aside={
        <span className="muted">
          {runIds.length} {runIds.length === 1 ? 'import' : 'imports'}, latest files first
        </span>
      }
    >
      <div className="panel-body flush data-history" tabIndex={0} role="region" aria-labelledby="data-history">
        <DataTable columns={HISTORY_COLUMNS} rows={runs} rowKey={(r, i) => `${r.runId}-${r.file}-${i}`} />
      </div>
    </Panel>
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
