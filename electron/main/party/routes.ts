// The HTTP side of a draft party that is not a channel: the two token-less routes a
// phone uses to join, and what a guest's event stream may carry.
//   POST /party/lobby {code}              -> 200 {draftId, league, teams: [{team, name, takenBy}]}
//   POST /party/join  {code, team, name?} -> 200 {token, team, draftId}
// A wrong code: 403. A team already claimed: 409. More than 10 wrong codes a minute from
// one address: 429 with Retry-After, whatever the code.
import type http from 'node:http';
import type { EventName } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/ipc/result';
import type { AppContext } from '../context';
import type { WrongCodeLimiter } from './joinLimiter';
import { guestConnected } from './presence';
import { getParty, guestByTokenHash } from './repo';
import { joinParty, lobbyOf, type PartyGuestIdentity } from './service';

const JOIN_BODY_LIMIT = 4096;

type SendJson = (res: http.ServerResponse, status: number, body: unknown) => void;

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export async function handlePartyRoute(
  ctx: AppContext,
  limiter: WrongCodeLimiter,
  pathname: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  readBody: (limit: number) => Promise<string>,
  sendJson: SendJson,
): Promise<void> {
  if (pathname !== '/party/join' && pathname !== '/party/lobby') return sendJson(res, 404, fail('not_found', 'Not found.'));
  const address = req.socket.remoteAddress ?? 'unknown';
  const wait = limiter.retryAfter(address);
  if (wait > 0) {
    res.setHeader('Retry-After', String(wait));
    return sendJson(res, 429, fail('rate_limited', `Too many wrong codes from this device. Try again in ${wait} seconds.`));
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(JOIN_BODY_LIMIT));
  } catch {
    res.setHeader('Connection', 'close');
    return sendJson(res, 400, fail('invalid_input', 'Send the join code as JSON.'));
  }
  const outcome = pathname === '/party/join' ? joinParty(ctx, body) : lobbyOf(ctx, body);
  if (outcome.status === 200) return sendJson(res, 200, outcome.body);
  if (outcome.wrongCode) limiter.wrongCode(address);
  const code = outcome.status === 403 ? 'forbidden' : outcome.status === 409 ? 'conflict' : 'invalid_input';
  sendJson(res, outcome.status, fail(code, outcome.message));
}

/**
 * A guest's stream: only their own draft's changes and party news. When the party
 * closes or the host removes them, the stream ends (reconnecting then gets 401); when the
 * host moves them to another team it ends too, and reconnecting streams as the new team.
 */
export function guestStreamFilter(ctx: AppContext, guest: PartyGuestIdentity) {
  const disconnect = guestConnected(ctx, guest.draftId, guest.team);
  return {
    filter: (name: EventName, payload: unknown): 'send' | 'skip' | 'end' => {
      if (name !== 'draft.changed' && name !== 'party.changed') return 'skip';
      if ((payload as { draftId: number }).draftId !== guest.draftId) return 'skip';
      // Closed, removed, or moved to another team by the host: this stream ends (a moved
      // guest's phone reconnects as its new team; a removed one gets 401).
      if (name === 'party.changed' && (!getParty(ctx.db, guest.draftId) || guestByTokenHash(ctx.db, guest.tokenHash)?.team !== guest.team)) {
        disconnect();
        return 'end';
      }
      return 'send';
    },
    closed: disconnect,
  };
}
