import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceFlowStatus } from '../../../shared/ipc/types';
import { closeAppContext } from '../context';
import { pollForToken, requestDeviceCode } from './deviceFlow';
import { getReport } from './outbox';
import { startFeedback, stopFeedback } from './service';
import { openContext, tempHome } from '../../test-support/feedback/context';
import { FakeGitHub } from '../../test-support/feedback/fakeGitHub';
import { call, FAST, waitFor } from '../../test-support/feedback/harness';

const CLIENT_ID = 'Iv1.gridscout0test';
const GRANTED = 'gho_deviceGranted0123456789abcdefABCDEF';
let fake: FakeGitHub;
afterEach(() => fake?.stop());

describe('GitHub device flow', () => {
  it('polls at the interval GitHub sets, slows down when told, and returns the token', async () => {
    fake = new FakeGitHub({ deviceFlow: { pendingPolls: 2, slowDownAt: 1, outcome: 'granted', token: GRANTED, clientId: CLIENT_ID } });
    await fake.start();
    const waits: number[] = [];
    const options = { oauthBaseUrl: fake.url, clientId: CLIENT_ID, sleep: async (ms: number) => void waits.push(ms) };
    const code = await requestDeviceCode(options, new AbortController().signal);
    expect(code.userCode).toBe('WDJB-MJHT');
    const result = await pollForToken(options, code, new AbortController().signal);
    expect(result).toEqual({ kind: 'granted', token: GRANTED });
    // 5 s, then slow_down (interval 10 s) raises it, then granted.
    expect(waits).toEqual([5000, 5000, 10000]);
    const polls = fake.requests.filter((r) => r.path === '/login/oauth/access_token');
    expect(polls).toHaveLength(3);
  });

  it.each([
    ['denied', 'denied'],
    ['expired', 'expired'],
  ] as const)('reports %s', async (outcome, kind) => {
    fake = new FakeGitHub({ deviceFlow: { pendingPolls: 1, outcome, token: GRANTED, clientId: CLIENT_ID } });
    await fake.start();
    const options = { oauthBaseUrl: fake.url, clientId: CLIENT_ID, sleep: async () => {} };
    const code = await requestDeviceCode(options, new AbortController().signal);
    expect(await pollForToken(options, code, new AbortController().signal)).toEqual({ kind });
  });

  it('a wrong client id is a clear error', async () => {
    fake = new FakeGitHub({ deviceFlow: { pendingPolls: 0, outcome: 'granted', token: GRANTED, clientId: CLIENT_ID } });
    await fake.start();
    await expect(requestDeviceCode({ oauthBaseUrl: fake.url, clientId: 'nope' }, new AbortController().signal)).rejects.toThrow(
      /refused the sign-in: incorrect_client_credentials/,
    );
  });

  it('through the channels: sign in, the token is kept, and queued reports go out with it', async () => {
    fake = new FakeGitHub({ token: GRANTED, deviceFlow: { pendingPolls: 1, outcome: 'granted', token: GRANTED, clientId: CLIENT_ID } });
    await fake.start();
    const ctx = openContext(tempHome());
    startFeedback(ctx, {
      env: { GRIDSCOUT_GITHUB_API_URL: fake.url },
      oauthBaseUrl: fake.url,
      clientId: CLIENT_ID,
      tuning: FAST,
      signInSleep: async () => {},
    });
    const { id } = await call<{ id: string }>(ctx, 'feedback.submit', { kind: 'question', title: 'Keeper rules?', body: 'Can I keep a 3rd-round pick?' });
    expect((await call<{ source: string }>(ctx, 'feedback.token.status')).source).toBe('none');
    const started = await call<DeviceFlowStatus>(ctx, 'feedback.signIn.start');
    expect(started).toMatchObject({ state: 'pending', userCode: 'WDJB-MJHT', verificationUri: 'https://github.com/login/device' });
    await waitFor('granted', () => getReport(ctx.db, id)!.status === 'sent');
    expect((await call<DeviceFlowStatus>(ctx, 'feedback.signIn.status')).state).toBe('granted');
    expect((await call<{ source: string }>(ctx, 'feedback.token.status')).source).toBe('session');
    expect(fake.issues[0]!.labels).toEqual(['question']);
    await stopFeedback(ctx);
    closeAppContext(ctx);
  });

  it('without a client id the channel says sign-in is not configured', async () => {
    const ctx = openContext(tempHome());
    startFeedback(ctx, { env: {}, clientId: '' });
    expect((await call<{ deviceFlowAvailable: boolean }>(ctx, 'feedback.token.status')).deviceFlowAvailable).toBe(false);
    expect(await call<DeviceFlowStatus>(ctx, 'feedback.signIn.start')).toMatchObject({ state: 'error', message: expect.stringMatching(/not configured/) });
    await stopFeedback(ctx);
    closeAppContext(ctx);
  });
});
