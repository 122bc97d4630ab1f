// The players table's columns (TanStack Table). Numbers are right-aligned in tabular
// figures; unknowns sort last whichever way the column is sorted.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { PoolRow } from '../../../../shared/ipc/types';
import { PositionBadge } from '../../components/PositionBadge';
import { hrefFor } from '../../stores/routeSlice';
import { DASH, pts } from '../../../../shared/domain/format';
import { isInjured } from './filters';

const col = createColumnHelper<PoolRow>();

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    label: string;
    numeric?: boolean;
    fixed?: boolean;
    width: number;
    title?: string;
  }
}

/**
 * Unknowns as undefined, which TanStack keeps last in both directions (sortUndefined: 'last'):
 * a sorting function cannot, since its answer is reversed for a descending sort, which put
 * every player without an ADP on top of "vs ADP, bargains first".
 */
const known = <T,>(v: T | null | undefined): T | undefined => v ?? undefined;
const unknownsLast = { sortingFn: 'basic', sortUndefined: 'last' } as const;

export interface ColumnHandlers {
  maxHigh: number;
  selected: ReadonlySet<number>;
  onToggleSelect(id: number): void;
  onToggleWatch(row: PoolRow): void;
}

// TanStack's own idiom: a column list mixes value types, so the list is typed `any`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PoolColumn = ColumnDef<PoolRow, any>;

export function buildColumns(h: ColumnHandlers): PoolColumn[] {
  const num = (id: keyof PoolRow & string, label: string, width: number, title?: string, digits = 1) =>
    col.accessor((r) => known(r[id]), {
      id,
      header: label,
      ...unknownsLast,
      sortDescFirst: true,
      meta: { label, numeric: true, width, title },
      cell: (c) => pts(c.getValue() as number | null, digits),
    });

  return [
    col.display({
      id: 'select',
      header: () => <span className="visually-hidden">Compare</span>,
      meta: { label: 'Compare', fixed: true, width: 34 },
      cell: (c) => (
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Compare ${c.row.original.name}`}
          checked={h.selected.has(c.row.original.id)}
          onChange={() => h.onToggleSelect(c.row.original.id)}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    }),
    col.accessor('overallRank', { id: 'overallRank', header: '#', sortingFn: 'basic', meta: { label: 'Rank', numeric: true, fixed: true, width: 46, title: 'Overall rank by value over replacement' }, cell: (c) => c.getValue() }),
    col.accessor('name', {
      id: 'name',
      header: 'Player',
      meta: { label: 'Player', fixed: true, width: 230 },
      cell: (c) => {
        const r = c.row.original;
        return (
          <span className="player-cell">
            <a href={hrefFor(`players/${r.id}`)} tabIndex={-1} className="player-link">
              {r.name}
            </a>
            {r.rookie ? <span className="tag-chip" title="Rookie">R</span> : null}
            {isInjured(r) ? <span className="tag-chip injury" title={`Injury: ${r.injuryStatus}`}>{r.injuryStatus}</span> : null}
          </span>
        );
      },
    }),
    col.accessor('position', {
      id: 'position',
      header: 'Pos',
      meta: { label: 'Position', width: 78 },
      sortingFn: (a, b) => a.original.position.localeCompare(b.original.position) || a.original.positionRank - b.original.positionRank,
      cell: (c) => (
        <span className="pos-cell">
          <PositionBadge position={c.getValue()} />
          <span className="pos-rank">{c.row.original.positionRank}</span>
        </span>
      ),
    }),
    col.accessor('team', { id: 'team', header: 'Team', meta: { label: 'Team', width: 58 }, cell: (c) => c.getValue() ?? 'FA' }),
    num('bye', 'Bye', 48, 'Bye week', 0),
    num('age', 'Age', 48, 'Age on September 1st (a dash: no birth date in the data)', 0),
    num('projection', 'Proj', 64, 'Projected regular-season points'),
    col.accessor('high', {
      id: 'range',
      header: 'Range',
      enableSorting: false,
      meta: { label: 'Range', width: 150, title: '10th to 90th percentile of season points' },
      cell: (c) => {
        const r = c.row.original;
        const m = h.maxHigh || 1;
        const pct = (x: number) => `${Math.max(0, Math.min(100, (x / m) * 100))}%`;
        return (
          <span className="range-cell" title={`10th-90th percentile: ${pts(r.low)} to ${pts(r.high)}`}>
            <span className="range-bar" data-pos={r.position}>
              <span className="range-span" style={{ left: pct(r.low), width: `calc(${pct(r.high)} - ${pct(r.low)})` }} />
              <span className="range-mark" style={{ left: pct(r.projection) }} />
            </span>
            <span className="range-text">
              {/* A dash between a negative bound reads as "10--33": spell it out then. */}
              {r.low < 0 || r.high < 0 ? `${Math.round(r.low)} to ${Math.round(r.high)}` : `${Math.round(r.low)}–${Math.round(r.high)}`}
            </span>
          </span>
        );
      },
    }),
    num('vor', 'VOR', 60, 'Value over replacement, 12-team league'),
    num('tier', 'Tier', 44, 'Tier within the position (clustered projections)', 0),
    col.accessor((r) => known(r.adp), {
      id: 'adp',
      header: 'ADP',
      ...unknownsLast,
      meta: { label: 'ADP', numeric: true, width: 52, title: 'Average draft position: the market named in the header (stored ADP or the estimate)' },
      cell: (c) => pts(c.getValue()),
    }),
    col.accessor((r) => known(r.valueVsAdp), {
      id: 'valueVsAdp',
      header: 'vs ADP',
      ...unknownsLast,
      sortDescFirst: true,
      meta: { label: 'Value vs ADP', numeric: true, width: 60, title: 'At his position, the market\'s rank minus ours: +6, the market takes him six players later at his position than we rank him (a bargain); negative, earlier (overpriced)' },
      cell: (c) => {
        const v = c.getValue();
        return v === undefined ? '' : <span className={v >= 6 ? 'value-up' : v <= -6 ? 'value-down' : undefined}>{v > 0 ? `+${v}` : v}</span>;
      },
    }),
    col.accessor((r) => r.lastSeason?.points, {
      id: 'lastPoints',
      header: 'Last',
      ...unknownsLast,
      sortDescFirst: true,
      meta: { label: 'Last season points', numeric: true, width: 60, title: 'Points last regular season' },
      cell: (c) => pts(c.getValue()),
    }),
    col.accessor((r) => r.lastSeason?.perGame, {
      id: 'lastPerGame',
      header: 'Last/G',
      ...unknownsLast,
      sortDescFirst: true,
      meta: { label: 'Last season per game', numeric: true, width: 64, title: 'Points a game last regular season' },
      cell: (c) => pts(c.getValue()),
    }),
    col.accessor((r) => r.lastSeason?.games, {
      id: 'lastGames',
      header: 'G',
      ...unknownsLast,
      sortDescFirst: true,
      meta: { label: 'Last season games', numeric: true, width: 40, title: 'Games last regular season' },
      cell: (c) => c.getValue() ?? DASH,
    }),
    num('perGame', 'Proj/G', 62, 'Projected points a game'),
    col.accessor('college', { id: 'college', header: 'College', meta: { label: 'College', width: 130 }, cell: (c) => c.getValue() ?? DASH }),
    num('draftNumber', 'Pick', 48, 'Overall draft pick', 0),
    num('yearsExp', 'Exp', 42, 'NFL seasons of experience', 0),
    col.accessor('watched', {
      id: 'watched',
      header: () => <span title="Watchlist">★</span>,
      meta: { label: 'Watchlist', fixed: true, width: 36 },
      sortingFn: (a, b) => Number(a.original.watched) - Number(b.original.watched),
      sortDescFirst: true,
      cell: (c) => (
        <button
          type="button"
          tabIndex={-1}
          className={`watch-btn${c.getValue() ? ' is-on' : ''}`}
          aria-pressed={c.getValue()}
          aria-label={`${c.getValue() ? 'Remove' : 'Add'} ${c.row.original.name} ${c.getValue() ? 'from' : 'to'} the watchlist`}
          onClick={(e) => {
            e.stopPropagation();
            h.onToggleWatch(c.row.original);
          }}
        >
          {c.getValue() ? '★' : '☆'}
        </button>
      ),
    }),
  ] as PoolColumn[];
}

/** Hidden until chosen: useful, but not what most drafters sort by. */
export const DEFAULT_HIDDEN = { perGame: false, college: false, draftNumber: false, yearsExp: false, lastGames: false };
