/**
 * `npm run build [-- --content <dir>] [--out <dir>]`: checks the content (the build
 * stops on any error) and writes the static site.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import { ContentError } from '../src/integration.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run build -- [--content <dir>] [--out <dir>]

Checks the content folder (default: content/) and builds the site into the output folder
(default: dist/). Nothing is written when the content has errors.`;

parseCommand(usage, {});
// `npm run bench` reads the build's peak memory from here: a parent process cannot see its child's.
const report = process.env.MINSHENG_REPORT;
if (report) process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, ms: Math.round(performance.now()) })));
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
try {
  await build({ logLevel: process.env.CI ? 'warn' : 'info' });
} catch (error) {
  // The problems were printed one per line already; a stack trace would only hide them.
  if (error instanceof ContentError || (error as Error)?.name === 'ContentError') {
    console.error(`\n${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
