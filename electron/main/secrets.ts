// Where a secret the user pastes lives (the GitHub token, ESPN's private-league cookies).
// Two implementations of one interface:
//  - the desktop app: encrypted by the OS through Electron's safeStorage, the ciphertext in
//    SQLite (the feedback_secrets table, one row per named secret; never the secret itself).
//    This file never imports electron: the main process passes its safeStorage in.
//  - the browser mode: a value from the environment; one set at run time stays in memory
//    only (plain Node has no OS keychain to lean on).
import type { SecretStatus } from '../../shared/ipc/types';
import type { Db } from './db/connection';

export interface SecretStore {
  get(): string | null;
  /** Checks the value (throws in words, never echoing it), then keeps it. */
  set(value: string): void;
  clear(): void;
  status(): SecretStatus;
}

/** The part of Electron's safeStorage these stores use. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only; 'basic_text' means a fixed key, i.e. not really protected. */
  getSelectedStorageBackend?(): string;
}

/** A secret as its own row of feedback_secrets, encrypted with safeStorage. */
export function createSafeStorageSecret(db: Db, safe: SafeStorageLike, name: string, check: (value: string) => string): SecretStore {
  let session: string | null = null;
  const canPersist = () => safe.isEncryptionAvailable() && safe.getSelectedStorageBackend?.() !== 'basic_text';
  const stored = (): Buffer | null => (db.prepare('SELECT encrypted FROM feedback_secrets WHERE name = ?').pluck().get(name) as Buffer | undefined) ?? null;

  return {
    get() {
      if (session) return session;
      const blob = stored();
      if (!blob || !safe.isEncryptionAvailable()) return null;
      try {
        return safe.decryptString(blob);
      } catch {
        return null; // another user's or machine's keychain: as if nothing was stored
      }
    },
    set(value) {
      const v = check(value);
      if (canPersist()) {
        db.prepare(
          `INSERT INTO feedback_secrets (name, encrypted, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(name) DO UPDATE SET encrypted = excluded.encrypted, updated_at = excluded.updated_at`,
        ).run(name, safe.encryptString(v), Date.now());
        session = null;
      } else {
        session = v;
      }
    },
    clear() {
      session = null;
      db.prepare('DELETE FROM feedback_secrets WHERE name = ?').run(name);
    },
    status() {
      if (session) return { source: 'session', canPersist: canPersist() };
      return { source: stored() ? 'stored' : 'none', canPersist: canPersist() };
    },
  };
}

/** A secret from the environment (read each time), replaced or cleared in memory. */
export function createEnvSecret(fromEnv: () => string | null, check: (value: string) => string): SecretStore {
  let session: string | null = null;
  let cleared = false;
  const env = () => (cleared ? null : fromEnv());
  return {
    get: () => session ?? env(),
    set(value) {
      session = check(value);
    },
    clear() {
      session = null;
      cleared = true;
    },
    status: () => ({ source: session ? 'session' : env() ? 'env' : 'none', canPersist: false }),
  };
}
