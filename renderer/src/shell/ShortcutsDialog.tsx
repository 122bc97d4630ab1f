import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { DataTable, type Column } from '../components/DataTable';
import { IconClose } from '../components/icons';
import { useStore } from '../stores/store';
import { VIEWS } from '../views/registry';
import { viewShortcuts } from './viewShortcuts';

/** "Ctrl+Shift+Z" as keycaps; "+" alone is a key too. */
function Chord({ keys }: { keys: string }) {
  const parts = keys === '+' ? ['+'] : keys.split('+');
  return (
    <>
      {parts.map((k, i) => (
        <Fragment key={i}>
          {i > 0 ? ' + ' : null}
          <kbd>{k}</kbd>
        </Fragment>
      ))}
    </>
  );
}

interface NavRow {
  what: string;
  keys: ReactNode;
  or?: ReactNode;
}

const NAV_ROWS: NavRow[] = [
  ...VIEWS.map((v) => ({
    what: v.label,
    keys: (
      <>
        <kbd>Alt</kbd> + <kbd>{v.digit}</kbd>
      </>
    ),
    or: (
      <>
        <kbd>g</kbd> then <kbd>{v.letter}</kbd>
      </>
    ),
  })),
  { what: 'This list', keys: <kbd>?</kbd> },
  {
    what: 'Skip to the view',
    keys: (
      <>
        <kbd>Tab</kbd> from the top, then <kbd>Enter</kbd>
      </>
    ),
  },
];

const NAV_COLUMNS: Column<NavRow>[] = [
  { key: 'what', header: 'Go to', cell: (r) => r.what },
  { key: 'keys', header: 'Shortcut', cell: (r) => r.keys },
  { key: 'or', header: 'Or', cell: (r) => r.or },
];

/**
 * The list of keyboard shortcuts (opened with ? or the keyboard button): first the keys of
 * the view it was opened from, then navigation. Esc closes it.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const route = useStore((s) => s.route);
  const local = viewShortcuts(route);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <div className="dialog-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="btn ghost icon" onClick={onClose} aria-label="Close">
          <IconClose />
        </button>
      </div>
      {local ? (
        <table className="data-table shortcuts-table" aria-label={local.title}>
          <thead>
            <tr>
              <th scope="col">{local.title}</th>
              <th scope="col" colSpan={2}>
                Keys
              </th>
            </tr>
          </thead>
          <tbody>
            {local.shortcuts.map((s) => (
              <tr key={s.what}>
                <td>{s.what}</td>
                <td colSpan={2}>
                  {s.keys.map((k, i) => (
                    <Fragment key={k}>
                      {i > 0 ? ' or ' : null}
                      <Chord keys={k} />
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <DataTable className="shortcuts-table" aria-label="Navigation" columns={NAV_COLUMNS} rows={NAV_ROWS} rowKey={(r) => r.what} />
    </dialog>
  );
}
