// The ranked list with tier breaks. Reordering works with the pointer (drag the handle;
// the drag's state and drop rules are rankingsDrag.ts) and the keyboard (Alt+Up/Down on a
// focused row); both end in one `rankings.reorder`. Each row is a RankingRow.
import { useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { RankingRow as Row } from '../../../../shared/ipc/types';
import { useStore } from '../../stores/store';
import type { PositionTab } from '../players/filters';
import { RankingRow } from './RankingRow';
import { dragReducer, dropMove } from './rankingsDrag';

interface Props {
  rows: Row[];
  position: PositionTab;
  onMove(playerId: number, toRank: number): void;
  onDoNotDraft(playerId: number, on: boolean): void;
  onTierBreak(playerId: number, on: boolean): void;
}

const FLEX = new Set(['RB', 'WR', 'TE']);

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

  const [drag, dispatchDrag] = useReducer(dragReducer, null);
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

  const onPointerDown = (e: PointerEvent, playerId: number, index: number) => {
    if (e.button !== 0) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    dispatchDrag({ type: 'press', playerId, index, y: e.clientY });
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag) return;
    dispatchDrag({ type: 'move', y: e.clientY, insertAt: insertIndexAt(e.clientY) });
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
    const move = dropMove(drag, visible);
    dispatchDrag({ type: 'release' });
    if (move) onMove(move.playerId, move.toRank);
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
        <tbody ref={listRef} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => dispatchDrag({ type: 'release' })}>
          {visible.map((r, i) => (
            <RankingRow
              key={r.playerId}
              r={r}
              prev={visible[i - 1]}
              i={i}
              all={position === 'ALL'}
              posRank={posRank.get(r.playerId)}
              maxHigh={maxHigh}
              tabStop={r.playerId === tabStop}
              dragged={!!drag?.moved && drag.playerId === r.playerId}
              dropBefore={!!drag?.moved && drag.insertAt === i}
              dropAfter={!!drag?.moved && i === visible.length - 1 && drag.insertAt === visible.length}
              register={(el) => {
                if (el) rowEls.current.set(r.playerId, el);
                else rowEls.current.delete(r.playerId);
              }}
              onFocus={() => setFocusId(r.playerId)}
              onKeyDown={(e) => onRowKey(e, i)}
              onHandleDown={(e) => onPointerDown(e, r.playerId, i)}
              onMoveUp={() => i > 0 && onMove(r.playerId, visible[i - 1]!.rank)}
              onMoveDown={() => i < visible.length - 1 && onMove(r.playerId, visible[i + 1]!.rank)}
              onDoNotDraft={onDoNotDraft}
              onTierBreak={onTierBreak}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
