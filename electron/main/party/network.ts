// Where guests reach the party. The browser mode already listens where `--host` put it;
// the desktop app starts a guest-only HTTP server on the address the user picks (see
// electron/main/party/desktopServer.ts). Handlers only see this interface.
import os from 'node:os';
import type { PartyAddress } from '../../../shared/ipc/types';

export interface PartyEndpoint {
  /** The base URL phones open (no trailing slash). */
  url: string;
  /** What to save with the party so a restarted desktop app listens there again. */
  address: string | null;
  port: number | null;
}

export interface PartyNetwork {
  /** Serves guests (starting a server if needed) and says where. `port` asks for the one a restarted party used. */
  serve(address: string | undefined, port?: number | null): Promise<PartyEndpoint>;
  /** The party's server may stop: no party is open any more. */
  idle?(): Promise<void>;
}

/** The machine's IPv4 addresses other devices can reach (not loopback). */
export function lanAddresses(): PartyAddress[] {
  const out: PartyAddress[] = [];
  for (const [name, list] of Object.entries(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push({ interface: name, address: a.address });
  }
  return out;
}

/**
 * The browser mode's server: guests use its own URL, except that a server listening on
 * every interface (0.0.0.0) is announced on the first LAN address (127.0.0.1 would send
 * phones to themselves).
 */
export function fixedNetwork(server: { url: string; port: number }, host: string): PartyNetwork {
  return {
    serve: async () => {
      let url = server.url;
      if (host === '0.0.0.0') {
        const lan = lanAddresses()[0];
        if (lan) url = `http://${lan.address}:${server.port}`;
      }
      return { url, address: null, port: null };
    },
  };
}
