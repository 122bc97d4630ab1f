// The one contract between the renderer and the main process. Every feature is a
// channel here: a zod schema for its request (validated at the boundary by both
// transports) and a phantom type for its response. The renderer's client
// (renderer/src/api.ts) and the main's handler table (electron/main/handlers)
// are both typed from this map, so a mismatch is a compile error.
import { z } from 'zod';
import type { AppInfo, AppStatus, Settings } from './types';
import type { DataImportResult, DataRefreshResult, DataStatus, PlayerGameLine, PlayerProfile, PlayerSearchHit } from './types';
import { scoringRulesSchema } from '../domain/scoring';
import type { DeviceFlowStatus, FeedbackListing, FeedbackReport, FeedbackRetry, FeedbackStatus, FeedbackTokenStatus, SecretStatus } from './types';
import type { PlayerMarks, PlayerPool, PlayerProjectionInfo, Rankings, RankingsCsvCheck } from './types';
import type { DraftAdvice, DraftResults, DraftRoom, DraftSummary, DraftSync, League } from './types';
import type { ModelBacktests, ModelStatus } from './types';
import type { PublishedBacktests } from './types';
import type { PartyAddress, PartyOpened, PartyStatus } from './types';
import type { AdpLoadResult, AdpStatus } from './types';
import { leagueConfigSchema } from '../domain/league';

/**
 * A channel: request schema plus a phantom response type (never read at run time).
 * Curried so the response type is named and the request type is inferred:
 * `channel<AppInfo>()(schema)`.
 */
function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): { request: Req; response: Res } => ({
    request,
    response: undefined as unknown as Res,
  });
}

const empty = z.object({}).strict();

export const themeSchema = z.enum(['system', 'light', 'dark']);

export const settingsPatchSchema = z
  .object({
    theme: themeSchema.optional(),
    feedbackRepo: z
      .string()
      .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'owner/name, e.g. gridscout/gridscout')
      .optional(),
    defaultScoring: z.enum(['standard', 'half', 'ppr']).optional(),
    sleeperUsername: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_]{0,40}$/, 'a Sleeper username has letters, digits and underscores')
      .optional(),
  })
  .strict();

// ---- feedback ----
export const feedbackKindSchema = z.enum(['bug', 'idea', 'data', 'question']);
export const feedbackSubmitSchema = z
  .object({
    kind: feedbackKindSchema,
    title: z.string().trim().min(1, 'a title is needed').max(200),
    body: z.string().max(20_000),
    contact: z.string().trim().max(200).optional(),
    includeDiagnostics: z.boolean().optional(),
  })
  .strict();
const feedbackIdSchema = z.object({ id: z.string().uuid() }).strict();

// ---- players and data ----
export const scoringChoiceSchema = z.enum(['standard', 'half', 'ppr']);
export const playerSearchSchema = z
  .object({
    query: z.string().max(100),
    position: z.enum(['QB', 'RB', 'WR', 'TE', 'K', 'DST', 'FLEX']).optional(),
    limit: z.number().int().min(1).max(200).optional(),
    /** Only the target season's draft pool. */
    poolOnly: z.boolean().optional(),
  })
  .strict();
/** A preset by name, or a league's own ruleset (which wins when both are given). */
const scoringRequest = { scoring: scoringChoiceSchema.optional(), rules: scoringRulesSchema.optional() };
export const playerGetSchema = z.object({ id: z.number().int().positive(), ...scoringRequest }).strict();
export const playerGamesSchema = z
  .object({
    id: z.number().int().positive(),
    season: z.number().int().min(1920).max(2100).optional(),
    seasonType: z.enum(['REG', 'POST']).optional(),
    ...scoringRequest,
  })
  .strict();

// ---- scouting views: pool, projections, rankings, notes ----
const playerIdSchema = z.number().int().positive();
export const playerPoolSchema = z
  .object({ ...scoringRequest, position: z.enum(['QB', 'RB', 'WR', 'TE', 'K', 'DST', 'FLEX']).optional() })
  .strict();
const rankingsRequest = z.object(scoringRequest).strict();
export const rankingsReorderSchema = z.object({ ...scoringRequest, playerId: playerIdSchema, toRank: z.number().int().min(1).max(100_000) }).strict();
export const rankingsMarkSchema = z.object({ ...scoringRequest, playerId: playerIdSchema, doNotDraft: z.boolean() }).strict();
export const rankingsTierBreakSchema = z.object({ ...scoringRequest, playerId: playerIdSchema, on: z.boolean() }).strict();
export const rankingsImportSchema = z.object({ ...scoringRequest, csv: z.string().max(2_000_000), skipUnknown: z.boolean().optional() }).strict();
export const tagSchema = z.string().trim().min(1).max(32).regex(/^[^,;\n]+$/, 'a tag has no commas, semicolons or line breaks');

// ---- ADP (the draft market) ----
export const adpFormatSchema = z.enum(['ppr', 'half', 'standard', '2qb']);
const adpSeasonSchema = z.number().int().min(1999).max(2100);
export const adpRefreshSchema = z
  .object({
    source: z.enum(['ffc', 'sleeper']),
    season: adpSeasonSchema.optional(),
    format: adpFormatSchema,
    teams: z.number().int().min(4).max(20).optional(),
    force: z.boolean().optional(),
  })
  .strict();
export const adpImportSchema = z
  .object({ fileName: z.string().trim().min(1).max(255), text: z.string().min(1).max(5_000_000), season: adpSeasonSchema.optional(), format: adpFormatSchema })
  .strict();
export const adpMatchSchema = z.object({ snapshotId: z.number().int().positive(), ord: z.number().int().positive(), playerId: z.number().int().positive() }).strict();

// ---- leagues and drafts ----
const leagueFields = {
  name: z.string().trim().min(1, 'the league needs a name').max(80),
  config: leagueConfigSchema,
  /** A preset, or 'custom' with the league's own rules in `scoring`. */
  scoringPreset: z.enum(['standard', 'half', 'ppr', 'custom']),
  scoring: scoringRulesSchema.optional(),
  teamNames: z.array(z.string().trim().max(40)).max(20).optional(),
};
export const leagueInputSchema = z
  .object(leagueFields)
  .strict()
  .refine((l) => l.scoringPreset !== 'custom' || l.scoring !== undefined, { path: ['scoring'], message: 'custom scoring needs its rules' });
export const leagueUpdateSchema = z
  .object({ id: z.number().int().positive(), ...leagueFields })
  .strict()
  .refine((l) => l.scoringPreset !== 'custom' || l.scoring !== undefined, { path: ['scoring'], message: 'custom scoring needs its rules' });
const leagueIdSchema = z.object({ id: z.number().int().positive() }).strict();
const draftIdSchema = z.object({ draftId: z.number().int().positive() }).strict();
const roomPlayerIdSchema = z.string().min(1).max(40);
export const draftCreateSchema = z
  .object({
    leagueId: z.number().int().positive(),
    mode: z.enum(['mock', 'live']),
    seed: z.number().int().min(0).max(2 ** 31).optional(),
    /** Mock drafts: other teams drafted by people (a draft party), 0-based; bots pick for the rest. */
    humanTeams: z.array(z.number().int().min(0).max(19)).max(20).optional(),
  })
  .strict();

export const contract = {
  /** Version, runtime versions, data sources and licences (About view). */
  'app.info': channel<AppInfo>()(empty),
  /** First-run state, database notices (e.g. a corrupt file moved aside), row counts. */
  'app.status': channel<AppStatus>()(empty),
  /** Dismiss a notice shown in the shell once the user has read it. */
  'app.dismissNotice': channel<AppStatus>()(
    z.object({ id: z.string().min(1).max(100) }).strict(),
  ),
  'settings.get': channel<Settings>()(empty),
  'settings.update': channel<Settings>()(settingsPatchSchema),
  /** Ask a long-running job (import, refresh, training, backtest) to stop. */
  'jobs.cancel': channel<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().min(1).max(100) }).strict(),
  ),
  /** Write a report to the outbox (it is sent when GitHub is reachable and a token is there). */
  'feedback.submit': channel<{ id: string; status: FeedbackStatus }>()(feedbackSubmitSchema),
  /** Past reports, newest first, with the sender's state. */
  'feedback.list': channel<FeedbackListing>()(empty),
  /** Queue a failed report again, or a queued one now; says why nothing leaves without a token. */
  'feedback.retry': channel<FeedbackRetry>()(feedbackIdSchema),
  /** The user filed this report on GitHub's page themselves: the sender never files it. */
  'feedback.markFiled': channel<FeedbackReport>()(feedbackIdSchema),
  /** The diagnostics a report would carry, exactly as they would be sent (redacted). */
  'feedback.diagnostics': channel<{ text: string }>()(empty),
  /** GitHub's new-issue page prefilled with a queued report, for filing without a token. */
  'feedback.prefilledUrl': channel<{ url: string; shortened: boolean }>()(feedbackIdSchema),
  'feedback.token.status': channel<FeedbackTokenStatus>()(empty),
  'feedback.token.set': channel<FeedbackTokenStatus>()(z.object({ token: z.string().min(1).max(300) }).strict()),
  'feedback.token.clear': channel<FeedbackTokenStatus>()(empty),
  /** GitHub device-flow sign-in: start shows a code to enter on github.com/login/device. */
  'feedback.signIn.start': channel<DeviceFlowStatus>()(empty),
  'feedback.signIn.status': channel<DeviceFlowStatus>()(empty),
  'feedback.signIn.cancel': channel<DeviceFlowStatus>()(empty),
  /** Players by name ("mahomes" finds Patrick Mahomes): [{id, name, position, team}]. */
  'players.search': channel<PlayerSearchHit[]>()(playerSearchSchema),
  /** Bio and regular-season career with points for the scoring asked (default PPR). */
  'players.get': channel<PlayerProfile>()(playerGetSchema),
  /** Game log (REG and POST), each game scored. */
  'players.games': channel<PlayerGameLine[]>()(playerGamesSchema),
  /** The target season's pool with projection, range, VOR (12-team standard), tier, bye, age, last season. */
  'players.pool': channel<PlayerPool>()(playerPoolSchema),
  /** One pool player's projection with its range and the reasons behind it. */
  'players.projection': channel<PlayerProjectionInfo>()(playerGetSchema),
  /** The user's notes, tags, watchlist flag and rank for one player. */
  'scouting.marks': channel<PlayerMarks>()(playerGetSchema),
  'scouting.note.add': channel<PlayerMarks>()(z.object({ playerId: playerIdSchema, body: z.string().trim().min(1, 'the note is empty').max(5000) }).strict()),
  'scouting.note.delete': channel<PlayerMarks>()(z.object({ id: z.number().int().positive() }).strict()),
  'scouting.tags.set': channel<PlayerMarks>()(z.object({ playerId: playerIdSchema, tags: z.array(tagSchema).max(20) }).strict()),
  'scouting.watch': channel<PlayerMarks>()(z.object({ playerId: playerIdSchema, on: z.boolean() }).strict()),
  /** Personal rankings for a ruleset (the computed default until the first edit). */
  'rankings.get': channel<Rankings>()(rankingsRequest),
  /** Move a player to a rank (1-based); it joins the tier it lands in. */
  'rankings.reorder': channel<Rankings>()(rankingsReorderSchema),
  /** Mark or unmark a player do-not-draft. */
  'rankings.set': channel<Rankings>()(rankingsMarkSchema),
  /** Start or remove a tier break just above a player. */
  'rankings.tierBreak': channel<Rankings>()(rankingsTierBreakSchema),
  /** Back to the computed default list. */
  'rankings.reset': channel<Rankings>()(rankingsRequest),
  /**
   * Replace the list from a CSV (see electron/main/projections/rankingsCsv.ts); a bad file changes
   * nothing. Names matching no player are refused unless skipUnknown (the user chose to import the rest).
   */
  'rankings.import': channel<Rankings>()(rankingsImportSchema),
  /** Reads a rankings CSV without changing anything: how many rows match, and the names that match no player. */
  'rankings.checkImport': channel<RankingsCsvCheck>()(rankingsImportSchema),
  'rankings.export': channel<{ csv: string; filename: string }>()(rankingsRequest),
  /** Desktop only: the printable cheat sheet saved as a PDF (webContents.printToPDF); path null when cancelled. */
  'rankings.savePdf': channel<{ path: string | null }>()(rankingsRequest),
  /** Row counts, target season, import runs, sources and licences (Data view). */
  'data.status': channel<DataStatus>()(empty),
  /** The projection model's state. */
  'model.status': channel<ModelStatus>()(empty),
  /** Retrains on the data in the database (a `train` job with progress); resolves when saved. */
  'model.train': channel<ModelStatus>()(empty),
  /** The stored backtests (Model view). */
  'model.backtests': channel<ModelBacktests>()(empty),
  /** Backtests every season from 2019 to the latest (a `backtest` job in a worker), then stores them. */
  'model.backtest': channel<ModelBacktests>()(z.object({ scoring: scoringChoiceSchema.optional() }).strict()),
  /** The published backtest figures bundled with the app (Model view). */
  'model.published': channel<PublishedBacktests>()(empty),
  /** Import every recognised file under a folder, as a job with progress events. */
  'data.import': channel<DataImportResult>()(z.object({ dir: z.string().min(1).max(4096) }).strict()),
  /** Download the nflverse release files and Sleeper players, then import (a job; on failure nothing changes). */
  'data.refresh': channel<DataRefreshResult>()(
    z.object({ seasons: z.array(z.number().int().min(1999).max(2100)).min(1).max(40).optional() }).strict(),
  ),
  /** ADP snapshots (newest first), the unmatched rows of the latest per season and format, the market each format uses. */
  'adp.status': channel<AdpStatus>()(empty),
  /** Fetch ADP from Fantasy Football Calculator or Sleeper (an `adp` job); a failure keeps what is stored. */
  'adp.refresh': channel<AdpLoadResult>()(adpRefreshSchema),
  /** Import an ADP CSV (FantasyPros export or name/position/team/ADP columns); a malformed file stores nothing. */
  'adp.import': channel<AdpLoadResult>()(adpImportSchema),
  /** Match an unmatched ADP row to a player by hand; kept for every later refresh. */
  'adp.match': channel<AdpStatus>()(adpMatchSchema),
  /** Every league with its drafts, newest first. */
  'leagues.list': channel<League[]>()(empty),
  'leagues.get': channel<League>()(leagueIdSchema),
  /** Validated with leagueConfigSchema and scoringRulesSchema; bad input stores nothing. */
  'leagues.create': channel<League>()(leagueInputSchema),
  /** Replaces every setting; drafts already started keep the settings they started with. */
  'leagues.update': channel<League>()(leagueUpdateSchema),
  /** Deletes the league and its drafts. */
  'leagues.delete': channel<{ deleted: boolean }>()(leagueIdSchema),
  /** Starts a mock draft (me against bots) or a live-assistant draft for a league. */
  'drafts.create': channel<DraftRoom>()(draftCreateSchema),
  /**
   * A mock draft's clock pauses while no room is open: opening one whose clock ran out
   * restarts it. The room's own timer asks with `expire` when the clock runs out, and the
   * pick is then made automatically.
   */
  'drafts.get': channel<DraftRoom>()(z.object({ draftId: z.number().int().positive(), expire: z.boolean().optional() }).strict()),
  'drafts.list': channel<DraftSummary[]>()(z.object({ leagueId: z.number().int().positive().optional() }).strict()),
  'drafts.delete': channel<{ deleted: boolean }>()(draftIdSchema),
  /**
   * The team on the clock drafts the player; saved before the answer. In a live draft `team`
   * (0-based) enters a pick out of turn: it goes into that team's next open slot.
   */
  'drafts.pick': channel<DraftRoom>()(
    z.object({ draftId: z.number().int().positive(), playerId: roomPlayerIdSchema, team: z.number().int().min(0).max(19).optional() }).strict(),
  ),
  /**
   * A new live draft that follows a draft host: `draft` is a Sleeper draft id or
   * https://sleeper.com/draft/nfl/<id> URL (ESPN: the league id or URL). Without `leagueId` a
   * league is created from the host's settings. Following is saved with the draft.
   */
  'drafts.follow': channel<DraftRoom>()(
    z.object({ provider: z.enum(['sleeper', 'espn']), draft: z.string().trim().min(1, 'paste the draft id or URL').max(300), leagueId: z.number().int().positive().optional() }).strict(),
  ),
  /** Stop following for now (picks can be entered by hand); resume catches up, the host winning. */
  'drafts.followPause': channel<DraftRoom>()(draftIdSchema),
  'drafts.followResume': channel<DraftRoom>()(draftIdSchema),
  /** Which team is mine in a live draft (0-based), e.g. in a draft followed without a username. */
  'drafts.setMyTeam': channel<DraftRoom>()(z.object({ draftId: z.number().int().positive(), team: z.number().int().min(0).max(19) }).strict()),
  /** The user's Sleeper drafts for a season (Settings' username), to pick one to follow. */
  'drafts.sleeperDrafts': channel<{ drafts: { id: string; name: string; status: string; teams: number }[] }>()(
    z.object({ season: z.number().int().min(2015).max(2100).optional() }).strict(),
  ),
  /**
   * ESPN private leagues: the espn_s2 and SWID cookies from the user's signed-in browser, kept
   * like the GitHub token (encrypted by the OS) and sent only to ESPN. Never answered back.
   */
  'espn.cookies.status': channel<SecretStatus>()(empty),
  'espn.cookies.set': channel<SecretStatus>()(
    z.object({ espnS2: z.string().trim().min(1, 'paste the espn_s2 cookie').max(2000), swid: z.string().trim().min(1, 'paste the SWID cookie').max(100) }).strict(),
  ),
  'espn.cookies.clear': channel<SecretStatus>()(empty),
  'drafts.undo': channel<DraftRoom>()(draftIdSchema),
  'drafts.redo': channel<DraftRoom>()(draftIdSchema),
  /** Gives a pick not yet made to another team (0-based). */
  'drafts.trade': channel<DraftRoom>()(
    z.object({ draftId: z.number().int().positive(), overall: z.number().int().min(1).max(1000), toTeam: z.number().int().min(0).max(19) }).strict(),
  ),
  /** Mock drafts: bots pick until it is my turn (or `limit` picks / auction lots). */
  'drafts.advanceBots': channel<DraftRoom>()(
    z.object({ draftId: z.number().int().positive(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
  ),
  /** Auctions: a player sold to a team for a price (live drafts, or typed by hand). */
  'drafts.sale': channel<DraftRoom>()(
    z.object({ draftId: z.number().int().positive(), playerId: roomPlayerIdSchema, team: z.number().int().min(0).max(19), price: z.number().int().min(0).max(10_000) }).strict(),
  ),
  /** Mock auctions: my top bid (0 passes) on the lot; the bots bid and the lot is settled. */
  'drafts.bid': channel<DraftRoom>()(
    z.object({ draftId: z.number().int().positive(), playerId: roomPlayerIdSchema, maxBid: z.number().int().min(0).max(10_000) }).strict(),
  ),
  /** Ranked recommendations for the team on the clock, each with its reasons. */
  'drafts.recommend': channel<DraftAdvice>()(
    z.object({ draftId: z.number().int().positive(), limit: z.number().int().min(1).max(60).optional() }).strict(),
  ),
  /** Every team's projected starting lineup, points, rank and grade with reasons. */
  'drafts.results': channel<DraftResults>()(draftIdSchema),
  'drafts.exportCsv': channel<{ csv: string; filename: string }>()(draftIdSchema),
  /**
   * Host a draft party (admin only): guests on the host's network open `joinUrl`, type
   * `code` and claim a team. `address` (desktop app) is the IPv4 address to serve on, one
   * of `party.addresses`; the browser mode serves where `--host` put it.
   */
  'party.open': channel<PartyOpened>()(
    z.object({ draftId: z.number().int().positive(), address: z.ipv4().optional() }).strict(),
  ),
  /** Ends the party: every guest token stops working (401) and guest streams close. */
  'party.close': channel<{ closed: true }>()(draftIdSchema),
  'party.status': channel<PartyStatus>()(draftIdSchema),
  /** The machine's IPv4 addresses a party can be served on (desktop app: the user picks one). */
  'party.addresses': channel<PartyAddress[]>()(empty),
  /** Commissioner: removes a guest from a team (their token stops working; the team is free again). */
  'party.kick': channel<PartyStatus>()(z.object({ draftId: z.number().int().positive(), team: z.number().int().min(0).max(19) }).strict()),
  /** Commissioner: the pick on the clock made for an absent team (the best-ranked player that fits). */
  'party.autopick': channel<DraftRoom>()(draftIdSchema),
  /** Commissioner: stops the pick clock (nothing is autopicked by it); saved, so a restart stays paused. */
  'party.pause': channel<DraftRoom>()(draftIdSchema),
  /** Commissioner: the paused clock runs again with the time the pick on the clock had left. */
  'party.resume': channel<DraftRoom>()(draftIdSchema),
  /**
   * Commissioner: moves the guest of `team` to the free team `toTeam` (their token follows
   * them, their phone reconnects as the new team), or with `toTeam: null` frees `team` (the
   * token is revoked, as with party.kick) so someone else can claim it.
   */
  'party.reassign': channel<PartyStatus>()(
    z.object({ draftId: z.number().int().positive(), team: z.number().int().min(0).max(19), toTeam: z.number().int().min(0).max(19).nullable() }).strict(),
  ),
  /** Guest token only: the guest's draft room, with the guest's team as "my team". */
  'party.room': channel<DraftRoom>()(empty),
  /**
   * Guest token only: the guest's team drafts the player. `overall` is the pick the guest's
   * screen showed on the clock: when another request made that pick first, this one is refused.
   */
  'party.pick': channel<DraftRoom>()(
    z.object({ playerId: roomPlayerIdSchema, overall: z.number().int().min(1).max(1000).optional() }).strict(),
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

// ---- main -> renderer events ---------------------------------------------------

/** Progress of a long job; `fraction` is null while the total is not yet known. */
export interface JobProgress {
  jobId: string;
  kind: 'import' | 'refresh' | 'train' | 'backtest' | 'feedback' | 'adp';
  phase: string;
  fraction: number | null;
  done: boolean;
  error?: string;
}

export interface EventMap {
  'job.progress': JobProgress;
  /** Something changed that views showing it should reload (e.g. after an import). */
  'data.changed': { tables: string[] };
  /** A draft's log grew (a pick, undo, trade...): rooms showing it reload. `last` is the newest pick on the board. */
  'draft.changed': DraftChanged;
  /** A party opened, closed, or a guest joined, left or connected. */
  'party.changed': { draftId: number };
  /** A followed draft looked at its host: the room at `version` and the sync state. */
  'draft.sync': { draftId: number; version: number; sync: DraftSync };
}

export interface DraftChanged {
  draftId: number;
  /** Actions in the log after the change (DraftRoom.version). */
  version: number;
  picksMade: number;
  last: { overall: number; team: number; playerId: string } | null;
}

export type EventName = keyof EventMap;
export const eventNames: EventName[] = ['job.progress', 'data.changed', 'draft.changed', 'party.changed', 'draft.sync'];
