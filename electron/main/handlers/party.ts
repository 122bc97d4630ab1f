// Draft party channels. The host's (admin token or the desktop window): open, close,
// status, the network addresses, removing or moving a guest, autopick for an absent team,
// pausing and resuming the pick clock. The
// guest's (a guest token over HTTP only): their room and their pick.
import { onTheClock } from '../../../shared/domain/draft/state';
import { autopick } from '../../../shared/domain/draft/mock';
import { AppError } from '../../../shared/ipc/result';
import type { AppContext } from '../context';
import * as draft from '../draft/service';
import { roomOf } from '../draft/responses';
import { lanAddresses } from '../party/network';
import { closeParty, kickGuest, openParty, partyStatus, reassignGuest, type PartyGuestIdentity } from '../party/service';
import type { HandlersOf } from './types';

type PartyChannel =
  | 'party.open'
  | 'party.close'
  | 'party.status'
  | 'party.addresses'
  | 'party.kick'
  | 'party.reassign'
  | 'party.autopick'
  | 'party.pause'
  | 'party.resume'
  | 'party.room'
  | 'party.pick';

function guestOf(ctx: AppContext): PartyGuestIdentity {
  if (!ctx.guest) throw new AppError('forbidden', 'This channel is for a draft-party guest (their phone); the host uses the drafts channels.');
  return ctx.guest;
}

/** The room as the guest's team sees it: their lineup and their next pick; the host's unnamed team ("You" on the host's screen) is "Host". */
function guestRoom(s: draft.Session, team: number) {
  const host = s.row.config.myTeam;
  const teamNames = s.row.teamNames.map((n, t) => (t === host && n === 'You' ? 'Host' : n));
  return roomOf({ ...s, row: { ...s.row, teamNames, config: { ...s.row.config, myTeam: team } } });
}

/** In a mock draft the bots pick at once after a person's pick, up to the next person on the clock. */
function thenBots(ctx: AppContext, s: draft.Session): draft.Session {
  return s.row.mode === 'mock' ? draft.advanceBots(ctx, s) : s;
}

function pickState(s: draft.Session) {
  if (s.engine.kind !== 'picks') throw new AppError('invalid_input', 'This draft is an auction: parties run pick drafts.');
  return s.engine.state;
}

export const partyHandlers: HandlersOf<PartyChannel> = {
  'party.open': (ctx, req) => openParty(ctx, req.draftId, req.address),
  'party.close': (ctx, req) => closeParty(ctx, req.draftId),
  'party.status': (ctx, req) => partyStatus(ctx, req.draftId),
  'party.addresses': () => lanAddresses(),
  'party.kick': (ctx, req) => {
    kickGuest(ctx, req.draftId, req.team);
    return partyStatus(ctx, req.draftId);
  },
  'party.reassign': (ctx, req) => {
    reassignGuest(ctx, req.draftId, req.team, req.toTeam);
    return partyStatus(ctx, req.draftId);
  },
  'party.autopick': (ctx, req) => {
    const s = draft.openSession(ctx, req.draftId);
    const slot = onTheClock(pickState(s));
    if (!slot) throw new AppError('invalid_input', 'The draft is complete.');
    return roomOf(thenBots(ctx, draft.pick(ctx, s, autopick(s.loaded.pool)(pickState(s), slot))));
  },
  'party.pause': (ctx, req) => roomOf(draft.pausePickClock(ctx, draft.openSession(ctx, req.draftId))),
  'party.resume': (ctx, req) => roomOf(draft.resumePickClock(ctx, draft.openSession(ctx, req.draftId))),
  'party.room': (ctx) => {
    const g = guestOf(ctx);
    return guestRoom(draft.openSession(ctx, g.draftId), g.team);
  },
  'party.pick': (ctx, req) => {
    const g = guestOf(ctx);
    const s = draft.openSession(ctx, g.draftId);
    const slot = onTheClock(pickState(s));
    if (!slot) throw new AppError('invalid_input', 'The draft is complete.');
    // The pick the phone showed was made by someone else first (a double tap, the host).
    if (req.overall !== undefined && req.overall !== slot.overall)
      throw new AppError('conflict', `Pick ${req.overall} has already been made; pick ${slot.overall} is on the clock now.`);
    if (slot.team !== g.team) throw new AppError('not_your_turn', `It is not your turn: ${s.row.teamNames[slot.team] ?? `Team ${slot.team + 1}`} is on the clock.`);
    if (s.engine.state.taken.has(req.playerId)) {
      const by = s.row.teamNames[draft.rosters(s).findIndex((r) => r.some((i) => s.loaded.pool.players[i]!.id === req.playerId))];
      throw new AppError('conflict', `That player has already been drafted${by ? ` by ${by}` : ''}.`);
    }
    return guestRoom(thenBots(ctx, draft.pick(ctx, s, req.playerId)), g.team);
  },
};

/** The only channels a guest token reaches (the HTTP transport answers 403 to any other). */
export const GUEST_CHANNELS: ReadonlySet<string> = new Set(['party.room', 'party.pick']);
