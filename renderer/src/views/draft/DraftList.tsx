// #/draft without a draft: the saved drafts to resume, newest first, and where to start one.
import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { IconDraft } from '../../components/icons';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { DRAFT_TYPE_LABELS } from './labels';
import { FollowForm } from './FollowForm';
import { DataTable, type Column } from '../../components/DataTable';
import { DRAFT_MODE_COLUMN, draftProgressColumns } from './draftColumns';
import { Panel } from '../../components/Panel';

export function DraftList() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void api.call('drafts.list', {}).then((r) => (r.ok ? setDrafts(r.value) : setFailed(r.error.message)));
  }, [version]);

  const remove = async (d: DraftSummary) => {
    const what = `${d.mode === 'mock' ? 'mock' : 'live'} draft #${d.id} of ${d.leagueName} (${d.picksMade} of ${d.picksTotal} picks)`;
    if (!window.confirm(`Delete the ${what}? Its picks cannot be brought back.`)) return;
    const r = await api.call('drafts.delete', { draftId: d.id });
    setFailed(r.ok ? null : r.error.message);
    setVersion((v) => v + 1);
  };
  const columns: Column<DraftSummary>[] = [
    { key: 'league', header: 'League', cell: (d) => d.leagueName },
    DRAFT_MODE_COLUMN,
    { key: 'type', header: 'Type', cell: (d) => DRAFT_TYPE_LABELS[d.draftType] },
    { key: 'teams', header: 'Teams', className: 'num', cell: (d) => d.teams },
    { key: 'season', header: 'Season', className: 'num', cell: (d) => d.season },
    ...draftProgressColumns((d) => (
      <>
        {' · '}
        <button type="button" className="link-button" onClick={() => void remove(d)} aria-label={`Delete draft #${d.id} of ${d.leagueName}`}>
          Delete
        </button>
      </>
    )),
  ];
  return (
    <>
      <ViewHeader title="Draft" subtitle="Mock drafts against bots and live drafts you follow, saved pick by pick." actions={<a className="btn primary" href={hrefFor('leagues')}>Start a draft from a league</a>} />
      <div className="view-body">
        {failed ? <p className="draft-message" role="alert">{failed}</p> : null}
        <FollowForm />
        {drafts && drafts.length === 0 ? (
          <EmptyState icon={IconDraft} title="No drafts yet">
            <p>Set up a league (teams, scoring, roster, draft type, keepers) in Leagues, then start a mock draft against bots or a live draft assistant from it.</p>
          </EmptyState>
        ) : null}
        {drafts && drafts.length > 0 ? (
          <Panel id="drafts-title" title="Saved drafts">
            <div className="panel-body flush">
              <DataTable columns={columns} rows={drafts} rowKey={(d) => d.id} />
            </div>
          </Panel>
        ) : null}
      </div>
    </>
  );
}
