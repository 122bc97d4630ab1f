// The draft room for snake, linear and third-round-reversal drafts, mock or live.
// Keyboard first: / searches, arrows move, Enter drafts the selected player for the team
// on the clock, Q queues, Ctrl+Z undoes, Ctrl+Shift+Z redoes.
import { MarketNote } from '../../components/MarketNote';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nameInitials, normaliseName } from '../../../../shared/domain/names';
import type { DraftRoom, RoomPlayer } from '../../../../shared/ipc/types';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { DraftBoard } from './DraftBoard';
import { DRAFT_TYPE_LABELS, fmtClock, pickLabel } from './labels';
import { PlayerRows, visiblePlayers, type PositionFilter } from './PlayerList';
import { PlayerSearchBox, PositionFilters } from './PlayerSearch';
import { AdvicePanel, RosterPanel } from './SidePanels';
import { PartyPanel } from './PartyPanel';
import { useRoomKeys, useQueue } from './roomShared';
import { RoomActions } from './RoomActions';
import { useDraftRoom } from './useDraftRoom';
import { matches } from './search';
import { SyncBar } from './SyncBar';
import { useMyTurnAnnounced } from './announce';
import { Alert } from '../../components/Alert';

const SPEED_KEY = 'gridscout.draft.botDelay';

export default function PickRoom({ draftId }: { draftId: number }) {
  const [botDelay, setBotDelay] = useState(() => Number(localStorage.getItem(SPEED_KEY) ?? '0') || 0);
  const d = useDraftRoom(draftId, botDelay);
  const { room, advice, act } = d;
  const [query, setQuery] = useState('');
  const [position, setPosition] = useState<PositionFilter>('All');
  const [sort, setSort] = useState<'best' | 'rank'>('best');
  const [selected, setSelected] = useState<string | null>(null);
  const [queue, toggleQueue, unqueue] = useQueue(draftId);
  const queued = useMemo(() => new Set(queue), [queue]);
  const searchRef = useRef<HTMLInputElement | null>(null);
  // Live drafts: the team a pick is entered for (-1: the team on the clock), and the players
  // an ambiguous Enter asks about.
  const [pickFor, setPickFor] = useState(-1);
  const [ask, setAsk] = useState<string[] | null>(null);

  const byId = useMemo(() => new Map<string, RoomPlayer>(room?.players.map((p) => [p.id, p]) ?? []), [room?.players]);
  const rows = useMemo(() => (room ? visiblePlayers(room.players, room.takenBy, advice, query, position, sort) : []), [room, advice, query, position, sort]);

  // The selection follows the top of the list unless the user moved it to a row still shown.
  const sel = selected && rows.some((r) => r.id === selected) ? selected : (rows[0]?.id ?? null);

  const draft = useCallback(
    async (id: string | null) => {
      if (!id || !room?.onClock) return;
      const done = await act('drafts.pick', { playerId: id, ...(pickFor >= 0 ? { team: pickFor } : {}) });
      setAsk(null);
      if (done) {
        setQuery('');
        setSelected(null);
        setPickFor(-1);
        searchRef.current?.focus();
      }
    },
    [act, room?.onClock, pickFor],
  );

  useRoomKeys({ searchRef, room, act, queue: () => sel && toggleQueue(sel) });

  const move = (delta: number) => {
    const i = rows.findIndex((r) => r.id === sel);
    const next = rows[Math.max(0, Math.min(rows.length - 1, i + delta))];
    if (next) setSelected(next.id);
  };

  useMyTurnAnnounced(room);

  if (d.error) return <RoomError message={d.error} />;
  if (!room) return <ViewHeader title="Draft" subtitle="Loading the draft…" />;

  const mine = room.onClock?.team === room.draft.myTeam;
  const live = room.draft.mode === 'live';
  const complete = room.onClock === null;
  const onClockName = room.onClock ? room.teamNames[room.onClock.team] : null;
  const playersTitle = live ? `Enter the pick for ${pickFor >= 0 ? room.teamNames[pickFor] : mine ? 'you' : (onClockName ?? '…')}` : 'Available players';
  const selectedPlayer = sel ? (byId.get(sel) ?? null) : null;
  const taken = alreadyDrafted(room, query);
  // Enter on a query two players match asks which one, unless the user chose a row or typed a whole name.
  const onEnter = () => {
    if (!(live || mine)) return;
    const exact = ambiguity(rows, query);
    if (selected === null && exact.length !== 1 && rows.length > 1) setAsk(rows.slice(0, 6).map((r) => r.id));
    else void draft(exact.length === 1 && selected === null ? exact[0]! : sel);
  };

  return (
    <>
      <ViewHeader
        title="Draft"
        subtitle={
          <>
            {room.draft.leagueName} · {live ? 'Live assistant' : partyable(room) ? 'Mock draft with friends' : 'Mock draft vs bots'} · {DRAFT_TYPE_LABELS[room.draft.draftType]} · {room.draft.teams} teams · {room.scoringName} · {room.draft.season}
            <br />
            <MarketNote market={room.market} />
          </>
        }
        actions={
          <RoomActions room={room} busy={d.busy} complete={complete} onUndo={() => void act('drafts.undo', {})} onRedo={() => void act('drafts.redo', {})}>
            <TradeButton teams={room.teamNames} onTrade={(overall, toTeam) => void act('drafts.trade', { overall, toTeam })} />
          </RoomActions>
        }
      />
      <div className="draft-room">
        <div className={`clock-bar${mine ? ' is-mine' : ''}${complete ? ' is-complete' : ''}`} role="status" aria-live="polite">
          {complete ? (
            <span className="clock-main">
              Draft complete · <a href={hrefFor(`draft/${draftId}/results`)}>see every team&rsquo;s grade</a>
            </span>
          ) : (
            <>
              <span className="caps-label clock-label">On the clock</span>
              <span className="clock-main">
                <b>{mine ? 'You' : onClockName}</b> · Pick {pickLabel(room.onClock!.round, room.onClock!.pickInRound)} <span className="muted">({room.onClock!.overall} overall)</span>
              </span>
              {room.clock ? <Clock room={room} receivedAt={d.receivedAt} onExpired={() => void d.reload(true)} /> : null}
              <span className="clock-next muted">{room.myNextPick ? `Your next pick: ${room.myNextPick}` : mine ? 'Your last pick' : ''}</span>
            </>
          )}
          <span className="clock-spacer" />
          <span className="clock-progress muted">
            {room.draft.picksMade} / {room.draft.picksTotal} picks
          </span>
          {!live ? (
            <label className="clock-speed">
              <span className="muted">Bots</span>
              <select
                className="input"
                value={botDelay}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  localStorage.setItem(SPEED_KEY, String(v));
                  setBotDelay(v);
                }}
              >
                <option value={0}>Instant</option>
                <option value={700}>Paced</option>
                <option value={2500}>Slow</option>
              </select>
            </label>
          ) : null}
        </div>
        <Alert className="draft-message" message={d.message} />
        {room.sync ? (
          <SyncBar
            room={room}
            busy={d.busy}
            onPause={() => void act('drafts.followPause', {})}
            onResume={() => void act('drafts.followResume', {})}
            onMyTeam={(team) => void act('drafts.setMyTeam', { team })}
          />
        ) : null}
        {partyable(room) ? (
          <PartyPanel room={room} onAutopick={() => void act('party.autopick', {})} onPause={() => void act('party.pause', {})} onResume={() => void act('party.resume', {})} />
        ) : null}
        <DraftBoard room={room} byId={byId} />
        <div className="draft-lower">
          <section className="panel draft-panel players" aria-labelledby="players-title">
            <div className="panel-header players-header">
              <h2 id="players-title" title={playersTitle}>
                {playersTitle}
              </h2>
              {live && !complete ? (
                <label className="pick-for">
                  <span className="muted">Pick for</span>
                  <select className="input" aria-label="Pick for" value={pickFor} onChange={(e) => setPickFor(Number(e.target.value))}>
                    <option value={-1}>The team on the clock</option>
                    {room.teamNames.map((t, i) => (
                      <option key={i} value={i}>
                        {t} (next open slot)
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              <PositionFilters value={position} onChange={setPosition} />
            </div>
            <div className="players-search">
              <PlayerSearchBox
                inputRef={searchRef}
                selected={sel}
                query={query}
                onQuery={(q) => {
                  setQuery(q);
                  setSelected(null);
                }}
                label="Search players: type part of a name, Enter drafts the selected player"
                placeholder={complete ? 'The draft is complete' : 'Type part of a name, Enter drafts  ( / )'}
                move={move}
                onEnter={onEnter}
                onQueue={() => sel && toggleQueue(sel)}
              />
              <select className="input" aria-label="Order" value={sort} onChange={(e) => setSort(e.target.value as 'best' | 'rank')}>
                <option value="best">Best for {live && !mine ? 'them' : 'you'}</option>
                <option value="rank">Our ranking</option>
              </select>
              <button type="button" className="btn primary" disabled={!sel || complete || (!live && !mine) || d.busy} onClick={() => void draft(sel)}>
                Draft{selectedPlayer ? ` ${selectedPlayer.name}` : ''}
              </button>
            </div>
            {taken.length ? (
              <p className="draft-taken muted" role="status">
                {taken.join(' · ')}
              </p>
            ) : null}
            {ask ? (
              <div className="draft-ask" role="alertdialog" aria-label="Which player?">
                <b>Which one?</b>
                {ask.map((id) => (
                  <button key={id} type="button" className="btn small" onClick={() => void draft(id)}>
                    {byId.get(id)?.name} <span className="muted">{byId.get(id)?.position} {byId.get(id)?.team ?? 'FA'}</span>
                  </button>
                ))}
                <button type="button" className="btn ghost small" onClick={() => setAsk(null)}>
                  Cancel
                </button>
              </div>
            ) : null}
            <PlayerRows rows={rows} advice={advice} selected={sel} queued={queued} onSelect={setSelected} onActivate={(id) => (live || mine) && void draft(id)} />
          </section>
          <AdvicePanel player={selectedPlayer} advice={advice} room={room} pending={!complete && (live || mine) && !advice} />
          <RosterPanel room={room} byId={byId} queue={queue} onUnqueue={unqueue} />
        </div>
      </div>
    </>
  );
}

export function RoomError({ message }: { message: string }) {
  return (
    <>
      <ViewHeader title="Draft" />
      <div className="view-body">
        <p className="draft-message" role="alert">
          {message}
        </p>
        <a href={hrefFor('draft')}>All drafts</a>
      </div>
    </>
  );
}

/** A live draft, or a mock draft where league mates draft some teams: either can host a party. */
function partyable(room: DraftRoom): boolean {
  if (room.draft.draftType === 'auction') return false;
  return room.draft.mode === 'live' || room.personalities.filter((p) => p === null).length > 1;
}

function Clock({ room, receivedAt, onExpired }: { room: NonNullable<ReturnType<typeof useDraftRoom>['room']>; receivedAt: number; onExpired(): void }) {
  const clock = room.clock!;
  // The server's clock, corrected for the gap between its clock and ours.
  const skew = receivedAt - clock.serverNow;
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, []);
  const paused = clock.pausedLeft !== null;
  const left = paused ? clock.pausedLeft! : clock.startedAt === null ? clock.seconds * 1000 : clock.startedAt + clock.seconds * 1000 - (now - skew);
  const expired = !paused && clock.startedAt !== null && left <= 0;
  useEffect(() => {
    if (expired && room.draft.mode === 'mock') onExpired();
  }, [expired, room.draft.mode, onExpired]);
  return (
    <span className={`clock-time${left < 10_000 && !paused ? ' is-low' : ''}${paused ? ' is-paused' : ''}`} aria-label={`${paused ? 'Clock paused, ' : ''}${Math.ceil(left / 1000)} seconds left`}>
      {paused ? 'Paused ' : ''}
      {fmtClock(left)}
    </span>
  );
}

function TradeButton({ teams, onTrade }: { teams: string[]; onTrade(overall: number, toTeam: number): void }) {
  const [open, setOpen] = useState(false);
  const [overall, setOverall] = useState('');
  const [team, setTeam] = useState(0);
  if (!open)
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Trade a pick
      </button>
    );
  return (
    <form
      className="trade-form"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(overall);
        if (Number.isInteger(n) && n > 0) onTrade(n, team);
        setOpen(false);
      }}
    >
      <label>
        Pick <input className="input" autoFocus inputMode="numeric" size={4} value={overall} onChange={(e) => setOverall(e.target.value)} aria-label="Overall pick number" />
      </label>
      <label>
        to{' '}
        <select className="input" value={team} onChange={(e) => setTeam(Number(e.target.value))} aria-label="New owner">
          {teams.map((t, i) => (
            <option key={i} value={i}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn primary small">
        Trade
      </button>
      <button type="button" className="btn ghost small" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

/** "Bijan Robinson: drafted by Team 3 at 1.03" for drafted players the query finds. */
function alreadyDrafted(room: DraftRoom, query: string): string[] {
  if (normaliseName(query).length < 2) return [];
  const out: string[] = [];
  for (const p of room.players) {
    if (!(p.id in room.takenBy) || !matches(query, p.name, p.team, p.position)) continue;
    const cell = room.board.find((c) => c.playerId === p.id);
    const team = room.teamNames[room.takenBy[p.id]!] ?? `Team ${room.takenBy[p.id]! + 1}`;
    out.push(`${p.name}: already drafted by ${team}${cell ? ` at ${pickLabel(cell.round, cell.pickInRound)}` : ''}`);
    if (out.length === 3) break;
  }
  return out;
}

/** The rows the query names exactly: the whole name typed, or the initials. */
function ambiguity(rows: readonly RoomPlayer[], query: string): string[] {
  const q = normaliseName(query);
  if (!q) return rows[0] ? [rows[0].id] : [];
  const whole = rows.filter((r) => normaliseName(r.name) === q);
  if (whole.length) return whole.map((r) => r.id);
  if (rows.length === 1) return [rows[0]!.id];
  return rows.filter((r) => !q.includes(' ') && nameInitials(r.name) === q).map((r) => r.id);
}
