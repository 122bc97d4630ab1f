// Compare two to four players side by side (#/players/compare?ids=1,2,3): the numbers a
// drafter weighs, season totals and points a game, and a trend chart.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PlayerProfile, PlayerProjectionInfo } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { Panel } from '../../components/Panel';
import { PlayerPicker } from '../../components/PlayerPicker';
import { PositionBadge } from '../../components/PositionBadge';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { useStore } from '../../stores/store';
import type { ViewProps } from '../registry';
import { DASH, pts } from '../../../../shared/domain/format';
import { DataCredit, ScoringSwitch, SCORING_LABELS, useScoring } from '../players/scoring';
import { SERIES_COLORS, TrendChart } from '../profile/charts';
import './compare.css';

interface Entry {
  profile: PlayerProfile;
  projection: PlayerProjectionInfo | null;
}

const MAX = 4;

export default function CompareView({ route }: ViewProps) {
  const navigate = useStore((s) => s.navigate);
  const scoring = useScoring();
  const ids = useMemo(
    () => [...new Set((route.query.ids ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0))].slice(0, MAX),
    [route.query.ids],
  );
  const [entries, setEntries] = useState<Entry[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all(
      ids.map(async (id) => {
        const [p, pr] = await Promise.all([api.call('players.get', { id, scoring }), api.call('players.projection', { id, scoring })]);
        return p.ok ? { profile: p.value, projection: pr.ok ? pr.value : null } : null;
      }),
    ).then((list) => {
      if (!live) return;
      setEntries(list.filter((e): e is Entry => e !== null));
      setError(list.some((e) => e === null) ? 'Some players could not be found and were left out.' : null);
    });
    return () => {
      live = false;
    };
  }, [ids, scoring]);

  const setIds = (next: number[]) => navigate(`players/compare?ids=${next.join(',')}`);
  const seasons = useMemo(() => {
    const all = new Set<number>();
    for (const e of entries) for (const s of e.profile.seasons) if (s.games > 0) all.add(s.season);
    return [...all].sort((a, b) => a - b);
  }, [entries]);
  const trend = useMemo(
    () =>
      seasons.map((season) => {
        const row: Record<string, number | null> = { season };
        for (const e of entries) row[`p${e.profile.id}`] = e.profile.seasons.find((s) => s.season === season && s.games > 0)?.pointsPerGame ?? null;
        return row;
      }),
    [seasons, entries],
  );

  return (
    <>
      <ViewHeader
        title="Compare players"
        subtitle={
          <>
            <a href={hrefFor('players')}>Players</a> / side by side, {SCORING_LABELS[scoring]} scoring · <DataCredit />
          </>
        }
        actions={<ScoringSwitch />}
      />
      <div className="view-body compare-body">
        <div className="compare-toolbar">
          {ids.length < MAX ? (
            <PlayerPicker
              className="add-player"
              label="Add a player to compare"
              placeholder="Add a player…"
              detail={(h) => `${h.team ?? 'FA'}${h.lastSeason ? ` · ${h.lastSeason}` : ''}`}
              onPick={(h) => !ids.includes(h.id) && setIds([...ids, h.id])}
            />
          ) : (
            <span className="muted">Four players at most.</span>
          )}
          {ids.length < 2 ? <span className="muted">Add players to compare (two to four).</span> : null}
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        {entries.length ? (
          <>
            <Panel id="cmp-summary" title="Summary">
              <div className="panel-body flush">
                <table className="data-table compare-table">
                  <thead>
                    <tr>
                      <th />
                      {entries.map((e, i) => (
                        <th key={e.profile.id} className="num compare-head" style={{ ['--series' as string]: SERIES_COLORS[i % SERIES_COLORS.length] }}>
                          <span className="compare-name">
                            <span className="series-dot" aria-hidden="true" />
                            <a href={hrefFor(`players/${e.profile.id}`)}>{e.profile.name}</a>
                            <button type="button" className="chip-x" aria-label={`Remove ${e.profile.name}`} onClick={() => setIds(ids.filter((x) => x !== e.profile.id))}>
                              ×
                            </button>
                          </span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {summaryRows(entries).map(([label, cells, best]) => (
                      <CompareRow key={label} label={label} cells={cells} best={best} />
                    ))}
                  </tbody>
                </table>
              </div>
            </Panel>

            <div className="compare-grid">
            <Panel id="cmp-trend" title="Points a game by season" aside={<span className="muted">regular season</span>}>
              <div className="panel-body chart-body" data-testid="compare-chart">
                <TrendChart data={trend} players={entries.map((e) => ({ key: `p${e.profile.id}`, name: e.profile.name }))} />
              </div>
            </Panel>

            <Panel id="cmp-seasons" title="Season totals" aside={<span className="muted">points (points a game, games)</span>}>
              <div className="panel-body flush">
                <table className="data-table compare-table">
                  <thead>
                    <tr>
                      <th>Season</th>
                      {entries.map((e) => (
                        <th key={e.profile.id} className="num">
                          {e.profile.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {[...seasons].reverse().map((season) => {
                      const lines = entries.map((e) => e.profile.seasons.find((s) => s.season === season && s.games > 0));
                      const best = bestIndex(lines.map((l) => l?.points ?? null));
                      const cells = lines.map((l) =>
                        l ? (
                          <>
                            <strong>{pts(l.points)}</strong> <span className="muted">({pts(l.pointsPerGame)}, {l.games} g)</span>
                          </>
                        ) : (
                          DASH
                        ),
                      );
                      return <CompareRow key={season} label={season} cells={cells} best={best} />;
                    })}
                  </tbody>
                </table>
              </div>
            </Panel>
            </div>
          </>
        ) : null}
      </div>
    </>
  );
}

/** One figure per player under a row label; the best of them (index `best`, -1 none) stands out. */
function CompareRow({ label, cells, best }: { label: ReactNode; cells: ReactNode[]; best: number }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((c, i) => (
        <td key={i} className={`num${best === i ? ' best' : ''}`}>
          {c}
        </td>
      ))}
    </tr>
  );
}

function bestIndex(values: (number | null)[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > values[best]!)) best = i;
  });
  return values.filter((v) => v !== null).length > 1 ? best : -1;
}

function summaryRows(entries: Entry[]): [string, ReactNode[], number][] {
  const prof = entries.map((e) => e.profile);
  const proj = entries.map((e) => e.projection);
  const last = prof.map((p) => p.seasons.filter((s) => s.games > 0).at(-1));
  const career = prof.map((p) => {
    const s = p.seasons.filter((x) => x.games > 0);
    const g = s.reduce((a, x) => a + x.games, 0);
    return g ? s.reduce((a, x) => a + x.points, 0) / g : null;
  });
  const row = (label: string, values: (number | null)[], fmt: (v: number | null, i: number) => ReactNode, higherBetter = true): [string, ReactNode[], number] => [
    label,
    values.map(fmt),
    higherBetter ? bestIndex(values) : -1,
  ];
  return [
    ['Position', prof.map((p) => (p.position ? <PositionBadge key={p.id} position={p.position} /> : DASH)), -1],
    ['Team', prof.map((p) => p.team ?? 'FA'), -1],
    row('Age', prof.map((p) => p.age), (v) => v ?? DASH, false),
    row('Projection', proj.map((p) => p?.points ?? null), (v) => pts(v)),
    ['Range (10th–90th)', proj.map((p) => (p ? `${Math.round(p.low)}–${Math.round(p.high)}` : DASH)), -1],
    row('Value over replacement', proj.map((p) => p?.vor ?? null), (v) => pts(v)),
    ['Position rank · tier', proj.map((p) => (p ? `${p.positionRank} · T${p.tier}` : DASH)), -1],
    row(`Last season points`, last.map((s) => s?.points ?? null), (v, i) => (v === null ? DASH : `${pts(v)} (${last[i]!.season})`)),
    row('Last season per game', last.map((s) => s?.pointsPerGame ?? null), (v) => pts(v)),
    row('Career per game', career, (v) => pts(v)),
    row('Seasons', prof.map((p) => p.seasons.filter((s) => s.games > 0).length), (v) => v ?? DASH, false),
  ];
}
