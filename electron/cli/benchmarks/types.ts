export interface Benchmark {
  name: string;
  /** Returns measurements (milliseconds, counts, ratios): one JSON object. */
  run(): Promise<Record<string, unknown>>;
}

/** Median of `runs` timings of fn, in milliseconds (after one warm-up call). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}
