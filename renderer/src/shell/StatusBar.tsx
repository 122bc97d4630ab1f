import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../stores/store';

/** The bottom line: the data credit (shown wherever data appears), what is loaded, help. */
export function StatusBar() {
  const { schemaVersion, players, firstRun } = useStore(
    useShallow((s) => ({
      schemaVersion: s.status?.schemaVersion,
      players: s.status?.counts.players ?? 0,
      firstRun: s.status?.firstRun ?? true,
    })),
  );
  return (
    <footer className="statusbar">
      <span>Data: nflverse, CC BY 4.0</span>
      <span className="statusbar-sep" aria-hidden="true" />
      <span>{firstRun ? 'No player data loaded' : `${players.toLocaleString('en-US')} players`}</span>
      {schemaVersion !== undefined ? (
        <>
          <span className="statusbar-sep" aria-hidden="true" />
          <span>Database schema v{schemaVersion}</span>
        </>
      ) : null}
      <span className="statusbar-spacer" />
      <span>
        <kbd>Alt</kbd> + <kbd>1</kbd>–<kbd>9</kbd> switch views · <kbd>?</kbd> all shortcuts
      </span>
    </footer>
  );
}
