// GitHub's OAuth device flow: the app shows a short code, the user enters it at
// github.com/login/device, and the app polls until GitHub hands over a token.
// https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow

export interface DeviceCode {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  expiresAt: number;
  intervalMs: number;
}

export interface DeviceFlowOptions {
  /** https://github.com, or a test server. */
  oauthBaseUrl: string;
  clientId: string;
  scope?: string;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export type DeviceFlowResult = { kind: 'granted'; token: string } | { kind: 'denied' } | { kind: 'expired' };

export class DeviceFlowError extends Error {}

async function postForm(options: DeviceFlowOptions, path: string, form: Record<string, string>, signal: AbortSignal) {
  const f = options.fetch ?? globalThis.fetch;
  const res = await f(`${options.oauthBaseUrl.replace(/\/+$/, '')}${path}`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    signal,
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok && typeof data.error !== 'string') throw new DeviceFlowError(`GitHub answered ${res.status} to the sign-in request.`);
  return data;
}

export async function requestDeviceCode(options: DeviceFlowOptions, signal: AbortSignal): Promise<DeviceCode> {
  const now = options.now ?? Date.now;
  const data = await postForm(options, '/login/device/code', { client_id: options.clientId, scope: options.scope ?? 'public_repo' }, signal);
  if (typeof data.error === 'string') throw new DeviceFlowError(`GitHub refused the sign-in: ${String(data.error_description ?? data.error)}`);
  if (typeof data.device_code !== 'string' || typeof data.user_code !== 'string') {
    throw new DeviceFlowError('GitHub answered the sign-in request without a code.');
  }
  return {
    deviceCode: data.device_code,
    userCode: data.user_code,
    verificationUri: typeof data.verification_uri === 'string' ? data.verification_uri : 'https://github.com/login/device',
    expiresAt: now() + Number(data.expires_in ?? 900) * 1000,
    intervalMs: Math.max(1, Number(data.interval ?? 5)) * 1000,
  };
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** Polls at GitHub's interval (longer after slow_down) until granted, denied or expired. */
export async function pollForToken(options: DeviceFlowOptions, code: DeviceCode, signal: AbortSignal): Promise<DeviceFlowResult> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  let interval = code.intervalMs;
  while (!signal.aborted) {
    await sleep(interval, signal);
    if (signal.aborted) break;
    if (now() >= code.expiresAt) return { kind: 'expired' };
    const data = await postForm(
      options,
      '/login/oauth/access_token',
      { client_id: options.clientId, device_code: code.deviceCode, grant_type: 'urn:ietf:params:oauth:grant-type:device_code' },
      signal,
    );
    if (typeof data.access_token === 'string' && data.access_token) return { kind: 'granted', token: data.access_token };
    switch (data.error) {
      case 'authorization_pending':
        continue;
      case 'slow_down':
        // GitHub adds 5 s each time and says the new interval; take the larger.
        interval = Math.max(interval + 5000, Number(data.interval ?? 0) * 1000);
        continue;
      case 'expired_token':
        return { kind: 'expired' };
      case 'access_denied':
        return { kind: 'denied' };
      default:
        throw new DeviceFlowError(`Sign-in failed: ${String(data.error_description ?? data.error ?? 'no token in the answer')}`);
    }
  }
  throw new DeviceFlowError('Sign-in cancelled.');
}
