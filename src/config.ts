/**
 * Where the content is read from and where the site is written: `--content` and `--out`
 * of every command reach Astro through these variables, so one install serves several sites.
 */
import { isAbsolute, resolve } from 'node:path';

export const CONTENT_ENV = 'MINSHENG_CONTENT';
export const OUT_ENV = 'MINSHENG_OUT';

export function contentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const dir = env[CONTENT_ENV] || 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

export function outDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const dir = env[OUT_ENV] || 'dist';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** Pictures keep their path below `content/` under this prefix of the site. */
export const MEDIA_PREFIX = '/media/';
