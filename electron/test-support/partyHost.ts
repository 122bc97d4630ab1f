// The host's app for draft-party tests: a home with the real NFL data imported, stand-ins
// for the app page and the guest page, and the HTTP server on 127.0.0.1. Restarting keeps
// the home (as a killed and restarted host would); close removes every folder.
import fs from 'node:fs';
import path from 'node:path';
import { dataHome } from './homes';
import { startTestServer, type TestServer } from './server';
import { makeTempDir, writeRendererStandIn } from './tempDirs';

export interface PartyHost {
  server: TestServer;
  /** Stops the app and starts it again on the same home; returns the new server. */
  restart(): Promise<TestServer>;
  close(): Promise<void>;
}

export async function startPartyHost(prefix: string): Promise<PartyHost> {
  const home = await dataHome();
  const parent = makeTempDir(prefix);
  const rendererDir = writeRendererStandIn(parent);
  fs.writeFileSync(path.join(rendererDir, 'party.html'), '<!doctype html><title>GridScout party</title><div id="party"></div>\n');
  const host: PartyHost = {
    server: await startTestServer({ home, rendererDir }),
    async restart() {
      await host.server.mode.stop();
      host.server = await startTestServer({ home, rendererDir });
      return host.server;
    },
    async close() {
      await host.server.stop();
      fs.rmSync(parent, { recursive: true, force: true });
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
  return host;
}
