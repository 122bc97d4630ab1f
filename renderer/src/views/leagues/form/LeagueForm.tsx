// Create or edit a league: every setting a draft needs, in sections (league, scoring, roster,
// draft, keepers) that share one form state (leagueForm.ts). The contract's schema checks
// the payload first, so each problem shows beside its field; the main side validates again
// and its message is shown as is, with nothing saved.
import { useEffect, useReducer, useState, type FormEvent } from 'react';
import { leagueInputSchema } from '../../../../../shared/ipc/contract';
import { fieldErrors } from '../../../../../shared/ipc/fieldErrors';
import { api } from '../../../api';
import { Alert } from '../../../components/Alert';
import { ViewHeader } from '../../../components/ViewHeader';
import { NotFound } from '../../../shell/NotFound';
import { hrefFor } from '../../../stores/routeSlice';
import { useStore } from '../../../stores/store';
import { DraftSection } from './DraftSection';
import { KeepersSection } from './KeepersSection';
import { LeagueSection } from './LeagueSection';
import { leagueForm, leaguePayload, newLeagueForm } from './leagueFormState';
import { RosterSection } from './RosterSection';
import { ScoringSection } from './ScoringSection';

/** Field names as the form shows them, for the problems found before sending. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  teamNames: 'Team names',
  'config.teams': 'Teams',
  'config.myTeam': 'Your draft slot',
  'config.pickClockSeconds': 'Pick clock',
  'config.auctionBudget': 'Budget per team',
  'config.minBid': 'Minimum bid',
  ...Object.fromEntries(['QB', 'RB', 'WR', 'TE', 'FLEX', 'SUPERFLEX', 'K', 'DST', 'BENCH'].map((k) => [`config.rosterSlots.${k}`, `${k} slots`])),
};
/** Paths whose problems show beside their field (the rest go in the message at the top). */
const SHOWN_BESIDE = ['name', 'teamNames', 'config.teams', 'config.myTeam', 'config.pickClockSeconds', 'config.auctionBudget', 'config.minBid'];

export function LeagueForm({ id }: { id?: number }) {
  const navigate = useStore((s) => s.navigate);
  const [form, dispatch] = useReducer(leagueForm, undefined, newLeagueForm);
  const [loaded, setLoaded] = useState(id === undefined);
  const [error, setError] = useState<string | null>(null);
  // Problems found by the league schema before sending, by field path, in plain words.
  const [fieldErrs, setFieldErrs] = useState<Record<string, string>>({});
  // The league could not be read (deleted, or an id that never existed): no form to show.
  const [missing, setMissing] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    void api.call('leagues.get', { id }).then(async (r) => {
      if (!r.ok) return setMissing(r.error.message);
      const l = r.value;
      const keepers = await Promise.all(
        l.config.keepers.map(async (k) => {
          const p = await api.call('players.get', { id: Number(k.playerId) });
          return { team: k.team, playerId: k.playerId, name: p.ok ? p.value.name : k.playerId, position: p.ok ? p.value.position : null, round: String(k.round ?? ''), price: String(k.price ?? '') };
        }),
      );
      dispatch({ type: 'loaded', league: l, keepers });
      setLoaded(true);
    });
  }, [id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const payload = leaguePayload(form);
    // The contract's own schema, checked here first, so each problem shows beside its field.
    const checked = leagueInputSchema.safeParse(payload);
    if (!checked.success) {
      const errs = fieldErrors(checked.error.issues, FIELD_LABELS);
      setFieldErrs(errs);
      const elsewhere = Object.entries(errs).filter(([path]) => !SHOWN_BESIDE.some((p) => path === p || path.startsWith('config.rosterSlots.')));
      const count = Object.keys(errs).length;
      setError(`${count === 1 ? 'one field needs' : `${count} fields need`} a fix.${elsewhere.length ? ` ${elsewhere.map(([, m]) => m).join(' ')}` : ' See the marked fields below.'}`);
      setSaving(false);
      return;
    }
    setFieldErrs({});
    const r = id === undefined ? await api.call('leagues.create', payload) : await api.call('leagues.update', { id, ...payload });
    setSaving(false);
    if (!r.ok) return setError(r.error.message.replace(/^Invalid request for leagues\.\w+: /, ''));
    navigate('leagues');
  };

  if (missing) return <NotFound title="League not found" message={`${missing} It may have been deleted.`} back={{ path: 'leagues', label: 'Back to Leagues' }} />;
  if (!loaded) return <ViewHeader title="Leagues" subtitle="Loading the league…" />;

  const sections = { form, dispatch, fieldErrs };
  return (
    <>
      <ViewHeader title="Leagues" subtitle={id === undefined ? 'New league' : `Edit ${form.name}. Drafts already started keep the settings they started with.`} />
      <form className="view-body league-form" onSubmit={(e) => void submit(e)} noValidate>
        <Alert className="draft-message" message={error && `Not saved: ${error}`} />
        <LeagueSection {...sections} />
        <ScoringSection {...sections} />
        <RosterSection {...sections} />
        <DraftSection {...sections} />
        <KeepersSection {...sections} />
        <div className="lf-actions">
          <button type="submit" className="btn primary" disabled={saving}>
            {id === undefined ? 'Create league' : 'Save league'}
          </button>
          <a className="btn ghost" href={hrefFor('leagues')}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
