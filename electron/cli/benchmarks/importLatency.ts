// Channel calls answered during an import: the whole data folder imported through the
// data.import channel (in the import worker thread) while another client calls
// app.status over HTTP back to back. Baseline in the same run: the same import on the
// main thread (importDirectory on the server's own connection), as before the worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserMode } from '../../main/browserMode';
import { importDirectory } from '../../main/data/importer';
import { dataDir } from '../../test-support/testData';
import type { Benchmark } from './types';

interface Latencies {
  calls: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  import_s: number;
}

const pct = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10;

async function measure(worker: boolean): Promise<Latencies> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-bench-import-'));
  const mode = await startBrowserMode({ home, port: 0, rendererDir: null });
  const post = (channel: string, body: unknown) =>
    fetch(`${mode.server.url}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${mode.server.token}` }, body: JSON.stringify(body) }).then(
      (r) => r.json() as Promise<{ ok: boolean; error?: { message: string } }>,
    );
  try {
    const t0 = performance.now();
    let finished = false;
    const importing = (
      worker
        ? post('data.import', { dir: path.join(dataDir(), 'nflverse') }).then((r) => {
            if (!r.ok) throw new Error(r.error!.message);
          })
        : importDirectory(mode.ctx.db, path.join(dataDir(), 'nflverse')).then(() => undefined)
    ).finally(() => {
      finished = true;
    });
    const latencies: number[] = [];
    while (!finished) {
      const c0 = performance.now();
      await post('app.status', {});
      latencies.push(performance.now() - c0);
    }
    await importing;
    const importSeconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      calls: latencies.length,
      p50_ms: pct(latencies, 0.5),
      p95_ms: pct(latencies, 0.95),
      max_ms: pct(latencies, 1),
      import_s: Math.round(importSeconds * 10) / 10,
    };
  } finally {
    await mode.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

export const importChannelLatency: Benchmark = {
  name: 'import_channel_latency',
  async run() {
    // No retraining after the import: this measures the import alone.
    const autoTrain = process.env.GRIDSCOUT_AUTOTRAIN;
    process.env.GRIDSCOUT_AUTOTRAIN = '0';
    try {
      const inWorker = await measure(true);
      const onMainThread = await measure(false);
      return { in_worker: inWorker, on_main_thread_baseline: onMainThread, goal_p95_ms: 50 };
    } finally {
      if (autoTrain === undefined) delete process.env.GRIDSCOUT_AUTOTRAIN;
      else process.env.GRIDSCOUT_AUTOTRAIN = autoTrain;
    }
  },
};
