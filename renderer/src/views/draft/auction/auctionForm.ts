// The auction room's form state in one reducer: the search and position filter, the row
// selected, the lot I put up, the bid I typed for a lot and the team a live sale goes to.
// Pure, so its rules are unit-tested without a browser.
import type { PositionFilter } from '../PlayerList';

export interface AuctionForm {
  query: string;
  position: PositionFilter;
  /** The row the user moved to; null follows the top of the list. */
  selected: string | null;
  /** The player I nominated (mock) or am recording a sale of (live). */
  myLot: string | null;
  /** What I typed for a lot; another lot starts again from the suggested bid. */
  typedBid: { lot: string; value: string } | null;
  /** Live auctions: the team the sale goes to. */
  saleTeam: number;
}

export type AuctionFormAction =
  | { type: 'query'; query: string }
  | { type: 'position'; position: PositionFilter }
  | { type: 'select'; id: string | null }
  | { type: 'nominate'; id: string }
  | { type: 'withdraw' }
  | { type: 'bid'; lot: string; value: string }
  | { type: 'saleTeam'; team: number }
  | { type: 'settled' };

export const initialAuctionForm: AuctionForm = { query: '', position: 'All', selected: null, myLot: null, typedBid: null, saleTeam: 0 };

export function auctionForm(state: AuctionForm, action: AuctionFormAction): AuctionForm {
  switch (action.type) {
    case 'query':
      // A new search puts the selection back on its best match.
      return { ...state, query: action.query, selected: null };
    case 'position':
      return { ...state, position: action.position };
    case 'select':
      return { ...state, selected: action.id };
    case 'nominate':
      return { ...state, myLot: action.id };
    case 'withdraw':
      return { ...state, myLot: null };
    case 'bid':
      // Whole dollars only: anything but digits is dropped as it is typed.
      return { ...state, typedBid: { lot: action.lot, value: action.value.replace(/[^0-9]/g, '') } };
    case 'saleTeam':
      return { ...state, saleTeam: action.team };
    case 'settled':
      // The lot is sold (or passed): the next one starts from a clean search.
      return { ...state, myLot: null, query: '', selected: null };
  }
}

/**
 * The bid a new lot starts from: what he is worth to me (my suggested bid, else his league
 * value, else the minimum), never above what the bidding team may spend, and in a live
 * auction never below the minimum bid.
 */
export function openingBid(o: { live: boolean; minBid: number; maxBid: number; suggested: number | null; worth: number | null }): string {
  return String(Math.max(o.live ? o.minBid : 0, Math.min(o.maxBid, o.suggested ?? o.worth ?? o.minBid)));
}

/** The bid shown for `lot`: what I typed for it, else its opening bid. */
export function bidFor(state: AuctionForm, lot: string | null, opening: string): string {
  return state.typedBid && state.typedBid.lot === lot ? state.typedBid.value : opening;
}
