// The Electron transport without Electron: createIpcListeners is what registerIpc hands
// to ipcMain.handle, so calling its listeners with an event-like object exercises the
// sender check, validation and Result wrapping exactly as a window's invoke would.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { createAppContext, closeAppContext, type AppContext } from './context';
import { handlers } from './handlers/index';
import { createIpcListeners } from './ipc';
import type { HandlerTable } from './handlers/types';
import { logFile } from './paths';
import { tempDir } from '../test-support/tempDirs';
import { databaseFingerprint } from '../test-support/fingerprint';

const isAppUrl = (url: string) => url.startsWith('app://gridscout/');
const fromApp = { senderFrame: { url: 'app://gridscout/index.html#/draft' } };

function withContext(run: (ctx: AppContext) => Promise<void>): () => Promise<void> {
  return async () => {
    const ctx = createAppContext({ home: tempDir(), mode: 'electron', logToConsole: false });
    try {
      await run(ctx);
    } finally {
      closeAppContext(ctx);
    }
  };
}

it(
  'has one listener per channel of the contract',
  withContext(async (ctx) => {
    expect(Object.keys(createIpcListeners(handlers, ctx, isAppUrl)).sort()).toEqual([...channelNames].sort());
  }),
);

it(
  'a valid call from the app page runs the handler and answers ok',
  withContext(async (ctx) => {
    const listeners = createIpcListeners(handlers, ctx, isAppUrl);
    expect(await listeners['settings.update'](fromApp, { theme: 'dark', defaultScoring: 'half' })).toMatchObject({
      ok: true,
      value: { theme: 'dark', defaultScoring: 'half' },
    });
    expect(await listeners['settings.get'](fromApp, {})).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await listeners['app.info'](fromApp, {})).toMatchObject({ ok: true, value: { mode: 'electron' } });
  }),
);

describe('sender frame check', () => {
  it.each([
    ['a web page', 'https://evil.example/draft'],
    ['a look-alike scheme', 'app://gridscout.evil.example/'],
    ['a local file', 'file:///home/user/Downloads/x.html'],
    ['the dev server address when not allowed', 'http://localhost:5173/'],
    ['an empty URL', ''],
  ])('refuses %s with forbidden and changes nothing', (_label, url) =>
    withContext(async (ctx) => {
      const listeners = createIpcListeners(handlers, ctx, isAppUrl);
      const before = databaseFingerprint(ctx.db);
      expect(await listeners['settings.update']({ senderFrame: { url } }, { theme: 'dark' })).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.any(String) },
      });
      expect(databaseFingerprint(ctx.db)).toBe(before);
    })(),
  );

  it(
    'refuses a call whose frame is gone (null senderFrame), and logs the refusal',
    withContext(async (ctx) => {
      const listeners = createIpcListeners(handlers, ctx, isAppUrl);
      const before = databaseFingerprint(ctx.db);
      expect(await listeners['settings.update']({ senderFrame: null }, { theme: 'dark' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(databaseFingerprint(ctx.db)).toBe(before);
      expect(fs.readFileSync(logFile(ctx.home), 'utf8')).toContain('Refused settings.update');
    }),
  );

  it(
    'asks isAppUrl about the exact frame URL',
    withContext(async (ctx) => {
      const asked: string[] = [];
      const listeners = createIpcListeners(handlers, ctx, (url) => (asked.push(url), false));
      await listeners['app.info'](fromApp, {});
      expect(asked).toEqual([fromApp.senderFrame.url]);
    }),
  );
});

describe('errors never cross the boundary raw', () => {
  it(
    'an AppError keeps its code and message',
    withContext(async (ctx) => {
      const listeners = createIpcListeners(handlers, ctx, isAppUrl);
      expect(await listeners['app.dismissNotice'](fromApp, { id: 'no-such-notice' })).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'No notice no-such-notice.' },
      });
    }),
  );

  it(
    'an unexpected throw (sync or async) becomes an internal Result, not a rejection',
    withContext(async (ctx) => {
      // A table of our own with failing handlers: the wrapper under test is the real one.
      const table: HandlerTable = {
        ...handlers,
        'settings.get': () => {
          throw new Error('fumble');
        },
        'app.status': async () => {
          throw new TypeError('interception');
        },
        'jobs.cancel': () => {
          throw new AppError('cancelled', 'Timeout called.');
        },
      };
      const listeners = createIpcListeners(table, ctx, isAppUrl);
      expect(await listeners['settings.get'](fromApp, {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('fumble') } });
      expect(await listeners['app.status'](fromApp, {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('interception') } });
      expect(await listeners['jobs.cancel'](fromApp, { jobId: 'j1' })).toEqual({ ok: false, error: { code: 'cancelled', message: 'Timeout called.' } });
    }),
  );
});
