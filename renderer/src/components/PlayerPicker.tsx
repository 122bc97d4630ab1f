// A player search as a combobox: two letters search, arrows choose, Enter or a click picks,
// Esc closes the list. Compare adds a player with it, the league form a keeper.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { PlayerSearchHit } from '../../../shared/ipc/types';
import { api } from '../api';
import { PositionBadge } from './PositionBadge';

interface Props {
  label: string;
  placeholder: string;
  /** Only the coming season's draft pool (keepers), else every player. */
  poolOnly?: boolean;
  onPick(hit: PlayerSearchHit): void;
  /** The muted facts after a hit's name (team, last season). */
  detail(hit: PlayerSearchHit): string;
  /** The view's class for the box's width. */
  className: string;
}

export function PlayerPicker({ label, placeholder, poolOnly = false, onPick, detail, className }: Props) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<PlayerSearchHit[]>([]);
  const [active, setActive] = useState(0);
  const listId = useId();
  const typed = q.trim().length >= 2;
  useEffect(() => {
    if (!typed) return;
    let live = true;
    // A short pause so a fast typist sends one search, not one per letter.
    const t = setTimeout(() => {
      void api.call('players.search', { query: q, limit: 8, poolOnly }).then((r) => {
        if (live && r.ok) {
          setHits(r.value);
          setActive(0);
        }
      });
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, typed, poolOnly]);
  const shown = typed ? hits : [];
  const pick = (h: PlayerSearchHit | undefined) => {
    if (!h) return;
    onPick(h);
    setQ('');
    setHits([]);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(shown.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') pick(shown[active]);
    else if (e.key === 'Escape') setHits([]);
    else return;
    e.preventDefault();
  };
  const optionId = (h: PlayerSearchHit) => `${listId}-${h.id}`;
  return (
    <div className={`player-picker ${className}`}>
      <input
        className="input"
        type="search"
        placeholder={placeholder}
        aria-label={label}
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown[active] ? optionId(shown[active]) : undefined}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {shown.length ? (
        <ul className="player-picker-list" id={listId} role="listbox">
          {shown.map((h, i) => (
            <li
              key={h.id}
              id={optionId(h)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              // Keeps the focus in the box, so the next name can be typed at once.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              {h.position ? <PositionBadge position={h.position} /> : null}
              <span>{h.name}</span>
              <span className="muted">{detail(h)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
