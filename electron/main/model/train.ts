// Training entry point shared by the worker, the backtest CLI and the tests: builds the
// examples from every season before the target and fits the ensemble.
import type { History } from './history';
import { buildTrainingSet } from './dataset';
import { createNetwork, DEFAULT_CONFIG, trainNetwork, type ModelConfig, type TrainProgress } from './model';
import { ensureBackend, tf } from './tf';

export interface TrainedModel {
  model: tf.LayersModel;
  config: ModelConfig;
  targetSeason: number;
  examples: number;
  finalLoss: number;
  trainSeconds: number;
  /** CPU seconds of this thread (wall time depends on what else the machine runs). */
  trainCpuSeconds: number;
}

export async function trainModel(
  h: History,
  targetSeason: number,
  config: Partial<ModelConfig> = {},
  onProgress?: (p: TrainProgress) => void | Promise<void>,
  shouldStop?: () => boolean,
): Promise<TrainedModel> {
  await ensureBackend();
  const cfg = { ...DEFAULT_CONFIG, ...config };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const set = buildTrainingSet(h, targetSeason, cfg.firstSeason, cfg.minBaseline, cfg.activeOnly);
  if (set.examples.length === 0) throw new Error(`no training seasons before ${targetSeason}`);
  const model = createNetwork(cfg);
  const finalLoss = await trainNetwork(model, set, cfg, onProgress, shouldStop);
  return { model, config: cfg, targetSeason, examples: set.examples.length, finalLoss, trainSeconds: (performance.now() - t0) / 1000, trainCpuSeconds: (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6 };
}
