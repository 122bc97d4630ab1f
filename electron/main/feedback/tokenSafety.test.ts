// The token never appears in the log file, the database files (main, WAL) or the
// diagnostics, whatever happens on the way: failures, retries, sign-in, a leak elsewhere.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAppContext } from '../context';
import { databaseFile, logFile } from '../paths';
import { getReport } from './outbox';
import { startFeedback, stopFeedback } from './service';
import { createSafeStorageTokenStore } from './tokenStore';
import { testSafeStorage } from '../../test-support/safeStorage';
import { openContext, tempHome } from '../../test-support/feedback/context';
import { FakeGitHub } from '../../test-support/feedback/fakeGitHub';
import { call, FAST, waitFor } from '../../test-support/feedback/harness';

function bytesOf(file: string): Buffer {
  return fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
}

function expectNowhere(home: string, token: string, texts: string[]) {
  const db = databaseFile(home);
  for (const file of [db, `${db}-wal`, logFile(home)]) {
    const bytes = bytesOf(file);
    expect(bytes.includes(Buffer.from(token)), file).toBe(false);
    // Also not as UTF-16 or base64 of itself.
    expect(bytes.includes(Buffer.from(token, 'utf16le')), file).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(token).toString('base64'))), file).toBe(false);
  }
  for (const t of texts) expect(t).not.toContain(token);
}

let fake: FakeGitHub | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

describe('token safety', () => {
  it('desktop store: the token is encrypted at rest, never logged, never in diagnostics or issues', async () => {
    const token = 'github_pat_11AAAAAAA0secretSECRETsecret_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
    const faults = [{ kind: '500' }, { kind: '401' }, { kind: 'create-then-hang' }] as const;
    let posts = 0;
    fake = new FakeGitHub({ token, fault: (req) => (req.method === 'POST' ? (faults[posts++] ?? null) : null) });
    await fake.start();
    const home = tempHome();
    const ctx = openContext(home);
    const safe = testSafeStorage();
    startFeedback(ctx, { tokens: createSafeStorageTokenStore(ctx.db, safe), env: { GRIDSCOUT_GITHUB_API_URL: fake.url }, tuning: FAST });

    const status = await call<{ source: string }>(ctx, 'feedback.token.set', { token });
    expect(status.source).toBe('stored');
    const { id } = await call<{ id: string }>(ctx, 'feedback.submit', {
      kind: 'bug',
      title: 'Crash on draft start',
      body: 'See diagnostics.',
      includeDiagnostics: true,
    });
    await waitFor('failed on 401', () => getReport(ctx.db, id)!.status === 'failed');
    await call(ctx, 'feedback.retry', { id });
    await waitFor('sent (after a hang and a marker lookup)', () => getReport(ctx.db, id)!.status === 'sent');
    expect(fake.tokensSeen.has(token)).toBe(true); // it was really used
    expect(fake.issues).toHaveLength(1);
    const diagnostics = (await call<{ text: string }>(ctx, 'feedback.diagnostics')).text;
    expect(diagnostics).toMatch(/Last 200 log lines/);
    expect(diagnostics).toMatch(/token refused/); // the log tail is really in there
    expect(diagnostics).toContain(id);

    await stopFeedback(ctx);
    closeAppContext(ctx);
    // After a restart the desktop store decrypts it from the ciphertext row.
    const again = openContext(home);
    expect(createSafeStorageTokenStore(again.db, safe).get()).toBe(token);
    closeAppContext(again);

    expectNowhere(home, token, [diagnostics, fake.issues[0]!.body]);
  });

  it('diagnostics strip a token that something else wrote into the log', async () => {
    const token = 'ghp_leakedLeakedLeaked0123456789abcdefXYZ';
    const home = tempHome();
    const ctx = openContext(home);
    startFeedback(ctx, { env: { GRIDSCOUT_GITHUB_TOKEN: token, GRIDSCOUT_GITHUB_API_URL: 'http://127.0.0.1:9' } });
    const old = 'github_pat_11OLDOLDOLD0123456789_previousTokenNotConfiguredAnyMore42';
    ctx.log.warn(`request failed: Authorization: Bearer ${token} for ${home}/gridscout.db`);
    ctx.log.warn(`earlier: token=${old}`);
    await waitFor('log written', () => bytesOf(logFile(home)).includes(Buffer.from('earlier')));
    expect(bytesOf(logFile(home)).includes(Buffer.from(token))).toBe(true); // the leak is real
    const text = (await call<{ text: string }>(ctx, 'feedback.diagnostics')).text;
    expect(text).toContain('request failed: Authorization: Bearer [token] for ~/gridscout.db');
    expect(text).toContain('earlier: token=[redacted]');
    expect(text).not.toContain(token);
    expect(text).not.toContain(old);
    expect(text).not.toContain(home);
    await stopFeedback(ctx);
    closeAppContext(ctx);
  });

  it('without OS encryption the token stays in memory only', () => {
    const home = tempHome();
    const ctx = openContext(home);
    const store = createSafeStorageTokenStore(ctx.db, { ...testSafeStorage(false) });
    store.set('ghp_memoryOnly0123456789abcdefghijklmnop');
    expect(store.status()).toEqual({ source: 'session', canPersist: false });
    expect(store.get()).toBe('ghp_memoryOnly0123456789abcdefghijklmnop');
    expect(ctx.db.prepare('SELECT count(*) FROM feedback_secrets').pluck().get()).toBe(0);
    closeAppContext(ctx);
    expect(bytesOf(databaseFile(home)).includes(Buffer.from('ghp_memoryOnly'))).toBe(false);
  });

  it('rejects what is not a token without echoing it', async () => {
    const ctx = openContext(tempHome());
    startFeedback(ctx, { env: {} });
    const result = await call(ctx, 'feedback.token.set', { token: 'my password 123' }).catch((e: Error) => e.message);
    expect(result).toMatch(/does not look like a GitHub token/);
    expect(result).not.toContain('my password');
    await stopFeedback(ctx);
    closeAppContext(ctx);
  });
});
