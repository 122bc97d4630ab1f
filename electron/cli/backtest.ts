// npm run backtest -- --data DIR --season Y [--scoring ppr|half|standard] [--seed S] [--no-team-volume] --json
// Trains on every season before Y, projects Y's evaluation set and prints one JSON object
// (the last stdout line) comparing the model with the two baselines and ADP.
import { parseCli, fail, intOption } from './args';
import { loadHistoryFromFolder } from '../main/model/historyDb';
import { runBacktest } from '../main/model/backtest';

const opts = parseCli({
  data: { type: 'string' },
  season: { type: 'string' },
  scoring: { type: 'string', default: 'ppr' },
  seed: { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  // Measures what the team step adds: the network's projections without it.
  'no-team-volume': { type: 'boolean', default: false },
});
if (!opts.data) fail('--data DIR is required (the folder holding nflverse/ and eval-only/)');
const scoring = opts.scoring ?? 'ppr';
if (scoring !== 'ppr' && scoring !== 'half' && scoring !== 'standard') fail(`--scoring must be ppr, half or standard, got "${scoring}"`);
const season = intOption(opts.season, 'season', NaN, 2000, 2100);
if (!Number.isFinite(season)) fail('--season Y is required');
const seed = intOption(opts.seed, 'seed', 1, 0, 2 ** 31);

// The folder goes through the importer (both schemas, any seasons) into a cached database,
// and the one History builder reads it: the data the app would have from the same files.
let history;
try {
  const t0 = performance.now();
  history = await loadHistoryFromFolder(opts.data, {
    onProgress: (phase) => {
      if (opts.verbose) process.stderr.write(`import: ${phase}\n`);
    },
    onOpened: ({ cached, file }) => {
      const s = ((performance.now() - t0) / 1000).toFixed(1);
      process.stderr.write(cached ? `data: cached database ${file}\n` : `data: imported ${opts.data} into ${file} in ${s} s\n`);
    },
  });
  process.stderr.write(`data: history ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
} catch (err) {
  fail((err as Error).message);
}
const latest = history.seasons[history.seasons.length - 1]!;
if (season > latest) fail(`--season ${season} has no finished season's results in the data (latest finished season is ${latest})`);
if (season <= history.seasons[0]! + 3) fail(`--season ${season} leaves too few seasons to train on`);
const result = await runBacktest(history, opts.data, season, scoring, seed, (p) => {
  if (opts.verbose) process.stderr.write(`epoch ${p.epoch}/${p.epochs} loss ${p.loss.toFixed(4)}\n`);
}, {}, { teamVolume: !opts['no-team-volume'] });
if (!opts.json) {
  const { summary } = result;
  process.stdout.write(`season ${summary.season} ${summary.scoring} (${summary.set}, ${summary.players} players)\n`);
  process.stdout.write(`model        ${JSON.stringify(summary.model)}\n`);
  process.stdout.write(`last_season  ${JSON.stringify(summary.baselines.last_season)}\n`);
  process.stdout.write(`weighted_3yr ${JSON.stringify(summary.baselines.weighted_3yr)}\n`);
  process.stdout.write(`adp          ${JSON.stringify(summary.adp)}\n`);
  if (result.unmatched.length) process.stdout.write(`unmatched ADP names: ${result.unmatched.join(', ')}\n`);
}
process.stderr.write(`training: ${result.summary.train_seconds} s wall, ${result.trainCpuSeconds.toFixed(1)} s CPU\n`);
process.stdout.write(`${JSON.stringify(result.summary)}\n`);
