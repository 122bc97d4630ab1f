import { useStore } from '../stores/store';
import { CommandLine } from './CommandLine';
import { IconData } from './icons';

/**
 * The three ways to load player data, for first-run screens. DIR is a folder of nflverse
 * CSV files (and optionally Sleeper JSON), e.g. the project's shared data folder.
 */
export function LoadDataHelp({ showDataLink = true }: { showDataLink?: boolean }) {
  const navigate = useStore((s) => s.navigate);
  return (
    <div className="load-data">
      <h3>Load player data</h3>
      <ol className="load-data-steps">
        <li>
          <p>
            Import a folder of nflverse files from the command line (<code>DIR</code> holds the player stats,
            rosters and schedule CSVs):
          </p>
          <CommandLine command="npm run data:import -- --from DIR" />
        </li>
        <li>
          <p>Or start the browser mode with the folder; it imports on the first start:</p>
          <CommandLine command="npm run serve -- --data DIR" />
        </li>
        <li>
          <p>
            Or refresh online from the Data view: it downloads the latest nflverse release files and
            Sleeper&rsquo;s player list, with progress, and keeps your current data if anything fails.
          </p>
        </li>
      </ol>
      {showDataLink ? (
        <button type="button" className="btn" onClick={() => navigate('data')}>
          <IconData /> Open the Data view
        </button>
      ) : null}
      <p className="load-data-credit muted">Data: nflverse, CC BY 4.0</p>
    </div>
  );
}
