// TensorFlow.js on the wasm backend, loaded from the package's own dist folder (no network,
// same numbers on every machine). Call ensureBackend() once before any tensor work.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let ready: Promise<void> | null = null;

export function ensureBackend(wasmDir?: string): Promise<void> {
  ready ??= (async () => {
    const dir = wasmDir ?? defaultWasmDir();
    setWasmPaths(dir.endsWith('/') ? dir : `${dir}/`);
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false); // one thread: deterministic sums, the app keeps a core
    if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js wasm backend failed to start');
    await tf.ready();
  })();
  return ready;
}

/** The package's dist folder in development; in a packaged app (tfjs bundled, no node_modules) resources/tfjs-wasm. */
function defaultWasmDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  } catch {
    const resources = (process as { resourcesPath?: string }).resourcesPath ?? process.cwd();
    return join(resources, 'tfjs-wasm');
  }
}

export { tf };
