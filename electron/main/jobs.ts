// Long work (import, refresh, training, backtest) runs as a job: it reports progress
// as `job.progress` events and can be cancelled through `jobs.cancel`.
import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { EventBus } from './events';

export interface JobHandle {
  id: string;
  signal: AbortSignal;
  progress(phase: string, fraction: number | null): void;
  /** Throws a `cancelled` AppError when the user cancelled; call between steps. */
  throwIfCancelled(): void;
}

export class JobRegistry {
  private running = new Map<string, AbortController>();

  constructor(private events: EventBus) {}

  async run<T>(kind: JobProgress['kind'], work: (job: JobHandle) => Promise<T> | T): Promise<T> {
    const id = randomUUID();
    const controller = new AbortController();
    this.running.set(id, controller);
    const emit = (p: Omit<JobProgress, 'jobId' | 'kind'>) => this.events.emit('job.progress', { jobId: id, kind, ...p });
    const handle: JobHandle = {
      id,
      signal: controller.signal,
      progress: (phase, fraction) => emit({ phase, fraction, done: false }),
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new AppError('cancelled', 'Cancelled.');
      },
    };
    try {
      const value = await work(handle);
      emit({ phase: 'done', fraction: 1, done: true });
      return value;
    } catch (err) {
      emit({ phase: 'failed', fraction: null, done: true, error: (err as Error).message });
      throw err;
    } finally {
      this.running.delete(id);
    }
  }

  cancel(id: string): boolean {
    const controller = this.running.get(id);
    controller?.abort();
    return controller !== undefined;
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }
}

/** Waits `ms` between a job's retries; rejects with `cancelled` as soon as the signal aborts. */
export const cancellableSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new AppError('cancelled', 'Cancelled.'));
    });
  });
