// Adding a keeper: a player search (the draft pool only) as a combobox; arrows choose,
// Enter adds.
import { useEffect, useId, useState } from 'react';
import type { PlayerSearchHit } from '../../../../../shared/ipc/types';
import { api } from '../../../api';
import { PositionBadge } from '../../../components/PositionBadge';

export function KeeperSearch({ onAdd }: { onAdd(p: PlayerSearchHit): void }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<PlayerSearchHit[]>([]);
  const [active, setActive] = useState(0);
  const listId = useId();
  const typed = q.trim().length >= 2;
  useEffect(() => {
    if (!typed) return;
    let live = true;
    const t = setTimeout(() => {
      void api.call('players.search', { query: q, poolOnly: true, limit: 8 }).then((r) => live && r.ok && (setHits(r.value), setActive(0)));
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, typed]);
  const shown = typed ? hits : [];
  const add = (p: PlayerSearchHit | undefined) => {
    if (!p) return;
    onAdd(p);
    setQ('');
    setHits([]);
  };
  return (
    <div className="lf-keeper-search">
      <input
        className="input"
        type="search"
        placeholder="Add a keeper: type a name, Enter"
        aria-label="Add a keeper"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(shown.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') {
            e.preventDefault();
            add(shown[active]);
          } else return;
          e.preventDefault();
        }}
      />
      {shown.length ? (
        <ul className="lf-hits" id={listId} role="listbox">
          {shown.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseDown={(e) => (e.preventDefault(), add(h))}>
              {h.position ? <PositionBadge position={h.position} /> : null} {h.name} <span className="muted">{h.team ?? 'FA'}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
