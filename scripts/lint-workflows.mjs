// `npm run lint:workflows`: every GitHub Actions workflow checked against the published
// workflow schema by action-validator (a wasm build from npm, so it runs offline). The
// release pipeline cannot run here; this catches a misspelt key or a malformed step before
// a tag does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './electron-native.mjs';

const dir = path.join(ROOT, '.github', 'workflows');
const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const cli = path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
let failed = 0;
for (const f of files) {
  const run = spawnSync(process.execPath, [cli, path.join(dir, f)], { encoding: 'utf8' });
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`${f}: invalid workflow\n${run.stdout}${run.stderr}\n`);
  }
}
if (files.length === 0) {
  process.stderr.write('no workflow files found in .github/workflows\n');
  process.exit(1);
}
process.stdout.write(`workflows: ${files.length - failed} of ${files.length} valid (${files.join(', ')})\n`);
process.exit(failed ? 1 : 0);
