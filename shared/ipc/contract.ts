// The one contract between the renderer and the main process. Every feature is a
// channel here: a zod schema for its request (validated at the boundary by both
// transports) and a phantom type for its response. The renderer's client
// (renderer/src/api.ts) and the main's handler table (electron/main/handlers)
// are both typed from this map, so a mismatch is a compile error.
import { z } from 'zod';
import type { AppInfo, AppStatus, Settings } from './types';
import type { DataImportResult, DataRefreshResult, DataStatus, PlayerGameLine, PlayerProfile, PlayerSearchHit } from './types';
import { scoringRulesSchema } from '../domain/scoring';
import type { DeviceFlowStatus, FeedbackListing, FeedbackReport, FeedbackStatus, FeedbackTokenStatus } from './types';

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
  })
  .strict();

// ---- feedback (issue 6) ----
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

// ---- players and data (issue 3) ----
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
  /** Queue a failed report again (after fixing the token or the repository). */
  'feedback.retry': channel<FeedbackReport>()(feedbackIdSchema),
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
  /** Row counts, target season, import runs, sources and licences (Data view). */
  'data.status': channel<DataStatus>()(empty),
  /** Import every recognised file under a folder, as a job with progress events. */
  'data.import': channel<DataImportResult>()(z.object({ dir: z.string().min(1).max(4096) }).strict()),
  /** Download the nflverse release files and Sleeper players, then import (a job; on failure nothing changes). */
  'data.refresh': channel<DataRefreshResult>()(
    z.object({ seasons: z.array(z.number().int().min(1999).max(2100)).min(1).max(40).optional() }).strict(),
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
  kind: 'import' | 'refresh' | 'train' | 'backtest' | 'feedback';
  phase: string;
  fraction: number | null;
  done: boolean;
  error?: string;
}

export interface EventMap {
  'job.progress': JobProgress;
  /** Something changed that views showing it should reload (e.g. after an import). */
  'data.changed': { tables: string[] };
}

export type EventName = keyof EventMap;
export const eventNames: EventName[] = ['job.progress', 'data.changed'];
