import { useEffect, useRef } from 'react';
import { IconClose } from '../components/icons';
import { VIEWS } from '../views/registry';

/** The list of keyboard shortcuts (opened with ? or the keyboard button). Esc closes it. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
      <table className="data-table shortcuts-table">
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
