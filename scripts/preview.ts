/** `npm run preview [-- --out <dir>]`: serves the built site locally. */
import { preview } from 'astro';
import { parseCommand } from './lib/args.ts';

parseCommand(`Usage: npm run preview -- [--out <dir>]\n\nServes the built site (default: dist/) on a local address.`, {});
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await preview({});
