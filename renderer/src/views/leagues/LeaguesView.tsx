// Leagues: every league with its settings and drafts; create or edit one (#/leagues/new,
// #/leagues/<id>); start a mock draft or a live draft assistant from it.
import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary, League } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { IconLeagues } from '../../components/icons';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { useStore } from '../../stores/store';
import type { ViewProps } from '../registry';
import { DRAFT_TYPE_LABELS } from '../draft/labels';
import { NotFound } from '../../shell/NotFound';
import { LeagueForm } from './form/LeagueForm';
import { MockPartyForm } from './MockPartyForm';
import './leagues.css';
import { ordinal } from '../../../../shared/domain/format';
import { Alert } from '../../components/Alert';
import { DRAFT_MODE_COLUMN, draftProgressColumns } from '../draft/draftColumns';
import { DataTable, type Column } from '../../components/DataTable';

export default function LeaguesView({ route }: ViewProps) {
  const sub = route.params[0];
  if (sub === 'new') return <LeagueForm />;
  if (sub && /^[1-9]\d*$/.test(sub)) return <LeagueForm key={sub} id={Number(sub)} />;
  if (sub) return <NotFound title="League not found" message={`"${sub}" is not a league.`} back={{ path: 'leagues', label: 'Back to Leagues' }} />;
  return <LeagueList />;
}

const SCORING_LABELS: Record<string, string> = { standard: 'Standard', half: 'Half PPR', ppr: 'PPR', custom: 'Custom' };

const LEAGUE_DRAFT_COLUMNS: Column<DraftSummary>[] = [{ key: 'draft', header: 'Draft', cell: (d) => `#${d.id}` }, DRAFT_MODE_COLUMN, ...draftProgressColumns()];

function rosterLine(l: League): string {
  const s = l.config.rosterSlots;
  const parts = (['QB', 'RB', 'WR', 'TE', 'FLEX', 'SUPERFLEX', 'K', 'DST'] as const).filter((k) => s[k] > 0).map((k) => (s[k] > 1 ? `${s[k]} ${k}` : k));
  return `${parts.join(', ')}, ${s.BENCH} bench`;
}

function LeagueList() {
  const [leagues, setLeagues] = useState<League[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // "Mock draft" on a league with one in progress: offer to resume it before starting anew.
  const [resumeOffer, setResumeOffer] = useState<DraftSummary | null>(null);
  // "Mock with friends" open for this league: the user ticks the teams people draft.
  const [partyFor, setPartyFor] = useState<number | null>(null);
  const navigate = useStore((s) => s.navigate);
  const firstRun = useStore((s) => s.status?.firstRun ?? false);

  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    void api.call('leagues.list', {}).then((r) => {
      if (!live) return;
      if (r.ok) setLeagues(r.value);
      else setMessage(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const startMock = (l: League) => {
    const inProgress = l.drafts.find((d) => d.mode === 'mock' && d.status === 'active');
    if (inProgress) setResumeOffer(inProgress);
    else void start(l.id, 'mock');
  };

  const start = async (leagueId: number, mode: 'mock' | 'live', humanTeams?: number[]) => {
    setResumeOffer(null);
    setPartyFor(null);
    setBusy(true);
    const r = await api.call('drafts.create', { leagueId, mode, ...(humanTeams ? { humanTeams } : {}) });
    setBusy(false);
    if (r.ok) navigate(`draft/${r.value.draft.id}`);
    else setMessage(r.error.message);
  };

  const remove = async (l: League) => {
    if (!window.confirm(`Delete ${l.name} and its ${l.drafts.length} saved draft(s)?`)) return;
    const r = await api.call('leagues.delete', { id: l.id });
    if (!r.ok) setMessage(r.error.message);
    load();
  };

  return (
    <>
      <ViewHeader
        title="Leagues"
        subtitle="Your leagues' rules: teams, scoring, roster, draft type, keepers and clock. Drafts start from here."
        actions={
          <a className="btn primary" href={hrefFor('leagues/new')}>
            New league
          </a>
        }
      />
      <div className="view-body leagues">
        <Alert className="draft-message" message={message} />
        {firstRun ? <p className="muted">Load player data in the Data view first: drafts need the player pool and its projections.</p> : null}
        {leagues && leagues.length === 0 ? (
          <EmptyState icon={IconLeagues} title="No leagues yet" actions={<a className="btn primary" href={hrefFor('leagues/new')}>Create your first league</a>}>
            <p>A league holds the rules a draft is played under. Create one with your league&rsquo;s settings, then run mock drafts against bots or follow your real draft with the live assistant.</p>
          </EmptyState>
        ) : null}
        {leagues?.map((l) => (
          <section key={l.id} className="panel league-card" aria-labelledby={`league-${l.id}`}>
            <div className="panel-header">
              <div>
                <h2 id={`league-${l.id}`}>{l.name}</h2>
                <p>
                  {l.config.teams} teams · you pick {ordinal(1 + l.config.myTeam)} · {DRAFT_TYPE_LABELS[l.config.draftType]}
                  {l.config.draftType === 'auction' ? ` ($${l.config.auctionBudget}, min $${l.config.minBid})` : ''} · {SCORING_LABELS[l.scoringPreset]}
                  {l.scoringPreset === 'custom' ? ` (${l.scoring.name})` : ''} · {rosterLine(l)}
                  {l.config.keepers.length ? ` · ${l.config.keepers.length} keeper${l.config.keepers.length > 1 ? 's' : ''}` : ''}
                  {l.config.pickClockSeconds ? ` · ${l.config.pickClockSeconds}s clock` : ''}
                </p>
              </div>
              <div className="league-actions">
                <button type="button" className="btn primary" disabled={busy || firstRun} onClick={() => startMock(l)}>
                  Mock draft
                </button>
                {l.config.draftType !== 'auction' ? (
                  <button type="button" className="btn" disabled={busy || firstRun} onClick={() => setPartyFor(l.id)} title="A mock draft where league mates draft some teams from their phones">
                    Mock with friends
                  </button>
                ) : null}
                <button type="button" className="btn" disabled={busy || firstRun} onClick={() => void start(l.id, 'live')}>
                  Live draft
                </button>
                <a className="btn ghost" href={hrefFor(`leagues/${l.id}`)}>
                  Edit
                </a>
                <button type="button" className="btn ghost" onClick={() => void remove(l)} aria-label={`Delete ${l.name}`}>
                  Delete
                </button>
              </div>
            </div>
            {resumeOffer?.leagueId === l.id ? (
              <div className="panel-body resume-offer" role="group" aria-label="A mock draft is in progress">
                <p>
                  A mock draft of this league is in progress ({resumeOffer.picksMade} of {resumeOffer.picksTotal} picks, last change{' '}
                  {new Date(resumeOffer.updatedAt).toLocaleString()}).
                </p>
                <div className="league-actions">
                  <a className="btn primary" href={hrefFor(`draft/${resumeOffer.id}`)}>
                    Resume it
                  </a>
                  <button type="button" className="btn" disabled={busy} onClick={() => void start(l.id, 'mock')}>
                    Start a new one
                  </button>
                  <button type="button" className="btn ghost" onClick={() => setResumeOffer(null)}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : null}
            {partyFor === l.id ? <MockPartyForm league={l} busy={busy} onStart={(teams) => void start(l.id, 'mock', teams)} onCancel={() => setPartyFor(null)} /> : null}
            {l.drafts.length ? (
              <div className="panel-body flush">
                <DataTable columns={LEAGUE_DRAFT_COLUMNS} rows={l.drafts.slice(0, 5)} rowKey={(d) => d.id} />
              </div>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}

