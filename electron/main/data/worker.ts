// Imports and online refreshes in a worker thread, like training (model/worker.ts): the
// parsing and the one big write transaction run on a connection of the worker's own, so
// the main process keeps answering channels (IPC and HTTP) during an import. Progress
// comes back as messages; `cancel` aborts the worker's signal, which the importer and the
// downloader check between steps. Nothing big crosses the thread boundary: the worker
// reads the files itself and sends back the summary.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/ipc/result';
import { openWorkerConnection } from '../db/connection';
import type { JobHandle } from '../jobs';
import { startWorker } from '../workerThread';
import { importDirectory, type ImportResult } from './importer';
import { refreshOnline, type RefreshResult, type RefreshSources } from './refresh';
import { importSnapshot, type SnapshotImportResult } from './snapshot';

export type DataTask =
  | { kind: 'directory'; dir: string }
  | { kind: 'snapshot'; file: string; scratch: string }
  | { kind: 'refresh'; home: string; sources: RefreshSources; seasons?: number[] };

export interface DataJob {
  dataTask: DataTask;
  dbPath: string;
  nativeBinding?: string;
}

type TaskResult = ImportResult | SnapshotImportResult | RefreshResult;

type DataMessage =
  | { type: 'progress'; phase: string; fraction: number | null }
  | { type: 'done'; result: TaskResult }
  | { type: 'error'; code: ErrorCode | null; message: string };

/** Runs a task on its own connection (the worker body; tests may call it directly). */
export async function runDataTask(job: DataJob, handle: JobHandle): Promise<TaskResult> {
  const db = openWorkerConnection(job.dbPath, job.nativeBinding);
  try {
    const t = job.dataTask;
    if (t.kind === 'directory') return await importDirectory(db, t.dir, { job: handle });
    if (t.kind === 'snapshot') return await importSnapshot(db, t.file, t.scratch, { job: handle });
    return await refreshOnline(db, { home: t.home, sources: t.sources, seasons: t.seasons, now: () => new Date(), job: handle });
  } finally {
    db.close();
  }
}

/** Runs `task` in a worker thread, reporting through the main process's job handle. */
export function runDataTaskInWorker<T extends TaskResult>(
  job: DataJob,
  handle: JobHandle,
  workerFile: string | URL = new URL(import.meta.url),
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(workerFile, job);
    let settled = false;
    const onAbort = () => worker.postMessage('cancel');
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      handle.signal.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    if (handle.signal.aborted) onAbort();
    else handle.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: DataMessage) => {
      if (m.type === 'progress') handle.progress(m.phase, m.fraction);
      else if (m.type === 'done') finish(() => resolve(m.result as T));
      else finish(() => reject(m.code ? new AppError(m.code, m.message) : new Error(m.message)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`import worker exited with code ${code}`))));
  });
}

if (parentPort && (workerData as DataJob | undefined)?.dataTask) {
  const port = parentPort;
  const controller = new AbortController();
  port.on('message', (m) => {
    if (m === 'cancel') controller.abort();
  });
  const handle: JobHandle = {
    id: 'worker',
    signal: controller.signal,
    progress: (phase, fraction) => port.postMessage({ type: 'progress', phase, fraction } satisfies DataMessage),
    throwIfCancelled: () => {
      if (controller.signal.aborted) throw new AppError('cancelled', 'Cancelled.');
    },
  };
  runDataTask(workerData as DataJob, handle)
    .then((result) => port.postMessage({ type: 'done', result } satisfies DataMessage))
    .catch((err: unknown) =>
      port.postMessage({ type: 'error', code: err instanceof AppError ? err.code : null, message: (err as Error).message } satisfies DataMessage),
    );
}
