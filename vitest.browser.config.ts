import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the tests that drive a real Chromium against the built demo. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
