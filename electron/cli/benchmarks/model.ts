// Projection model benchmarks: training for the upcoming season (default config, the
// app's real job) and projecting the whole pool with the trained ensemble (goal: <= 100 ms),
// next to the weighted_3yr baseline over the same pool as the floor of what "projecting" costs.
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { loadHistoryFromFolder } from '../../main/model/historyDb';
import { trainModel } from '../../main/model/train';
import { projectPool, projectionPool } from '../../main/model/project';
import { RANGE_CALIBRATION } from '../../main/model/backtest';
import { saveModel, loadModel } from '../../main/model/io';
import { positionMeans, weighted3yr } from '../../main/model/baselines';
import { FEATURE_NAMES } from '../../main/model/features';
import { dataDir } from '../../test-support/testData';
import { medianMs, type Benchmark } from './types';

export const modelProjection: Benchmark = {
  name: 'model.train_and_project',
  run: async () => {
    const t0 = performance.now();
    const h = await loadHistoryFromFolder(dataDir());
    const loadMs = performance.now() - t0;
    const season = h.seasons[h.seasons.length - 1]! + 1;
    const trained = await trainModel(h, season);
    const pool = projectionPool(h, season);
    const members = trained.config.members;
    const projectMs = await medianMs(() => projectPool(h, trained.model, members, season, pool, RANGE_CALIBRATION), 9);
    const means = positionMeans(h, season - 1);
    const baselineMs = await medianMs(() => pool.map((p) => weighted3yr(h, p.playerId, season, p.position, means)), 9);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridscout-bench-model-'));
    try {
      const s0 = performance.now();
      await saveModel(dir, trained.model, {
        formatVersion: 2, dataVersion: 'bench', trainedAt: new Date().toISOString(), targetSeason: season, config: trained.config,
        calibration: RANGE_CALIBRATION, featureNames: FEATURE_NAMES, examples: trained.examples, trainSeconds: trained.trainSeconds, metrics: [],
      });
      const saveMs = performance.now() - s0;
      const l0 = performance.now();
      const loaded = await loadModel(dir);
      const loadModelMs = performance.now() - l0;
      loaded.model.dispose();
      return {
        season,
        poolPlayers: pool.length,
        projectPoolMs: projectMs,
        baselineOnlyMs: baselineMs,
        trainSeconds: Math.round(trained.trainSeconds * 10) / 10,
        trainingExamples: trained.examples,
        historyLoadMs: Math.round(loadMs), // the folder's cached database after the first run
        saveMs: Math.round(saveMs),
        loadModelMs: Math.round(loadModelMs),
        weightsBytes: fs.statSync(path.join(dir, 'weights.bin')).size,
      };
    } finally {
      trained.model.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
