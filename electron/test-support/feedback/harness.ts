// Shared by the feedback tests: fast sender tuning, a context with the feedback
// service pointed at a fake GitHub, and polling helpers.
import { closeAppContext, type AppContext } from '../../main/context';
import { dispatch } from '../../main/dispatch';
import { handlers } from '../../main/handlers/index';
import type { SenderTuning } from '../../main/feedback/sender';
import { startFeedback, stopFeedback, type FeedbackService } from '../../main/feedback/service';
import { openContext } from './context';

export const FAST: Partial<SenderTuning> = {
  backoffBaseMs: 50,
  backoffCapMs: 400,
  maxSleepMs: 100,
  requestTimeoutMs: 400,
  writePaceMs: 10,
  searchPaceMs: 10,
  notificationPaceMs: 10,
  readRetryBaseMs: 20,
  secondaryFallbackMs: 1000,
  lockLeaseMs: 600,
};

export interface Running {
  ctx: AppContext;
  service: FeedbackService;
  close(): Promise<void>;
}

export function openWithFeedback(
  home: string,
  env: NodeJS.ProcessEnv,
  tuning: Partial<SenderTuning> = FAST,
  extra: { random?: () => number } = {},
): Running {
  const ctx = openContext(home);
  const service = startFeedback(ctx, { env, tuning, random: extra.random });
  return {
    ctx,
    service,
    close: async () => {
      await stopFeedback(ctx);
      closeAppContext(ctx);
    },
  };
}

export async function call<T = unknown>(ctx: AppContext, channel: string, payload: unknown = {}): Promise<T> {
  const result = await dispatch(handlers, ctx, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export async function waitFor(what: string, check: () => boolean, timeoutMs = 20_000, everyMs = 25): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

