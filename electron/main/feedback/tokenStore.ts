// Where the GitHub token lives. Two implementations of one interface:
//  - the desktop app: encrypted by the OS through Electron's safeStorage, the ciphertext
//    in SQLite (never the token itself). This file never imports electron: the main
//    process passes its safeStorage in (createSafeStorageTokenStore(ctx.db, safeStorage)).
//  - the browser mode: GRIDSCOUT_GITHUB_TOKEN from the environment; a token set at run
//    time stays in memory only (plain Node has no OS keychain to lean on).
import type { FeedbackTokenStatus } from '../../../shared/ipc/types';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  status(): Pick<FeedbackTokenStatus, 'source' | 'canPersist'>;
}

/** The part of Electron's safeStorage this store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only; 'basic_text' means a fixed key, i.e. not really protected. */
  getSelectedStorageBackend?(): string;
}

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
  let session: string | null = null;
  const canPersist = () => safe.isEncryptionAvailable() && safe.getSelectedStorageBackend?.() !== 'basic_text';
  const stored = (): Buffer | null =>
    (db.prepare('SELECT encrypted FROM feedback_secrets WHERE name = ?').pluck().get(SECRET_NAME) as Buffer | undefined) ?? null;

  return {
    get() {
      if (session) return session;
      const blob = stored();
      if (!blob || !safe.isEncryptionAvailable()) return null;
      try {
        return safe.decryptString(blob);
      } catch {
        return null; // another user's or machine's keychain: as if no token was stored
      }
    },
    set(token) {
      const t = checkToken(token);
      if (canPersist()) {
        db.prepare(
          `INSERT INTO feedback_secrets (name, encrypted, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(name) DO UPDATE SET encrypted = excluded.encrypted, updated_at = excluded.updated_at`,
        ).run(SECRET_NAME, safe.encryptString(t), Date.now());
        session = null;
      } else {
        session = t;
      }
    },
    clear() {
      session = null;
      db.prepare('DELETE FROM feedback_secrets WHERE name = ?').run(SECRET_NAME);
    },
    status() {
      if (session) return { source: 'session', canPersist: canPersist() };
      return { source: stored() ? 'stored' : 'none', canPersist: canPersist() };
    },
  };
}

export function createEnvTokenStore(env: NodeJS.ProcessEnv = process.env): TokenStore {
  let session: string | null = null;
  let cleared = false;
  const fromEnv = () => (cleared ? null : env.GRIDSCOUT_GITHUB_TOKEN?.trim() || null);
  return {
    get: () => session ?? fromEnv(),
    set(token) {
      session = checkToken(token);
    },
    clear() {
      session = null;
      cleared = true;
    },
    status: () => ({ source: session ? 'session' : fromEnv() ? 'env' : 'none', canPersist: false }),
  };
}
