// The players table's columns (TanStack Table). Numbers are right-aligned in tabular
// figures; unknowns sort last whichever way the column is sorted.
import { createColumnHelper, type ColumnDef, type SortingFn } from '@tanstack/react-table';
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

/** null/undefined sort after every number, ascending or descending. */
const nullsLast: SortingFn<PoolRow> = (a, b, id) => {
  const x = a.getValue<number | null>(id);
  const y = b.getValue<number | null>(id);
  if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
  if (y === null || y === undefined) return -1;
  return x < y ? -1 : x > y ? 1 : 0;
};

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
    col.accessor(id, {
      id,
      header: label,
      sortingFn: nullsLast,
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
    col.accessor('overallRank', { id: 'overallRank', header: '#', sortingFn: nullsLast, meta: { label: 'Rank', numeric: true, fixed: true, width: 46, title: 'Overall rank by value over replacement' }, cell: (c) => c.getValue() }),
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
    col.accessor('adp', {
      id: 'adp',
      header: 'ADP',
      sortingFn: nullsLast,
      meta: { label: 'ADP', numeric: true, width: 52, title: 'Average draft position: the market named in the header (stored ADP or the estimate)' },
      cell: (c) => pts(c.getValue()),
    }),
    col.accessor('valueVsAdp', {
      id: 'valueVsAdp',
      header: 'vs ADP',
      sortingFn: nullsLast,
      sortDescFirst: true,
      meta: { label: 'Value vs ADP', numeric: true, width: 60, title: 'Market rank minus our rank: positive, the market drafts him later than we rank him (a bargain); negative, earlier (overpriced)' },
      cell: (c) => {
        const v = c.getValue();
        return v === null ? '' : <span className={v >= 12 ? 'value-up' : v <= -12 ? 'value-down' : undefined}>{v > 0 ? `+${v}` : v}</span>;
      },
    }),
    col.accessor((r) => r.lastSeason?.points ?? null, {
      id: 'lastPoints',
      header: 'Last',
      sortingFn: nullsLast,
      sortDescFirst: true,
      meta: { label: 'Last season points', numeric: true, width: 60, title: 'Points last regular season' },
      cell: (c) => pts(c.getValue()),
    }),
    col.accessor((r) => r.lastSeason?.perGame ?? null, {
      id: 'lastPerGame',
      header: 'Last/G',
      sortingFn: nullsLast,
      sortDescFirst: true,
      meta: { label: 'Last season per game', numeric: true, width: 64, title: 'Points a game last regular season' },
      cell: (c) => pts(c.getValue()),
    }),
    col.accessor((r) => r.lastSeason?.games ?? null, {
      id: 'lastGames',
      header: 'G',
      sortingFn: nullsLast,
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
