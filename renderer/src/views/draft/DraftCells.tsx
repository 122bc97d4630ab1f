// A saved draft's progress, status, last change and links, as table cells: the Draft view's
// list and a league's recent drafts show them alike. `children` adds actions after the links.
import type { ReactNode } from 'react';
import type { DraftSummary } from '../../../../shared/ipc/types';
import { hrefFor } from '../../stores/routeSlice';

export function DraftProgressCells({ d, children }: { d: DraftSummary; children?: ReactNode }) {
  return (
    <>
      <td className="num">
        {d.picksMade} / {d.picksTotal}
      </td>
      <td>{d.status === 'complete' ? <span className="badge">Complete</span> : <span className="badge accent">In progress</span>}</td>
      <td className="muted">{new Date(d.updatedAt).toLocaleString()}</td>
      <td>
        <a href={hrefFor(`draft/${d.id}`)}>{d.status === 'complete' ? 'Board' : 'Resume'}</a>
        {' · '}
        <a href={hrefFor(`draft/${d.id}/results`)}>Results</a>
        {children}
      </td>
    </>
  );
}
