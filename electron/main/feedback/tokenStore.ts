// Where the GitHub token lives: the desktop app keeps it encrypted by the OS (safeStorage,
// ciphertext in SQLite); the browser mode reads GRIDSCOUT_GITHUB_TOKEN, and a token set at run
// time stays in memory only. Both are the app's secret stores (../secrets.ts).
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { createEnvSecret, createSafeStorageSecret, type SafeStorageLike, type SecretStore } from '../secrets';

export type TokenStore = SecretStore;

const SECRET_NAME = 'github-token';

/** Rejects what cannot be a token (and never echoes the value back). */
export function checkToken(token: string): string {
  const t = token.trim();
  if (t.length < 20 || t.length > 255 || !/^[\x21-\x7e]+$/.test(t)) {
    throw new AppError('invalid_input', 'That does not look like a GitHub token (expected 20-255 characters without spaces, e.g. github_pat_…).');
  }
  return t;
}

export function createSafeStorageTokenStore(db: Db, safe: SafeStorageLike): TokenStore {
  return createSafeStorageSecret(db, safe, SECRET_NAME, checkToken);
}

export function createEnvTokenStore(env: NodeJS.ProcessEnv = process.env): TokenStore {
  return createEnvSecret(() => env.GRIDSCOUT_GITHUB_TOKEN?.trim() || null, checkToken);
}
