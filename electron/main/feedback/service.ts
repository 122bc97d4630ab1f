// One feedback service per app context: token store, sender loop and device sign-in.
// startFeedback(ctx, options) is called where the context is made (desktop app with
// the safeStorage token store; browser mode with the environment one); handlers reach
// it through feedbackService(ctx), which starts a default one if nobody did.
// The sender runs as a job of the context, so closeAppContext (which cancels every
// job before closing the database) stops it; stopFeedback(ctx) waits for it.
import pkg from '../../../package.json';
import type { DeviceFlowStatus, FeedbackTokenStatus } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { appVersion } from '../version';
import { DeviceFlowError, pollForToken, requestDeviceCode, type DeviceFlowOptions } from './deviceFlow';
import { FeedbackSender, type SenderTuning } from './sender';
import { createEnvTokenStore, type TokenStore } from './tokenStore';
import { createRedactor } from './redact';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface FeedbackOptions {
  tokens?: TokenStore;
  env?: NodeJS.ProcessEnv;
  tuning?: Partial<SenderTuning>;
  random?: () => number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Where the device flow talks to (https://github.com; a fake server in tests). */
  oauthBaseUrl?: string;
  clientId?: string;
  /** How the sign-in waits between polls (tests pass one that does not wait). */
  signInSleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface FeedbackService {
  tokens: TokenStore;
  sender: FeedbackSender;
  apiUrl: string;
  signIn: DeviceSignIn;
  tokenStatus(): FeedbackTokenStatus;
  /** Token set, cleared or granted: the sender looks again. */
  tokenChanged(): void;
  stop(): Promise<void>;
}

const services = new WeakMap<AppContext, FeedbackService>();

export function startFeedback(ctx: AppContext, options: FeedbackOptions = {}): FeedbackService {
  const existing = services.get(ctx);
  if (existing) return existing;
  const env = options.env ?? process.env;
  const apiUrl = (env.GRIDSCOUT_GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  const tokens = options.tokens ?? createEnvTokenStore(env);
  const clientId = options.clientId ?? (env.GRIDSCOUT_GITHUB_CLIENT_ID?.trim() || configuredClientId());
  // Log lines pass through the redactor too: the token can never reach the log file.
  const redactLine = (args: unknown[]) => {
    const token = tokens.get();
    const redact = createRedactor({ homes: [], userNames: [], secrets: token ? [token] : [] });
    return args.map((a) => redact(a instanceof Error ? a.message : String(a)));
  };
  const sender = new FeedbackSender({
    db: ctx.db,
    apiUrl,
    token: () => tokens.get(),
    version: appVersion(),
    log: { info: (...a) => ctx.log.info(...redactLine(a)), warn: (...a) => ctx.log.warn(...redactLine(a)) },
    changed: () => ctx.events.emit('data.changed', { tables: ['feedback_reports'] }),
    now: options.now,
    random: options.random,
    tuning: options.tuning,
    fetch: options.fetch,
  });
  const service: FeedbackService = {
    tokens,
    sender,
    apiUrl,
    signIn: new DeviceSignIn(
      clientId
        ? {
            clientId,
            oauthBaseUrl: options.oauthBaseUrl ?? env.GRIDSCOUT_GITHUB_OAUTH_URL ?? 'https://github.com',
            fetch: options.fetch,
            sleep: options.signInSleep,
          }
        : null,
      (token) => {
        tokens.set(token);
        service.tokenChanged();
      },
    ),
    tokenStatus: () => ({ ...tokens.status(), apiUrl, deviceFlowAvailable: clientId !== '' }),
    tokenChanged: () => {
      sender.wake();
      ctx.events.emit('data.changed', { tables: ['feedback_reports'] });
    },
    stop: async () => {
      service.signIn.cancel();
      await sender.stop();
      services.delete(ctx);
    },
  };
  services.set(ctx, service);
  void ctx.jobs.run('feedback', (job) => sender.start(job.signal)).catch(() => {});
  return service;
}

export function feedbackService(ctx: AppContext): FeedbackService {
  return services.get(ctx) ?? startFeedback(ctx);
}

export async function stopFeedback(ctx: AppContext): Promise<void> {
  await services.get(ctx)?.stop();
}

function configuredClientId(): string {
  const block = pkg.gridscout as { githubClientId?: string };
  return block.githubClientId?.trim() ?? '';
}

/** The device sign-in in progress (one at a time), polled in the background. */
export class DeviceSignIn {
  private state: DeviceFlowStatus = idle();
  private controller: AbortController | null = null;

  constructor(
    private readonly options: DeviceFlowOptions | null,
    private readonly granted: (token: string) => void,
  ) {}

  status(): DeviceFlowStatus {
    return this.state;
  }

  async start(): Promise<DeviceFlowStatus> {
    if (!this.options) {
      return (this.state = { ...idle(), state: 'error', message: 'Sign-in with GitHub is not configured in this build; paste a token instead.' });
    }
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const code = await requestDeviceCode(this.options, controller.signal);
      this.state = {
        state: 'pending',
        userCode: code.userCode,
        verificationUri: code.verificationUri,
        expiresAt: new Date(code.expiresAt).toISOString(),
        message: null,
      };
      void pollForToken(this.options, code, controller.signal)
        .then((result) => {
          if (controller.signal.aborted) return;
          if (result.kind === 'granted') {
            this.granted(result.token);
            this.state = { ...this.state, state: 'granted', message: 'Signed in. Queued reports are on their way.' };
          } else {
            this.state = { ...this.state, state: result.kind, message: result.kind === 'denied' ? 'Sign-in was declined on GitHub.' : 'The code expired; start again.' };
          }
        })
        .catch((err: unknown) => {
          if (!controller.signal.aborted) this.state = { ...this.state, state: 'error', message: describe(err) };
        });
    } catch (err) {
      this.state = { ...idle(), state: 'error', message: describe(err) };
    }
    return this.state;
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = null;
    if (this.state.state === 'pending') this.state = idle();
  }
}

const idle = (): DeviceFlowStatus => ({ state: 'idle', userCode: null, verificationUri: null, expiresAt: null, message: null });

function describe(err: unknown): string {
  if (err instanceof DeviceFlowError) return err.message;
  return `GitHub could not be reached for sign-in (${(err as Error).message}).`;
}
