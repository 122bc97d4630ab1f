// npm run simulate -- --data DIR --season Y --leagues N [--teams 12] [--scoring ppr] [--seed S] [--market adp|estimate] [--estimate-order ours|known] --json
// Drafts N snake leagues of Y's market twice each (GridScout's recommender, then the ADP
// drafter, in a rotating slot against the same bots) and scores every roster's best lineup
// on Y's actual points. `--estimate-order known` is a diagnostic: the estimate keeps its timing but
// orders each position as Y's ADP does (what knowing the market's preferences is worth). The last stdout line is the summary JSON (docs/recommendations.md); stderr adds diagnostics.
import { parseCli, fail, intOption } from './args';
import { historyForSeason, SEASON_CLI_OPTIONS, seasonOptions } from './season';
import { simulateSeason } from '../main/simulate/run';

const opts = parseCli({
  ...SEASON_CLI_OPTIONS,
  leagues: { type: 'string' },
  teams: { type: 'string', default: '12' },
  market: { type: 'string', default: 'adp' },
  'estimate-order': { type: 'string', default: 'ours' },
  draws: { type: 'string' },
});
const { data, season, scoring } = seasonOptions(opts);
const leagues = intOption(opts.leagues, 'leagues', NaN, 1, 100_000);
if (!Number.isFinite(leagues)) fail('--leagues N is required');
const market = opts.market ?? 'adp';
if (market !== 'adp' && market !== 'estimate') fail(`--market must be adp or estimate, got "${market}"`);
const order = opts['estimate-order'] ?? 'ours';
if (order !== 'ours' && order !== 'known') fail(`--estimate-order must be ours or known, got "${order}"`);
if (order === 'known' && market !== 'estimate') fail('--estimate-order known needs --market estimate');
const teams = intOption(opts.teams, 'teams', 12, 4, 20);
const seed = intOption(opts.seed, 'seed', 1, 0, 2 ** 31);
const draws = opts.draws === undefined ? undefined : intOption(opts.draws, 'draws', 0, 1, 100_000);

const history = await historyForSeason(data, season, opts.verbose ?? false);

let result;
try {
  result = await simulateSeason(history, data, {
    season,
    leagues,
    teams,
    scoring,
    seed,
    teamVolume: !opts['no-team-volume'],
    market,
    estimateKnowsOrder: order === 'known',
    ...(draws !== undefined ? { recommend: { draws } } : {}),
    onLeague: (done, total) => {
      if (opts.verbose && (done % 10 === 0 || done === total)) process.stderr.write(`league ${done}/${total}\n`);
    },
  });
} catch (err) {
  fail((err as Error).message);
}
const { summary, diagnostics } = result;
if (!opts.json) {
  const r = summary.recommender;
  process.stdout.write(`season ${season}: ${leagues} leagues of ${teams} teams, ${scoring}, market ${market}${order === 'known' ? ' (order known)' : ''} (Spearman with Y's ADP ${summary.market_spearman.toFixed(3)})\n`);
  process.stdout.write(`recommender vs field       ${r.pts_per_week_vs_field.toFixed(2)} pts/week\n`);
  process.stdout.write(`recommender vs ADP drafter ${r.pts_per_week_vs_adp_drafter.toFixed(2)} pts/week\n`);
  process.stdout.write(`league best rate           ${(100 * r.league_best_rate).toFixed(1)}%\n`);
  process.stdout.write(`bots |pick - ADP rank|     ${summary.bots.mean_abs_pick_vs_adp.toFixed(2)}\n`);
}
process.stderr.write(`diagnostics ${JSON.stringify(diagnostics)}\n`);
process.stdout.write(`${JSON.stringify(summary)}\n`);
