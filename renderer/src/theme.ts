// Light and dark follow the system unless Settings pins one. The pinned choice is also
// cached in localStorage so the first paint of the next start is already right (the
// database answer comes a moment later and wins if they differ).
import type { Theme } from '../../shared/ipc/types';

const CACHE_KEY = 'gridscout.theme';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // Storage can be unavailable (private windows); the theme still applies.
  }
}

export function applyCachedTheme(): void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (cached === 'light' || cached === 'dark') document.documentElement.dataset.theme = cached;
  } catch {
    // ignore: follow the system until settings load
  }
}
