// `npm run bench [-- --only name1,name2]`: runs the benchmarks and prints one JSON object
// {machine, results: {name: {...measurements}}}. Each entry measures against a baseline
// in the same run where a comparison is the point. Timings live here, never in tests.
import os from 'node:os';
import { parseCli } from './args';
import { benchmarks } from './benchmarks/index';

const args = parseCli({ only: { type: 'string' } });
const only = args.only ? new Set(args.only.split(',')) : null;

const results: Record<string, unknown> = {};
for (const bench of benchmarks) {
  if (only && !only.has(bench.name)) continue;
  process.stderr.write(`bench: ${bench.name}...\n`);
  try {
    results[bench.name] = await bench.run();
  } catch (err) {
    results[bench.name] = { error: (err as Error).message };
  }
}

const cpus = os.cpus();
process.stdout.write(
  `${JSON.stringify({
    machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node },
    at: new Date().toISOString(),
    results,
  })}\n`,
);
