// Training in a worker thread, so the app's main process (IPC, HTTP, the UI's requests)
// stays responsive while the ensemble trains. The worker builds the History itself from a
// source descriptor (nothing big crosses the thread boundary), trains, saves model.json +
// weights.bin into modelDir and reports progress; `cancel` stops it after the current epoch.
import { parentPort, workerData } from 'node:worker_threads';
import { startWorker } from '../workerThread';
import Database from 'better-sqlite3';
import type { History } from './history';
import { loadHistoryFromDb, loadHistoryFromFolder } from './historyDb';
import { trainModel } from './train';
import { saveModel, type ModelMetadata } from './io';
import { FEATURE_NAMES } from './features';
import { RANGE_CALIBRATION } from './backtest';
import type { ModelConfig } from './model';
import { runBacktest, type BacktestSummary } from './backtest';

export interface TrainJob {
  /** A data folder (imported into a cached database, CLIs and tests) or the app's database. */
  source: { kind: 'folder'; dataDir: string } | { kind: 'sqlite'; dbPath: string; nativeBinding?: string };
  modelDir: string;
  targetSeason?: number; // default: latest season with results + 1
  dataVersion: string;
  config?: Partial<ModelConfig>;
  /** Time as an argument, so tests can fix it. */
  trainedAt?: string;
  /** Instead of training the served model: backtest these seasons (each trains on the seasons before it). */
  backtest?: { seasons: number[]; scoring: 'standard' | 'half' | 'ppr'; seed?: number };
}

/** What the Model view shows per backtest season: the summary and every player's point. */
export interface BacktestSeason {
  summary: BacktestSummary;
  players: { name: string; position: string; projected: number; low: number; high: number; actual: number }[];
}

export type WorkerMessage =
  | { type: 'progress'; epoch: number; epochs: number; loss: number }
  | { type: 'done'; metadata: ModelMetadata }
  | { type: 'backtests'; seasons: BacktestSeason[] }
  | { type: 'error'; message: string };

async function loadSource(job: TrainJob): Promise<History> {
  const src = job.source;
  if (src.kind === 'folder') return loadHistoryFromFolder(src.dataDir);
  // Read-only connection of its own: WAL lets the main process keep writing meanwhile.
  const db = new Database(src.dbPath, { readonly: true, fileMustExist: true, ...(src.nativeBinding ? { nativeBinding: src.nativeBinding } : {}) });
  try {
    return loadHistoryFromDb(db);
  } finally {
    db.close();
  }
}

/** Runs a job in this thread (the worker body; also usable directly in tests). */
export async function runTrainJob(job: TrainJob, onMessage: (m: WorkerMessage) => void, shouldStop: () => boolean = () => false) {
  const h = await loadSource(job);
  const target = job.targetSeason ?? h.seasons[h.seasons.length - 1]! + 1;
  const trained = await trainModel(h, target, job.config ?? {}, (p) => onMessage({ type: 'progress', ...p }), shouldStop);
  const metadata: ModelMetadata = {
    formatVersion: 2,
    dataVersion: job.dataVersion,
    trainedAt: job.trainedAt ?? new Date().toISOString(),
    targetSeason: target,
    config: trained.config,
    calibration: RANGE_CALIBRATION,
    featureNames: FEATURE_NAMES,
    examples: trained.examples,
    trainSeconds: trained.trainSeconds,
    metrics: [],
  };
  await saveModel(job.modelDir, trained.model, metadata);
  trained.model.dispose();
  return metadata;
}

/** Backtests in this thread: the data's own seasons, no ADP (set baseline_top200 in the app). */
export async function runBacktestJob(job: TrainJob, onMessage: (m: WorkerMessage) => void, shouldStop: () => boolean = () => false) {
  const h = await loadSource(job);
  const spec = job.backtest!;
  const dataDir = job.source.kind === 'folder' ? job.source.dataDir : null;
  const out: BacktestSeason[] = [];
  for (const [i, season] of spec.seasons.entries()) {
    if (shouldStop()) throw new Error('backtest cancelled');
    const { summary, rows } = await runBacktest(h, dataDir, season, spec.scoring, spec.seed ?? 1, undefined, job.config ?? {});
    out.push({ summary, players: rows.map((r) => ({ name: r.name, position: r.position, projected: r.projected, low: r.low, high: r.high, actual: r.actual })) });
    onMessage({ type: 'progress', epoch: i + 1, epochs: spec.seasons.length, loss: summary.model.mae });
  }
  return out;
}

/** Starts a worker thread running `job`; resolves with the saved model's metadata. */
export function trainInWorker(
  job: TrainJob,
  onProgress?: (p: { epoch: number; epochs: number; loss: number }) => void,
  signal?: AbortSignal,
  workerFile: string | URL = new URL(import.meta.url),
): Promise<ModelMetadata> {
  return inWorker(job, onProgress, signal, workerFile) as Promise<ModelMetadata>;
}

/** Runs backtest seasons in a worker thread (see TrainJob.backtest). */
export function backtestInWorker(
  job: TrainJob,
  onProgress?: (p: { epoch: number; epochs: number; loss: number }) => void,
  signal?: AbortSignal,
  workerFile: string | URL = new URL(import.meta.url),
): Promise<BacktestSeason[]> {
  return inWorker(job, onProgress, signal, workerFile) as Promise<BacktestSeason[]>;
}

function inWorker(
  job: TrainJob,
  onProgress: ((p: { epoch: number; epochs: number; loss: number }) => void) | undefined,
  signal: AbortSignal | undefined,
  workerFile: string | URL,
): Promise<ModelMetadata | BacktestSeason[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerFile, job);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    signal?.addEventListener('abort', () => worker.postMessage('cancel'), { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m);
      else if (m.type === 'done') finish(() => resolve(m.metadata));
      else if (m.type === 'backtests') finish(() => resolve(m.seasons));
      else finish(() => reject(new Error(m.message)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`training worker exited with code ${code}`))));
  });
}

if (parentPort && (workerData as TrainJob | undefined)?.modelDir) {
  const port = parentPort;
  let cancelled = false;
  port.on('message', (m) => {
    if (m === 'cancel') cancelled = true;
  });
  const job = workerData as TrainJob;
  const work = job.backtest
    ? runBacktestJob(job, (m) => port.postMessage(m), () => cancelled).then((seasons): WorkerMessage => ({ type: 'backtests', seasons }))
    : runTrainJob(job, (m) => port.postMessage(m), () => cancelled).then((metadata): WorkerMessage => ({ type: 'done', metadata }));
  work
    .then((message) => {
      if (cancelled) port.postMessage({ type: 'error', message: 'cancelled' } satisfies WorkerMessage);
      else port.postMessage(message);
    })
    .catch((err: unknown) => port.postMessage({ type: 'error', message: (err as Error).message } satisfies WorkerMessage));
}
