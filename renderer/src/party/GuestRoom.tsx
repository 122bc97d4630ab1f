// A guest's draft room: whose turn it is with the clock, the available players with
// search and position filters, a queue, the guest's roster and the board, live over the
// event stream. The Draft button works on the guest's turn only (the host checks too).
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DraftRoom, RoomPlayer } from '../../../shared/ipc/types';
import { follow, pick, room as loadRoom, type GuestSession } from './guestApi';
import { matches } from '../views/draft/search';
import { fmtClock, pickLabel } from '../views/draft/labels';

type Tab = 'players' | 'queue' | 'roster' | 'board';
const POSITIONS = ['All', 'QB', 'RB', 'WR', 'TE', 'K', 'DST'] as const;

function useQueue(key: string) {
  const [queue, setQueue] = useState<string[]>(() => JSON.parse(localStorage.getItem(key) ?? '[]') as string[]);
  const toggle = (id: string) =>
    setQueue((q) => {
      const next = q.includes(id) ? q.filter((x) => x !== id) : [...q, id];
      localStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  return [queue, toggle] as const;
}

export function GuestRoom({ session, onRevoked }: { session: GuestSession; onRevoked(message: string): void }) {
  const [room, setRoom] = useState<{ r: DraftRoom; at: number } | null>(null);
  const [online, setOnline] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<Tab>('players');
  const [query, setQuery] = useState('');
  const [position, setPosition] = useState<(typeof POSITIONS)[number]>('All');
  const [queue, toggleQueue] = useQueue(`gridscout.party.queue.${session.draftId}.${session.team}`);

  const reload = useCallback(async () => {
    const r = await loadRoom(session);
    if (r.ok) setRoom({ r: r.value, at: Date.now() });
    else if (r.status === 401) onRevoked(r.message);
  }, [session, onRevoked]);

  useEffect(
    () =>
      follow(session, {
        onChange: () => void reload(),
        onLink: setOnline,
        onRevoked: () => onRevoked('The host has closed the party (or removed you). Join again with the code.'),
      }),
    [session, reload, onRevoked],
  );

  const byId = useMemo(() => new Map<string, RoomPlayer>(room?.r.players.map((p) => [p.id, p]) ?? []), [room]);
  if (!room) return <main className="pg-loading">Connecting to the host…</main>;
  const r = room.r;
  // The host may have moved this phone to another team: the room says which is ours.
  const me = r.config.myTeam;
  const onClock = r.onClock;
  const myTurn = onClock?.team === me;
  const available = r.players.filter((p) => !(p.id in r.takenBy));
  const shown = available.filter((p) => (position === 'All' || p.position === position) && matches(query, p.name, p.team, p.position)).slice(0, 60);
  const myPicks = r.board.filter((c) => c.team === me && c.playerId).map((c) => ({ cell: c, player: byId.get(c.playerId!)! }));
  const lastPick = [...r.board].filter((c) => c.playerId && !c.keeper).sort((a, b) => b.overall - a.overall)[0];

  const draft = async (playerId: string) => {
    if (!onClock) return;
    setBusy(true);
    const a = await pick(session, playerId, onClock.overall);
    setBusy(false);
    if (a.ok) {
      setRoom({ r: a.value, at: Date.now() });
      setMessage(null);
      setQuery('');
    } else if (a.status === 401) onRevoked(a.message);
    else {
      setMessage(a.message);
      void reload();
    }
  };

  const row = (p: RoomPlayer) => (
    <PlayerLine key={p.id} player={p} detail={`${p.team ?? 'FA'} · bye ${p.bye ?? '-'} · ${p.projection.toFixed(0)} pts`}>
      <button type="button" className={`pg-star${queue.includes(p.id) ? ' is-on' : ''}`} aria-pressed={queue.includes(p.id)} aria-label={`Queue ${p.name}`} onClick={() => toggleQueue(p.id)}>
        ★
      </button>
      <button type="button" className="pg-draft" disabled={!myTurn || busy} onClick={() => void draft(p.id)} aria-label={`Draft ${p.name}`}>
        Draft
      </button>
    </PlayerLine>
  );

  return (
    <main className="pg">
      <header className={`pg-clock${myTurn ? ' is-mine' : ''}${onClock ? '' : ' is-complete'}`} role="status" aria-live="polite">
        <div className="pg-who">
          {onClock ? (
            <>
              <span className="pg-muted">Pick {pickLabel(onClock.round, onClock.pickInRound)} · {onClock.overall} overall</span>
              <b className="pg-onclock">{myTurn ? 'Your turn' : `${r.teamNames[onClock.team]} is picking`}</b>
            </>
          ) : (
            <b className="pg-onclock">Draft complete</b>
          )}
        </div>
        {onClock && r.clock?.startedAt != null ? <GuestClock room={r} receivedAt={room.at} /> : null}
        <div className="pg-me pg-muted">
          {r.teamNames[me]} · {r.draft.picksMade}/{r.draft.picksTotal}
        </div>
      </header>
      {!online ? <p className="pg-offline" role="alert">Reconnecting to the host…</p> : null}
      {message ? (
        <p className="pg-error" role="alert">
          {message}
        </p>
      ) : null}
      {lastPick ? (
        <p className="pg-last">
          Last pick: <b>{byId.get(lastPick.playerId!)?.name}</b> to {r.teamNames[lastPick.team]} ({pickLabel(lastPick.round, lastPick.pickInRound)})
        </p>
      ) : null}
      <nav className="pg-tabs" role="tablist">
        {(['players', 'queue', 'roster', 'board'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'is-on' : ''} onClick={() => setTab(t)}>
            {t === 'players' ? 'Players' : t === 'queue' ? `Queue (${queue.filter((id) => !(id in r.takenBy)).length})` : t === 'roster' ? 'My team' : 'Board'}
          </button>
        ))}
      </nav>
      {tab === 'players' ? (
        <section aria-label="Available players">
          <input className="pg-search" type="search" placeholder="Search players" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Search players" />
          <div className="pg-filters">
            {POSITIONS.map((p) => (
              <button key={p} type="button" className={position === p ? 'is-on' : ''} aria-pressed={position === p} onClick={() => setPosition(p)}>
                {p}
              </button>
            ))}
          </div>
          <ul className="pg-list">{shown.map(row)}</ul>
        </section>
      ) : null}
      {tab === 'queue' ? (
        <section aria-label="Queue">
          <ul className="pg-list">{queue.map((id) => byId.get(id)).filter((p): p is RoomPlayer => !!p && !(p.id in r.takenBy)).map(row)}</ul>
          {queue.length === 0 ? <p className="pg-muted pg-pad">Star players to line them up for your turn.</p> : null}
        </section>
      ) : null}
      {tab === 'roster' ? (
        <section aria-label="My team">
          <ul className="pg-list">
            {myPicks.map(({ cell, player }) => (
              <PlayerLine key={cell.overall} player={player} detail={`Pick ${pickLabel(cell.round, cell.pickInRound)} · ${player.team ?? 'FA'} · bye ${player.bye ?? '-'}`} />
            ))}
          </ul>
          {r.myNextPick ? <p className="pg-muted pg-pad">Your next pick: {r.myNextPick} overall</p> : null}
        </section>
      ) : null}
      {tab === 'board' ? (
        <section aria-label="Board">
          <ol className="pg-board">
            {r.board
              .filter((c) => c.playerId)
              .sort((a, b) => b.overall - a.overall)
              .map((c) => {
                const p = byId.get(c.playerId!)!;
                return (
                  <li key={c.overall} className={`pg-cell${c.team === me ? ' is-mine' : ''}`} data-pos={p.position}>
                    <span className="pg-muted">{pickLabel(c.round, c.pickInRound)}</span> <b>{p.name}</b> <span className="pg-muted">{r.teamNames[c.team]}</span>
                  </li>
                );
              })}
          </ol>
        </section>
      ) : null}
    </main>
  );
}

function GuestClock({ room, receivedAt }: { room: DraftRoom; receivedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const c = room.clock!;
  if (c.pausedLeft !== null)
    return (
      <span className="pg-timer is-paused" aria-label={`The host paused the clock with ${Math.ceil(c.pausedLeft / 1000)} seconds left`}>
        Paused <span className="pg-muted">{fmtClock(c.pausedLeft)}</span>
      </span>
    );
  // The host's clock, corrected for the difference between its clock and this phone's.
  const left = c.startedAt! + c.seconds * 1000 - (c.serverNow + (now - receivedAt));
  return <span className={`pg-timer${left <= 10_000 ? ' is-low' : ''}`}>{fmtClock(left)}</span>;
}

/** A player in the phone's lists: position, name, a muted line of facts, then any buttons. */
function PlayerLine({ player, detail, children }: { player: RoomPlayer; detail: string; children?: ReactNode }) {
  return (
    <li className="pg-player">
      <span className="pos-badge" data-pos={player.position}>
        {player.position}
      </span>
      <span className="pg-name">
        <b>{player.name}</b>
        <span className="pg-muted">{detail}</span>
      </span>
      {children}
    </li>
  );
}
