// drafts.follow and its companions: set up a live draft that follows a host (a league made
// from the host's settings, or the user's own league when it fits), take the first look before
// answering so the board is current, save the follow with the draft and start the follower.
import { parseLeagueConfig, type LeagueConfig } from '../../../shared/domain/league';
import { SCORING_PRESETS } from '../../../shared/domain/scoring';
import { AppError } from '../../../shared/ipc/result';
import type { ParsedRequestOf } from '../../../shared/ipc/contract';
import type { AppContext } from '../context';
import { getDraft, setDraftMyTeam } from '../db/repos/drafts';
import { getFollow, insertFollow, updateFollow, type SyncProvider } from '../db/repos/follows';
import { getLeague, insertLeague } from '../db/repos/leagues';
import { readSettings } from '../db/repos/settings';
import { createDraftFor, forgetSession, openSession, type Session } from '../draft/service';
import { requireTargetSeason } from '../projections/scoring';
import { applySnapshot } from './apply';
import { withinBudget } from './budget';
import { EspnClient, espnSetup, parseEspnLeague, parseEspnPayload } from './espn';
import { espnCookies } from './espnCookies';
import { budgetFor, startFollower, stopFollower, timingFromEnv } from './follower';
import { EspnHost, SleeperHost, type Host } from './hosts';
import { parseDraft, parseSleeperDraftId, setupFromDraft, SleeperClient } from './sleeper';
import { HostFormatError, HostRequestError, type HostSetup } from './source';

function hostFailure(host: string, err: unknown): never {
  if (err instanceof HostRequestError || err instanceof HostFormatError) throw new AppError(err instanceof HostRequestError && err.status === 404 ? 'not_found' : 'unavailable', `${host}: ${err.message}.`);
  throw err;
}

/** The setup and a host for the draft asked for (one request to the host, within its budget). */
async function readHost(ctx: AppContext, provider: SyncProvider, draft: string): Promise<{ sourceId: string; season: number | null; setup: HostSetup; host: Host }> {
  const budget = budgetFor(ctx, provider);
  if (provider === 'sleeper') {
    const id = parseSleeperDraftId(draft);
    const client = new SleeperClient();
    try {
      const answer = await withinBudget(budget, () => client.draft(id));
      if (answer.status !== 200) throw new HostRequestError('no draft in the answer', 304);
      const d = parseDraft(answer.body);
      const username = readSettings(ctx.db).sleeperUsername;
      const me = username ? await withinBudget(budget, () => client.user(username)).catch(() => null) : null;
      const names = d.league_id ? await withinBudget(budget, () => client.leagueNames(d.league_id!)).catch(() => new Map<string, string>()) : new Map<string, string>();
      return { sourceId: id, season: null, setup: setupFromDraft(d, me?.user_id ?? null, names), host: new SleeperHost(id, budget, client) };
    } catch (err) {
      hostFailure('Sleeper', err);
    }
  }
  const { leagueId, season: asked } = parseEspnLeague(draft);
  const season = asked ?? requireTargetSeason(ctx.db);
  const client = new EspnClient(undefined, () => espnCookies(ctx));
  try {
    const answer = await withinBudget(budget, () => client.league(leagueId, season));
    if (answer.status !== 200) throw new HostRequestError('no league in the answer', 304);
    return { sourceId: leagueId, season, setup: espnSetup(parseEspnPayload(answer.body)), host: new EspnHost(leagueId, season, budget, client) };
  } catch (err) {
    if (err instanceof HostRequestError && (err.status === 401 || err.status === 403))
      throw new AppError(
        'invalid_input',
        espnCookies(ctx)
          ? `ESPN refused the cookies for league ${leagueId} (${err.status}): they may have expired (sign in to ESPN again and paste fresh ones), or this ESPN account is not in the league.`
          : `ESPN league ${leagueId} is private (${err.status}): paste your espn_s2 and SWID cookies to follow it.`,
      );
    hostFailure('ESPN', err);
  }
}

function leagueFor(ctx: AppContext, setup: HostSetup, leagueId: number | undefined, provider: SyncProvider): number {
  if (leagueId !== undefined) {
    const league = getLeague(ctx.db, leagueId);
    if (!league) throw new AppError('not_found', `No league with id ${leagueId}.`);
    const c = league.config;
    const host = provider === 'sleeper' ? 'Sleeper' : 'ESPN';
    if (c.teams !== setup.teams) throw new AppError('invalid_input', `${league.name} has ${c.teams} teams; the ${host} draft has ${setup.teams}. Follow it without a league to use the host's settings.`);
    if ((c.draftType === 'auction') !== (setup.draftType === 'auction')) throw new AppError('invalid_input', `${league.name} is ${c.draftType === 'auction' ? 'an auction' : 'not an auction'}; the ${host} draft is ${setup.draftType === 'auction' ? 'an auction' : 'not'}.`);
    return leagueId;
  }
  let config: LeagueConfig;
  try {
    config = parseLeagueConfig({
      teams: setup.teams,
      myTeam: setup.myTeam ?? 0,
      rosterSlots: setup.rosterSlots,
      draftType: setup.draftType,
      ...(setup.auctionBudget ? { auctionBudget: setup.auctionBudget, minBid: 1 } : {}),
      keepers: [],
      pickClockSeconds: 0,
    });
  } catch (err) {
    throw new AppError('invalid_input', `GridScout cannot hold this draft's settings: ${(err as Error).message}`);
  }
  const names = setup.teamNames.map((n, t) => (t === setup.myTeam ? `${n} (you)`.slice(0, 40) : n));
  return insertLeague(ctx.db, { name: setup.name, config, scoringPreset: setup.scoring, scoring: SCORING_PRESETS[setup.scoring], teamNames: names }, Date.now());
}

export async function follow(ctx: AppContext, req: ParsedRequestOf<'drafts.follow'>): Promise<Session> {
  const { sourceId, season, setup, host } = await readHost(ctx, req.provider, req.draft);
  // Following the same draft twice would double every request: answer the draft already following it.
  const existing = ctx.db
    .prepare(`SELECT draft_id FROM draft_follows WHERE provider = ? AND source_id = ? AND state != 'done' ORDER BY draft_id DESC LIMIT 1`)
    .pluck()
    .get(req.provider, sourceId) as number | undefined;
  if (existing !== undefined && getDraft(ctx.db, existing)) return openSession(ctx, existing);
  const leagueId = leagueFor(ctx, setup, req.leagueId, req.provider);
  const session = createDraftFor(ctx, leagueId, 'live');
  const draftId = session.row.id;
  insertFollow(ctx.db, { draftId, provider: req.provider, sourceId, sourceSeason: season, at: Date.now() });
  if (setup.myTeam === null && req.leagueId === undefined)
    ctx.db.prepare('UPDATE draft_follows SET notices = ? WHERE draft_id = ?').run(JSON.stringify(['Which team is yours? Choose it above the board, or set your Sleeper username in Settings before following.']), draftId);
  // The first look now, so the answer shows the board as the host has it.
  const timing = timingFromEnv();
  try {
    const look = await host.look();
    if (look.snapshot) {
      applySnapshot(ctx, draftId, req.provider, look.snapshot, host.name);
      updateFollow(ctx.db, draftId, { sourceStatus: look.snapshot.status, lastUpdateAt: Date.now(), ...(look.snapshot.status === 'complete' ? { state: 'done' } : {}) });
    }
  } catch (err) {
    updateFollow(ctx.db, draftId, { lastError: `${host.name}: ${(err as Error).message}` });
  }
  startFollower(ctx, draftId, timing.pollMinMs, host);
  return openSession(ctx, draftId);
}

function requireFollow(ctx: AppContext, draftId: number) {
  const row = getFollow(ctx.db, draftId);
  if (!row) throw new AppError('invalid_input', 'This draft does not follow a draft host.');
  return row;
}

export function pause(ctx: AppContext, draftId: number): Session {
  const row = requireFollow(ctx, draftId);
  if (row.state === 'following') updateFollow(ctx.db, draftId, { state: 'paused' });
  stopFollower(ctx, draftId);
  return openSession(ctx, draftId);
}

export function resume(ctx: AppContext, draftId: number): Session {
  const row = requireFollow(ctx, draftId);
  if (row.state === 'paused') updateFollow(ctx.db, draftId, { state: 'following' });
  startFollower(ctx, draftId);
  return openSession(ctx, draftId);
}

export function setMyTeam(ctx: AppContext, draftId: number, team: number): Session {
  const s = openSession(ctx, draftId);
  if (s.row.mode !== 'live') throw new AppError('invalid_input', 'Only a live draft can change which team is yours.');
  if (team >= s.row.config.teams) throw new AppError('invalid_input', `Team must be 1 to ${s.row.config.teams}.`);
  setDraftMyTeam(ctx.db, draftId, team);
  forgetSession(ctx, draftId);
  return openSession(ctx, draftId);
}

/** The user's Sleeper drafts for a season, by the username in Settings. */
export async function sleeperDrafts(ctx: AppContext, season?: number): Promise<{ drafts: { id: string; name: string; status: string; teams: number }[] }> {
  const username = readSettings(ctx.db).sleeperUsername;
  if (!username) throw new AppError('invalid_input', 'Set your Sleeper username in Settings first.');
  const budget = budgetFor(ctx, 'sleeper');
  const client = new SleeperClient();
  try {
    const user = await withinBudget(budget, () => client.user(username));
    if (!user) throw new AppError('not_found', `Sleeper has no user called ${username}.`);
    const year = season ?? requireTargetSeason(ctx.db);
    const drafts = await withinBudget(budget, () => client.userDrafts(user.user_id, year));
    return { drafts: drafts.map((d) => ({ id: d.draft_id, name: d.metadata?.name ?? `Draft ${d.draft_id}`, status: d.status, teams: Number(d.settings.teams ?? 0) })) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    hostFailure('Sleeper', err);
  }
}
