/**
 * Command-line options shared by every command: `--content <dir>` and `--out <dir>`
 * (so that one install serves several sites), plus each command's own flags.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CONTENT_ENV, OUT_ENV } from '../../src/config.ts';

export const COMMON_OPTIONS = {
  content: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Parses argv; on a mistake prints what is wrong and the usage, then exits 2. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: O, argv = process.argv.slice(2)) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, unknown>;
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    // Astro is configured through the environment; see src/config.ts.
    if (typeof values.content === 'string') process.env[CONTENT_ENV] = values.content;
    if (typeof values.out === 'string') process.env[OUT_ENV] = values.out;
    return parsed;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
