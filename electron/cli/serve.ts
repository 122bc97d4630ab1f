// `npm run serve -- [--port P] [--host H] [--home DIR] [--data DIR]`
// Starts the browser mode and prints, once ready, exactly one line tools parse:
//   GRIDSCOUT_READY {"url":"http://127.0.0.1:P","token":"T"}
import path from 'node:path';
import { DatabaseTooNewError } from '../main/db/migrate';
import { defaultHome } from '../main/paths';
import { startBrowserMode } from '../main/browserMode';
import { importDirectory } from '../main/data/importer';
import { fail, intOption, parseCli } from './args';

const args = parseCli({
  port: { type: 'string' },
  host: { type: 'string' },
  home: { type: 'string' },
  data: { type: 'string' },
});

const host = args.host ?? '127.0.0.1';
const port = intOption(args.port, 'port', 4317);
const home = args.home ?? defaultHome();

try {
  const mode = await startBrowserMode({ home, host, port });
  // --data DIR: on first start (no players yet) import DIR before announcing READY.
  if (args.data && (mode.ctx.db.prepare('SELECT count(*) FROM players').pluck().get() as number) === 0) {
    try {
      const r = await mode.ctx.jobs.run('import', (job) => importDirectory(mode.ctx.db, path.resolve(args.data!), { job }));
      process.stderr.write(`Imported ${args.data}: ${JSON.stringify({ ...r.counts, target_season: r.targetSeason, seconds: r.seconds })}\n`);
    } catch (err) {
      await mode.stop();
      fail(`could not import --data ${args.data}: ${(err as Error).message}`);
    }
  }
  const { url, token } = mode.server;
  process.stdout.write(`GRIDSCOUT_READY ${JSON.stringify({ url, token })}\n`);
  if (host !== '127.0.0.1' && host !== 'localhost') {
    process.stderr.write(`Serving on ${host}: anyone on this network who opens ${url} can use this GridScout.\n`);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void mode.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  if (err instanceof DatabaseTooNewError) fail(err.message);
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`port ${port} is in use; pass --port with another one (or 0 for any free port)`);
  throw err;
}
