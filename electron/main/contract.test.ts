// Every channel of the contract, over both transports: malformed payloads are refused with
// invalid_input and change nothing in the database. Channels are enumerated from
// shared/ipc/contract.ts, so channels added later are covered without touching this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../shared/ipc/contract';
import { handlers } from './handlers/index';
import { createIpcListeners, type IpcListener } from './ipc';
import { dispatch } from './dispatch';
import type { Channel } from '../../shared/ipc/contract';
import { startTestServer, type TestServer } from '../test-support/server';
import { databaseFingerprint } from '../test-support/fingerprint';
import { insertRepresentativeRows } from '../test-support/rows';
import { malformedPayloads } from '../test-support/malformed';

const APP_URL = 'app://gridscout/index.html';
const isAppUrl = (url: string) => url.startsWith('app://gridscout/');
const appFrame = { senderFrame: { url: APP_URL } };

let server: TestServer;
let listeners: Record<Channel, IpcListener>;
const fingerprint = () => databaseFingerprint(server.mode.ctx.db);

beforeAll(async () => {
  server = await startTestServer();
  // Rows in every table, so "changed nothing" would notice a handler that writes or deletes.
  insertRepresentativeRows(server.mode.ctx.db);
  listeners = createIpcListeners(handlers, server.mode.ctx, isAppUrl);
});
afterAll(async () => server?.stop());

it('the contract has channels and the IPC table has a listener for each', () => {
  expect(channelNames.length).toBeGreaterThan(0);
  expect(Object.keys(listeners).sort()).toEqual([...channelNames].sort());
});

describe.each(channelNames.map((c) => [c]))('%s', (channel) => {
  const cases = malformedPayloads(contract[channel].request);

  it('has several malformed payloads to try', () => {
    // A string, a number, null, an array, a boolean: a schema accepting most of them takes anything.
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.label, c.payload]))('HTTP refuses %s with invalid_input and changes nothing', async (_label, payload) => {
    const before = fingerprint();
    const res = await server.post(channel, JSON.stringify(payload));
    expect(res.result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(res.status).toBe(400);
    expect(fingerprint()).toBe(before);
  });

  it.each(cases.map((c) => [c.label, c.payload]))('IPC refuses %s with invalid_input and changes nothing', async (_label, payload) => {
    const before = fingerprint();
    const result = await listeners[channel](appFrame, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fingerprint()).toBe(before);
  });

  it('IPC from a foreign frame is forbidden before validation, and changes nothing', async () => {
    const before = fingerprint();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'about:blank', '']) {
      // Even a payload that might be valid must not get through from another page.
      expect(await listeners[channel]({ senderFrame: { url } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await listeners[channel]({ senderFrame: { url } }, 'x')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await listeners[channel]({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fingerprint()).toBe(before);
  });
});

describe('unknown channels', () => {
  const names = ['nope.nothing', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'app.info.extra', ''];

  it.each(names.map((n) => [n]))('dispatch answers unknown_channel for "%s"', async (name) => {
    const before = fingerprint();
    expect(await dispatch(handlers, server.mode.ctx, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(fingerprint()).toBe(before);
  });

  it.each(names.filter((n) => n !== '' && n !== '__proto__').map((n) => [n]))('HTTP answers 404 unknown_channel for "%s"', async (name) => {
    const before = fingerprint();
    const res = await server.call(name, {});
    expect(res.status).toBe(404);
    expect(res.result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(fingerprint()).toBe(before);
  });

  it('the IPC table has no listener for names outside the contract', () => {
    for (const name of names) expect(Object.prototype.hasOwnProperty.call(listeners, name)).toBe(false);
  });
});
