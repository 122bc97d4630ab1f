// The auction room: nominations, bids and budgets. In a mock auction the bots nominate in
// turn and bid from their values; I put in my top bid (Enter) or pass (Esc), and the lot
// goes to the highest bidder at one more than the runner-up. In a live auction each sale
// is recorded as it happens: player, team, price, Enter.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RoomPlayer } from '../../../../shared/ipc/types';
import { PositionBadge } from '../../components/PositionBadge';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { PlayerRows, visiblePlayers, type PositionFilter } from './PlayerList';
import { PlayerSearchBox, PositionFilters } from './PlayerSearch';
import { RoomError } from './PickRoom';
import { downloadCsv, useQueue, useRoomKeys } from './roomShared';
import { AdvicePanel, RosterPanel } from './SidePanels';
import { useDraftRoom } from './useDraftRoom';
import { shortName } from './labels';
import { Alert } from '../../components/Alert';

export default function AuctionRoom({ draftId }: { draftId: number }) {
  const d = useDraftRoom(draftId, 0);
  const { room, advice, act } = d;
  const [query, setQuery] = useState('');
  const [position, setPosition] = useState<PositionFilter>('All');
  const [selected, setSelected] = useState<string | null>(null);
  const [myLot, setMyLot] = useState<string | null>(null);
  const [typedBid, setTypedBid] = useState<{ lot: string; value: string } | null>(null);
  const [saleTeam, setSaleTeam] = useState(0);
  const [queue, toggleQueue, unqueue] = useQueue(draftId);
  const queued = useMemo(() => new Set(queue), [queue]);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const bidRef = useRef<HTMLInputElement | null>(null);

  const byId = useMemo(() => new Map<string, RoomPlayer>(room?.players.map((p) => [p.id, p]) ?? []), [room?.players]);
  const rows = useMemo(() => (room ? visiblePlayers(room.players, room.takenBy, advice, query, position, 'best') : []), [room, advice, query, position]);
  const sel = selected && rows.some((r) => r.id === selected) ? selected : (rows[0]?.id ?? null);
  const a = room?.auction ?? null;
  const my = room?.draft.myTeam ?? 0;
  const live = room?.draft.mode === 'live';
  const lot = a?.botNomination ?? (myLot && room && !(myLot in room.takenBy) ? myLot : null);
  const lotPlayer = lot ? (byId.get(lot) ?? null) : null;
  const suggested = lot ? (advice?.items.find((x) => x.playerId === lot)?.dollars ?? null) : null;

  // A new lot starts from my suggested bid (what he is worth to me, within my limit).
  const suggestedBid = lot && a ? String(Math.max(live ? a.minBid : 0, Math.min(a.maxBids[live ? saleTeam : my] ?? 0, suggested ?? byId.get(lot)?.dollars ?? a.minBid))) : '';
  const bid = typedBid && typedBid.lot === lot ? typedBid.value : suggestedBid;
  const setBid = (value: string) => lot && setTypedBid({ lot, value });
  useEffect(() => {
    if (!lot) return;
    bidRef.current?.focus();
    bidRef.current?.select();
  }, [lot]);

  useRoomKeys({
    searchRef,
    canUndo: !!room?.canUndo,
    canRedo: !!room?.canRedo,
    undo: () => void act('drafts.undo', {}),
    redo: () => void act('drafts.redo', {}),
    queue: () => sel && toggleQueue(sel),
  });

  if (d.error) return <RoomError message={d.error} />;
  if (!room || !a) return <ViewHeader title="Draft" subtitle="Loading the auction…" />;

  const complete = a.nominator === null;
  const myNomination = !live && a.nominator === my;
  const lastSale = a.sales.filter((s) => !s.keeper).at(-1);
  const move = (delta: number) => {
    const i = rows.findIndex((r) => r.id === sel);
    const next = rows[Math.max(0, Math.min(rows.length - 1, i + delta))];
    if (next) setSelected(next.id);
  };

  const submit = async (amount: number) => {
    if (!lot) return;
    const done = live ? await act('drafts.sale', { playerId: lot, team: saleTeam, price: amount }) : await act('drafts.bid', { playerId: lot, maxBid: amount });
    if (done) {
      setMyLot(null);
      setQuery('');
      setSelected(null);
      if (!done.auction?.botNomination) searchRef.current?.focus();
    }
  };

  const prices = new Map(a.sales.filter((s) => s.team === my).map((s) => [s.playerId, s.price]));
  const size = room.rounds;

  return (
    <>
      <ViewHeader
        title="Draft"
        subtitle={
          <>
            {room.draft.leagueName} · {live ? 'Live auction assistant' : 'Mock auction vs bots'} · ${a.budget} budget, ${a.minBid} minimum bid · {room.draft.teams} teams · {room.scoringName}
          </>
        }
        actions={
          <>
            <button type="button" className="btn" onClick={() => void act('drafts.undo', {})} disabled={!room.canUndo || d.busy}>
              Undo <kbd>Ctrl Z</kbd>
            </button>
            <button type="button" className="btn" onClick={() => void act('drafts.redo', {})} disabled={!room.canRedo || d.busy}>
              Redo
            </button>
            <button type="button" className="btn" onClick={() => void downloadCsv(draftId)}>
              Export CSV
            </button>
            <a className={`btn${complete ? ' primary' : ''}`} href={hrefFor(`draft/${draftId}/results`)}>
              Results
            </a>
          </>
        }
      />
      <div className="draft-room">
        <div className={`clock-bar lot-bar${myNomination || (lot && !live) ? ' is-mine' : ''}${complete ? ' is-complete' : ''}`} role="status" aria-live="polite">
          {complete ? (
            <span className="clock-main">
              Auction complete · <a href={hrefFor(`draft/${draftId}/results`)}>see every team&rsquo;s grade</a>
            </span>
          ) : lotPlayer ? (
            <form
              className="lot-form"
              onSubmit={(e) => {
                e.preventDefault();
                void submit(Number(bid));
              }}
            >
              <span className="clock-label">{a.botNomination ? `${room.teamNames[a.nominator!]} nominates` : live ? 'Sold' : 'You nominate'}</span>
              <PositionBadge position={lotPlayer.position} />
              <b className="lot-name">{lotPlayer.name}</b>
              <span className="muted">
                {lotPlayer.team} · worth ${lotPlayer.dollars ?? '–'} in this league
              </span>
              {live ? (
                <label className="lot-field">
                  to
                  <select className="input" value={saleTeam} onChange={(e) => setSaleTeam(Number(e.target.value))} aria-label="Team that bought him">
                    {room.teamNames.map((t, i) => (
                      <option key={i} value={i} disabled={(a.maxBids[i] ?? 0) <= 0}>
                        {t}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              <label className="lot-field">
                {live ? 'for $' : `Your top bid (max $${a.maxBids[my]}) $`}
                <input
                  ref={bidRef}
                  className="input lot-bid"
                  inputMode="numeric"
                  aria-label={live ? 'Price' : 'Your top bid'}
                  value={bid}
                  onChange={(e) => setBid(e.target.value.replace(/[^0-9]/g, ''))}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      if (live || !a.botNomination) {
                        setMyLot(null);
                        searchRef.current?.focus();
                      } else void submit(0);
                    }
                  }}
                />
              </label>
              <button type="submit" className="btn primary" disabled={d.busy}>
                {live ? 'Record sale' : 'Bid'} <kbd>Enter</kbd>
              </button>
              {!live && a.botNomination ? (
                <button type="button" className="btn" onClick={() => void submit(0)} disabled={d.busy}>
                  Pass <kbd>Esc</kbd>
                </button>
              ) : null}
            </form>
          ) : (
            <>
              <span className="clock-label">{live ? 'Next sale' : 'Your nomination'}</span>
              <span className="clock-main">{live ? 'Find the player sold and press Enter, then the team and price.' : 'Choose a player below and press Enter to put him up.'}</span>
            </>
          )}
        </div>
        {lastSale || (!live && !complete && !myNomination) ? (
          <div className="lot-meta">
            {lastSale ? (
              <span className="muted lot-last">
                Last sale: {byId.get(lastSale.playerId)?.name} to {room.teamNames[lastSale.team]} for ${lastSale.price}
              </span>
            ) : null}
            <span className="clock-spacer" />
            {!live && !complete && !myNomination ? (
              <button type="button" className="btn small" onClick={() => void act('drafts.advanceBots', {})} disabled={d.busy} title="Pass on every lot until it is your turn to nominate">
                Pass until my turn
              </button>
            ) : null}
          </div>
        ) : null}
        <Alert className="draft-message" message={d.message} />
        <div className="board-scroll auction-board" role="region" aria-label="Auction board" tabIndex={0}>
          <div className="board" style={{ gridTemplateColumns: `repeat(${room.draft.teams}, minmax(96px, 1fr))` }}>
            {room.teamNames.map((name, t) => (
              <div key={t} className={`board-team${t === my ? ' is-mine' : ''}${a.nominator === t ? ' is-on-clock' : ''}`}>
                <span className="board-team-name">{name}</span>
                <span className="board-team-sub">
                  ${a.budgets[t]} left · max ${a.maxBids[t]} · {a.rosterCounts[t]}/{size}
                </span>
              </div>
            ))}
            {room.teamNames.map((_, t) => (
              <div key={`c${t}`} className={`auction-col${t === my ? ' is-mine' : ''}`}>
                {a.sales
                  .filter((s) => s.team === t)
                  .map((s) => {
                    const p = byId.get(s.playerId);
                    return (
                      <div key={s.playerId} className="board-cell is-filled auction-cell" data-pos={p?.position}>
                        <span className="board-cell-name" title={p?.name}>
                          {p ? shortName(p.name, p.position) : s.playerId}
                        </span>
                        <span className="board-cell-meta">
                          {p?.position} · ${s.price}
                          {s.keeper ? ' · K' : ''}
                        </span>
                      </div>
                    );
                  })}
              </div>
            ))}
          </div>
        </div>
        <div className="draft-lower">
          <section className="panel draft-panel players" aria-labelledby="players-title">
            <div className="panel-header players-header">
              <h2 id="players-title">Available players</h2>
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
                label={live ? 'Search players: Enter records the sale of the selected player' : 'Search players: Enter nominates the selected player'}
                placeholder={live ? 'Type part of a name, Enter, then team and price' : 'Type part of a name, Enter nominates  ( / )'}
                move={move}
                onEnter={() => {
                  if (sel && (live || (myNomination && !a.botNomination))) setMyLot(sel);
                }}
              />
            </div>
            <PlayerRows rows={rows} advice={advice} selected={sel} queued={queued} onSelect={setSelected} onActivate={(id) => (live || myNomination) && setMyLot(id)} auction />
          </section>
          <AdvicePanel player={sel ? (byId.get(sel) ?? null) : null} advice={advice} room={room} pending={!complete && !advice} />
          <RosterPanel room={room} byId={byId} queue={queue} onUnqueue={unqueue} prices={prices} />
        </div>
      </div>
    </>
  );
}
