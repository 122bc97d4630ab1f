// `npm run data:fetch -- --out DIR [--from-season Y]`
// Downloads the nflverse release files the online refresh reads (data/refresh.ts's plan,
// through the same resumable downloader) into DIR, for the release workflow's snapshot.
// Sleeper's file is left out: its terms do not allow shipping it. GRIDSCOUT_NFLVERSE_URL
// overrides the base URL, as for the app.
import fs from 'node:fs';
import path from 'node:path';
import { download } from '../main/data/download';
import { refreshPlan, refreshSources } from '../main/data/refresh';
import { fail, intOption, parseCli } from './args';

const args = parseCli({ out: { type: 'string' }, 'from-season': { type: 'string' } });
if (!args.out) fail('--out DIR is required');
const now = new Date();
// A new league year starts in March: from then on the coming season's rosters may exist.
const current = now.getUTCMonth() >= 2 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
const first = intOption(args['from-season'], 'from-season', 1999, 1999, current);
const seasons = Array.from({ length: current - first + 1 }, (_, i) => first + i);
const plan = refreshPlan(refreshSources(), seasons, current).filter((f) => !f.name.startsWith('players_nfl'));

const out = path.resolve(args.out);
fs.mkdirSync(out, { recursive: true });
let bytes = 0;
const missing: string[] = [];
for (const f of plan) {
  const outcome = await download(f.url, path.join(out, f.name), { headers: { 'User-Agent': 'GridScout release workflow (snapshot build)' } });
  if (outcome.status === 'missing') {
    if (!f.optional) fail(`${f.url} was not found (404)`);
    missing.push(f.name);
  } else {
    bytes += outcome.bytes;
  }
}
process.stdout.write(`${JSON.stringify({ out, files: plan.length - missing.length, bytes, missing })}\n`);
