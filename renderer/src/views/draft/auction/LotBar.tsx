// The lot on the block: who nominated him, his value, the team (live) and the bid, Enter to
// bid or record the sale, Esc to pass or withdraw; between lots, what to do next. Under it,
// the last sale and (mock) passing until it is my turn to nominate.
import type { Dispatch, RefObject } from 'react';
import type { DraftRoom, RoomPlayer } from '../../../../../shared/ipc/types';
import { PositionBadge } from '../../../components/PositionBadge';
import { hrefFor } from '../../../stores/routeSlice';
import type { AuctionFormAction } from './auctionForm';

export interface LotBarProps {
  room: DraftRoom;
  lot: string | null;
  lotPlayer: RoomPlayer | null;
  bid: string;
  saleTeam: number;
  busy: boolean;
  bidRef: RefObject<HTMLInputElement | null>;
  dispatch: Dispatch<AuctionFormAction>;
  /** Bid (mock) or record the sale (live) at `amount`; 0 passes. */
  submit(amount: number): void;
  /** Esc on my own lot: back to the search. */
  withdraw(): void;
}

export function LotBar({ room, lot, lotPlayer, bid, saleTeam, busy, bidRef, dispatch, submit, withdraw }: LotBarProps) {
  const a = room.auction!;
  const my = room.draft.myTeam;
  const live = room.draft.mode === 'live';
  const complete = a.nominator === null;
  const myNomination = !live && a.nominator === my;
  return (
    <div className={`clock-bar lot-bar${myNomination || (lot && !live) ? ' is-mine' : ''}${complete ? ' is-complete' : ''}`} role="status" aria-live="polite">
      {complete ? (
        <span className="clock-main">
          Auction complete · <a href={hrefFor(`draft/${room.draft.id}/results`)}>see every team&rsquo;s grade</a>
        </span>
      ) : lot && lotPlayer ? (
        <form
          className="lot-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit(Number(bid));
          }}
        >
          <span className="caps-label clock-label">{a.botNomination ? `${room.teamNames[a.nominator!]} nominates` : live ? 'Sold' : 'You nominate'}</span>
          <PositionBadge position={lotPlayer.position} />
          <b className="lot-name">{lotPlayer.name}</b>
          <span className="muted">
            {lotPlayer.team} · worth ${lotPlayer.dollars ?? '–'} in this league
          </span>
          {live ? (
            <label className="lot-field">
              to
              <select className="input" value={saleTeam} onChange={(e) => dispatch({ type: 'saleTeam', team: Number(e.target.value) })} aria-label="Team that bought him">
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
              onChange={(e) => dispatch({ type: 'bid', lot, value: e.target.value })}
              onKeyDown={(e) => {
                if (e.key !== 'Escape') return;
                e.preventDefault();
                if (live || !a.botNomination) withdraw();
                else submit(0);
              }}
            />
          </label>
          <button type="submit" className="btn primary" disabled={busy}>
            {live ? 'Record sale' : 'Bid'} <kbd>Enter</kbd>
          </button>
          {!live && a.botNomination ? (
            <button type="button" className="btn" onClick={() => submit(0)} disabled={busy}>
              Pass <kbd>Esc</kbd>
            </button>
          ) : null}
        </form>
      ) : (
        <>
          <span className="caps-label clock-label">{live ? 'Next sale' : 'Your nomination'}</span>
          <span className="clock-main">{live ? 'Find the player sold and press Enter, then the team and price.' : 'Choose a player below and press Enter to put him up.'}</span>
        </>
      )}
    </div>
  );
}

/** The last sale and, in a mock auction waiting on the bots, passing until my nomination. */
export function LotMeta({ room, byId, busy, onPassUntilMine }: { room: DraftRoom; byId: ReadonlyMap<string, RoomPlayer>; busy: boolean; onPassUntilMine(): void }) {
  const a = room.auction!;
  const live = room.draft.mode === 'live';
  const waiting = !live && a.nominator !== null && a.nominator !== room.draft.myTeam;
  const lastSale = a.sales.filter((s) => !s.keeper).at(-1);
  if (!lastSale && !waiting) return null;
  return (
    <div className="lot-meta">
      {lastSale ? (
        <span className="muted lot-last">
          Last sale: {byId.get(lastSale.playerId)?.name} to {room.teamNames[lastSale.team]} for ${lastSale.price}
        </span>
      ) : null}
      <span className="clock-spacer" />
      {waiting ? (
        <button type="button" className="btn small" onClick={onPassUntilMine} disabled={busy} title="Pass on every lot until it is your turn to nominate">
          Pass until my turn
        </button>
      ) : null}
    </div>
  );
}
