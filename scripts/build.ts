/**
 * `npm run build [-- --content <dir>] [--out <dir>]`: checks the content (the build
 * stops on any error) and writes the static site.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'astro';
import { CACHE_ENV, CONTENT_ENV, OUT_ENV, ROOT_ENV, cacheDir, contentDir, outDir } from '../src/config.ts';
import { FULL_BUILD_ENV } from '../src/build/incremental.ts';
import { ContentError } from '../src/integration.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run build -- [--content <dir>] [--out <dir>] [--full]

Checks the content folder (default: content/) and builds the site into the output folder
(default: dist/). Nothing is written when the content has errors.

A rebuild renders only the pages whose content changed since the last build into the same
folder; any change to the code builds everything. --full builds everything regardless.`;

const { values } = parseCommand(usage, { full: { type: 'boolean' } });
if (values.full) process.env[FULL_BUILD_ENV] = '1';
// `npm run bench` reads the build's peak memory from here: a parent process cannot see its child's.
const report = process.env.MINSHENG_REPORT;
if (report) process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, ms: Math.round(performance.now()) })));
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Every path is fixed now, against the project folder, before the working folder may change.
const root = process.cwd();
Object.assign(process.env, { [ROOT_ENV]: root, [CONTENT_ENV]: contentDir(), [OUT_ENV]: outDir(), [CACHE_ENV]: cacheDir() });
// For an output folder outside the project, Astro keeps the compiled pages in .astro/ of
// the working folder and deletes them when done, so two such builds from one install would
// break each other. Each site's build therefore works from its own cache folder, where a
// link to node_modules lets the compiled pages find their packages.
if (relative(root, outDir()).startsWith('..')) {
  const work = cacheDir();
  mkdirSync(work, { recursive: true });
  const modules = join(work, 'node_modules');
  // Inside the project the packages are found anyway (and a link there would make a loop).
  if (relative(root, work).startsWith('..') && !existsSync(modules)) symlinkSync(join(root, 'node_modules'), modules, process.platform === 'win32' ? 'junction' : 'dir');
  process.chdir(work);
}
try {
  await build({ root, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (error) {
  // The problems were printed one per line already; a stack trace would only hide them.
  if (error instanceof ContentError || (error as Error)?.name === 'ContentError') {
    console.error(`\n${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
