/**
 * Where the content is read from and where the site is written: `--content` and `--out`
 * of every command reach Astro through these variables, so one install serves several sites.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

export const CONTENT_ENV = 'MINSHENG_CONTENT';
export const OUT_ENV = 'MINSHENG_OUT';
export const CACHE_ENV = 'MINSHENG_CACHE';
export const ROOT_ENV = 'MINSHENG_ROOT';

/**
 * The project folder (where package.json and src/ are). `scripts/build.ts` may run Astro
 * from another working folder (see there), so paths are resolved against this instead.
 */
export function projectRoot(env: Record<string, string | undefined> = process.env): string {
  return env[ROOT_ENV] || process.cwd();
}

export function contentDir(env: Record<string, string | undefined> = process.env, cwd = projectRoot(env)): string {
  const dir = env[CONTENT_ENV] || 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

export function outDir(env: Record<string, string | undefined> = process.env, cwd = projectRoot(env)): string {
  const dir = env[OUT_ENV] || 'dist';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** Pictures keep their path below `content/` under this prefix of the site. */
export const MEDIA_PREFIX = '/media/';

/**
 * Astro's build cache. Each content folder gets its own, so that builds of several sites
 * from one install never read each other's cached entries.
 */
export function cacheDir(env: Record<string, string | undefined> = process.env, cwd = projectRoot(env)): string {
  if (env[CACHE_ENV]) return resolve(cwd, env[CACHE_ENV]);
  const content = contentDir(env, cwd);
  const base = resolve(cwd, 'node_modules/.astro');
  if (content === resolve(cwd, 'content')) return base;
  return resolve(base, 'sites', createHash('sha256').update(content).digest('hex').slice(0, 12));
}

/**
 * Set by the integration for `astro dev` only, never inherited: a build must not publish
 * drafts because of something in the shell (Vite's `import.meta.env.DEV` follows NODE_ENV).
 */
export const PREVIEW_ENV = 'MINSHENG_PREVIEW';

/** Set while the views are bundled for publishing (src/publish/views.ts): the integration then stays out. */
export const VIEW_BUNDLE_ENV = 'MINSHENG_VIEW_BUNDLE';

export function isPreview(env: Record<string, string | undefined> = process.env): boolean {
  return env[PREVIEW_ENV] === '1';
}

/**
 * A value worked out once per build and shared by every page that needs it; while
 * previewing (`npm run dev`) it is worked out on each call, so that edits show at once.
 */
export function oncePerBuild<T>(load: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    if (isPreview()) return load();
    cached ??= { value: load() };
    return cached.value;
  };
}

/**
 * A value worked out once for each object it is asked about (a site model, a project)
 * and forgotten with the object. Safe while previewing too: each request builds new objects.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
