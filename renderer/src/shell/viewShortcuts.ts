// The keys each view answers to, for the ? list: what a view handles itself (the draft rooms'
// search box and undo, the tables' row keys) beside the shell's navigation. Each entry names
// the handler that implements it; change both together.
import type { Route } from '../stores/routeSlice';

export interface Shortcut {
  /** Alternatives, each a chord like "Ctrl+Shift+Z". */
  keys: string[];
  what: string;
}

export interface ViewShortcuts {
  title: string;
  shortcuts: Shortcut[];
}

// views/draft/PlayerSearch.tsx (the search box) and views/draft/roomShared.ts (useRoomKeys).
const DRAFT_ROOM: Shortcut[] = [
  { keys: ['/'], what: 'Go to the player search' },
  { keys: ['↑', '↓'], what: 'Select the previous or next player (in the search box)' },
  { keys: ['PageUp', 'PageDown'], what: 'Move the selection by ten players' },
  { keys: ['Enter'], what: 'Act on the selected player: draft him, nominate him or record the sale' },
  { keys: ['Shift+Enter', 'Q'], what: 'Add the selected player to your queue' },
  { keys: ['Esc'], what: 'Clear the search' },
  { keys: ['Ctrl+Z'], what: 'Undo the last pick' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], what: 'Redo' },
];

// views/players/PlayersTable.tsx (row keys) and views/players/PlayersView.tsx (/).
const PLAYERS: Shortcut[] = [
  { keys: ['/'], what: 'Go to the search box' },
  { keys: ['↑', '↓'], what: 'Previous or next player' },
  { keys: ['PageUp', 'PageDown'], what: 'A page up or down' },
  { keys: ['Home', 'End'], what: 'First or last player' },
  { keys: ['Enter'], what: "Open the player's profile" },
  { keys: ['Space'], what: 'Select the player to compare' },
  { keys: ['W'], what: 'Add to or remove from the watch list' },
];

// views/rankings/RankingsList.tsx (onKeyDown on a row).
const RANKINGS: Shortcut[] = [
  { keys: ['↑', '↓'], what: 'Previous or next player' },
  { keys: ['Home', 'End'], what: 'First or last player' },
  { keys: ['Alt+↑', 'Ctrl+↑'], what: 'Move the player up your ranking' },
  { keys: ['Alt+↓', 'Ctrl+↓'], what: 'Move the player down your ranking' },
  { keys: ['D'], what: 'Mark or unmark "do not draft"' },
  { keys: ['Enter'], what: "Open the player's profile" },
];

/** The keys of the view at `route`, or null where it has none beyond navigation. */
export function viewShortcuts(route: Route): ViewShortcuts | null {
  const [sub, page] = route.params;
  if (route.view === 'draft' && sub && page === undefined) return { title: 'In the draft room', shortcuts: DRAFT_ROOM };
  if (route.view === 'players' && !sub) return { title: 'In the players table', shortcuts: PLAYERS };
  if (route.view === 'rankings') return { title: 'In your rankings', shortcuts: RANKINGS };
  return null;
}
