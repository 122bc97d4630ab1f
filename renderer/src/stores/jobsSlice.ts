// Long jobs (import, refresh, training, backtest) as the top bar shows them, fed by
// `job.progress` events. A finished job lingers briefly so its end is seen; a failed
// one stays until dismissed, with its reason.
import type { StateCreator } from 'zustand';
import type { JobProgress } from '../../../shared/ipc/contract';
import { api } from '../api';
import type { Store } from './store';

export const FINISHED_JOB_LINGER_MS = 4000;

export interface JobsSlice {
  /** Jobs by id, in the order they started. */
  jobs: Record<string, JobProgress>;
  applyJobProgress(progress: JobProgress): void;
  clearJob(jobId: string): void;
  cancelJob(jobId: string): Promise<void>;
}

export const createJobsSlice: StateCreator<Store, [], [], JobsSlice> = (set) => ({
  jobs: {},

  applyJobProgress(progress) {
    set((s) => ({ jobs: { ...s.jobs, [progress.jobId]: progress } }));
    if (progress.done && !progress.error) {
      setTimeout(() => {
        set((s) => {
          if (s.jobs[progress.jobId] !== progress) return s; // updated again meanwhile
          const { [progress.jobId]: _gone, ...rest } = s.jobs;
          return { jobs: rest };
        });
      }, FINISHED_JOB_LINGER_MS);
    }
  },

  clearJob(jobId) {
    set((s) => {
      const { [jobId]: _gone, ...rest } = s.jobs;
      return { jobs: rest };
    });
  },

  async cancelJob(jobId) {
    await api.call('jobs.cancel', { jobId });
  },
});
