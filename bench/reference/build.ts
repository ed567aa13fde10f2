/**
 * Builds the bare reference site (this folder, copied by `npm run bench` to `<root>`) and,
 * like `scripts/build.ts`, writes its peak memory and duration to `MINSHENG_REPORT`: a
 * parent process cannot read a child's peak memory.
 *
 *   node <root>/build.ts <root>
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';

const root = process.argv[2];
if (!root) {
  console.error('Usage: node build.ts <root of the reference site>');
  process.exit(2);
}
const report = process.env.MINSHENG_REPORT;
if (report) process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, ms: Math.round(performance.now()) })));
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await build({ root, logLevel: 'info' });
