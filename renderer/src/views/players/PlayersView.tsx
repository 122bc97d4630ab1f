// Players: the target season's pool as a sortable, filterable table. Sub-routes:
// #/players/<id> is a profile, #/players/compare?ids=1,2,3 compares players.
import { MarketNote } from '../../components/MarketNote';
import type { SortingState, VisibilityState } from '@tanstack/react-table';
import { lazy, useCallback, useMemo, useRef, useState } from 'react';
import type { PoolRow } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { ViewHeader } from '../../components/ViewHeader';
import { useStore } from '../../stores/store';
import { useSlashToSearch } from '../../shell/useShortcuts';
import type { ViewProps } from '../registry';
import { PlayersFirstRun } from '../firstRun';
import { buildColumns, DEFAULT_HIDDEN } from './columns';
import { filterPool, NO_FILTERS, POSITION_TABS, type PoolFilters } from './filters';
import { PlayersTable } from './PlayersTable';
import { ProjectionLabel } from './ProjectionLabel';
import { DataCredit, ScoringSwitch, SCORING_LABELS, useScoring } from './scoring';
import { usePool } from './usePool';
import './players.css';
import { Alert } from '../../components/Alert';

const ProfileView = lazy(() => import('../profile/ProfileView'));
const CompareView = lazy(() => import('../compare/CompareView'));

export default function PlayersView({ route }: ViewProps) {
  // Until app.status answers, nothing is asked of an empty database (no 404s on first run).
  const firstRun = useStore((s) => (s.status ? s.status.firstRun : null));
  const sub = route.params[0];
  if (firstRun === null) return <ViewHeader title="Players" />;
  if (firstRun) return <PlayersFirstRun />;
  if (sub === 'compare') return <CompareView route={route} />;
  if (sub) return <ProfileView route={route} />;
  return <PoolView />;
}

// Kept across visits (a profile and back keeps the table as it was).
let remembered: { filters: PoolFilters; sorting: SortingState } = { filters: NO_FILTERS, sorting: [{ id: 'vor', desc: true }] };
const COLUMNS_KEY = 'gridscout.players.columns';

function loadVisibility(): VisibilityState {
  try {
    return { ...DEFAULT_HIDDEN, ...(JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? '{}') as VisibilityState) };
  } catch {
    return { ...DEFAULT_HIDDEN };
  }
}

function PoolView() {
  const scoring = useScoring();
  const navigate = useStore((s) => s.navigate);
  const { pool, error, loading } = usePool(scoring);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToSearch(searchRef);
  const [filters, setFiltersState] = useState(remembered.filters);
  const [sorting, setSortingState] = useState(remembered.sorting);
  const [visibility, setVisibility] = useState<VisibilityState>(loadVisibility);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [watchOverride, setWatchOverride] = useState<ReadonlyMap<number, boolean>>(new Map());

  const setFilters = (patch: Partial<PoolFilters>) =>
    setFiltersState((f) => {
      const next = { ...f, ...patch };
      remembered = { ...remembered, filters: next };
      return next;
    });
  const setSorting = (s: SortingState) => {
    remembered = { ...remembered, sorting: s };
    setSortingState(s);
  };

  const rowsAll = useMemo(() => {
    const rows = pool?.rows ?? [];
    return watchOverride.size ? rows.map((r) => (watchOverride.has(r.id) ? { ...r, watched: watchOverride.get(r.id)! } : r)) : rows;
  }, [pool, watchOverride]);
  const rows = useMemo(() => filterPool(rowsAll, filters), [rowsAll, filters]);
  const teams = useMemo(() => [...new Set(rowsAll.map((r) => r.team).filter((t): t is string => !!t))].sort(), [rowsAll]);

  const onToggleSelect = useCallback(
    (id: number) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else if (next.size < 4) next.add(id);
        return next;
      }),
    [],
  );
  const onToggleWatch = useCallback((row: PoolRow) => {
    const on = !row.watched;
    setWatchOverride((m) => new Map(m).set(row.id, on));
    void api.call('scouting.watch', { playerId: row.id, on });
  }, []);
  const onOpen = useCallback((id: number) => navigate(`players/${id}`), [navigate]);

  const chooser = useMemo(() => buildColumns({ maxHigh: 0, selected: new Set(), onToggleSelect, onToggleWatch }).filter((c) => !c.meta?.fixed), [onToggleSelect, onToggleWatch]);
  const toggleColumn = (id: string) => {
    const next = { ...visibility, [id]: visibility[id] === false };
    setVisibility(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  };
  // ADP shows once the market has prices: stored ADP, or the estimate from earlier seasons' ADP.
  const hasAdp = useMemo(() => rowsAll.some((r) => r.adp !== null), [rowsAll]);
  const shownColumns = useMemo(() => (hasAdp ? visibility : { ...visibility, adp: false, valueVsAdp: false }), [hasAdp, visibility]);
  const filtered = filters !== NO_FILTERS && JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <ViewHeader
        title="Players"
        subtitle={
          pool ? (
            <>
              {pool.season} draft pool · {SCORING_LABELS[scoring]} · <ProjectionLabel rows={pool.rows} dataVersion={pool.dataVersion} /> · <DataCredit />
              <br />
              <MarketNote market={pool.market} />
            </>
          ) : (
            <>The season&rsquo;s player pool with projections, value over replacement and tiers. <DataCredit /></>
          )
        }
        actions={
          <>
            <ScoringSwitch />
            <button
              type="button"
              className="btn primary"
              disabled={selected.size < 2}
              onClick={() => navigate(`players/compare?ids=${[...selected].join(',')}`)}
              title="Tick two to four players (Space on a row) to compare them"
            >
              Compare{selected.size ? ` (${selected.size})` : ''}
            </button>
          </>
        }
      />
      <div className="view-body players-body">
        <div className="players-toolbar">
          <div className="segmented pos-tabs" role="tablist" aria-label="Position">
            {POSITION_TABS.map((p) => (
              <button
                key={p}
                type="button"
                role="tab"
                aria-selected={filters.position === p}
                data-pos={p === 'ALL' ? undefined : p}
                className="pos-tab"
                onClick={() => setFilters({ position: p })}
              >
                {p === 'ALL' ? 'All' : p}
              </button>
            ))}
          </div>
          <input
            ref={searchRef}
            className="input players-search"
            type="search"
            placeholder="Search players or team"
            aria-label="Search players"
            value={filters.query}
            onChange={(e) => setFilters({ query: e.target.value })}
          />
          <span className="players-count" aria-live="polite">
            {rows.length.toLocaleString('en-US')} of {rowsAll.length.toLocaleString('en-US')}
          </span>
          <details className="col-chooser">
            <summary className="btn small">Columns</summary>
            <div className="col-chooser-menu" role="group" aria-label="Columns">
              {chooser.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" disabled={(c.id === 'adp' || c.id === 'valueVsAdp') && !hasAdp} checked={shownColumns[c.id!] !== false} onChange={() => toggleColumn(c.id!)} /> {c.meta?.label}
                  {(c.id === 'adp' || c.id === 'valueVsAdp') && !hasAdp ? <span className="muted">(no ADP or estimate)</span> : null}
                </label>
              ))}
            </div>
          </details>
        </div>
        <div className="players-toolbar players-filters" role="group" aria-label="Filters">
          <select className="input" aria-label="Team" value={filters.team} onChange={(e) => setFilters({ team: e.target.value })}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <select className="input" aria-label="Bye week" value={filters.bye} onChange={(e) => setFilters({ bye: e.target.value })}>
            <option value="">Any bye</option>
            {Array.from({ length: 14 }, (_, i) => i + 5).map((w) => (
              <option key={w} value={w}>
                Bye {w}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="Age"
            value={`${filters.ageMin ?? ''}-${filters.ageMax ?? ''}`}
            onChange={(e) => {
              const [a, b] = e.target.value.split('-');
              setFilters({ ageMin: a ? Number(a) : null, ageMax: b ? Number(b) : null });
            }}
          >
            <option value="-">Any age</option>
            <option value="-24">24 and under</option>
            <option value="25-28">25 to 28</option>
            <option value="29-">29 and over</option>
          </select>
          <label className="check">
            <input type="checkbox" checked={filters.rookies} onChange={(e) => setFilters({ rookies: e.target.checked })} /> Rookies
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.injured} onChange={(e) => setFilters({ injured: e.target.checked })} /> Injured
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.watchlist} onChange={(e) => setFilters({ watchlist: e.target.checked })} /> Watchlist
          </label>
          {filtered ? (
            <button type="button" className="btn ghost small" onClick={() => setFilters(NO_FILTERS)}>
              Clear
            </button>
          ) : null}
        </div>
        <Alert className="notice notice-error" message={error} />
        {loading && !pool ? <div className="players-loading" aria-busy="true">Projecting the pool…</div> : null}
        {pool ? (
          <div className="panel players-panel">
            <PlayersTable
              rows={rows}
              sorting={sorting}
              onSortingChange={setSorting}
              visibility={shownColumns}
              selected={selected}
              onToggleSelect={onToggleSelect}
              onToggleWatch={onToggleWatch}
              onOpen={onOpen}
            />
          </div>
        ) : null}
        <p className="players-help muted">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> profile · <kbd>Space</kbd> tick for Compare · <kbd>W</kbd> watchlist · click a header to sort. Value over replacement: 12 teams, 1 QB, 2 RB, 2 WR, 1 TE, 1 FLEX, K, DST.
        </p>
      </div>
    </>
  );
}
