import { Fragment, useEffect, useRef } from 'react';
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
      <table className="data-table shortcuts-table" aria-label="Navigation">
        <thead>
          <tr>
            <th scope="col">Go to</th>
            <th scope="col">Shortcut</th>
            <th scope="col">Or</th>
          </tr>
        </thead>
        <tbody>
          {VIEWS.map((v) => (
            <tr key={v.id}>
              <td>{v.label}</td>
              <td>
                <kbd>Alt</kbd> + <kbd>{v.digit}</kbd>
              </td>
              <td>
                <kbd>g</kbd> then <kbd>{v.letter}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>This list</td>
            <td>
              <kbd>?</kbd>
            </td>
            <td />
          </tr>
          <tr>
            <td>Skip to the view</td>
            <td>
              <kbd>Tab</kbd> from the top, then <kbd>Enter</kbd>
            </td>
            <td />
          </tr>
        </tbody>
      </table>
    </dialog>
  );
}
