// npm run backtest -- --data DIR --season Y [--scoring ppr|half|standard] [--seed S] [--no-team-volume] --json
// Trains on every season before Y, projects Y's evaluation set and prints one JSON object
// (the last stdout line) comparing the model with the two baselines and ADP.
import { parseCli, intOption } from './args';
import { historyForSeason, SEASON_CLI_OPTIONS, seasonOptions } from './season';
import { runBacktest } from '../main/model/backtest';

const opts = parseCli(SEASON_CLI_OPTIONS);
const { data, season, scoring } = seasonOptions(opts);
const seed = intOption(opts.seed, 'seed', 1, 0, 2 ** 31);

const history = await historyForSeason(data, season, opts.verbose ?? false);
const result = await runBacktest(history, data, season, scoring, seed, (p) => {
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
