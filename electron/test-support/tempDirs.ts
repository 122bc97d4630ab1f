// Temp folders for tests that need real files (app homes, databases, renderer stand-ins).
// Each one is removed after the test that made it, pass or fail.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh empty folder under the OS temp dir; the caller removes it (for beforeAll). */
export function makeTempDir(prefix = 'gridscout-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh empty folder under the OS temp dir, deleted when the current test finishes. */
export function tempDir(prefix = 'gridscout-test-'): string {
  const dir = makeTempDir(prefix);
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A built-renderer stand-in in `parent`/renderer: index.html with the token placeholder
 * the HTTP server fills in, and one asset. Returns the renderer folder.
 */
export function writeRendererStandIn(parent: string): string {
  const dir = path.join(parent, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><meta name="gridscout-token" content="__GRIDSCOUT_TOKEN__" />' +
      '<title>GridScout</title></head><body><div id="root"></div></body></html>\n',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("draft day");\n');
  return dir;
}

/** Hash of a file's bytes: "left untouched" means this is equal before and after. */
export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
