// The room header's actions, the same in the pick room and the auction room: undo and redo
// (the room's keys do the same), anything the room adds, the CSV export and the results.
import type { ReactNode } from 'react';
import type { DraftRoom } from '../../../../shared/ipc/types';
import { hrefFor } from '../../stores/routeSlice';
import { downloadCsv } from './roomShared';

export function RoomActions(props: { room: DraftRoom; busy: boolean; complete: boolean; onUndo(): void; onRedo(): void; children?: ReactNode }) {
  const { room, busy, complete, children } = props;
  const draftId = room.draft.id;
  return (
    <>
      <button type="button" className="btn" onClick={props.onUndo} disabled={!room.canUndo || busy} aria-keyshortcuts="Control+Z">
        Undo <kbd>Ctrl Z</kbd>
      </button>
      <button type="button" className="btn" onClick={props.onRedo} disabled={!room.canRedo || busy} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      {children}
      <button type="button" className="btn" onClick={() => void downloadCsv(draftId)}>
        Export CSV
      </button>
      <a className={`btn${complete ? ' primary' : ''}`} href={hrefFor(`draft/${draftId}/results`)}>
        Results
      </a>
    </>
  );
}
