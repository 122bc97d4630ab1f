// Create or edit a league: every setting a draft needs. The main side validates with the
// league and scoring schemas; its message is shown as is and nothing is saved.
import { cloneElement, isValidElement, useEffect, useId, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import type { AdpSourceChoice, LeagueConfigInput } from '../../../../shared/domain/league';
import { STANDARD_ROSTER, type RosterSlots } from '../../../../shared/domain/roster';
import { SCORING_PRESETS, type ScoringRules } from '../../../../shared/domain/scoring';
import type { LeagueScoringPreset, PlayerSearchHit } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { PositionBadge } from '../../components/PositionBadge';
import { leagueInputSchema } from '../../../../shared/ipc/contract';
import { fieldErrors } from '../../../../shared/ipc/fieldErrors';
import { NotFound } from '../../shell/NotFound';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { useStore } from '../../stores/store';

type DraftType = LeagueConfigInput['draftType'];
interface KeeperRow {
  team: number;
  playerId: string;
  name: string;
  position: string | null;
  round: string;
  price: string;
}

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
const SLOT_KEYS: (keyof RosterSlots)[] = ['QB', 'RB', 'WR', 'TE', 'FLEX', 'SUPERFLEX', 'K', 'DST', 'BENCH'];
const DRAFT_TYPES: { value: DraftType; label: string }[] = [
  { value: 'snake', label: 'Snake' },
  { value: 'linear', label: 'Linear' },
  { value: 'third_round_reversal', label: '3rd-round reversal' },
  { value: 'auction', label: 'Auction' },
];
const PRESETS: { value: LeagueScoringPreset; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'half', label: 'Half PPR' },
  { value: 'ppr', label: 'PPR' },
  { value: 'custom', label: 'Custom' },
];

/** The custom-scoring fields people actually change, as [label, path]. */
const CUSTOM_FIELDS: [string, [keyof ScoringRules, string]][] = [
  ['Passing yards per point', ['passing', 'ydPerPoint']],
  ['Passing TD', ['passing', 'td']],
  ['Interception', ['passing', 'int']],
  ['Rushing yards per point', ['rushing', 'ydPerPoint']],
  ['Rushing TD', ['rushing', 'td']],
  ['Reception', ['receiving', 'rec']],
  ['TE premium per reception', ['receiving', 'tePremium']],
  ['Receiving yards per point', ['receiving', 'ydPerPoint']],
  ['Receiving TD', ['receiving', 'td']],
  ['Fumble lost', ['misc', 'fumbleLost']],
];

// Which stored ADP the league drafts against (bots and advice); auto fits its format and team count.
const ADP_SOURCES: { value: AdpSourceChoice; label: string }[] = [
  { value: 'auto', label: 'Freshest for this league' },
  { value: 'ffc', label: 'Fantasy Football Calculator' },
  { value: 'sleeper', label: 'Sleeper' },
  { value: 'csv', label: 'Imported CSV' },
];

export function LeagueForm({ id }: { id?: number }) {
  const navigate = useStore((s) => s.navigate);
  const [loaded, setLoaded] = useState(id === undefined);
  const [name, setName] = useState('My league');
  const [teams, setTeams] = useState(12);
  const [myTeam, setMyTeam] = useState(0);
  const [teamNames, setTeamNames] = useState('');
  const [preset, setPreset] = useState<LeagueScoringPreset>('ppr');
  const [custom, setCustom] = useState<ScoringRules>({ ...SCORING_PRESETS.ppr, name: 'Custom' });
  const [slots, setSlots] = useState<RosterSlots>({ ...STANDARD_ROSTER });
  const [draftType, setDraftType] = useState<DraftType>('snake');
  const [budget, setBudget] = useState(200);
  const [minBid, setMinBid] = useState(1);
  const [clock, setClock] = useState(0);
  const [adpSource, setAdpSource] = useState<AdpSourceChoice>('auto');
  const [keepers, setKeepers] = useState<KeeperRow[]>([]);
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
      setName(l.name);
      setTeams(l.config.teams);
      setMyTeam(l.config.myTeam);
      setTeamNames(l.teamNames.join('\n'));
      setPreset(l.scoringPreset);
      if (l.scoringPreset === 'custom') setCustom(l.scoring);
      setSlots(l.config.rosterSlots);
      setDraftType(l.config.draftType);
      setBudget(l.config.auctionBudget);
      setMinBid(l.config.minBid);
      setClock(l.config.pickClockSeconds);
      setAdpSource(l.config.adpSource ?? 'auto');
      const rows = await Promise.all(
        l.config.keepers.map(async (k) => {
          const p = await api.call('players.get', { id: Number(k.playerId) });
          return { team: k.team, playerId: k.playerId, name: p.ok ? p.value.name : k.playerId, position: p.ok ? p.value.position : null, round: String(k.round ?? ''), price: String(k.price ?? '') };
        }),
      );
      setKeepers(rows);
      setLoaded(true);
    });
  }, [id]);

  const rounds = SLOT_KEYS.reduce((n, k) => n + (slots[k] || 0), 0);
  const auction = draftType === 'auction';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const names = teamNames.split('\n').map((s) => s.trim());
    while (names.length && !names[names.length - 1]) names.pop();
    const payload = {
      name,
      scoringPreset: preset,
      ...(preset === 'custom' ? { scoring: custom } : {}),
      teamNames: names,
      config: {
        teams,
        myTeam,
        rosterSlots: slots,
        draftType,
        auctionBudget: budget,
        minBid,
        pickClockSeconds: clock,
        adpSource,
        keepers: keepers.map((k) => ({ team: k.team, playerId: k.playerId, ...(auction ? { price: Number(k.price) } : { round: Number(k.round) }) })),
      },
    };
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

  return (
    <>
      <ViewHeader title="Leagues" subtitle={id === undefined ? 'New league' : `Edit ${name}. Drafts already started keep the settings they started with.`} />
      <form className="view-body league-form" onSubmit={(e) => void submit(e)} noValidate>
        {error ? (
          <p className="draft-message" role="alert">
            Not saved: {error}
          </p>
        ) : null}
        <section className="panel" aria-labelledby="lf-basics">
          <div className="panel-header">
            <h2 id="lf-basics">League</h2>
          </div>
          <div className="panel-body lf-grid">
            <Field label="Name" error={fieldErrs.name}>
              <input className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
            </Field>
            <Field label="Teams" hint="4 to 20" error={fieldErrs['config.teams']}>
              <input className="input lf-num" type="number" min={4} max={20} value={teams} onChange={(e) => setTeams(Number(e.target.value))} />
            </Field>
            <Field label="Your draft slot" error={fieldErrs['config.myTeam']}>
              <select className="input" value={myTeam} onChange={(e) => setMyTeam(Number(e.target.value))}>
                {Array.from({ length: Math.max(1, Math.min(20, teams || 1)) }, (_, i) => (
                  <option key={i} value={i}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Pick clock" hint="seconds per pick; 0 for none" error={fieldErrs['config.pickClockSeconds']}>
              <input className="input lf-num" type="number" min={0} max={86400} value={clock} onChange={(e) => setClock(Number(e.target.value))} />
            </Field>
            <Field label="ADP source" hint="the market bots draft from and the advice times positions by">
              <select className="input" value={adpSource} onChange={(e) => setAdpSource(e.target.value as AdpSourceChoice)}>
                {ADP_SOURCES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Team names" hint="one per line, in draft-slot order; blank lines keep Team N" error={fieldErrs.teamNames}>
              <textarea className="input lf-names" rows={3} value={teamNames} onChange={(e) => setTeamNames(e.target.value)} />
            </Field>
          </div>
        </section>

        <section className="panel" aria-labelledby="lf-scoring">
          <div className="panel-header">
            <h2 id="lf-scoring">Scoring</h2>
            <Segmented name="scoring" options={PRESETS} value={preset} onChange={(v) => setPreset(v)} />
          </div>
          {preset === 'custom' ? (
            <div className="panel-body lf-grid lf-scoring">
              <Field label="Ruleset name">
                <input className="input" value={custom.name} onChange={(e) => setCustom({ ...custom, name: e.target.value })} />
              </Field>
              {CUSTOM_FIELDS.map(([label, [group, key]]) => (
                <Field key={label} label={label}>
                  <input
                    className="input lf-num"
                    type="number"
                    step="0.1"
                    value={(custom[group] as Record<string, number>)[key]}
                    onChange={(e) => setCustom({ ...custom, [group]: { ...(custom[group] as object), [key]: Number(e.target.value) } })}
                  />
                </Field>
              ))}
              <div className="lf-presets">
                Start from:{' '}
                {(['standard', 'half', 'ppr'] as const).map((p) => (
                  <button key={p} type="button" className="btn small" onClick={() => setCustom({ ...SCORING_PRESETS[p], name: custom.name })}>
                    {PRESETS.find((x) => x.value === p)!.label}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="lf-roster">
          <div className="panel-header">
            <h2 id="lf-roster">Roster</h2>
            <p>
              {rounds} players per team, so {auction ? `${rounds} roster spots to buy` : `${rounds} rounds`}
            </p>
          </div>
          <div className="panel-body lf-slots">
            {SLOT_KEYS.map((k) => (
              <label key={k} className="lf-slot">
                <span className="pos-badge" data-pos={k === 'BENCH' ? 'BN' : k}>
                  {k === 'SUPERFLEX' ? 'SFLX' : k === 'BENCH' ? 'BN' : k}
                </span>
                <input
                  className="input lf-num"
                  type="number"
                  min={0}
                  max={k === 'BENCH' ? 20 : 10}
                  value={slots[k]}
                  aria-label={`${k} slots`}
                  aria-invalid={fieldErrs[`config.rosterSlots.${k}`] ? true : undefined}
                  onChange={(e) => setSlots({ ...slots, [k]: Number(e.target.value) })}
                />
              </label>
            ))}
          </div>
          {SLOT_KEYS.some((k) => fieldErrs[`config.rosterSlots.${k}`]) ? (
            <div className="panel-body">
              {SLOT_KEYS.filter((k) => fieldErrs[`config.rosterSlots.${k}`]).map((k) => (
                <p key={k} className="field-error">
                  {fieldErrs[`config.rosterSlots.${k}`]}
                </p>
              ))}
            </div>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="lf-draft">
          <div className="panel-header">
            <h2 id="lf-draft">Draft</h2>
            <Segmented<DraftType> name="draftType" options={DRAFT_TYPES} value={draftType} onChange={(v) => setDraftType(v)} />
          </div>
          {auction ? (
            <div className="panel-body lf-grid">
              <Field label="Budget per team ($)" error={fieldErrs['config.auctionBudget']}>
                <input className="input lf-num" type="number" min={1} value={budget} onChange={(e) => setBudget(Number(e.target.value))} />
              </Field>
              <Field label="Minimum bid ($)" error={fieldErrs['config.minBid']}>
                <input className="input lf-num" type="number" min={0} value={minBid} onChange={(e) => setMinBid(Number(e.target.value))} />
              </Field>
            </div>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="lf-keepers">
          <div className="panel-header">
            <h2 id="lf-keepers">Keepers</h2>
            <p>{auction ? 'Each keeper costs his price from the team’s budget.' : 'Each keeper takes his team’s pick in the round he costs.'}</p>
          </div>
          <div className="panel-body">
            {keepers.length ? (
              <table className="data-table lf-keepers">
                <thead>
                  <tr>
                    <th>Player</th>
                    <th>Team</th>
                    <th>{auction ? 'Price ($)' : 'Round'}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {keepers.map((k, i) => (
                    <tr key={k.playerId}>
                      <td>
                        {k.position ? <PositionBadge position={k.position} /> : null} {k.name}
                      </td>
                      <td>
                        <select className="input" aria-label={`Team keeping ${k.name}`} value={k.team} onChange={(e) => setKeepers(keepers.map((x, j) => (j === i ? { ...x, team: Number(e.target.value) } : x)))}>
                          {Array.from({ length: Math.max(1, Math.min(20, teams || 1)) }, (_, t) => (
                            <option key={t} value={t}>
                              {teamNames.split('\n')[t]?.trim() || (t === myTeam ? `Team ${t + 1} (you)` : `Team ${t + 1}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input
                          className="input lf-num"
                          aria-label={auction ? `Price of ${k.name}` : `Round ${k.name} costs`}
                          inputMode="numeric"
                          value={auction ? k.price : k.round}
                          onChange={(e) => setKeepers(keepers.map((x, j) => (j === i ? { ...x, [auction ? 'price' : 'round']: e.target.value } : x)))}
                        />
                      </td>
                      <td>
                        <button type="button" className="btn ghost small" onClick={() => setKeepers(keepers.filter((_, j) => j !== i))}>
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">No keepers.</p>
            )}
            <KeeperSearch onAdd={(p) => !keepers.some((k) => k.playerId === String(p.id)) && setKeepers([...keepers, { team: myTeam, playerId: String(p.id), name: p.name, position: p.position, round: String(rounds), price: '1' }])} />
          </div>
        </section>

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

/**
 * A labelled control; with a problem, the words sit beside it, outside the label (the field's
 * name stays "Teams"), tied to the control by aria-describedby.
 */
function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  const errorId = useId();
  const control = error && isValidElement(children) ? cloneElement(children as ReactElement<Record<string, unknown>>, { 'aria-invalid': true, 'aria-describedby': errorId }) : children;
  const labelled = (
    <label className="field">
      <span className="field-label">{label}</span>
      {control}
      {!error && hint ? <span className="field-hint">{hint}</span> : null}
    </label>
  );
  if (!error) return labelled;
  return (
    <div className="field has-error">
      {labelled}
      <span id={errorId} className="field-error">
        {error}
      </span>
    </div>
  );
}

function Segmented<T extends string>({ name, options, value, onChange }: { name: string; options: { value: T; label: string }[]; value: T; onChange(v: T): void }) {
  return (
    <fieldset className="segmented" aria-label={name}>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function KeeperSearch({ onAdd }: { onAdd(p: PlayerSearchHit): void }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<PlayerSearchHit[]>([]);
  const [active, setActive] = useState(0);
  const listId = useId();
  const typed = q.trim().length >= 2;
  useEffect(() => {
    if (!typed) return;
    let live = true;
    const t = setTimeout(() => {
      void api.call('players.search', { query: q, poolOnly: true, limit: 8 }).then((r) => live && r.ok && (setHits(r.value), setActive(0)));
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, typed]);
  const shown = typed ? hits : [];
  const add = (p: PlayerSearchHit | undefined) => {
    if (!p) return;
    onAdd(p);
    setQ('');
    setHits([]);
  };
  return (
    <div className="lf-keeper-search">
      <input
        className="input"
        type="search"
        placeholder="Add a keeper: type a name, Enter"
        aria-label="Add a keeper"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(shown.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') {
            e.preventDefault();
            add(shown[active]);
          } else return;
          e.preventDefault();
        }}
      />
      {shown.length ? (
        <ul className="lf-hits" id={listId} role="listbox">
          {shown.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseDown={(e) => (e.preventDefault(), add(h))}>
              {h.position ? <PositionBadge position={h.position} /> : null} {h.name} <span className="muted">{h.team ?? 'FA'}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
