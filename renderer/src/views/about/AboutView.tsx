// About: what this copy of GridScout is, where it keeps its data, and whose data it shows.
import { ViewHeader } from '../../components/ViewHeader';
import { Panel } from '../../components/Panel';
import { DataSourcesTable } from '../../components/DataSourcesTable';
import { useStore } from '../../stores/store';
import './about.css';

export default function AboutView() {
  const info = useStore((s) => s.info);
  if (!info) return <ViewHeader title="About" />;
  const { versions } = info;
  return (
    <>
      <ViewHeader title="About" subtitle="Fantasy football scouting and drafting, offline, on real NFL data." />
      <div className="view-body about-grid">
        <Panel id="about-app" title="Application">
          <dl className="panel-body facts">
            <dt>Name</dt>
            <dd>{info.name}</dd>
            <dt>Version</dt>
            <dd className="mono">{info.version}</dd>
            <dt>Mode</dt>
            <dd>{info.mode === 'electron' ? 'Desktop app' : 'Browser mode (npm run serve)'}</dd>
            <dt>Platform</dt>
            <dd className="mono">{info.platform}</dd>
          </dl>
        </Panel>

        <Panel id="about-runtime" title="Runtime">
          <dl className="panel-body facts">
            <dt>Node.js</dt>
            <dd className="mono">{versions.node}</dd>
            <dt>Electron</dt>
            <dd className="mono">{versions.electron ?? 'not used in browser mode'}</dd>
            <dt>Chromium</dt>
            <dd className="mono">{versions.chrome ?? browserVersion()}</dd>
            <dt>SQLite</dt>
            <dd className="mono">{versions.sqlite}</dd>
          </dl>
        </Panel>

        <Panel id="about-storage" title="Your data on this computer" className="about-wide">
          <dl className="panel-body facts">
            <dt>Data folder</dt>
            <dd className="mono">{info.home}</dd>
            <dt>Database</dt>
            <dd className="mono">{info.databasePath}</dd>
          </dl>
        </Panel>

        <Panel id="about-sources" title="Data sources and licences" className="about-wide" aside={<span className="badge accent">Data: nflverse, CC BY 4.0</span>}>
          <div className="panel-body flush">
            <DataSourcesTable sources={info.dataSources} />
          </div>
          <div className="panel-body about-note">
            <p>
              Player statistics, rosters and schedules come from nflverse under the Creative Commons Attribution 4.0
              licence. GridScout makes no network request unless you refresh data or send feedback.
            </p>
            <p>
              Evaluation-only files (the ADP and Pro-Football-Reference tables used to measure the draft
              recommender in tests) never ship with the app and are never shown in it.
            </p>
          </div>
        </Panel>
      </div>
    </>
  );
}

function browserVersion(): string {
  const match = /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent);
  return match?.[1] ? `${match[1]} (this browser)` : 'this browser';
}
