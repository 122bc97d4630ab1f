// Global keyboard shortcuts: Alt+<digit> or g then <letter> opens a view (listed in
// views/registry.tsx), ? shows the list. Keys typed into a field are never taken, and a
// view that handles a key itself (preventDefault) wins, so a draft room can own Enter or /.
import { useEffect, type RefObject } from 'react';
import { useStore } from '../stores/store';
import { VIEWS } from '../views/registry';

const G_TIMEOUT_MS = 1500;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return false;
}

export function useShortcuts({ onHelp, focusMain }: { onHelp: () => void; focusMain: () => void }): void {
  useEffect(() => {
    let gPressedAt = 0;
    const open = (id: string) => {
      useStore.getState().navigate(id);
      focusMain();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // Alt+digit works from anywhere, fields included: it cannot be typed text. e.code,
      // because on macOS Alt+1 produces a character ("¡") as e.key.
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[0-9]$/.test(e.code)) {
        const view = VIEWS.find((v) => v.digit === e.code.slice(5));
        if (view) {
          e.preventDefault();
          open(view.id);
        }
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        onHelp();
        return;
      }
      if (gPressedAt && Date.now() - gPressedAt < G_TIMEOUT_MS) {
        gPressedAt = 0;
        const view = VIEWS.find((v) => v.letter === e.key.toLowerCase());
        if (view) {
          e.preventDefault();
          open(view.id);
        }
        return;
      }
      if (e.key === 'g' && !e.shiftKey) gPressedAt = Date.now();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onHelp, focusMain]);
}

/**
 * "/" goes to a view's search box (as in the draft rooms), unless a field has the focus:
 * there "/" is typed like any other character ("D/ST").
 */
export function useSlashToSearch(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      e.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [search]);
}
