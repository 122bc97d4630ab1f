// `npm run serve -- [--port P] [--host H] [--home DIR] [--data DIR] [--snapshot FILE]`
// Starts the browser mode and prints, once ready, exactly one line tools parse:
//   GRIDSCOUT_READY {"url":"http://127.0.0.1:P","token":"T"}
// On a first start (empty database) --data DIR is imported before that line; a data
// snapshot (--snapshot, or GRIDSCOUT_SNAPSHOT) is imported after it, as the desktop app
// does, so the page shows the import's progress. Either way the model trains next.
import { DatabaseTooNewError } from '../main/db/migrate';
import { defaultHome } from '../main/paths';
import { startBrowserMode } from '../main/browserMode';
import { bundledSnapshot, importOnFirstStart } from '../main/data/firstStart';
import { fail, intOption, parseCli } from './args';

const args = parseCli({
  port: { type: 'string' },
  host: { type: 'string' },
  home: { type: 'string' },
  data: { type: 'string' },
  snapshot: { type: 'string' },
});
if (args.data && args.snapshot) fail('pass --data DIR or --snapshot FILE, not both');

const host = args.host ?? '127.0.0.1';
const port = intOption(args.port, 'port', 4317);
const home = args.home ?? defaultHome();

try {
  const mode = await startBrowserMode({ home, host, port });
  if (args.data) {
    const first = await importOnFirstStart(mode.ctx, { dir: args.data });
    if (first?.state === 'failed') {
      await mode.stop();
      fail(`could not import --data ${args.data}: ${first.error}`);
    }
    if (first) process.stderr.write(`Imported ${args.data}: ${first.players} players in ${first.seconds} s\n`);
  }
  const { url, token } = mode.server;
  process.stdout.write(`GRIDSCOUT_READY ${JSON.stringify({ url, token })}\n`);
  const snapshot = args.snapshot ?? (args.data ? null : bundledSnapshot());
  if (snapshot) {
    void importOnFirstStart(mode.ctx, { snapshot }).then((first) => {
      if (first?.state === 'imported') process.stderr.write(`Imported the data snapshot: ${first.players} players in ${first.seconds} s\n`);
      if (first?.state === 'failed') process.stderr.write(`The data snapshot was not imported: ${first.error}\n`);
    });
  }
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
