import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Real SQLite files and real servers: give I/O-heavy tests room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A browser-mode server started by a test does not retrain the model in the background
    // after an import (tests of that behaviour turn it on explicitly).
    env: { GRIDSCOUT_AUTOTRAIN: '0' },
  },
});
