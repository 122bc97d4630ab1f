// Keyboard and queue behaviour shared by the pick room and the auction room.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { DraftRoom } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { downloadText } from '../../download';
import type { DraftRoomApi } from './useDraftRoom';

function typingIn(target: EventTarget | null): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  if (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)) return target;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return target;
  return null;
}

/**
 * Room shortcuts, taken in the capture phase so they win over the shell's: / focuses the
 * search, Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes (except while a field holds
 * text of its own to undo), Q queues the selected player (Shift+Enter in the search box).
 */
export function useRoomKeys(o: { searchRef: RefObject<HTMLInputElement | null>; room: DraftRoom | null; act: DraftRoomApi['act']; queue(): void }): void {
  const { searchRef, act, queue } = o;
  const canUndo = !!o.room?.canUndo;
  const canRedo = !!o.room?.canRedo;
  useEffect(() => {
    const undo = () => void act('drafts.undo', {});
    const redo = () => void act('drafts.redo', {});
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const field = typingIn(e.target);
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
        if (field && field instanceof HTMLInputElement && field.value !== '' && field !== searchRef.current) return;
        if (field === searchRef.current && searchRef.current?.value) return;
        e.preventDefault();
        const wantsRedo = e.key === 'y' || e.shiftKey;
        if (wantsRedo && canRedo) redo();
        else if (!wantsRedo && canUndo) undo();
        return;
      }
      if (mod || e.altKey) return;
      if (e.key === '/' && !field) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      if ((e.key === 'q' || e.key === 'Q') && !field) {
        e.preventDefault();
        queue();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [searchRef, canUndo, canRedo, act, queue]);
}

/** My queue for a draft, kept in this browser's storage. */
export function useQueue(draftId: number): [string[], (id: string) => void, (id: string) => void] {
  const key = `gridscout.draft.${draftId}.queue`;
  const [queue, setQueue] = useState<string[]>(() => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
    } catch {
      return [];
    }
  });
  const save = useCallback(
    (next: string[]) => {
      localStorage.setItem(key, JSON.stringify(next));
      setQueue(next);
    },
    [key],
  );
  const toggle = useCallback((id: string) => save(queue.includes(id) ? queue.filter((x) => x !== id) : [...queue, id]), [queue, save]);
  const remove = useCallback((id: string) => save(queue.filter((x) => x !== id)), [queue, save]);
  return [queue, toggle, remove];
}

/** Saves the draft's CSV through a download link (the desktop app and the browser alike). */
export async function downloadCsv(draftId: number): Promise<void> {
  const r = await api.call('drafts.exportCsv', { draftId });
  if (r.ok) downloadText(r.value.csv, r.value.filename);
}
