/** `npm run dev [-- --content <dir>]`: live preview while writing; drafts are shown, marked. */
import { dev } from 'astro';
import { parseCommand } from './lib/args.ts';

parseCommand(`Usage: npm run dev -- [--content <dir>]\n\nServes a live preview of the site while you edit the content.`, {});
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await dev({});
