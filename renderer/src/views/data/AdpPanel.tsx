// The Data view's ADP section: which market each format drafts against, refresh from Fantasy
// Football Calculator (default) or Sleeper (opt-in, non-commercial terms), import a CSV, the
// snapshot history, and the rows no player was matched to, each matchable by hand (kept for
// every later refresh).
import { useCallback, useEffect, useId, useState } from 'react';
import type { AdpFormatName, AdpLoadResult, AdpStatus, AdpUnmatchedRow, PlayerSearchHit } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { Panel } from '../../components/Panel';

const FORMATS: { value: AdpFormatName; label: string }[] = [
  { value: 'ppr', label: 'PPR' },
  { value: 'half', label: 'Half PPR' },
  { value: 'standard', label: 'Standard' },
  { value: '2qb', label: '2QB / superflex' },
];
const SOURCE_LABEL = { ffc: 'Fantasy Football Calculator', sleeper: 'Sleeper', csv: 'CSV' } as const;

export function AdpPanel() {
  const [status, setStatus] = useState<AdpStatus | null>(null);
  const [source, setSource] = useState<'ffc' | 'sleeper'>('ffc');
  const [format, setFormat] = useState<AdpFormatName>('ppr');
  const [teams, setTeams] = useState(12);
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const ids = { source: useId(), format: useId(), teams: useId(), file: useId() };

  const load = useCallback(() => api.call('adp.status', {}).then((r) => r.ok && setStatus(r.value)), []);
  useEffect(() => {
    void load();
    return api.onEvent((name, payload) => {
      const tables = (payload as { tables?: string[] }).tables ?? [];
      if (name === 'data.changed' && (tables.includes('adp_snapshots') || tables.includes('players'))) void load();
    });
  }, [load]);

  const said = (r: AdpLoadResult) =>
    `${SOURCE_LABEL[r.source]} ${r.season} ${r.format}: ${r.matched} of ${r.rows} players matched${r.unmatched.length ? `, ${r.unmatched.length} unmatched (below)` : ''}${r.reused ? '. Fetched in the last day already: kept that one (tick "Fetch again" to ask now).' : '.'}`;

  const refresh = async () => {
    setBusy(true);
    setOutcome(null);
    const r = await api.call('adp.refresh', { source, format, teams, force });
    setBusy(false);
    setOutcome(r.ok ? { ok: true, text: said(r.value) } : { ok: false, text: r.error.message });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    const r = await api.call('adp.import', { fileName: file.name, text: await file.text(), format });
    setBusy(false);
    setOutcome(r.ok ? { ok: true, text: said(r.value) } : { ok: false, text: r.error.message });
  };

  return (
    <Panel
      id="data-adp"
      title="ADP: the draft market"
      aside={
        <a className="badge accent" href="https://fantasyfootballcalculator.com/adp" target="_blank" rel="noreferrer">
          ADP: Fantasy Football Calculator
        </a>
      }
    >
      <div className="panel-body adp-body">
        <p className="muted adp-why">
          Mock-draft bots draft from this market and the advice times each position by it, as the simulations measured. Without this
          season&rsquo;s ADP the app estimates it from earlier seasons&rsquo; ADP and its projections, and says so.
        </p>
        {status && status.markets.length > 0 ? (
          <ul className="adp-markets" aria-label="Market per format">
            {status.markets.map((m) => (
              <li key={m.format}>
                <span className={`badge ${m.market.kind === 'adp' ? 'accent' : ''}`}>{FORMATS.find((f) => f.value === m.format)!.label}</span> {m.market.label}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="adp-forms">
          <div className="adp-row">
            <label className="field-label" htmlFor={ids.source}>
              Source
            </label>
            <select id={ids.source} className="input" value={source} onChange={(e) => setSource(e.target.value as 'ffc' | 'sleeper')}>
              <option value="ffc">Fantasy Football Calculator</option>
              <option value="sleeper">Sleeper (non-commercial use only)</option>
            </select>
            <label className="field-label" htmlFor={ids.format}>
              Format
            </label>
            <select id={ids.format} className="input" value={format} onChange={(e) => setFormat(e.target.value as AdpFormatName)}>
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
            <label className="field-label" htmlFor={ids.teams}>
              Teams
            </label>
            <select id={ids.teams} className="input" value={teams} disabled={source !== 'ffc'} onChange={(e) => setTeams(Number(e.target.value))}>
              {[8, 10, 12, 14].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <label className="adp-check">
              <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> Fetch again
            </label>
            <button type="button" className="btn" disabled={busy} onClick={() => void refresh()}>
              {busy ? 'Working…' : 'Refresh ADP'}
            </button>
          </div>
          <div className="adp-row">
            <label className="field-label" htmlFor={ids.file}>
              Import a CSV ({FORMATS.find((f) => f.value === format)!.label})
            </label>
            <input id={ids.file} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void importFile(e.target.files?.[0])} />
            <span className="field-hint">FantasyPros&rsquo; ADP export, or any CSV with Player, POS, Team and ADP (or AVG) columns.</span>
          </div>
          {source === 'sleeper' ? <p className="field-hint">Sleeper&rsquo;s API terms allow non-commercial use only.</p> : null}
        </div>
        {outcome ? (
          <p className={outcome.ok ? 'adp-outcome' : 'data-error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.text}
          </p>
        ) : null}
        {status && status.snapshots.length > 0 ? <AdpHistory status={status} /> : null}
        {status && status.unmatched.length > 0 ? <Unmatched rows={status.unmatched} onMatched={setStatus} /> : null}
      </div>
    </Panel>
  );
}

function AdpHistory({ status }: { status: AdpStatus }) {
  return (
    <table className="data-table adp-history">
      <caption className="adp-caption">ADP snapshots</caption>
      <thead>
        <tr>
          <th scope="col">Season</th>
          <th scope="col">Source</th>
          <th scope="col">Format</th>
          <th scope="col" className="num">
            Teams
          </th>
          <th scope="col" className="num">
            Matched
          </th>
          <th scope="col">Drafts</th>
          <th scope="col">Fetched</th>
        </tr>
      </thead>
      <tbody>
        {status.snapshots.slice(0, 30).map((s) => (
          <tr key={s.id} title={`${s.origin}\n${s.attribution}`}>
            <td className="num-left">{s.season}</td>
            <td>{s.source === 'csv' ? s.origin : SOURCE_LABEL[s.source]}</td>
            <td>{FORMATS.find((f) => f.value === s.format)?.label ?? s.format}</td>
            <td className="num">{s.teams ?? '–'}</td>
            <td className="num">
              {s.matched} / {s.rows}
            </td>
            <td className="muted adp-drafts">{s.totalDrafts !== null ? `${s.totalDrafts.toLocaleString('en-US')} drafts${s.startDate ? `, ${s.startDate} to ${s.endDate}` : ''}` : '–'}</td>
            <td className="mono">{s.fetchedAt.slice(0, 16).replace('T', ' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Unmatched({ rows, onMatched }: { rows: AdpUnmatchedRow[]; onMatched: (s: AdpStatus) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="adp-unmatched">
      <h3>Unmatched ADP rows ({rows.length})</h3>
      <p className="field-hint">No player fitted these names well enough (or several did). Match one by hand: the choice is kept for later refreshes.</p>
      <ul>
        {rows.slice(0, 40).map((r) => {
          const key = `${r.snapshotId}:${r.ord}`;
          return (
            <li key={key} className="adp-unmatched-row">
              <span className="num-left adp-unmatched-adp">{r.adp.toFixed(1)}</span>
              <span>
                {r.name} ({r.position}, {r.team ?? 'FA'})
              </span>
              {open === key ? (
                <MatchSearch row={r} onDone={(s) => (setOpen(null), s && onMatched(s))} />
              ) : (
                <button type="button" className="btn btn-small" onClick={() => setOpen(key)} aria-label={`Match ${r.name} by hand`}>
                  Match…
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function MatchSearch({ row, onDone }: { row: AdpUnmatchedRow; onDone: (s: AdpStatus | null) => void }) {
  const [query, setQuery] = useState(row.name.split(' ').slice(-1)[0] ?? '');
  const [hits, setHits] = useState<PlayerSearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const q = query.trim();
    if (!q) return;
    const t = setTimeout(() => {
      void api.call('players.search', { query: q, position: row.position as 'QB', limit: 8 }).then((r) => live && r.ok && setHits(r.value));
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, row.position]);
  const choose = async (playerId: number) => {
    const r = await api.call('adp.match', { snapshotId: row.snapshotId, ord: row.ord, playerId });
    if (r.ok) onDone(r.value);
    else setError(r.error.message);
  };
  return (
    <div className="adp-match">
      <input className="input" autoFocus value={query} onChange={(e) => setQuery(e.target.value)} aria-label={`Search a ${row.position} for ${row.name}`} onKeyDown={(e) => e.key === 'Escape' && onDone(null)} />
      <ul className="adp-hits" role="listbox" aria-label="Players">
        {hits.map((h) => (
          <li key={h.id}>
            <button type="button" className="btn btn-ghost" onClick={() => void choose(h.id)}>
              {h.name} ({h.position}, {h.team ?? 'FA'}){h.lastSeason ? ` · last played ${h.lastSeason}` : ''}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="data-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
