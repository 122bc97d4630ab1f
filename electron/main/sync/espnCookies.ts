// ESPN private leagues: ESPN answers their league only to a signed-in browser, i.e. with the
// espn_s2 and SWID cookies, which the user copies from their browser and pastes once. They
// are kept like the GitHub token (../secrets.ts): encrypted by the OS in the desktop app;
// GRIDSCOUT_ESPN_S2 and GRIDSCOUT_ESPN_SWID, or memory only, in the browser mode. The ESPN
// client sends them as a Cookie header; they are never logged or shown back.
import { AppError } from '../../../shared/ipc/result';
import type { SecretStatus } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { createEnvSecret, createSafeStorageSecret, type SafeStorageLike, type SecretStore } from '../secrets';

export interface EspnCookies {
  espnS2: string;
  swid: string;
}

const SECRET_NAME = 'espn-cookies';
// What a cookie value may hold: printable ASCII without space, quote, comma, semicolon or backslash.
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** The two cookies as pasted (with or without "espn_s2=" / "SWID=", SWID with or without braces), checked. */
export function checkEspnCookies(input: { espnS2: string; swid: string }): EspnCookies {
  const espnS2 = input.espnS2.trim().replace(/^espn_s2=/i, '');
  const swid = input.swid.trim().replace(/^swid=/i, '');
  if (espnS2.length < 20 || espnS2.length > 2000 || !COOKIE_VALUE.test(espnS2))
    throw new AppError('invalid_input', 'That does not look like an espn_s2 cookie: copy its value (a long run of letters, digits and % signs, no spaces) from your browser while signed in to ESPN.');
  const guid = GUID.exec(swid);
  if (!guid) throw new AppError('invalid_input', 'That does not look like a SWID cookie: it is a code in braces like {1A2B3C4D-5E6F-7A8B-9C0D-1E2F3A4B5C6D}.');
  return { espnS2, swid: `{${guid[1]!.toUpperCase()}}` };
}

const checkStored = (value: string): string => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new AppError('invalid_input', 'The ESPN cookies could not be read.');
  }
  const p = parsed as Partial<EspnCookies>;
  return JSON.stringify(checkEspnCookies({ espnS2: String(p.espnS2 ?? ''), swid: String(p.swid ?? '') }));
};

export function createSafeStorageEspnCookies(db: AppContext['db'], safe: SafeStorageLike): SecretStore {
  return createSafeStorageSecret(db, safe, SECRET_NAME, checkStored);
}

function envCookies(env: NodeJS.ProcessEnv): string | null {
  const espnS2 = env.GRIDSCOUT_ESPN_S2?.trim();
  const swid = env.GRIDSCOUT_ESPN_SWID?.trim();
  if (!espnS2 || !swid) return null;
  try {
    return checkStored(JSON.stringify({ espnS2, swid }));
  } catch {
    return null;
  }
}

const stores = new WeakMap<AppContext, SecretStore>();

/** The desktop app hands in its safeStorage store where the context is made. */
export function keepEspnCookiesIn(ctx: AppContext, store: SecretStore): void {
  stores.set(ctx, store);
}

function storeOf(ctx: AppContext): SecretStore {
  let s = stores.get(ctx);
  if (!s) stores.set(ctx, (s = createEnvSecret(() => envCookies(process.env), checkStored)));
  return s;
}

/** The cookies to send to ESPN, or null (a public league needs none). */
export function espnCookies(ctx: AppContext): EspnCookies | null {
  const v = storeOf(ctx).get();
  if (!v) return null;
  try {
    return JSON.parse(v) as EspnCookies;
  } catch {
    return null;
  }
}

export const espnCookieStatus = (ctx: AppContext): SecretStatus => storeOf(ctx).status();

export function setEspnCookies(ctx: AppContext, input: { espnS2: string; swid: string }): SecretStatus {
  storeOf(ctx).set(JSON.stringify(checkEspnCookies(input)));
  return espnCookieStatus(ctx);
}

export function clearEspnCookies(ctx: AppContext): SecretStatus {
  storeOf(ctx).clear();
  return espnCookieStatus(ctx);
}
