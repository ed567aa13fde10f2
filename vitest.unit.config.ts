import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

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

// The same tests as in `npm test`, with the same limits: a slow pure test (a body nested
// 50,000 deep) must not pass there and time out here.
export default defineConfig({ test: { ...base.test, include: unitTests, globalSetup: [] } });
