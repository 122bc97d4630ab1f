// Draft: #/draft lists saved drafts to resume; #/draft/<id> is the draft room (pick
// drafts) or the auction room; #/draft/<id>/results grades every team; #/draft/<id>/board
// is the big board for a TV at a draft party.
import { lazy } from 'react';
import { NotFound } from '../../shell/NotFound';
import type { ViewProps } from '../registry';
import { DraftList } from './DraftList';
import { useDraftKind } from './useDraftKind';
import './draft.css';

const PickRoom = lazy(() => import('./PickRoom'));
const AuctionRoom = lazy(() => import('./auction/AuctionRoom'));
const ResultsView = lazy(() => import('./ResultsView'));
const BigBoard = lazy(() => import('./BigBoard'));

export default function DraftView({ route }: ViewProps) {
  const [sub, page] = route.params;
  if (!sub) return <DraftList />;
  if (!/^[1-9]\d*$/.test(sub) || (page !== undefined && page !== 'results' && page !== 'board')) return <DraftNotFound message={`"${route.params.join('/')}" is not a draft.`} />;
  const id = Number(sub);
  if (page === 'results') return <ResultsView draftId={id} />;
  if (page === 'board') return <BigBoard draftId={id} />;
  return <RoomSwitch draftId={id} />;
}

export function DraftNotFound({ message }: { message: string }) {
  return <NotFound title="Draft not found" message={message} back={{ path: 'draft', label: 'Back to your drafts' }} />;
}

function RoomSwitch({ draftId }: { draftId: number }) {
  const kind = useDraftKind(draftId);
  if (kind === null) return null;
  if (typeof kind === 'object') return <DraftNotFound message={kind.error} />;
  return kind === 'auction' ? <AuctionRoom key={draftId} draftId={draftId} /> : <PickRoom key={draftId} draftId={draftId} />;
}
