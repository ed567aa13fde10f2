import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Chromium and run with `npm run test:browser`.
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Fixture builds that test files only read are made once per run (tests/shared-build.ts).
    globalSetup: ['tests/global-setup.ts'],
    // Most of the time goes to builds in child processes, which the workers only wait for:
    // one worker per core keeps both cores busy (vitest's default leaves one idle).
    maxWorkers: availableParallelism(),
    // Builds of fixture sites take seconds on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
