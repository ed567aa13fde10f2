/**
 * Rebuilding only what changed. Every page and place feed has a fingerprint of the data it
 * shows (src/lib/fingerprints.ts); a rebuild hands Astro only the paths whose fingerprint
 * differs from the last build's, and leaves the others' files where they are (the output
 * is no longer emptied first). Astro's own `experimental.incrementalBuild` would do the
 * same at a cost per kept page — a check, a log line and a second copy of every page in
 * its cache — that made a rebuild of a large site take as long as rendering it.
 *
 * This module keeps the records that make it safe:
 *
 * - a build after any change of the build's own code (src/, public/, the config, the
 *   lockfile, the Node version), after a failed build, or into another folder starts
 *   from scratch;
 * - each build records the fingerprint of every path and every content file it left in the
 *   output; the records of a build count only once it has finished;
 * - what a build no longer produces (a removed project, a page of a locale dropped) is
 *   deleted from the output, as emptying it would have done;
 * - a rebuild lets Astro write into a staging folder and moves in only the files that
 *   differ from the output's, so that a file that comes out the same keeps its date.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isPreview } from '../config.ts';

/** Set to make the next build render everything (`npm run build -- --full`). */
export const FULL_BUILD_ENV = 'MINSHENG_FULL_BUILD';

/** Files of the project that make up the build itself. */
function codeFiles(root: string): string[] {
  const files = ['src', 'public']
    .map((folder) => join(root, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder, { recursive: true, withFileTypes: true }))
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
  /** True when nothing of an earlier build is reused. */
  fresh: boolean;
  code: string;
  /**
   * Where Astro writes: the output itself when building from scratch, else an empty
   * staging folder whose files `mergeStaged` moves into the output.
   */
  target: string;
}

/**
 * Set by `startBuild` to the cache folder of the build under way, for the routes' paths
 * (`pathsToRender`), which run in Astro's bundle of the pages rather than in this module.
 * Unset while previewing: `astro dev` renders whatever it is asked for.
 */
const BUILD_CACHE_ENV = 'MINSHENG_BUILD_CACHE';
/** Records of the build under way, moved beside the others once it has finished. */
const PENDING = 'pending';

/**
 * Called before Astro writes anything. Unless the last build of this cache finished with
 * the same code into the same folder, the output and every record are dropped, so that
 * nothing made by other code survives. The build record is removed until this build
 * finishes, so that a build that fails half-way is followed by a fresh one.
 */
export function startBuild(options: { root: string; out: string; cache: string; full?: boolean }): BuildStart {
  const { root, out, cache } = options;
  const code = codeFingerprint(root);
  const last = readCached<BuildRecord>(cache, BUILD_RECORD);
  const fresh = options.full === true || last?.code !== code || last.out !== out || !existsSync(out);
  const staging = join(ownCache(cache), STAGING);
  if (fresh) {
    emptyFolder(out);
    rmSync(ownCache(cache), { recursive: true, force: true });
    // Copies of every page kept by Astro's experimental incremental build, which earlier
    // versions of minsheng used: a second copy of the site that nothing reads any more.
    rmSync(join(cache, 'incremental-build.json'), { force: true });
    rmSync(join(cache, 'dist'), { recursive: true, force: true });
  } else {
    rmSync(join(ownCache(cache), BUILD_RECORD), { force: true });
    rmSync(join(ownCache(cache), PENDING), { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
  process.env[BUILD_CACHE_ENV] = cache;
  return { fresh, code, target: fresh ? out : staging };
}

/** The folder a rebuild's Astro writes into, inside minsheng's cache. */
const STAGING = 'staging';

/**
 * Moves the files Astro wrote into the staging folder to the output, leaving alone every
 * file of the output that already holds the same bytes, and removes the staging folder.
 * A rebuild renders pages whose fingerprint changed but whose text may not have, and
 * Astro writes its stylesheets, the public files and every endpoint each time; only what
 * differs reaches the output. Returns how many files were moved in and kept.
 */
export function mergeStaged(staging: string, out: string): { written: number; kept: number } {
  let written = 0;
  let kept = 0;
  for (const entry of readdirSync(staging, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(out, relative(staging, from));
    if (sameBytes(from, to)) {
      kept++;
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    try {
      renameSync(from, to);
    } catch (error) {
      // A cache on another disk than the output: copy instead.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(from, to);
    }
    written++;
  }
  rmSync(staging, { recursive: true, force: true });
  return { written, kept };
}

/** Whether the file at `path` exists and holds exactly these bytes. */
function holds(path: string, bytes: Buffer): boolean {
  return existsSync(path) && statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
}

/** Whether `target` exists and holds exactly the bytes of `source`. */
function sameBytes(source: string, target: string): boolean {
  return holds(target, readFileSync(source));
}

/** Copies a file into the output unless the output already has the same bytes there. Returns whether it wrote. */
export function copyIfChanged(source: string, target: string): boolean {
  if (sameBytes(source, target)) return false;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  return true;
}

/** Makes this build's records the ones the next build compares with. */
export function finishBuild(options: { out: string; cache: string; code: string }): void {
  const pending = join(ownCache(options.cache), PENDING);
  if (existsSync(pending)) {
    for (const name of readdirSync(pending)) renameSync(join(pending, name), join(ownCache(options.cache), name));
    rmdirSync(pending);
  }
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
  mkdirSync(dirname(join(ownCache(cache), name)), { recursive: true });
  writeFileSync(join(ownCache(cache), name), JSON.stringify(value));
}

/** A record of the build under way: it replaces the last build's `name` when this build finishes. */
function writePending(cache: string, name: string, value: unknown): void {
  writeCached(cache, join(PENDING, name), value);
}

/** What this build did with the paths of a route (see `pathsToRender`). */
export function renderedPaths(cache: string, route: RecordedRoute): PathRecord {
  return readCached<PathRecord>(cache, join(PENDING, `${route}.json`)) ?? { keys: {}, rendered: [] };
}

/** A path of a route: the file it writes, relative to the output, and its fingerprint if it has one. */
export interface PlannedPath {
  file: string;
  key?: string;
}

/** The routes whose paths have fingerprints: every page, and the feeds of places. */
export type RecordedRoute = 'pages' | 'place-feeds';

/** What a build did with the paths of a route: every file with its fingerprint (null: none), and those rendered. */
export interface PathRecord {
  keys: Record<string, string | null>;
  rendered: string[];
}

/**
 * The paths of a route this build renders: those without a fingerprint, and those whose
 * fingerprint is not the one the last build rendered them with. The others' files are
 * left as the last build wrote them. Outside a build (previewing), every path.
 */
export function pathsToRender<T extends PlannedPath>(route: RecordedRoute, paths: readonly T[]): T[] {
  const cache = process.env[BUILD_CACHE_ENV];
  if (!cache || isPreview()) return [...paths];
  const last = readCached<PathRecord>(cache, `${route}.json`)?.keys ?? {};
  const record: PathRecord = { keys: {}, rendered: [] };
  const render = paths.filter(({ file, key }) => {
    record.keys[file] = key ?? null;
    const changed = key === undefined || last[file] !== key;
    if (changed) record.rendered.push(file);
    return changed;
  });
  writePending(cache, `${route}.json`, record);
  return render;
}

/**
 * Writes a file of the output unless it already holds exactly this text. A page or chart
 * drawn again after an edit often comes out the same; left alone, it keeps its date, and
 * hosts and copy tools that go by dates upload only what changed. Returns whether it wrote.
 */
export function writeIfChanged(path: string, text: string): boolean {
  const bytes = Buffer.from(text);
  if (holds(path, bytes)) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return true;
}

/** Chart groups drawn by the last build: the fingerprint each was drawn for and the files it wrote. */
export type ChartRecord = Record<string, { key: string; files: string[] }>;
export const CHART_RECORD = 'charts.json';

/** Documents tokenized by the last build (src/search/search-index.ts), as `[key, tokens]` pairs. */
export const SEARCH_TOKENS = 'search-tokens.json';

/** Every file of the output that follows from the content, as the last finished build left it. */
const OUTPUT_RECORD = 'outputs.json';

/**
 * Records the files of the output that follow from the content (relative to it, with
 * `/`), and deletes those the last build left that this one no longer produces, with the
 * folders they leave empty. Returns how many files were deleted.
 */
export function replaceOutputs(out: string, cache: string, files: Iterable<string>): number {
  const current = new Set(files);
  const gone = (readCached<string[]>(cache, OUTPUT_RECORD) ?? []).filter((file) => !current.has(file));
  for (const file of gone) {
    rmSync(join(out, file), { force: true });
    // Up the folders as long as each is left empty.
    for (let dir = dirname(join(out, file)); dir !== out && existsSync(dir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  writePending(cache, OUTPUT_RECORD, [...current]);
  return gone.length;
}
