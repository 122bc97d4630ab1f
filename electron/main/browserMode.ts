// The browser mode: the handler table, the database and the HTTP server in one Node
// process. `npm run serve`, the end-to-end tests and the Electron-less `npm start`
// fallback all come through here.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAppContext, closeAppContext, type AppContext } from './context';
import { handlers } from './handlers/index';
import { startHttpServer, type RunningServer } from './http';
import { startFeedback } from './feedback/service';
import { startModelService } from './model/registry';
import { appVersion } from './version';
import { fixedNetwork } from './party/network';
import { resumeFollows, stopAllFollowers } from './sync/follower';

export interface BrowserModeOptions {
  home: string;
  host?: string;
  port?: number;
  rendererDir?: string | null;
  token?: string;
}

export interface BrowserMode {
  ctx: AppContext;
  server: RunningServer;
  stop(): Promise<void>;
}

/** out/renderer of this checkout, when it has been built. */
export function builtRendererDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.resolve(here, '../../out/renderer');
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : null;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const ctx = createAppContext({ home: options.home, mode: 'browser' });
  try {
    // Reports queued before a restart go out without waiting for the Feedback view to open.
    startFeedback(ctx);
    // The model retrains after every import or refresh (GRIDSCOUT_AUTOTRAIN=0 turns that off).
    startModelService(ctx, { autoTrain: process.env.GRIDSCOUT_AUTOTRAIN !== '0' });
    // Drafts that were following a host when the app stopped follow again and catch up.
    resumeFollows(ctx);
    const server = await startHttpServer({
      table: handlers,
      ctx,
      host: options.host,
      port: options.port,
      token: options.token,
      rendererDir: options.rendererDir === undefined ? builtRendererDir() : options.rendererDir,
    });
    // The desktop app logs its start in index.ts; this is the browser mode's line (the
    // feedback diagnostics promise a log tail, so the log must say what ran).
    ctx.log.info(`GridScout ${appVersion()} serving the browser mode on ${server.url} (Node ${process.versions.node})`);
    // Draft-party guests reach this same server (it listens where --host put it).
    ctx.party = fixedNetwork(server, options.host ?? '127.0.0.1');
    return {
      ctx,
      server,
      stop: async () => {
        stopAllFollowers(ctx);
        await server.close();
        closeAppContext(ctx);
      },
    };
  } catch (err) {
    stopAllFollowers(ctx);
    closeAppContext(ctx);
    throw err;
  }
}
