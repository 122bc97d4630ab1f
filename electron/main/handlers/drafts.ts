// Draft channels. Every channel that changes a draft commits its action(s) before it
// answers (electron/main/draft/service.ts), then answers with the whole room.
import { listDrafts, deleteDraft } from '../db/repos/drafts';
import * as draft from '../draft/service';
import { adviceOf, csvOf, resultsOf, roomOf as bareRoom } from '../draft/responses';
import type { AppContext } from '../context';
import { getFollow } from '../db/repos/follows';
import { syncOf } from '../sync/follower';
import * as sync from '../sync/service';
import { clearEspnCookies, espnCookieStatus, setEspnCookies } from '../sync/espnCookies';
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
  | 'drafts.exportCsv'
  | 'drafts.follow'
  | 'drafts.followPause'
  | 'drafts.followResume'
  | 'drafts.setMyTeam'
  | 'drafts.sleeperDrafts'
  | 'espn.cookies.status'
  | 'espn.cookies.set'
  | 'espn.cookies.clear';

/** The room, with where following its host stands when it follows one. */
function roomWithSync(ctx: AppContext, s: draft.Session) {
  const follow = getFollow(ctx.db, s.row.id);
  return { ...bareRoom(s), sync: follow ? syncOf(follow) : null };
}

export const draftsHandlers: HandlersOf<DraftChannel> = {
  'drafts.create': (ctx, req) => roomWithSync(ctx, draft.createDraftFor(ctx, req.leagueId, req.mode, req.seed, req.humanTeams)),
  'drafts.get': (ctx, req) => {
    const s = draft.openSession(ctx, req.draftId);
    return roomWithSync(ctx, req.expire ? draft.expireClock(ctx, s) : draft.resumeClock(ctx, s));
  },
  'drafts.list': (ctx, req) => listDrafts(ctx.db, req.leagueId).map((d) => draft.summaryFromRow(d)),
  'drafts.delete': (ctx, req) => ({ deleted: deleteDraft(ctx.db, req.draftId) }),
  'drafts.pick': (ctx, req) => roomWithSync(ctx, draft.pick(ctx, draft.openSession(ctx, req.draftId), req.playerId, req.team)),
  'drafts.undo': (ctx, req) => roomWithSync(ctx, draft.undoAction(ctx, draft.openSession(ctx, req.draftId))),
  'drafts.redo': (ctx, req) => roomWithSync(ctx, draft.redoAction(ctx, draft.openSession(ctx, req.draftId))),
  'drafts.trade': (ctx, req) => roomWithSync(ctx, draft.trade(ctx, draft.openSession(ctx, req.draftId), req.overall, req.toTeam)),
  'drafts.advanceBots': (ctx, req) => roomWithSync(ctx, draft.advanceBots(ctx, draft.openSession(ctx, req.draftId), req.limit)),
  'drafts.sale': (ctx, req) => roomWithSync(ctx, draft.sale(ctx, draft.openSession(ctx, req.draftId), req.playerId, req.team, req.price)),
  'drafts.bid': (ctx, req) => roomWithSync(ctx, draft.bid(ctx, draft.openSession(ctx, req.draftId), req.playerId, req.maxBid)),
  'drafts.recommend': (ctx, req) => adviceOf(draft.openSession(ctx, req.draftId), req.limit),
  'drafts.results': (ctx, req) => resultsOf(draft.openSession(ctx, req.draftId)),
  'drafts.exportCsv': (ctx, req) => csvOf(draft.openSession(ctx, req.draftId)),
  'drafts.follow': async (ctx, req) => roomWithSync(ctx, await sync.follow(ctx, req)),
  'drafts.followPause': (ctx, req) => roomWithSync(ctx, sync.pause(ctx, req.draftId)),
  'drafts.followResume': (ctx, req) => roomWithSync(ctx, sync.resume(ctx, req.draftId)),
  'drafts.setMyTeam': (ctx, req) => roomWithSync(ctx, sync.setMyTeam(ctx, req.draftId, req.team)),
  'drafts.sleeperDrafts': (ctx, req) => sync.sleeperDrafts(ctx, req.season),
  'espn.cookies.status': (ctx) => espnCookieStatus(ctx),
  'espn.cookies.set': (ctx, req) => setEspnCookies(ctx, req),
  'espn.cookies.clear': (ctx) => clearEspnCookies(ctx),
};
