// The auction room: nominations, bids and budgets. In a mock auction the bots nominate in
// turn and bid from their values; I put in my top bid (Enter) or pass (Esc), and the lot
// goes to the highest bidder at one more than the runner-up. In a live auction each sale
// is recorded as it happens: player, team, price, Enter. The sections (lot bar, board,
// players) share one form state (auctionForm.ts).
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { RoomPlayer } from '../../../../../shared/ipc/types';
import { Alert } from '../../../components/Alert';
import { ViewHeader } from '../../../components/ViewHeader';
import { PlayerRows, visiblePlayers } from '../PlayerList';
import { PlayerSearchBox, PositionFilters } from '../PlayerSearch';
import { RoomError } from '../PickRoom';
import { RoomActions } from '../RoomActions';
import { useQueue, useRoomKeys } from '../roomShared';
import { AdvicePanel, RosterPanel } from '../SidePanels';
import { useDraftRoom } from '../useDraftRoom';
import { AuctionBoard } from './AuctionBoard';
import { auctionForm, bidFor, initialAuctionForm, openingBid } from './auctionForm';
import { LotBar, LotMeta } from './LotBar';

export default function AuctionRoom({ draftId }: { draftId: number }) {
  const d = useDraftRoom(draftId, 0);
  const { room, advice, act } = d;
  const [form, dispatch] = useReducer(auctionForm, initialAuctionForm);
  const { query, position, selected, myLot, saleTeam } = form;
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
  const opening = lot && a ? openingBid({ live, minBid: a.minBid, maxBid: a.maxBids[live ? saleTeam : my] ?? 0, suggested, worth: byId.get(lot)?.dollars ?? null }) : '';
  const bid = bidFor(form, lot, opening);
  useEffect(() => {
    if (!lot) return;
    bidRef.current?.focus();
    bidRef.current?.select();
  }, [lot]);

  useRoomKeys({ searchRef, room, act, queue: () => sel && toggleQueue(sel) });

  if (d.error) return <RoomError message={d.error} />;
  if (!room || !a) return <ViewHeader title="Draft" subtitle="Loading the auction…" />;

  const complete = a.nominator === null;
  const myNomination = !live && a.nominator === my;
  const move = (delta: number) => {
    const i = rows.findIndex((r) => r.id === sel);
    const next = rows[Math.max(0, Math.min(rows.length - 1, i + delta))];
    if (next) dispatch({ type: 'select', id: next.id });
  };

  const submit = async (amount: number) => {
    if (!lot) return;
    const done = live ? await act('drafts.sale', { playerId: lot, team: saleTeam, price: amount }) : await act('drafts.bid', { playerId: lot, maxBid: amount });
    if (done) {
      dispatch({ type: 'settled' });
      if (!done.auction?.botNomination) searchRef.current?.focus();
    }
  };

  const prices = new Map(a.sales.filter((s) => s.team === my).map((s) => [s.playerId, s.price]));

  return (
    <>
      <ViewHeader
        title="Draft"
        subtitle={
          <>
            {room.draft.leagueName} · {live ? 'Live auction assistant' : 'Mock auction vs bots'} · ${a.budget} budget, ${a.minBid} minimum bid · {room.draft.teams} teams · {room.scoringName}
          </>
        }
        actions={<RoomActions room={room} busy={d.busy} complete={complete} onUndo={() => void act('drafts.undo', {})} onRedo={() => void act('drafts.redo', {})} />}
      />
      <div className="draft-room">
        <LotBar
          room={room}
          lot={lot}
          lotPlayer={lotPlayer}
          bid={bid}
          saleTeam={saleTeam}
          busy={d.busy}
          bidRef={bidRef}
          dispatch={dispatch}
          submit={(amount) => void submit(amount)}
          withdraw={() => {
            dispatch({ type: 'withdraw' });
            searchRef.current?.focus();
          }}
        />
        <LotMeta room={room} byId={byId} busy={d.busy} onPassUntilMine={() => void act('drafts.advanceBots', {})} />
        <Alert className="draft-message" message={d.message} />
        <AuctionBoard room={room} byId={byId} />
        <div className="draft-lower">
          <section className="panel draft-panel players" aria-labelledby="players-title">
            <div className="panel-header players-header">
              <h2 id="players-title">Available players</h2>
              <PositionFilters value={position} onChange={(p) => dispatch({ type: 'position', position: p })} />
            </div>
            <div className="players-search">
              <PlayerSearchBox
                inputRef={searchRef}
                selected={sel}
                query={query}
                onQuery={(q) => dispatch({ type: 'query', query: q })}
                label={live ? 'Search players: Enter records the sale of the selected player' : 'Search players: Enter nominates the selected player'}
                placeholder={live ? 'Type part of a name, Enter, then team and price' : 'Type part of a name, Enter nominates  ( / )'}
                move={move}
                onEnter={() => {
                  if (sel && (live || (myNomination && !a.botNomination))) dispatch({ type: 'nominate', id: sel });
                }}
              />
            </div>
            <PlayerRows
              rows={rows}
              advice={advice}
              selected={sel}
              queued={queued}
              onSelect={(id) => dispatch({ type: 'select', id })}
              onActivate={(id) => (live || myNomination) && dispatch({ type: 'nominate', id })}
              auction
            />
          </section>
          <AdvicePanel player={sel ? (byId.get(sel) ?? null) : null} advice={advice} room={room} pending={!complete && !advice} />
          <RosterPanel room={room} byId={byId} queue={queue} onUnqueue={unqueue} prices={prices} />
        </div>
      </div>
    </>
  );
}
