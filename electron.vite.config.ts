import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three bundles. Main and preload bundle every devDependency (zod, electron-log,
// electron-updater, tfjs...) so the packaged app carries no node_modules trees it does
// not need; only `dependencies` (better-sqlite3, a native module) stay external.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Training and imports run in worker threads: their own entries so the app can start them by path.
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          worker: resolve('electron/main/model/worker.ts'),
          dataWorker: resolve('electron/main/data/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves bundles unminified by default; the page loads faster minified.
      minify: true,
      // party.html: the draft-party guest page phones open (electron/main/party/).
      rollupOptions: { input: { index: resolve('renderer/index.html'), party: resolve('renderer/party.html') } },
    },
  },
});
