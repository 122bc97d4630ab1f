// The desktop app's party server: the app itself talks over IPC, so guests get an HTTP
// server of their own, started on the network address the user picked (never on every
// interface) and only while a party is open. It serves the guest page and the guest API;
// the app's own page is never served (serveApp: false) and its admin token is never shown.
import { AppError } from '../../../shared/ipc/result';
import type { AppContext } from '../context';
import type { HandlerTable } from '../handlers/types';
import { startHttpServer, type RunningServer } from '../http';
import { lanAddresses, type PartyNetwork } from './network';
import { openParties } from './repo';

export function desktopNetwork(ctx: AppContext, table: HandlerTable, rendererDir: string | null): PartyNetwork {
  let running: { server: RunningServer; address: string } | null = null;
  const start = async (address: string, port: number) => {
    try {
      return await startHttpServer({ table, ctx, host: address, port, rendererDir, serveApp: false });
    } catch (err) {
      // The port a restarted party used is taken: any free one (the panel shows the new URL).
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE' && port !== 0) return startHttpServer({ table, ctx, host: address, port: 0, rendererDir, serveApp: false });
      if ((err as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL') throw new AppError('unavailable', `This computer no longer has the address ${address}: pick another network.`);
      throw err;
    }
  };
  return {
    async serve(wanted, port) {
      const address = wanted ?? running?.address ?? lanAddresses()[0]?.address;
      if (!address) throw new AppError('unavailable', 'This computer is on no network: join the Wi-Fi the phones use, then host the party.');
      if (running?.address === address) return { url: running.server.url, address, port: running.server.port };
      if (running) await running.server.close();
      const server = await start(address, port ?? 0);
      running = { server, address };
      ctx.log.info(`Draft party served on ${server.url}`);
      return { url: server.url, address, port: server.port };
    },
    async idle() {
      await running?.server.close();
      running = null;
    },
  };
}

/** After a restart: serve the open parties again where the phones last found them. */
export async function resumeParties(ctx: AppContext): Promise<void> {
  const party = openParties(ctx.db).find((p) => p.address);
  if (!party || !ctx.party) return;
  try {
    await ctx.party.serve(party.address!, party.port);
  } catch (err) {
    ctx.log.warn(`Could not resume the draft party on ${party.address}: ${(err as Error).message}`);
  }
}
