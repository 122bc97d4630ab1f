// Draft: #/draft lists saved drafts to resume; #/draft/<id> is the draft room (pick
// drafts) or the auction room; #/draft/<id>/results grades every team.
import { lazy } from 'react';
import type { ViewProps } from '../registry';
import { DraftList } from './DraftList';
import { useDraftKind } from './useDraftKind';
import './draft.css';

const PickRoom = lazy(() => import('./PickRoom'));
const AuctionRoom = lazy(() => import('./AuctionRoom'));
const ResultsView = lazy(() => import('./ResultsView'));

export default function DraftView({ route }: ViewProps) {
  const id = Number(route.params[0]);
  if (!route.params[0] || !Number.isInteger(id) || id <= 0) return <DraftList />;
  if (route.params[1] === 'results') return <ResultsView draftId={id} />;
  return <RoomSwitch draftId={id} />;
}

function RoomSwitch({ draftId }: { draftId: number }) {
  const kind = useDraftKind(draftId);
  if (kind === null) return null;
  if (typeof kind === 'object') return <DraftList error={kind.error} />;
  return kind === 'auction' ? <AuctionRoom key={draftId} draftId={draftId} /> : <PickRoom key={draftId} draftId={draftId} />;
}
