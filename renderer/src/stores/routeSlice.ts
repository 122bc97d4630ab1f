// A small hash router: the URL hash is the route (#/players/00-0033873?tab=log), so it
// works the same from file:// in the desktop app and over HTTP in the browser mode, and
// back/forward and reload keep the place. The first path segment picks the view in
// views/registry.tsx; the rest are that view's params.
import type { StateCreator } from 'zustand';
import type { Store } from './store';

export const DEFAULT_VIEW = 'players';

export interface Route {
  /** The registry id of the view, e.g. "players". */
  view: string;
  /** Path segments after the view, decoded: #/players/abc -> ["abc"]. */
  params: string[];
  query: Record<string, string>;
}

export interface RouteSlice {
  route: Route;
  /** Go to a path like "players/abc" or "draft?league=3" (leading # or / optional). */
  navigate(path: string): void;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const query = Object.fromEntries(new URLSearchParams(queryPart));
  return { view: segments[0] ?? DEFAULT_VIEW, params: segments.slice(1), query };
}

/** The href for a path, for <a> elements: hrefFor("players/abc") -> "#/players/abc". */
export function hrefFor(path: string): string {
  return `#/${path.replace(/^[#/]+/, '')}`;
}

export const createRouteSlice: StateCreator<Store, [], [], RouteSlice> = () => ({
  route: parseHash(window.location.hash),
  navigate(path) {
    const href = hrefFor(path);
    if (window.location.hash !== href) window.location.hash = href;
  },
});

/** Keeps the store's route in step with the hash (links, back/forward, navigate()). */
export function startHashRouter(set: (route: Route) => void): () => void {
  const onChange = () => set(parseHash(window.location.hash));
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
