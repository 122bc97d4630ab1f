// The model inside the app: loads the saved model (<home>/model/model.json + weights.bin),
// plugs it into the projection service as the preferred source while its data version
// matches the database, and retrains in a worker thread after every import or refresh
// (a job with progress; the previous model keeps serving until the new one is saved).
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { AppContext } from '../context';
import type { Db } from '../db/connection';
import type { ModelPosition, Projection } from '../../../shared/domain/projection';
import { registerProjectionSource, clearProjectionCache } from '../projections/service';
import type { ProjectionSource } from '../projections/types';
import { modelSource } from '../projections/modelSource';
import { poolPlayers } from '../db/repos/scouting';
import { dataVersion, loadHistoryFromDb } from './historyDb';
import type { History } from './history';
import { loadModel, readMetadata, type ModelMetadata } from './io';
import { projectPool } from './project';
import { FEATURE_NAMES } from './features';
import { backtestInWorker, trainInWorker, type BacktestSeason } from './worker';
import { existsSync, readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
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
    // Data imported while no model was saved (or by an older run): train now, not at the next import.
    if (this.options.autoTrain && !this.isCurrent() && hasPlayerData(this.ctx.db)) {
      void this.train().catch((err: Error) => this.ctx.log.warn(`training at start failed: ${err.message}`));
    }
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

  /** True when the loaded model was trained on the data now in the database, with today's features. */
  isCurrent(): boolean {
    return this.state !== null && this.state.metadata.dataVersion === dataVersion(this.ctx.db) && sameFeatures(this.state.metadata);
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
        ).catch((err: unknown) => {
          // A cancel is the user's choice, not a failure: say so, and keep serving the old model.
          if (job.signal.aborted) throw new AppError('cancelled', 'Training cancelled: the previous projections stay in use.');
          throw err;
        });
        job.progress('Loading the new model', 1);
        await this.reload();
        return meta;
      })
      .finally(() => {
        this.training = null;
      });
    return this.training;
  }

  /** First season the Model view backtests (every season from 2019 to the latest). */
  static readonly FIRST_BACKTEST_SEASON = 2019;

  storedBacktests(): { dataVersion: string | null; ranAt: string | null; current: boolean; seasons: BacktestSeason[] } {
    const file = path.join(this.modelDir, 'backtests.json');
    if (!existsSync(file)) return { dataVersion: null, ranAt: null, current: false, seasons: [] };
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { dataVersion: string; ranAt: string; seasons: BacktestSeason[] };
      return { ...stored, current: stored.dataVersion === dataVersion(this.ctx.db) };
    } catch {
      return { dataVersion: null, ranAt: null, current: false, seasons: [] };
    }
  }

  /** Backtests 2019..latest in a worker (each season trains on the seasons before it) and stores them. */
  async backtest(scoring: 'standard' | 'half' | 'ppr', now: () => Date = () => new Date()) {
    const version = dataVersion(this.ctx.db);
    const latest = this.ctx.db.prepare(`SELECT max(season) FROM player_seasons WHERE season_type = 'REG'`).pluck().get() as number | null;
    const seasons: number[] = [];
    for (let s = ModelService.FIRST_BACKTEST_SEASON; latest !== null && s <= latest; s++) seasons.push(s);
    const result = await this.ctx.jobs.run('backtest', (job) =>
      backtestInWorker(
        {
          source: { kind: 'sqlite', dbPath: this.ctx.db.name, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) },
          modelDir: this.modelDir,
          dataVersion: version,
          backtest: { seasons, scoring },
          ...(this.options.config ? { config: this.options.config } : {}),
        },
        (p) => job.progress(`Backtest: season ${p.epoch} of ${p.epochs}`, p.epoch / p.epochs),
        job.signal,
        this.options.workerFile,
      ),
    );
    mkdirSync(this.modelDir, { recursive: true });
    const file = path.join(this.modelDir, 'backtests.json');
    writeFileSync(`${file}.tmp`, JSON.stringify({ dataVersion: version, ranAt: now().toISOString(), seasons: result }));
    renameSync(`${file}.tmp`, file);
    return this.storedBacktests();
  }

  private async reload(): Promise<void> {
    await ensureBackend();
    const { model, metadata } = await loadModel(this.modelDir);
    const history = loadHistoryFromDb(this.ctx.db);
    this.state?.model.dispose();
    this.state = { model, metadata, history };
    this.cached = null;
    clearProjectionCache();
  }

  private cached: { key: string; projections: Projection[] } | null = null;

  /** The whole pool's projections for the season, while the model is current (else null: baseline). */
  projections(db: Db, season: number): Projection[] | null {
    const s = this.state;
    const version = dataVersion(db);
    if (!s || s.metadata.targetSeason !== season || s.metadata.dataVersion !== version || !sameFeatures(s.metadata)) return null;
    const key = `${season}|${version}`;
    if (this.cached?.key !== key) {
      const entries = poolPlayers(db, season)
        .filter((p) => p.position !== 'DST')
        .map((p) => ({ playerId: String(p.id), position: p.position as ModelPosition }));
      this.cached = { key, projections: projectPool(s.history, s.model, s.metadata.config.members, season, entries, s.metadata.calibration) };
    }
    return this.cached.projections;
  }

  private source(): ProjectionSource {
    return modelSource((db, season) => this.projections(db, season));
  }
}

/**
 * A model saved by an older version of the app reads other features (its input has another
 * width): it cannot project until it is retrained, and autoTrain retrains it at start.
 */
function sameFeatures(metadata: ModelMetadata): boolean {
  return metadata.featureNames.length === FEATURE_NAMES.length && metadata.featureNames.every((f, i) => f === FEATURE_NAMES[i]);
}

function hasPlayerData(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM player_seasons)').pluck().get() === 1;
}
