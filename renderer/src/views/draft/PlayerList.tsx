// Available players: search (type part of a name), position filter, recommendation
// badges, and a keyboard-driven selection (the search box is a combobox: arrows move the
// selection, Enter drafts it). Ordered by what is best for the team on the clock, then
// by the app's ranking.
import { adviceBadge } from '../../../../shared/domain/draft/adviceBadge';
import { forwardRef, memo, useEffect, useMemo, useRef } from 'react';
import type { DraftAdvice, RoomPlayer } from '../../../../shared/ipc/types';
import { PositionBadge } from '../../components/PositionBadge';
import { matches } from './search';

export const POSITION_FILTERS = ['All', 'QB', 'RB', 'WR', 'TE', 'FLEX', 'K', 'DST'] as const;
export type PositionFilter = (typeof POSITION_FILTERS)[number];

const FLEX = new Set(['RB', 'WR', 'TE']);
const LIMIT = 150;

export function visiblePlayers(players: readonly RoomPlayer[], takenBy: Record<string, number>, advice: DraftAdvice | null, query: string, position: PositionFilter, sort: 'best' | 'rank'): RoomPlayer[] {
  const recRank = new Map(advice?.items.map((a, i) => [a.playerId, i]) ?? []);
  const out = players.filter(
    (p) => !(p.id in takenBy) && (position === 'All' || (position === 'FLEX' ? FLEX.has(p.position) : p.position === position)) && matches(query, p.name, p.team, p.position),
  );
  out.sort((a, b) => {
    if (sort === 'best') {
      const ra = recRank.get(a.id) ?? Infinity;
      const rb = recRank.get(b.id) ?? Infinity;
      if (ra !== rb) return ra - rb;
    }
    return a.rank - b.rank;
  });
  return out.slice(0, LIMIT);
}

interface Props {
  rows: RoomPlayer[];
  advice: DraftAdvice | null;
  selected: string | null;
  queued: ReadonlySet<string>;
  onSelect(id: string): void;
  onActivate(id: string): void;
  /** Auctions show dollar values instead of availability. */
  auction?: boolean;
}

export const PlayerRows = memo(
  forwardRef<HTMLDivElement, Props>(function PlayerRows({ rows, advice, selected, queued, onSelect, onActivate, auction }, ref) {
    const recs = useMemo(() => new Map(advice?.items.map((a, i) => [a.playerId, { ...a, i }]) ?? []), [advice]);
    const selRef = useRef<HTMLDivElement | null>(null);
    // Braces: this Chromium's scrollIntoView returns a promise, and an effect may only return a cleanup.
    useEffect(() => {
      selRef.current?.scrollIntoView({ block: 'nearest' });
    }, [selected]);
    return (
      <div className="plist" ref={ref}>
        <div className="caps-label plist-head" aria-hidden="true">
          <span className="num">Rk</span>
          <span>Pos</span>
          <span>Player</span>
          <span className="num">Bye</span>
          <span className="num">Proj</span>
          <span className="num">VOR</span>
          <span className="num">Tier</span>
          <span className="num">{auction ? '$' : 'Avail'}</span>
          <span>Advice</span>
        </div>
        <div className="plist-body" role="listbox" id="draft-players" aria-label="Available players">
          {rows.length === 0 ? <p className="plist-empty">No available player matches.</p> : null}
          {rows.map((p) => {
            const rec = recs.get(p.id);
            const isSel = p.id === selected;
            return (
              <div
                key={p.id}
                id={`draft-player-${p.id}`}
                role="option"
                aria-selected={isSel}
                className={`plist-row${isSel ? ' is-selected' : ''}${rec && rec.i < 3 ? ' is-recommended' : ''}`}
                ref={isSel ? selRef : undefined}
                onClick={() => onSelect(p.id)}
                onDoubleClick={() => onActivate(p.id)}
              >
                <span className="num muted">{p.rank}</span>
                <span>
                  <PositionBadge position={p.position} />
                </span>
                <span className="plist-name">
                  <b>{p.name}</b>
                  <span className="muted"> {p.team ?? 'FA'}</span>
                  {queued.has(p.id) ? <span className="badge plist-queued">Queued</span> : null}
                </span>
                <span className="num muted">{p.bye ?? '–'}</span>
                <span className="num">{Math.round(p.projection)}</span>
                <span className="num">{p.vor > 0 ? `+${Math.round(p.vor)}` : Math.round(p.vor)}</span>
                <span className="num muted">{p.tier}</span>
                <span className="num">
                  {auction ? (p.dollars !== null ? `$${p.dollars}` : '–') : rec?.availability !== null && rec?.availability !== undefined ? <Availability p={rec.availability} /> : <span className="muted">–</span>}
                </span>
                <span className="plist-advice">{rec ? <RecBadge i={rec.i} startsNow={rec.startsNow} /> : null}</span>
              </div>
            );
          })}
        </div>
      </div>
    );
  }),
);

function RecBadge({ i, startsNow }: { i: number; startsNow: boolean }) {
  return <span className={i === 0 ? 'badge accent rec-top' : i < 5 ? 'badge accent' : 'badge'}>{adviceBadge(i, startsNow)}</span>;
}

export function Availability({ p }: { p: number }) {
  const pct = Math.round(p * 100);
  const tone = pct >= 70 ? 'high' : pct >= 30 ? 'mid' : 'low';
  return (
    <span className={`avail avail-${tone}`} title={`${pct}% chance he is still there at your next pick`}>
      {pct}%
    </span>
  );
}
