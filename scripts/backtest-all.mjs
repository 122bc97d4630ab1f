// npm run backtest:all -- --data DIR [--from 2019] [--to Y] [--scoring ppr] [--seed 1] [--out FILE]
//
// Publishes the backtest figures the Model view shows (assets/backtest/results.json). The
// backtest grades the model on the 200 most-drafted players of each season, and that set
// comes from the evaluation-only ADP exports, which the app never ships or reads. So the
// figures are computed here, once, and bundled: every season from 2019 to the latest with
// results, each trained only on the seasons before it — the same code and seed as
// `npm run backtest -- --data DIR --season Y --json`, whose summary line each season's
// `summary` is.
//
// What the file may hold: metrics, and per player (for the scatter and the range
// calibration) the projection, its range and the actual points, with the player's name from
// nflverse. Nothing that comes from the ADP export: no ADP ranks, no ADP names (a player
// the export names but nflverse does not is kept as an unnamed point), and the players are
// sorted by projection, not in ADP order.
//
// Runs under tsx (it imports the model's TypeScript directly): see package.json.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHistoryFromFolder } from '../electron/main/model/historyDb.ts';
import { runBacktest } from '../electron/main/model/backtest.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    from: { type: 'string', default: '2019' },
    to: { type: 'string' },
    scoring: { type: 'string', default: 'ppr' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'assets/backtest/results.json' },
  },
});
const fail = (msg) => {
  process.stderr.write(`backtest:all: ${msg}\n`);
  process.exit(2);
};
if (!values.data) fail('--data DIR is required (the folder holding nflverse/ and eval-only/)');
if (!['ppr', 'half', 'standard'].includes(values.scoring)) fail(`--scoring must be ppr, half or standard, got "${values.scoring}"`);
const seed = Number(values.seed);
const from = Number(values.from);
if (!Number.isInteger(seed) || !Number.isInteger(from)) fail('--seed and --from must be whole numbers');

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
// The folder goes through the importer into a cached database, as for `npm run backtest`.
const history = await loadHistoryFromFolder(values.data);
const latest = history.seasons[history.seasons.length - 1];
const to = values.to ? Number(values.to) : latest;
if (!(to >= from && to <= latest)) fail(`--to must be between ${from} and ${latest}`);

/** A fingerprint of the model's code, so a stale file can be told apart from a current one. */
function modelSourceHash() {
  const hash = createHash('sha256');
  const dir = join(root, 'electron/main/model');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_')).sort();
  for (const f of [...files.map((f) => join(dir, f)), join(root, 'shared/domain/projection.ts')]) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'electron/main/model', 'shared/domain/projection.ts'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${commit}+uncommitted model changes` : commit;
  } catch {
    return null;
  }
}

const r1 = (x) => Math.round(x * 10) / 10;
const seasons = [];
for (let season = from; season <= to; season++) {
  const started = Date.now();
  const result = await runBacktest(history, values.data, season, values.scoring, seed);
  const players = result.rows
    .map((r) => ({
      // Names from nflverse only: an ADP row that matched no nflverse player stays unnamed.
      name: r.key.startsWith('adp:') ? null : (history.bios.get(r.key)?.name ?? null),
      position: r.position,
      projected: r1(r.projected),
      low: r1(r.low),
      high: r1(r.high),
      actual: r1(r.actual),
    }))
    .sort((a, b) => b.projected - a.projected || b.actual - a.actual);
  seasons.push({ summary: result.summary, players });
  const m = result.summary.model;
  process.stderr.write(
    `${season}: ${result.summary.players} players, MAE ${m.mae.toFixed(1)}, Spearman ${m.spearman.toFixed(3)}, coverage ${m.coverage_10_90.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

const out = {
  // What produced the figures, for the Model view's caption and for checking freshness.
  command: 'npm run backtest:all -- --data DIR',
  seasonCommand: `npm run backtest -- --data DIR --season Y --scoring ${values.scoring} --seed ${seed} --json`,
  generatedAt: new Date().toISOString(),
  commit: gitCommit(),
  modelSource: modelSourceHash(),
  scoring: values.scoring,
  seed,
  seasons,
};
const outFile = resolve(root, values.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(out)}\n`);
process.stdout.write(`${JSON.stringify({ file: values.out, seasons: seasons.map((s) => s.summary) })}\n`);
