// The head of the available-players panel in both rooms: the position filter and the search
// input that steers the list from the keyboard (arrows move, PageUp/PageDown by ten, Enter acts
// on the selected player, Shift+Enter queues him, Escape clears the search). What Enter does
// is the room's: draft, nominate or record a sale.
import type { RefObject } from 'react';
import { POSITION_FILTERS, type PositionFilter } from './PlayerList';

export function PositionFilters({ value, onChange }: { value: PositionFilter; onChange: (p: PositionFilter) => void }) {
  return (
    <fieldset className="segmented pos-filter" aria-label="Position">
      {POSITION_FILTERS.map((p) => (
        <label key={p}>
          <input type="radio" name="draft-pos" checked={value === p} onChange={() => onChange(p)} />
          {p}
        </label>
      ))}
    </fieldset>
  );
}

interface SearchBoxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  /** The selected player's id (the list's active row). */
  selected: string | null;
  query: string;
  onQuery: (q: string) => void;
  label: string;
  placeholder: string;
  /** Moves the selection by this many rows. */
  move: (delta: number) => void;
  onEnter: () => void;
  onQueue?: () => void;
}

export function PlayerSearchBox({ inputRef, selected, query, onQuery, label, placeholder, move, onEnter, onQueue }: SearchBoxProps) {
  const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
  return (
    <input
      ref={inputRef}
      id="draft-search"
      className="input"
      type="search"
      role="combobox"
      aria-expanded="true"
      aria-controls="draft-players"
      aria-activedescendant={selected ? `draft-player-${selected}` : undefined}
      aria-label={label}
      placeholder={placeholder}
      value={query}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => onQuery(e.target.value)}
      onKeyDown={(e) => {
        const step = steps[e.key];
        if (step !== undefined) {
          e.preventDefault();
          move(step);
        } else if (e.key === 'Enter' && e.shiftKey && onQueue) {
          e.preventDefault();
          onQueue();
        } else if (e.key === 'Enter') {
          e.preventDefault();
          onEnter();
        } else if (e.key === 'Escape' && query) {
          e.preventDefault();
          onQuery('');
        }
      }}
    />
  );
}
