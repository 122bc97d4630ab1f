// A saved draft's mode, progress, status, last change and links, as table columns: the Draft
// view's list and a league's recent drafts show them alike. `actions` adds buttons after the links.
import type { ReactNode } from 'react';
import type { DraftSummary } from '../../../../shared/ipc/types';
import type { Column } from '../../components/DataTable';
import { hrefFor } from '../../stores/routeSlice';

export const DRAFT_MODE_COLUMN: Column<DraftSummary> = { key: 'mode', header: 'Mode', cell: (d) => (d.mode === 'mock' ? 'Mock vs bots' : 'Live assistant') };

export function draftProgressColumns(actions?: (d: DraftSummary) => ReactNode): Column<DraftSummary>[] {
  return [
    {
      key: 'progress',
      header: 'Progress',
      className: 'num',
      cell: (d) => (
        <>
          {d.picksMade} / {d.picksTotal}
        </>
      ),
    },
    { key: 'status', header: 'Status', cell: (d) => (d.status === 'complete' ? <span className="badge">Complete</span> : <span className="badge accent">In progress</span>) },
    { key: 'changed', header: 'Last change', cellClassName: 'muted', cell: (d) => new Date(d.updatedAt).toLocaleString() },
    {
      key: 'links',
      header: '',
      cell: (d) => (
        <>
          <a href={hrefFor(`draft/${d.id}`)}>{d.status === 'complete' ? 'Board' : 'Resume'}</a>
          {' · '}
          <a href={hrefFor(`draft/${d.id}/results`)}>Results</a>
          {actions?.(d)}
        </>
      ),
    },
  ];
}
