// Dragging a player to a new place in the ranked list, as state and rules without the DOM:
// where the drag stands, when a press becomes a drag (3 px), and which rank to ask for when
// it is dropped. RankingsList turns pointer events into these actions.
import type { RankingRow } from '../../../../shared/ipc/types';

export interface Drag {
  playerId: number;
  /** Visible index the player would be dropped before (length: after the last). */
  insertAt: number;
  startY: number;
  moved: boolean;
}

export type DragAction = { type: 'press'; playerId: number; index: number; y: number } | { type: 'move'; y: number; insertAt: number } | { type: 'release' };

/** A press further than this (px) from where it started is a drag, not a click. */
const DRAG_THRESHOLD = 3;

export function dragReducer(drag: Drag | null, action: DragAction): Drag | null {
  switch (action.type) {
    case 'press':
      return { playerId: action.playerId, insertAt: action.index, startY: action.y, moved: false };
    case 'move':
      if (!drag) return null;
      return { ...drag, moved: drag.moved || Math.abs(action.y - drag.startY) > DRAG_THRESHOLD, insertAt: action.insertAt };
    case 'release':
      return null;
  }
}

/** The rank to ask for so the player lands just before visible row `at` (or after the last). */
export function targetRank(visible: readonly RankingRow[], movedRank: number, at: number): number {
  const before = visible[at];
  if (before) return movedRank < before.rank ? before.rank - 1 : before.rank;
  const last = visible.at(-1)!;
  return movedRank < last.rank ? last.rank : last.rank + 1;
}

/** The move a released drag asks for, or null when it was a click or lands where it started. */
export function dropMove(drag: Drag | null, visible: readonly RankingRow[]): { playerId: number; toRank: number } | null {
  if (!drag?.moved) return null;
  const from = visible.findIndex((r) => r.playerId === drag.playerId);
  if (from < 0 || drag.insertAt === from || drag.insertAt === from + 1) return null;
  return { playerId: drag.playerId, toRank: targetRank(visible, visible[from]!.rank, drag.insertAt) };
}
