// npm run adp:refresh -- --source ffc|sleeper --season Y --format ppr|half|standard|2qb [--teams N] [--force] [--home DIR] --json
// npm run adp:import  -- --from FILE --season Y --format ppr|half|standard|2qb [--home DIR] --json
// Both print one JSON object on their last stdout line:
//   {"source":"ffc","season":Y,"format":"ppr","rows":N,"matched":N,"unmatched":["Name (POS, TEAM)",...],"seconds":S}
import path from 'node:path';
import { closeAppContext, createAppContext } from '../main/context';
import { ADP_FORMATS, type AdpFormat } from '../main/adp/rows';
import type { AdpLoadResult } from '../../shared/ipc/types';
import { importAdpCsv, refreshAdp } from '../main/adp/service';
import { defaultHome } from '../main/paths';
import { fail, intOption, parseCli } from './args';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'refresh' && command !== 'import') fail('usage: adp.ts refresh|import [options] (npm run adp:refresh / adp:import)');
const args = parseCli(
  {
    source: { type: 'string', default: 'ffc' },
    from: { type: 'string' },
    season: { type: 'string' },
    format: { type: 'string', default: 'ppr' },
    teams: { type: 'string', default: '12' },
    force: { type: 'boolean', default: false },
    home: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  rest,
);
const season = intOption(args.season, 'season', NaN, 1999, 2100);
if (!Number.isFinite(season)) fail('--season Y is required');
if (!(ADP_FORMATS as readonly string[]).includes(args.format!)) fail(`--format must be one of ${ADP_FORMATS.join(', ')}, got "${args.format}"`);
const format = args.format as AdpFormat;
if (command === 'refresh' && args.source !== 'ffc' && args.source !== 'sleeper') fail(`--source must be ffc or sleeper, got "${args.source}"`);
if (command === 'import' && !args.from) fail('--from FILE is required (an ADP CSV)');
const teams = intOption(args.teams, 'teams', 12, 4, 20);

const ctx = createAppContext({ home: args.home ?? defaultHome(), mode: 'browser', logToConsole: false });
try {
  let result: AdpLoadResult;
  if (command === 'import') result = importAdpCsv(ctx.db, { file: path.resolve(args.from!), season, format });
  else result = await refreshAdp(ctx.db, { source: args.source as 'ffc' | 'sleeper', season, format, teams, force: args.force! });
  if (!args.json) {
    process.stdout.write(`${result.source} ${season} ${format}: ${result.matched} of ${result.rows} rows matched${result.reused ? ' (fetched in the last day: reused; --force fetches again)' : ''}\n`);
    for (const u of result.unmatched) process.stdout.write(`  unmatched: ${u}\n`);
  }
  const { source, rows, matched, unmatched, seconds } = result;
  process.stdout.write(`${JSON.stringify({ source, season, format, rows, matched, unmatched, seconds })}\n`);
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  closeAppContext(ctx);
}
