// What the backtest and simulate CLIs share: the --data/--season/--scoring options and the
// season's history, read the way the app reads a folder (every recognised file through the
// importer into a database cached by the folder's file names, sizes and mtimes, then the one
// History builder), with the checks that a season can be evaluated at all.
import type { ScoringPresetName } from '../../shared/domain/scoring';
import type { History } from '../main/model/history';
import { loadHistoryFromFolder } from '../main/model/historyDb';
import { fail, intOption } from './args';

/** The options both CLIs take (parseCli's table); each adds its own. */
export const SEASON_CLI_OPTIONS = {
  data: { type: 'string' },
  season: { type: 'string' },
  scoring: { type: 'string', default: 'ppr' },
  seed: { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  // Measures what the team step adds: the network's projections without it.
  'no-team-volume': { type: 'boolean', default: false },
} as const;

export interface SeasonOptions {
  data: string;
  season: number;
  scoring: ScoringPresetName;
}

export function seasonOptions(opts: { data?: string; season?: string; scoring?: string }): SeasonOptions {
  if (!opts.data) fail('--data DIR is required (the folder holding nflverse/ and eval-only/)');
  const scoring = opts.scoring ?? 'ppr';
  if (scoring !== 'ppr' && scoring !== 'half' && scoring !== 'standard') fail(`--scoring must be ppr, half or standard, got "${scoring}"`);
  const season = intOption(opts.season, 'season', NaN, 2000, 2100);
  if (!Number.isFinite(season)) fail('--season Y is required');
  return { data: opts.data, season, scoring };
}

/** The folder's history; fails (exit 2, in words) when `season` cannot be evaluated on it. */
export async function historyForSeason(data: string, season: number, verbose: boolean): Promise<History> {
  let history: History;
  try {
    const t0 = performance.now();
    history = await loadHistoryFromFolder(data, {
      onProgress: (phase) => {
        if (verbose) process.stderr.write(`import: ${phase}\n`);
      },
      onOpened: ({ cached, file }) => {
        const s = ((performance.now() - t0) / 1000).toFixed(1);
        process.stderr.write(cached ? `data: cached database ${file}\n` : `data: imported ${data} into ${file} in ${s} s\n`);
      },
    });
    process.stderr.write(`data: history ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (err) {
    fail((err as Error).message);
  }
  const latest = history.seasons[history.seasons.length - 1]!;
  if (season > latest) fail(`--season ${season} has no finished season's results in the data (latest finished season is ${latest})`);
  if (season <= history.seasons[0]! + 3) fail(`--season ${season} leaves too few seasons to train on`);
  return history;
}
