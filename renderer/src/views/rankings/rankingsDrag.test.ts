import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../../../../shared/ipc/types';
import { dragReducer, dropMove, targetRank, type DragAction } from './rankingsDrag';

// Five visible rows ranked 1..5 (playerId = rank * 10).
const visible = [1, 2, 3, 4, 5].map((rank) => ({ playerId: rank * 10, rank }) as RankingRow);
const drag = (...actions: DragAction[]) => actions.reduce(dragReducer, null);

describe('dragging in the rankings list', () => {
  it('a press is not a drag until it moves more than 3 px', () => {
    expect(drag({ type: 'press', playerId: 20, index: 1, y: 100 }, { type: 'move', y: 103, insertAt: 1 })?.moved).toBe(false);
    expect(drag({ type: 'press', playerId: 20, index: 1, y: 100 }, { type: 'move', y: 96, insertAt: 1 })?.moved).toBe(true);
    // Once a drag, always a drag, even back at the start.
    expect(drag({ type: 'press', playerId: 20, index: 1, y: 100 }, { type: 'move', y: 140, insertAt: 3 }, { type: 'move', y: 100, insertAt: 1 })?.moved).toBe(true);
    expect(drag({ type: 'move', y: 140, insertAt: 3 })).toBeNull();
    expect(drag({ type: 'press', playerId: 20, index: 1, y: 100 }, { type: 'release' })).toBeNull();
  });

  it('a drop asks for the rank that puts him just before the row under the pointer', () => {
    const moved = (insertAt: number) => drag({ type: 'press', playerId: 20, index: 1, y: 100 }, { type: 'move', y: 200, insertAt });
    expect(dropMove(moved(4), visible)).toEqual({ playerId: 20, toRank: 4 });
    expect(dropMove(moved(5), visible)).toEqual({ playerId: 20, toRank: 5 });
    expect(dropMove(moved(0), visible)).toEqual({ playerId: 20, toRank: 1 });
    // Before or after himself: no move; a click: no move.
    expect(dropMove(moved(1), visible)).toBeNull();
    expect(dropMove(moved(2), visible)).toBeNull();
    expect(dropMove(drag({ type: 'press', playerId: 20, index: 1, y: 100 }), visible)).toBeNull();
  });

  it('targetRank counts from the moved player\'s side of the target', () => {
    expect(targetRank(visible, 5, 1)).toBe(2);
    expect(targetRank(visible, 1, 3)).toBe(3);
  });
});
