// `npm run snapshot:build -- --from DIR --out FILE [--json]`
// Builds the data snapshot the release ships (electron/main/data/snapshot.ts): every
// nflverse file under DIR (never eval-only/, never Sleeper's), compressed, with provenance
// and licence inside. Prints one JSON line: the file, its size, the files and seasons.
import fs from 'node:fs';
import path from 'node:path';
import { buildSnapshot } from '../main/data/snapshot';
import { fail, parseCli } from './args';

const args = parseCli({ from: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } });
if (!args.from) fail('--from DIR is required (a folder of nflverse CSV files)');
if (!args.out) fail('--out FILE is required (e.g. release-data/gridscout-snapshot.json.br)');

const t0 = performance.now();
try {
  const { version } = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { bytes, manifest } = buildSnapshot(path.resolve(args.from), { builtBy: `GridScout ${version} snapshot:build` });
  const out = path.resolve(args.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.tmp`, bytes);
  fs.renameSync(`${out}.tmp`, out);
  const summary = {
    file: out,
    bytes: bytes.length,
    megabytes: Math.round((bytes.length / 1048576) * 100) / 100,
    sourceBytes: manifest.files.reduce((a, f) => a + f.bytes, 0),
    files: manifest.files.map((f) => `${f.name} (${f.rows} rows)`),
    seasons: manifest.seasons,
    licence: manifest.licence.attribution,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (err) {
  fail((err as Error).message);
}
