import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Chromium and run with `npm run test:browser`.
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Builds of fixture sites take seconds on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
