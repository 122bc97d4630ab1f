// Round trip of one channel call over the HTTP transport (the browser mode's floor).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserMode } from '../../main/browserMode';
import { medianMs, type Benchmark } from './types';

export const httpRoundTrip: Benchmark = {
  name: 'http_round_trip',
  async run() {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-'));
    const mode = await startBrowserMode({ home, port: 0, rendererDir: null });
    try {
      const call = () =>
        fetch(`${mode.server.url}/api/app.status`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${mode.server.token}` },
          body: '{}',
        }).then((r) => r.json());
      return { app_status_ms: await medianMs(call, 50) };
    } finally {
      await mode.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  },
};
