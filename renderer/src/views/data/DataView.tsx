// Data: what is loaded, where it came from, and how to load or refresh it. The data
// feature extends this view (import and online refresh with progress) in this folder.
import { useShallow } from 'zustand/react/shallow';
import { DataSourcesTable } from '../../components/DataSourcesTable';
import { EmptyState } from '../../components/EmptyState';
import { LoadDataHelp } from '../../components/LoadDataHelp';
import { ViewHeader } from '../../components/ViewHeader';
import { IconData } from '../../components/icons';
import { useStore } from '../../stores/store';
import './data.css';

export default function DataView() {
  const { status, info } = useStore(useShallow((s) => ({ status: s.status, info: s.info })));
  if (!status || !info) return <ViewHeader title="Data" />;
  const tables = Object.entries(status.counts).sort(([a], [b]) => a.localeCompare(b));
  const totalRows = tables.reduce((sum, [, n]) => sum + n, 0);

  return (
    <>
      <ViewHeader title="Data" subtitle="What is loaded, where it came from, and how to load or refresh it." />
      <div className="view-body data-grid">
        <div className="data-main">
          {status.firstRun ? (
            <EmptyState icon={IconData} title="No player data yet" actions={<LoadDataHelp showDataLink={false} />}>
              <p>
                GridScout works offline from a local copy of NFL data: player stats by game and season, rosters with
                every site&rsquo;s player ids, schedules and byes. Load it once; everything else builds on it.
              </p>
            </EmptyState>
          ) : (
            <section className="panel" aria-labelledby="data-loaded">
              <div className="panel-header">
                <h2 id="data-loaded">Loaded data</h2>
              </div>
              <p className="panel-body">
                {(status.counts.players ?? 0).toLocaleString('en-US')} players are loaded. Import a newer folder with{' '}
                <code>npm run data:import -- --from DIR</code> at any time: imports replace rows in place and never
                duplicate them.
              </p>
            </section>
          )}

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
            <span className="badge">Schema v{status.schemaVersion}</span>
          </div>
          <dl className="panel-body facts">
            <dt>File</dt>
            <dd className="mono">{info.databasePath}</dd>
            <dt>Tables</dt>
            <dd className="num-left">{tables.length}</dd>
            <dt>Rows</dt>
            <dd className="num-left">{totalRows.toLocaleString('en-US')}</dd>
          </dl>
          <div className="panel-body flush data-counts">
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
