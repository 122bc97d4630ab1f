// The model inside the app: loads the saved model (<home>/model/model.json + weights.bin),
// plugs it into the projection service as the preferred source while its data version
// matches the database, and retrains in a worker thread after every import or refresh
// (a job with progress; the previous model keeps serving until the new one is saved).
import path from 'node:path';
import type { AppContext } from '../context';
import type { Db } from '../db/connection';
import type { ScoringRules } from '../../../shared/domain/scoring';
import { projectedPoints } from '../../../shared/domain/projection';
import { registerProjectionSource, clearProjectionCache } from '../projections/service';
import type { PlayerProjection, ProjectionSource } from '../projections/types';
import type { PoolPlayerRow } from '../db/repos/scouting';
import { dataVersion, loadHistoryFromDb } from './historyDb';
import type { History } from './history';
import { loadModel, readMetadata, type ModelMetadata } from './io';
import { projectPool } from './project';
import { trainInWorker } from './worker';
import { ensureBackend, type tf } from './tf';
import type { ModelConfig } from './model';

export interface ModelState {
  model: tf.LayersModel;
  metadata: ModelMetadata;
  history: History;
}

export interface ModelServiceOptions {
  /** The bundled worker file in the built app; the sources' worker.ts otherwise. */
  workerFile?: string | URL;
  nativeBinding?: string;
  /** Retrain automatically after data.changed (on in the app, off in most tests). */
  autoTrain?: boolean;
  /** Overrides of the model configuration (tests train a tiny model). */
  config?: Partial<ModelConfig>;
}

export class ModelService {
  private state: ModelState | null = null;
  private training: Promise<ModelMetadata> | null = null;
  private unregister: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  readonly modelDir: string;

  constructor(
    private ctx: AppContext,
    private options: ModelServiceOptions = {},
  ) {
    this.modelDir = path.join(ctx.home, 'model');
  }

  /** Loads a saved model if there is one, registers the source, listens for new data. */
  async start(): Promise<void> {
    if (readMetadata(this.modelDir)) {
      try {
        await this.reload();
      } catch (err) {
        this.ctx.log.warn(`saved model not loaded: ${(err as Error).message}`);
      }
    }
    this.unregister = registerProjectionSource(this.source());
    if (this.options.autoTrain) {
      this.unsubscribe = this.ctx.events.subscribe((name) => {
        if (name === 'data.changed' && !this.isCurrent()) void this.train().catch((err: Error) => this.ctx.log.warn(`training after import failed: ${err.message}`));
      });
    }
  }

  stop(): void {
    this.unregister?.();
    this.unsubscribe?.();
    this.state?.model.dispose();
    this.state = null;
  }

  metadata(): ModelMetadata | null {
    return this.state?.metadata ?? readMetadata(this.modelDir);
  }

  /** True when the loaded model was trained on the data now in the database. */
  isCurrent(): boolean {
    return this.state !== null && this.state.metadata.dataVersion === dataVersion(this.ctx.db);
  }

  isTraining(): boolean {
    return this.training !== null;
  }

  /** Trains on everything in the database (one run at a time), then serves the new model. */
  train(): Promise<ModelMetadata> {
    this.training ??= this.ctx.jobs
      .run('train', async (job) => {
        job.progress('Preparing training data', null);
        const version = dataVersion(this.ctx.db);
        const meta = await trainInWorker(
          {
            source: { kind: 'sqlite', dbPath: this.ctx.db.name, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) },
            modelDir: this.modelDir,
            dataVersion: version,
            ...(this.options.config ? { config: this.options.config } : {}),
          },
          (p) => job.progress(`Training: epoch ${p.epoch} of ${p.epochs}`, p.epoch / p.epochs),
          job.signal,
          this.options.workerFile,
        );
        job.progress('Loading the new model', 1);
        await this.reload();
        return meta;
      })
      .finally(() => {
        this.training = null;
      });
    return this.training;
  }

  private async reload(): Promise<void> {
    await ensureBackend();
    const { model, metadata } = await loadModel(this.modelDir);
    const history = loadHistoryFromDb(this.ctx.db);
    this.state?.model.dispose();
    this.state = { model, metadata, history };
    clearProjectionCache();
  }

  private source(): ProjectionSource {
    return {
      name: 'model',
      available: (db: Db, season: number) => {
        const s = this.state;
        return s !== null && s.metadata.targetSeason === season && s.metadata.dataVersion === dataVersion(db);
      },
      project: (_db: Db, rules: ScoringRules, season: number, pool: readonly PoolPlayerRow[]) => {
        const s = this.state!;
        const entries = pool
          .filter((p) => p.position !== 'DST')
          .map((p) => ({ playerId: String(p.id), position: p.position as 'QB' | 'RB' | 'WR' | 'TE' | 'K' }));
        const projections = projectPool(s.history, s.model, s.metadata.config.members, season, entries, s.metadata.calibration);
        const out = new Map<number, PlayerProjection>();
        for (const p of projections) {
          const pts = projectedPoints(p, rules);
          out.set(Number(p.playerId), { playerId: Number(p.playerId), points: pts.points, low: pts.low, high: pts.high, perGame: pts.perGame, games: p.games, source: 'model', reasons: p.reasons });
        }
        return out;
      },
    };
  }
}
