// The virtualized players table: only the rows in view are in the DOM (TanStack Virtual),
// so 3,000 rows sort and filter as fast as 30. Keyboard: the table is one tab stop; arrows,
// Page Up/Down, Home/End move the focused row, Enter opens the profile, Space ticks it for
// Compare, W toggles the watchlist.
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PoolRow } from '../../../../shared/ipc/types';
import { buildColumns } from './columns';

interface Props {
  rows: PoolRow[];
  sorting: SortingState;
  onSortingChange(s: SortingState): void;
  visibility: VisibilityState;
  selected: ReadonlySet<number>;
  onToggleSelect(id: number): void;
  onToggleWatch(row: PoolRow): void;
  onOpen(id: number): void;
}

const ROW_H = 30;

export function PlayersTable({ rows, sorting, onSortingChange, visibility, selected, onToggleSelect, onToggleWatch, onOpen }: Props) {
  const maxHigh = useMemo(() => rows.reduce((m, r) => Math.max(m, r.high), 0), [rows]);
  const columns = useMemo(
    () => buildColumns({ maxHigh, selected, onToggleSelect, onToggleWatch }),
    [maxHigh, selected, onToggleSelect, onToggleWatch],
  );
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: (u) => onSortingChange(typeof u === 'function' ? u(sorting) : u),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSortingRemoval: false,
  });
  const model = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: model.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_H, overscan: 6 });
  // The focused row belongs to one list: a new filter or sort starts again at the top
  // (derived, not reset in an effect, so a change renders once).
  const [focusState, setFocusState] = useState<{ rows: PoolRow[]; sorting: SortingState; index: number }>({ rows, sorting, index: 0 });
  const focus = focusState.rows === rows && focusState.sorting === sorting ? focusState.index : 0;
  const setFocus = (index: number) => setFocusState({ rows, sorting, index });
  const focusRow = Math.min(focus, Math.max(0, model.length - 1));

  const move = (to: number) => {
    const next = Math.max(0, Math.min(model.length - 1, to));
    setFocus(next);
    virtual.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_H) - 2);
    const current = model[focusRow]?.original;
    switch (e.key) {
      case 'ArrowDown':
        move(focusRow + 1);
        break;
      case 'ArrowUp':
        move(focusRow - 1);
        break;
      case 'PageDown':
        move(focusRow + page);
        break;
      case 'PageUp':
        move(focusRow - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(model.length - 1);
        break;
      case 'Enter':
        if (current) onOpen(current.id);
        break;
      case ' ':
        if (current) onToggleSelect(current.id);
        break;
      case 'w':
      case 'W':
        if (current) onToggleWatch(current);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  const visibleCols = table.getVisibleLeafColumns();
  const activeId = model[focusRow] ? `pool-row-${model[focusRow]!.original.id}` : undefined;

  return (
    // The grid role sits on the table itself (not the scrolling box around it) so its rows are
    // its own children for assistive technology; the box only scrolls.
    <div className="players-scroll" ref={scrollRef}>
      <table
        className="data-table players-table"
        tabIndex={0}
        role="grid"
        aria-label="Players"
        aria-rowcount={model.length + 1}
        aria-activedescendant={activeId}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          {visibleCols.map((c) => (
            <col key={c.id} style={{ width: c.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id} role="row">
              {g.headers.map((hd) => {
                const meta = hd.column.columnDef.meta;
                const sorted = hd.column.getIsSorted();
                const canSort = hd.column.getCanSort();
                return (
                  <th
                    key={hd.id}
                    role="columnheader"
                    className={meta?.numeric ? 'num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    title={meta?.title}
                  >
                    {canSort ? (
                      <button type="button" className={`sort-btn${sorted ? ' is-sorted' : ''}`} onClick={hd.column.getToggleSortingHandler()}>
                        {flexRender(hd.column.columnDef.header, hd.getContext())}
                        <span className="sort-arrow" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      flexRender(hd.column.columnDef.header, hd.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={visibleCols.length} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((vi) => {
            const row = model[vi.index]!;
            const r = row.original;
            const isFocus = vi.index === focusRow;
            return (
              <tr
                key={r.id}
                id={`pool-row-${r.id}`}
                role="row"
                aria-rowindex={vi.index + 2}
                aria-selected={selected.has(r.id)}
                className={`${isFocus ? 'is-focused' : ''}${selected.has(r.id) ? ' is-picked' : ''}`}
                data-pos={r.position}
                onClick={() => setFocus(vi.index)}
                onDoubleClick={() => onOpen(r.id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} role="gridcell" className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={visibleCols.length} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {model.length === 0 ? <p className="players-none">No player matches these filters.</p> : null}
    </div>
  );
}
