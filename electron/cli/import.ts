// `npm run data:import -- --from DIR [--home DIR] [--json]`
// Imports every recognised data file under DIR (never eval-only/) into the app's
// database in one transaction. With --json the last stdout line is exactly
//   {"players":N,"player_seasons":N,"player_games":N,"kicker_games":N,"teams":N,"games":N,"target_season":Y,"seconds":S}
import path from 'node:path';
import { closeAppContext, createAppContext } from '../main/context';
import { importDirectory } from '../main/data/importer';
import { defaultHome } from '../main/paths';
import { fail, parseCli } from './args';

const args = parseCli({
  from: { type: 'string' },
  home: { type: 'string' },
  json: { type: 'boolean' },
});
if (!args.from) fail('--from DIR is required (a folder of nflverse CSV / Sleeper JSON files)');

const ctx = createAppContext({ home: args.home ?? defaultHome(), mode: 'browser', logToConsole: false });
try {
  const t0 = performance.now();
  const result = await ctx.jobs.run('import', (job) => {
    let last = '';
    ctx.events.subscribe((name, payload) => {
      if (name !== 'job.progress') return;
      const p = payload as { phase: string; fraction: number | null };
      if (!args.json && p.phase !== last) {
        last = p.phase;
        process.stderr.write(`${p.phase}${p.fraction !== null ? ` ${Math.round(p.fraction * 100)}%` : ''}\n`);
      }
    });
    return importDirectory(ctx.db, path.resolve(args.from!), { job });
  });
  const seconds = Math.round((performance.now() - t0) / 10) / 100;
  if (!args.json) {
    for (const f of result.files) process.stdout.write(`${f.kind.padEnd(16)} ${String(f.rows).padStart(7)} rows${f.duplicates ? `, ${f.duplicates} repeated keys merged` : ''}  ${path.relative(args.from!, f.file)}\n`);
  }
  process.stdout.write(JSON.stringify({ ...result.counts, target_season: result.targetSeason, seconds }) + '\n');
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  closeAppContext(ctx);
}
