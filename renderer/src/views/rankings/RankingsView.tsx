// Rankings: the user's own list per scoring ruleset, tiers with movable breaks,
// do-not-draft marks, CSV import/export and a printable cheat sheet.
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { Rankings } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { ViewHeader } from '../../components/ViewHeader';
import { useStore } from '../../stores/store';
import { RankingsFirstRun } from '../firstRun';
import { POSITION_TABS, type PositionTab } from '../players/filters';
import { DataCredit, ScoringSwitch, SCORING_LABELS, useScoring } from '../players/scoring';
import { CheatSheet } from './CheatSheet';
import { RankingsList } from './RankingsList';
import { UnknownNames, type PendingImport } from './UnknownNames';
import './rankings.css';
import { downloadText } from '../../download';

export default function RankingsView() {
  const firstRun = useStore((s) => (s.status ? s.status.firstRun : null));
  if (firstRun === null) return <ViewHeader title="Rankings" />;
  if (firstRun) return <RankingsFirstRun />;
  return <RankingsScreen />;
}

function RankingsScreen() {
  const scoring = useScoring();
  const [data, setData] = useState<Rankings | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [position, setPosition] = useState<PositionTab>('ALL');
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('rankings.get', { scoring }).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.value);
      else setMessage({ kind: 'error', text: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [scoring]);

  const run = useCallback(async (p: ReturnType<typeof api.call<'rankings.get'>>, ok?: string) => {
    const r = await p;
    if (r.ok) {
      setData(r.value);
      setMessage(ok ? { kind: 'info', text: ok } : null);
    } else setMessage({ kind: 'error', text: r.error.message });
    return r.ok;
  }, []);

  const onMove = useCallback(
    (playerId: number, toRank: number) => {
      // Optimistic: the row moves at once; the saved list replaces it a moment later.
      setData((d) => {
        if (!d) return d;
        const rows = d.rows.filter((r) => r.playerId !== playerId);
        const moved = d.rows.find((r) => r.playerId === playerId);
        if (!moved) return d;
        rows.splice(Math.max(0, Math.min(rows.length, toRank - 1)), 0, moved);
        return { ...d, rows: rows.map((r, i) => ({ ...r, rank: i + 1 })) };
      });
      void run(api.call('rankings.reorder', { scoring, playerId, toRank }));
    },
    [run, scoring],
  );
  const onDoNotDraft = useCallback((playerId: number, on: boolean) => void run(api.call('rankings.set', { scoring, playerId, doNotDraft: on })), [run, scoring]);
  const onTierBreak = useCallback((playerId: number, on: boolean) => void run(api.call('rankings.tierBreak', { scoring, playerId, on })), [run, scoring]);

  const exportCsv = async () => {
    const r = await api.call('rankings.export', { scoring });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    downloadText(r.value.csv, r.value.filename);
  };
  const savePdf = async () => {
    const r = await api.call('rankings.savePdf', { scoring });
    if (!r.ok) setMessage({ kind: 'error', text: r.error.message });
    else if (r.value.path) setMessage({ kind: 'info', text: `Cheat sheet saved to ${r.value.path}.` });
  };
  const importCsv = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > 2_000_000) return setMessage({ kind: 'error', text: `${file.name} is larger than 2 MB; a rankings CSV never is. Nothing was changed.` });
    const csv = await file.text();
    setPending(null);
    // Read first: names that match no player are listed for the user to decide on.
    const check = await api.call('rankings.checkImport', { scoring, csv });
    if (!check.ok) return setMessage({ kind: 'error', text: check.error.message });
    if (check.value.unknown.length > 0) {
      setMessage(null);
      return setPending({ fileName: file.name, csv, check: check.value });
    }
    await run(api.call('rankings.import', { scoring, csv }), `Imported ${file.name}.`);
  };
  const importRest = async (p: PendingImport) => {
    setPending(null);
    await run(api.call('rankings.import', { scoring, csv: p.csv, skipUnknown: true }), `Imported ${p.check.matched} rows of ${p.fileName}; left out ${p.check.unknown.map((u) => u.name).join(', ')}.`);
  };

  const rows = useMemo(() => data?.rows ?? [], [data]);
  return (
    <>
      <ViewHeader
        title="Rankings"
        subtitle={
          data ? (
            <>
              {data.season} · {SCORING_LABELS[scoring]} · {data.custom ? 'your list' : 'default: by value, tiers clustered'} · <DataCredit />
            </>
          ) : (
            <DataCredit />
          )
        }
        actions={
          <>
            <ScoringSwitch />
            <button type="button" className="btn" onClick={() => fileRef.current?.click()}>
              Import CSV
            </button>
            <input ref={fileRef} type="file" accept=".csv,text/csv" hidden onChange={(e) => void importCsv(e)} data-testid="rankings-file" />
            <button type="button" className="btn" onClick={() => void exportCsv()}>
              Export CSV
            </button>
            <button type="button" className="btn" onClick={() => window.print()} title="Print the cheat sheet, or choose Save as PDF in the print dialog">
              Print cheat sheet
            </button>
            {api.transport === 'ipc' ? (
              <button type="button" className="btn" onClick={() => void savePdf()}>
                Save as PDF
              </button>
            ) : null}
          </>
        }
      />
      <div className="view-body rankings-body rankings-screen">
        <div className="rankings-toolbar">
          <div className="segmented pos-tabs" role="tablist" aria-label="Position">
            {POSITION_TABS.map((p) => (
              <button key={p} type="button" role="tab" aria-selected={position === p} data-pos={p === 'ALL' ? undefined : p} className="pos-tab" onClick={() => setPosition(p)}>
                {p === 'ALL' ? 'All' : p}
              </button>
            ))}
          </div>
          <span className="muted rankings-hint">
            Drag <span aria-hidden="true">⠿</span> to reorder, or focus a row and press <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>. <kbd>T</kbd> starts a tier, <kbd>D</kbd> marks do-not-draft.
          </span>
          {data?.custom ? (
            <button type="button" className="btn ghost small" onClick={() => void run(api.call('rankings.reset', { scoring }), 'Back to the computed default.')}>
              Reset to default
            </button>
          ) : null}
        </div>
        {message ? (
          <p className={`notice ${message.kind === 'error' ? 'notice-error' : 'notice-info'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        ) : null}
        {pending ? <UnknownNames pending={pending} season={data?.season ?? null} onImportRest={() => void importRest(pending)} onCancel={() => setPending(null)} /> : null}
        {data ? <RankingsList rows={rows} position={position} onMove={onMove} onDoNotDraft={onDoNotDraft} onTierBreak={onTierBreak} /> : <div className="view-loading" aria-busy="true" />}
      </div>
      {data ? <CheatSheet data={data} scoringLabel={SCORING_LABELS[scoring]} /> : null}
    </>
  );
}
