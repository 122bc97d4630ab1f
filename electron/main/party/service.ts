// A draft party: the host opens it for a draft, guests join with its short code, claim a
// free team and get a token that acts for that team only. Everything is in SQLite, so a
// restarted host still knows the party and every guest's token (stored hashed).
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import type { PartyLobby, PartyOpened, PartyStatus } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { getDraft, type DraftRow } from '../db/repos/drafts';
import { isHumanTeam } from '../draft/service';
import { isConnected } from './presence';
import { deleteGuest, deleteParty, getParty, guestByTokenHash, insertGuest, insertParty, listGuests, moveGuest, openParties, partyByCode, updatePartyAddress } from './repo';

/** Who is calling over HTTP with a guest token. */
export interface PartyGuestIdentity {
  draftId: number;
  team: number;
  name: string;
  tokenHash: string;
}

// No 0/O, 1/I/L: a code read aloud across a room or off a TV is typed right first time.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** The page phones open, under the party server's base URL. */
export const joinUrlOf = (base: string) => `${base}/party`;

function requireParties(ctx: AppContext) {
  if (!ctx.party) throw new AppError('unavailable', 'This GridScout has no network server to host a draft party from.');
  return ctx.party;
}

export async function openParty(ctx: AppContext, draftId: number, address?: string): Promise<PartyOpened> {
  const network = requireParties(ctx);
  const draft = getDraft(ctx.db, draftId);
  if (!draft) throw new AppError('not_found', `No draft with id ${draftId}.`);
  if (draft.mode === 'mock' && draft.personalities.filter((p) => p === null).length < 2)
    throw new AppError('invalid_input', 'Bots pick for every other team in this mock draft: start a mock draft with your league mates’ teams marked as people, or a live draft.');
  if (draft.config.draftType === 'auction') throw new AppError('invalid_input', 'Draft parties run pick drafts (snake, linear, third-round reversal); auctions are not supported yet.');
  const existing = getParty(ctx.db, draftId);
  const endpoint = await network.serve(address ?? existing?.address ?? undefined, existing?.port);
  if (existing) {
    // Opening again keeps the code and every guest: a host who pressed it twice loses nobody.
    updatePartyAddress(ctx.db, draftId, endpoint.address, endpoint.port);
    return { code: existing.code, joinUrl: joinUrlOf(endpoint.url) };
  }
  let code = newCode();
  while (partyByCode(ctx.db, code)) code = newCode();
  insertParty(ctx.db, { draftId, code, address: endpoint.address, port: endpoint.port, openedAt: Date.now() });
  ctx.events.emit('party.changed', { draftId });
  return { code, joinUrl: joinUrlOf(endpoint.url) };
}

export async function closeParty(ctx: AppContext, draftId: number): Promise<{ closed: true }> {
  if (!getDraft(ctx.db, draftId)) throw new AppError('not_found', `No draft with id ${draftId}.`);
  if (deleteParty(ctx.db, draftId)) ctx.events.emit('party.changed', { draftId });
  if (openParties(ctx.db).length === 0) await ctx.party?.idle?.();
  return { closed: true };
}

export async function partyStatus(ctx: AppContext, draftId: number): Promise<PartyStatus> {
  if (!getDraft(ctx.db, draftId)) throw new AppError('not_found', `No draft with id ${draftId}.`);
  const party = getParty(ctx.db, draftId);
  if (!party) return { open: false, guests: [], code: null, joinUrl: null };
  const endpoint = ctx.party ? await ctx.party.serve(party.address ?? undefined, party.port) : null;
  return {
    open: true,
    code: party.code,
    joinUrl: endpoint ? joinUrlOf(endpoint.url) : null,
    guests: listGuests(ctx.db, draftId).map((g) => ({ team: g.team, name: g.name, connected: isConnected(ctx, draftId, g.team) })),
  };
}

const teamNameOf = (draft: DraftRow, team: number) => draft.teamNames[team] ?? `Team ${team + 1}`;

/** Why a guest may not have this team (the host's, or a bot's in a mock draft), or null. */
function unclaimable(draft: DraftRow, team: number): string | null {
  if (team === draft.config.myTeam) return `${teamNameOf(draft, team)} is the host’s team. Pick another.`;
  if (!isHumanTeam(draft, team)) return `${teamNameOf(draft, team)} is drafted by a bot in this mock draft. Pick a team marked free.`;
  return null;
}

/**
 * The commissioner moves a guest to another free team: the same token now acts for that
 * team (the phone's stream ends and it reconnects as the new team). `toTeam` null frees the
 * team instead: the guest is removed and their token revoked (as party.kick).
 */
export function reassignGuest(ctx: AppContext, draftId: number, team: number, toTeam: number | null): void {
  if (toTeam === null) return kickGuest(ctx, draftId, team);
  if (!getParty(ctx.db, draftId)) throw new AppError('not_found', 'This draft has no party open.');
  const draft = getDraft(ctx.db, draftId)!;
  if (toTeam >= draft.config.teams) throw new AppError('invalid_input', `This draft has teams 1 to ${draft.config.teams}.`);
  const guest = listGuests(ctx.db, draftId).find((g) => g.team === team);
  if (!guest) throw new AppError('not_found', `No guest has team ${team + 1}.`);
  if (toTeam === team) return;
  const refused = unclaimable(draft, toTeam);
  if (refused) throw new AppError('conflict', refused);
  if (!moveGuest(ctx.db, draftId, team, toTeam)) throw new AppError('conflict', `${teamNameOf(draft, toTeam)} already has a guest. Free it first.`);
  ctx.events.emit('party.changed', { draftId });
}

export function kickGuest(ctx: AppContext, draftId: number, team: number): void {
  if (!getParty(ctx.db, draftId)) throw new AppError('not_found', 'This draft has no party open.');
  if (!deleteGuest(ctx.db, draftId, team)) throw new AppError('not_found', `No guest has team ${team + 1}.`);
  ctx.events.emit('party.changed', { draftId });
}

/** The guest a bearer token belongs to, while their party is open. */
export function guestForToken(ctx: AppContext, token: string): PartyGuestIdentity | null {
  const tokenHash = hashToken(token);
  const g = guestByTokenHash(ctx.db, tokenHash);
  return g ? { draftId: g.draftId, team: g.team, name: g.name, tokenHash } : null;
}

// ---- joining (POST /party/join, no token) --------------------------------------------

export const joinRequestSchema = z
  .object({
    code: z.string().trim().min(1).max(20),
    team: z.number().int().min(0).max(19),
    name: z.string().trim().max(40).optional(),
  })
  .strict();

export type JoinOutcome =
  | { status: 200; body: { token: string; team: number; draftId: number } }
  | { status: 400 | 403 | 409; message: string; wrongCode?: boolean };

/** Checks the code and claims the team. A wrong code is reported so the caller can count it per address. */
export function joinParty(ctx: AppContext, body: unknown): JoinOutcome {
  const parsed = joinRequestSchema.safeParse(body);
  if (!parsed.success) return { status: 400, message: 'Send {"code": "...", "team": 0-based team number, "name": "..."}.' };
  const { code, team, name } = parsed.data;
  const party = partyByCode(ctx.db, code.toUpperCase().replace(/[\s-]/g, ''));
  if (!party) return { status: 403, message: 'That code is not right. Check it on the host’s screen.', wrongCode: true };
  const draft = getDraft(ctx.db, party.draftId)!;
  if (team >= draft.config.teams) return { status: 400, message: `This draft has teams 1 to ${draft.config.teams}.` };
  const refused = unclaimable(draft, team);
  if (refused) return { status: 409, message: refused };
  const token = randomBytes(24).toString('base64url');
  const guestName = name?.trim() || draft.teamNames[team] || `Team ${team + 1}`;
  if (!insertGuest(ctx.db, { draftId: party.draftId, team, name: guestName, joinedAt: Date.now() }, hashToken(token))) {
    return { status: 409, message: `${draft.teamNames[team] ?? `Team ${team + 1}`} is already taken. Pick another team.` };
  }
  ctx.events.emit('party.changed', { draftId: party.draftId });
  return { status: 200, body: { token, team, draftId: party.draftId } };
}

/** The teams of the party behind a code, for the join screen (same wrong-code rules as joining). */
export function lobbyOf(ctx: AppContext, body: unknown): { status: 200; body: PartyLobby } | { status: 400 | 403; message: string; wrongCode?: boolean } {
  const parsed = z.object({ code: z.string().trim().min(1).max(20) }).strict().safeParse(body);
  if (!parsed.success) return { status: 400, message: 'Send {"code": "..."}.' };
  const party = partyByCode(ctx.db, parsed.data.code.toUpperCase().replace(/[\s-]/g, ''));
  if (!party) return { status: 403, message: 'That code is not right. Check it on the host’s screen.', wrongCode: true };
  const draft = getDraft(ctx.db, party.draftId)!;
  const claimed = new Map(listGuests(ctx.db, party.draftId).map((g) => [g.team, g.name]));
  return {
    status: 200,
    body: {
      draftId: party.draftId,
      league: draft.leagueName,
      teams: draft.teamNames.map((name, team) => ({
        team,
        name,
        takenBy: team === draft.config.myTeam ? 'Host' : !isHumanTeam(draft, team) ? 'Bot' : (claimed.get(team) ?? null),
      })),
    },
  };
}
