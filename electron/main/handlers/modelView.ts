// The Model view's published backtest: figures computed once by `npm run backtest:all`
// (it needs the evaluation-only ADP exports, which the app never ships or reads) and
// bundled into the main process as JSON. No ADP values are in the file.
import published from '../../../assets/backtest/results.json' with { type: 'json' };
import type { PublishedBacktests } from '../../../shared/ipc/types';
import type { HandlersOf } from './types';

export const modelViewHandlers: HandlersOf<'model.published'> = {
  'model.published': () => published as PublishedBacktests,
};
