/**
 * Rebuilding only what changed. Astro keeps every page whose fingerprint
 * (src/lib/fingerprints.ts) and code are the same as last build: its experimental
 * incremental build, with the output folder no longer emptied so that kept pages stay
 * where they are. This module does the rest around it:
 *
 * - a build after any change of the build's own code (src/, the config, the lockfile, the
 *   Node version), after a failed build, or into another folder starts from scratch;
 * - chart files are redrawn group by group when their fingerprint changed;
 * - what a build no longer produces (a removed project, a page of a locale dropped) is
 *   deleted from the output, as emptying it would have done.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Set to make the next build render everything (`npm run build -- --full`). */
export const FULL_BUILD_ENV = 'MINSHENG_FULL_BUILD';

/** Files of the project that make up the build itself. */
function codeFiles(root: string): string[] {
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
  return [...files, ...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((f) => join(root, f)).filter((f) => existsSync(f))].sort();
}

/** Everything a build's output follows from besides the content. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha1').update(process.version);
  for (const file of codeFiles(root)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

interface BuildRecord {
  code: string;
  out: string;
}

/** What minsheng keeps in Astro's cache folder besides Astro's own files. */
const ownCache = (cache: string) => join(cache, 'minsheng');
const BUILD_RECORD = 'build.json';

/** Removes everything in a folder but the folder (and a `.git` in it), as Astro's emptying of the output does. */
function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

export interface BuildStart {
  /** When this build began: a file in the output older than this was kept from an earlier build. */
  startedAt: number;
  /** True when nothing of an earlier build is reused. */
  fresh: boolean;
  code: string;
}

/**
 * Called before Astro writes anything. Unless the last build of this cache finished with
 * the same code into the same folder, the output and every cached page are dropped, so
 * that nothing made by other code survives. The record is removed until this build
 * finishes, so that a build that fails half-way is followed by a fresh one.
 */
export function startBuild(options: { root: string; out: string; cache: string; full?: boolean }): BuildStart {
  const { root, out, cache } = options;
  const startedAt = Date.now();
  const code = codeFingerprint(root);
  const last = readCached<BuildRecord>(cache, BUILD_RECORD);
  const fresh = options.full === true || last?.code !== code || last.out !== out;
  if (fresh) {
    emptyFolder(out);
    // Astro's record of kept pages and its copies of them (astro/dist/core/build/incremental.js).
    rmSync(join(cache, 'incremental-build.json'), { force: true });
    rmSync(join(cache, 'dist'), { recursive: true, force: true });
    rmSync(ownCache(cache), { recursive: true, force: true });
  } else {
    rmSync(join(ownCache(cache), BUILD_RECORD), { force: true });
  }
  return { startedAt, fresh, code };
}

export function finishBuild(options: { out: string; cache: string; code: string }): void {
  writeCached(options.cache, BUILD_RECORD, { code: options.code, out: options.out } satisfies BuildRecord);
}

/**
 * A file of minsheng's own in the cache folder, as the last build left it: undefined when
 * there is none. Every such file goes whenever a build starts from scratch.
 */
export function readCached<T>(cache: string, name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(ownCache(cache), name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCached(cache: string, name: string, value: unknown): void {
  mkdirSync(ownCache(cache), { recursive: true });
  writeFileSync(join(ownCache(cache), name), JSON.stringify(value));
}

/** Chart groups drawn by the last build: the fingerprint each was drawn for and the files it wrote. */
export type ChartRecord = Record<string, { key: string; files: string[] }>;
export const CHART_RECORD = 'charts.json';

/** Documents tokenized by the last build (src/search/search-index.ts), as `[key, tokens]` pairs. */
export const SEARCH_TOKENS = 'search-tokens.json';

/** True when `target` is missing or older than `source`: what `make` would rebuild. */
export function isStale(target: string, source: string): boolean {
  try {
    return statSync(target).mtimeMs < statSync(source).mtimeMs;
  } catch {
    return true;
  }
}

/**
 * Deletes the files of the output that this build neither wrote nor kept: those older than
 * the build and not in `kept` (paths relative to the output, with `/`). Folders left empty
 * go too. Returns how many files were deleted.
 */
export function removeLeftovers(out: string, kept: ReadonlySet<string>, startedAt: number): number {
  let removed = 0;
  // `prefix` is the folder's path relative to the output, built up rather than computed per file.
  const visit = (dir: string, prefix: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        if (name === '.git') empty = false;
        else if (visit(path, `${name}/`)) rmdirSync(path);
        else empty = false;
      } else if (!kept.has(name) && statSync(path).mtimeMs < startedAt) {
        rmSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  if (existsSync(out)) visit(out, '');
  return removed;
}
