import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Real SQLite files and real servers: give I/O-heavy tests room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          // A browser-mode server started by a test does not retrain the model in the background
          // after an import (tests of that behaviour turn it on explicitly).
          env: { GRIDSCOUT_AUTOTRAIN: '0' },
        },
      },
      {
        extends: true,
        // The renderer's pure helpers (filters, routes, clock and label formats): no DOM needed.
        test: { name: 'renderer', include: ['renderer/src/**/*.test.ts'] },
      },
    ],
  },
});
