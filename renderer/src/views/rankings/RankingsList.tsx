// The ranked list with tier breaks. Reordering works with the pointer (drag the handle)
// and the keyboard (Alt+Up/Down on a focused row); both end in one `rankings.reorder`.
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { RankingRow } from '../../../../shared/ipc/types';
import { PositionBadge } from '../../components/PositionBadge';
import { hrefFor } from '../../stores/routeSlice';
import { useStore } from '../../stores/store';
import type { PositionTab } from '../players/filters';
import { pts } from '../../../../shared/domain/format';

interface Props {
  rows: RankingRow[];
  position: PositionTab;
  onMove(playerId: number, toRank: number): void;
  onDoNotDraft(playerId: number, on: boolean): void;
  onTierBreak(playerId: number, on: boolean): void;
}

const FLEX = new Set(['RB', 'WR', 'TE']);

interface Drag {
  playerId: number;
  /** Visible index the player would be dropped before (length: after the last). */
  insertAt: number;
  startY: number;
  moved: boolean;
}

/** The rank to ask for so the player lands just before visible row `at` (or after the last). */
export function targetRank(visible: readonly RankingRow[], movedRank: number, at: number): number {
  const before = visible[at];
  if (before) return movedRank < before.rank ? before.rank - 1 : before.rank;
  const last = visible.at(-1)!;
  return movedRank < last.rank ? last.rank : last.rank + 1;
}

export function RankingsList({ rows, position, onMove, onDoNotDraft, onTierBreak }: Props) {
  const navigate = useStore((s) => s.navigate);
  const visible = useMemo(
    () => rows.filter((r) => position === 'ALL' || (position === 'FLEX' ? FLEX.has(r.position) : r.position === position)),
    [rows, position],
  );
  // Position rank within the user's own order (WR12 = the 12th WR on this list).
  const posRank = useMemo(() => {
    const seen: Record<string, number> = {};
    return new Map(rows.map((r) => [r.playerId, (seen[r.position] = (seen[r.position] ?? 0) + 1)]));
  }, [rows]);
  const maxHigh = useMemo(() => rows.slice(0, 300).reduce((m, r) => Math.max(m, r.high), 1), [rows]);

  const [drag, setDrag] = useState<Drag | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const rowEls = useRef(new Map<number, HTMLTableRowElement>());
  const listRef = useRef<HTMLTableSectionElement>(null);

  // Keep keyboard focus on the row that moved.
  useEffect(() => {
    if (focusId === null || !listRef.current?.contains(document.activeElement)) return;
    const el = rowEls.current.get(focusId);
    if (el && document.activeElement !== el) el.focus();
  }, [rows, focusId]);

  const insertIndexAt = (y: number): number => {
    for (let i = 0; i < visible.length; i++) {
      const el = rowEls.current.get(visible[i]!.playerId);
      if (!el) continue;
      const box = el.getBoundingClientRect();
      if (y < box.top + box.height / 2) return i;
    }
    return visible.length;
  };

  const onPointerDown = (e: PointerEvent, playerId: number) => {
    if (e.button !== 0) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    setDrag({ playerId, insertAt: visible.findIndex((r) => r.playerId === playerId), startY: e.clientY, moved: false });
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag) return;
    const moved = drag.moved || Math.abs(e.clientY - drag.startY) > 3;
    setDrag({ ...drag, moved, insertAt: insertIndexAt(e.clientY) });
    // Scroll the view when dragging near its edges.
    const main = document.getElementById('main');
    if (main) {
      const box = main.getBoundingClientRect();
      if (e.clientY < box.top + 40) main.scrollBy(0, -12);
      else if (e.clientY > box.bottom - 40) main.scrollBy(0, 12);
    }
  };
  const onPointerUp = () => {
    if (!drag) return;
    const from = visible.findIndex((r) => r.playerId === drag.playerId);
    const d = drag;
    setDrag(null);
    if (!d.moved || from < 0 || d.insertAt === from || d.insertAt === from + 1) return;
    onMove(d.playerId, targetRank(visible, visible[from]!.rank, d.insertAt));
  };

  const onRowKey = (e: KeyboardEvent, i: number) => {
    const r = visible[i]!;
    const focusAt = (j: number) => {
      const target = visible[Math.max(0, Math.min(visible.length - 1, j))];
      if (target) {
        setFocusId(target.playerId);
        rowEls.current.get(target.playerId)?.focus();
      }
    };
    if ((e.altKey || e.ctrlKey) && e.key === 'ArrowUp') {
      if (i > 0) onMove(r.playerId, visible[i - 1]!.rank);
      setFocusId(r.playerId);
    } else if ((e.altKey || e.ctrlKey) && e.key === 'ArrowDown') {
      if (i < visible.length - 1) onMove(r.playerId, visible[i + 1]!.rank);
      setFocusId(r.playerId);
    } else if (e.key === 'ArrowUp') focusAt(i - 1);
    else if (e.key === 'ArrowDown') focusAt(i + 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(visible.length - 1);
    else if (e.key === 'Enter') navigate(`players/${r.playerId}`);
    else if (e.key === 'd' || e.key === 'D') onDoNotDraft(r.playerId, !r.doNotDraft);
    else if ((e.key === 't' || e.key === 'T') && position === 'ALL') onTierBreak(r.playerId, !(rows[r.rank - 2] && rows[r.rank - 2]!.tier < r.tier));
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const tabStop = focusId ?? visible[0]?.playerId;
  return (
    <div className="panel rankings-panel">
      <table className={`data-table rankings-table${drag?.moved ? ' is-dragging' : ''}`}>
        <thead>
          <tr>
            <th className="handle-col">
              <span className="visually-hidden">Drag</span>
            </th>
            <th className="num">#</th>
            <th>Player</th>
            <th>Pos</th>
            <th>Team</th>
            <th className="num">Bye</th>
            <th className="num">Proj</th>
            <th>Range</th>
            <th className="num">VOR</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody ref={listRef} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(null)}>
          {visible.map((r, i) => {
            const prev = visible[i - 1];
            const newTier = !prev || prev.tier !== r.tier;
            const isBreak = position === 'ALL' && i > 0 && newTier;
            const dropBefore = drag?.moved && drag.insertAt === i;
            const dropAfter = drag?.moved && i === visible.length - 1 && drag.insertAt === visible.length;
            const pct = (x: number) => `${Math.max(0, Math.min(100, (x / maxHigh) * 100))}%`;
            return (
              <Fragment key={r.playerId}>
                {newTier ? (
                  <tr className="tier-row" aria-hidden={false}>
                    <td colSpan={10}>
                      <span className="tier-label">Tier {r.tier}</span>
                      {isBreak ? (
                        <button type="button" className="link-btn tier-merge" onClick={() => onTierBreak(r.playerId, false)}>
                          Merge with tier {prev!.tier}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ) : null}
                <tr
                  ref={(el) => {
                    if (el) rowEls.current.set(r.playerId, el);
                    else rowEls.current.delete(r.playerId);
                  }}
                  tabIndex={r.playerId === tabStop ? 0 : -1}
                  data-testid="ranking-row"
                  data-player={r.playerId}
                  data-pos={r.position}
                  aria-label={`${r.rank}. ${r.name}, ${r.position}, tier ${r.tier}${r.doNotDraft ? ', do not draft' : ''}`}
                  className={[
                    r.doNotDraft ? 'is-dnd' : '',
                    drag?.playerId === r.playerId && drag.moved ? 'is-dragged' : '',
                    dropBefore ? 'drop-before' : '',
                    dropAfter ? 'drop-after' : '',
                  ].join(' ')}
                  onFocus={() => setFocusId(r.playerId)}
                  onKeyDown={(e) => onRowKey(e, i)}
                >
                  <td className="handle-col">
                    <span className="drag-handle" onPointerDown={(e) => onPointerDown(e, r.playerId)} title="Drag to reorder" aria-hidden="true">
                      ⠿
                    </span>
                  </td>
                  <td className="num rank-cell">{r.rank}</td>
                  <td className="name-cell">
                    <a href={hrefFor(`players/${r.playerId}`)} tabIndex={-1}>
                      {r.name}
                    </a>
                    {r.doNotDraft ? <span className="tag-chip injury">DND</span> : null}
                  </td>
                  <td>
                    <span className="pos-cell">
                      <PositionBadge position={r.position} />
                      <span className="pos-rank">{posRank.get(r.playerId)}</span>
                    </span>
                  </td>
                  <td>{r.team ?? 'FA'}</td>
                  <td className="num">{r.bye ?? '–'}</td>
                  <td className="num strong">{pts(r.projection)}</td>
                  <td className="range-td">
                    <span className="range-bar" data-pos={r.position} title={`10th-90th percentile: ${pts(r.low)} to ${pts(r.high)}`}>
                      <span className="range-span" style={{ left: pct(r.low), width: `calc(${pct(r.high)} - ${pct(r.low)})` }} />
                      <span className="range-mark" style={{ left: pct(r.projection) }} />
                    </span>
                  </td>
                  <td className="num">{pts(r.vor)}</td>
                  <td className="row-actions">
                    <button type="button" tabIndex={-1} className="btn small icon ghost" aria-label={`Move ${r.name} up`} onClick={() => i > 0 && onMove(r.playerId, visible[i - 1]!.rank)}>
                      ▲
                    </button>
                    <button type="button" tabIndex={-1} className="btn small icon ghost" aria-label={`Move ${r.name} down`} onClick={() => i < visible.length - 1 && onMove(r.playerId, visible[i + 1]!.rank)}>
                      ▼
                    </button>
                    {position === 'ALL' && i > 0 && !newTier ? (
                      <button type="button" tabIndex={-1} className="btn small ghost" onClick={() => onTierBreak(r.playerId, true)} title="Start a new tier at this player">
                        New tier
                      </button>
                    ) : null}
                    <button
                      type="button"
                      tabIndex={-1}
                      className={`btn small ghost${r.doNotDraft ? ' danger' : ''}`}
                      aria-pressed={r.doNotDraft}
                      onClick={() => onDoNotDraft(r.playerId, !r.doNotDraft)}
                    >
                      {r.doNotDraft ? 'Undo DND' : 'DND'}
                    </button>
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
