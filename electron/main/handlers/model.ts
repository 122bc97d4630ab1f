// The projection model's channels: status (what it was trained on, its backtests) and
// retrain (a job in a worker thread; the app stays responsive and shows the progress).
import type { ModelStatus } from '../../../shared/ipc/types';
import type { AppContext } from '../context';
import { describeDataVersion } from '../model/historyDb';
import { modelServiceFor } from '../model/registry';
import type { HandlersOf } from './types';

function status(ctx: AppContext): ModelStatus {
  const service = modelServiceFor(ctx);
  const meta = service.metadata();
  return {
    trained: meta !== null,
    current: service.isCurrent(),
    training: service.isTraining(),
    trainedAt: meta?.trainedAt ?? null,
    dataVersion: meta?.dataVersion ?? null,
    data: meta?.dataVersion ? describeDataVersion(ctx.db, meta.dataVersion) : null,
    targetSeason: meta?.targetSeason ?? null,
    trainSeconds: meta?.trainSeconds ?? null,
    examples: meta?.examples ?? null,
    backtests: service.storedBacktests().seasons.map((s) => s.summary),
  };
}

export const modelHandlers: HandlersOf<'model.status' | 'model.train' | 'model.backtests' | 'model.backtest'> = {
  'model.status': async (ctx) => {
    await modelServiceFor(ctx).ready;
    return status(ctx);
  },
  'model.backtests': async (ctx) => {
    const service = modelServiceFor(ctx);
    await service.ready;
    return service.storedBacktests();
  },
  'model.backtest': async (ctx, req) => {
    const service = modelServiceFor(ctx);
    await service.ready;
    return service.backtest(req.scoring ?? 'ppr');
  },
  'model.train': async (ctx) => {
    const service = modelServiceFor(ctx);
    await service.ready;
    await service.train();
    return status(ctx);
  },
};
