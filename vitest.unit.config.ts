import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the pure tests, which start no process (no build, no command), for
 * a run in seconds while working. `npm test` runs them too, with everything else.
 * A test file counts as starting processes when it uses child_process, the commands'
 * runner (tests/import/cli.ts), a fixture build or Astro itself.
 */
const STARTS_PROCESSES = /from 'node:child_process'|\/cli\.ts'|\bbuildSite\(|\bbuildAt\(|\bsharedBuild\(|from 'astro'/;

const unitTests = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts') && !path.startsWith('browser'))
  .map((path) => `tests/${path}`)
  .filter((path) => !STARTS_PROCESSES.test(readFileSync(path, 'utf8')))
  .sort();

export default defineConfig({
  test: {
    include: unitTests,
    maxWorkers: availableParallelism(),
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
