// Draft channels. Every channel that changes a draft commits its action(s) before it
// answers (electron/main/draft/service.ts), then answers with the whole room.
import { listDrafts, deleteDraft } from '../db/repos/drafts';
import * as draft from '../draft/service';
import { adviceOf, csvOf, resultsOf, roomOf } from '../draft/views';
import type { HandlersOf } from './types';

type DraftChannel =
  | 'drafts.create'
  | 'drafts.get'
  | 'drafts.list'
  | 'drafts.delete'
  | 'drafts.pick'
  | 'drafts.undo'
  | 'drafts.redo'
  | 'drafts.trade'
  | 'drafts.advanceBots'
  | 'drafts.sale'
  | 'drafts.bid'
  | 'drafts.recommend'
  | 'drafts.results'
  | 'drafts.exportCsv';

export const draftsHandlers: HandlersOf<DraftChannel> = {
  'drafts.create': (ctx, req) => roomOf(draft.createDraftFor(ctx, req.leagueId, req.mode, req.seed)),
  'drafts.get': (ctx, req) => {
    const s = draft.openSession(ctx, req.draftId);
    return roomOf(req.expire ? draft.expireClock(ctx, s) : draft.resumeClock(ctx, s));
  },
  'drafts.list': (ctx, req) => listDrafts(ctx.db, req.leagueId).map((d) => draft.summaryFromRow(d)),
  'drafts.delete': (ctx, req) => ({ deleted: deleteDraft(ctx.db, req.draftId) }),
  'drafts.pick': (ctx, req) => roomOf(draft.pick(ctx, draft.openSession(ctx, req.draftId), req.playerId)),
  'drafts.undo': (ctx, req) => roomOf(draft.undoAction(ctx, draft.openSession(ctx, req.draftId))),
  'drafts.redo': (ctx, req) => roomOf(draft.redoAction(ctx, draft.openSession(ctx, req.draftId))),
  'drafts.trade': (ctx, req) => roomOf(draft.trade(ctx, draft.openSession(ctx, req.draftId), req.overall, req.toTeam)),
  'drafts.advanceBots': (ctx, req) => roomOf(draft.advanceBots(ctx, draft.openSession(ctx, req.draftId), req.limit)),
  'drafts.sale': (ctx, req) => roomOf(draft.sale(ctx, draft.openSession(ctx, req.draftId), req.playerId, req.team, req.price)),
  'drafts.bid': (ctx, req) => roomOf(draft.bid(ctx, draft.openSession(ctx, req.draftId), req.playerId, req.maxBid)),
  'drafts.recommend': (ctx, req) => adviceOf(draft.openSession(ctx, req.draftId), req.limit),
  'drafts.results': (ctx, req) => resultsOf(draft.openSession(ctx, req.draftId)),
  'drafts.exportCsv': (ctx, req) => csvOf(draft.openSession(ctx, req.draftId)),
};
