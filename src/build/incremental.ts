/**
 * Rebuilding only what changed. Every page and place feed has a fingerprint of the data it
 * shows (the hash of its data, src/site/kind.ts); a rebuild hands Astro only the paths whose fingerprint
 * differs from the last build's, and leaves the others' files where they are (the output
 * is no longer emptied first). Astro's own `experimental.incrementalBuild` would do the
 * same at a cost per kept page — a check, a log line and a second copy of every page in
 * its cache — that made a rebuild of a large site take as long as rendering it.
 *
 * This module keeps the records that make it safe:
 *
 * - a build after any change of the build's own code (src/, public/, the config, the
 *   lockfile, the Node version), after a failed or interrupted build, or into an output
 *   its records do not describe renders everything;
 * - each build records the fingerprint of every path in the cache, by output folder, and
 *   the list of files it left in the output itself (src/build/output.ts); the records of a
 *   build count only once it has finished;
 * - what a build no longer produces (a removed project, a page of a locale dropped) is
 *   deleted from the output, and nothing else: the output is never emptied, so files of
 *   the user's beside the site stay;
 * - Astro writes into a staging folder and only the files that differ from the output's
 *   are moved in, so that a file that comes out the same keeps its date and a build that
 *   fails while rendering leaves the output as it was;
 * - one build at a time writes an output folder or uses a cache (src/build/lock.ts).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ENTRY_CACHE_FILES } from '../check/entry-cache.ts';
import type { MessageLang } from '../check/messages.ts';
import { displayPath } from '../check/read.ts';
import { isPreview } from '../config.ts';
import { tryLock, waitForLock, type Holder, type Lock } from './lock.ts';
import { BuildRefused, say } from './messages.ts';
import { builtBefore, foreignEntries, OUTPUT_LOCK, openLedger, outFolderProblem, present, STATE_FOLDER, statePath, type OutputLedger } from './output.ts';
import { staysInside } from '../lib/paths.ts';

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

export interface BuildRecord {
  code: string;
  /** The stamp of the output's record this build left (src/build/output.ts). */
  stamp: string;
  /** How the pages were rendered: by `astro build`, or by a publish through the view bundle (src/publish/). */
  via?: 'astro' | 'publish';
}

/** What minsheng keeps in its part of the cache for every output: the outputs' records, the view bundles, the entry cache. */
const SHARED_CACHE = new Set<string>(['outputs', 'views', ...ENTRY_CACHE_FILES]);

/** What minsheng kept in Astro's cache folder before records belonged to an output: see `startBuild`. */
const ownCache = (cache: string) => join(cache, 'minsheng');
export const BUILD_RECORD = 'build.json';

/**
 * minsheng's records of the builds of one output folder, in the cache of its content
 * folder. They describe that output only: two outputs of one content folder (or one
 * output built from two caches) never take each other's records for their own.
 */
export function recordsFolder(cache: string, out: string): string {
  return join(ownCache(cache), 'outputs', createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16));
}

export interface BuildStart {
  /** True when nothing of an earlier build is reused. */
  fresh: boolean;
  code: string;
  out: string;
  /** The build's cache folder (Astro's, with minsheng's records and view bundles in it). */
  cache: string;
  /** Where this output's records are (`recordsFolder`). */
  records: string;
  /** An empty staging folder where Astro writes; `mergeStaged` moves its files into the output. */
  target: string;
  /** The files builds wrote into the output, and this build's claims (src/build/output.ts). */
  ledger: OutputLedger;
  /** The output as the messages show it. */
  shown: string;
  lang: MessageLang;
  /** Releases the locks of the output and the cache (also done when the process exits). */
  release(): void;
}

/**
 * Set by `startBuild` to the records folder of the build under way, for the routes' paths
 * (`pathsToRender`), which run in Astro's bundle of the pages rather than in this module.
 * Unset while previewing: `astro dev` renders whatever it is asked for.
 */
const BUILD_CACHE_ENV = 'MINSHENG_BUILD_CACHE';
/** Records of the build under way, moved beside the others once it has finished. */
const PENDING = 'pending';

/** The records folder of the build under way (see `BUILD_CACHE_ENV`), or undefined outside a build. */
export function buildRecords(): string | undefined {
  return process.env[BUILD_CACHE_ENV] || undefined;
}

/** Set by `npm run build -- --out-may-hold-other-files`: a first build may write beside files no build wrote. */
export const OUT_MAY_HOLD_OTHERS_ENV = 'MINSHENG_OUT_MAY_HOLD_OTHER_FILES';

/** At most this many names in a message, then "…". */
function someNames(names: readonly string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
}

/**
 * Throws `BuildRefused` unless `--out` is a folder of its own for the site, and, unless
 * `mayHoldOthers`, holds nothing but what builds wrote there (src/build/output.ts).
 * Reads only: nothing is written or deleted.
 */
export function assertOutFolder(folders: { out: string; content: string; root: string; cache: string; mayHoldOthers?: boolean }, lang: MessageLang): void {
  const shown = (path: string) => displayPath(path, folders.root);
  const problem = outFolderProblem(folders);
  if (problem) throw new BuildRefused(say(problem.key, lang, { out: shown(folders.out), content: shown(folders.content), root: folders.root, cache: shown(folders.cache), relation: problem.relation ?? '' }));
  const foreign = foreignEntries(folders.out);
  if (foreign.length > 0 && !folders.mayHoldOthers && !legacyRecord(folders.cache, folders.out)) {
    throw new BuildRefused(say('out.foreign', lang, { out: shown(folders.out), count: foreign.length, names: someNames(foreign) }));
  }
}

/**
 * Called before Astro writes anything, and before this module deletes anything.
 *
 * Refuses an output folder that is not the site's own (`assertOutFolder`), a first build
 * into a folder holding files no build wrote (unless `mayHoldOthers`), and an output
 * another build is writing into. Waits while another build uses the same cache.
 *
 * Unless the last build of this output finished with the same code and the output still
 * holds what it recorded, this output's records are dropped and every page is rendered.
 * The output itself is never emptied: what the last builds wrote and this one does not is
 * deleted by `replaceOutputs`, and nothing else ever is. The build record is removed until
 * this build finishes, so that a build that fails half-way is followed by a fresh one.
 */
export async function startBuild(options: {
  root: string;
  out: string;
  cache: string;
  content: string;
  full?: boolean;
  mayHoldOthers?: boolean;
  lang: MessageLang;
  log: (message: string) => void;
  /** False for a publish, which does not run Astro and so shares nothing in the project's `.astro/`. */
  astro?: boolean;
}): Promise<BuildStart> {
  const { root, cache, lang } = options;
  const out = resolve(options.out);
  assertOutFolder({ out, content: options.content, root, cache, mayHoldOthers: options.mayHoldOthers }, lang);
  const legacy = legacyRecord(cache, out);
  const shown = displayPath(out, root);
  /** The lock, after saying so when it was left by a process that no longer runs. */
  const taken = ({ lock, tookOver }: { lock: Lock; tookOver?: Holder }): Lock => {
    if (tookOver) options.log(say('lock.staleTaken', lang, { lock: displayPath(lock.path, root), pid: tookOver.pid }));
    return lock;
  };
  mkdirSync(join(out, STATE_FOLDER), { recursive: true });
  const outAttempt = tryLock(statePath(out, OUTPUT_LOCK));
  if ('holder' in outAttempt) throw new BuildRefused(say('lock.out', lang, { out: shown, pid: outAttempt.holder.pid, lock: displayPath(statePath(out, OUTPUT_LOCK), root) }));
  const outLock = taken(outAttempt);
  mkdirSync(cache, { recursive: true });
  const cacheLock = taken(await waitForLock(join(cache, 'minsheng.lock'), (holder) => options.log(say('lock.cacheWait', lang, { cache: displayPath(cache, root), pid: holder.pid }))));
  // Astro keeps the list of content modules to bundle in `.astro/` of the project, whatever
  // the content folder: two builds of different sites from one installation at once would
  // bundle each other's reports. They take turns (taken last, so that no two builds wait
  // for each other).
  const dotAstro = join(root, '.astro');
  let projectLock: Lock | undefined;
  if (options.astro !== false) {
    mkdirSync(dotAstro, { recursive: true });
    projectLock = taken(await waitForLock(join(dotAstro, 'minsheng-build.lock'), (holder) => options.log(say('lock.projectWait', lang, { folder: displayPath(dotAstro, root), pid: holder.pid }))));
  }
  const release = () => {
    projectLock?.release();
    cacheLock.release();
    outLock.release();
  };
  try {
    const ledger = openLedger(out);
    // The output of an older minsheng, which kept the list of its files in the cache.
    if (legacy) ledger.claim(legacy);
    const records = recordsFolder(cache, out);
    const code = codeFingerprint(root);
    const last = readCached<BuildRecord>(records, BUILD_RECORD);
    const fresh = options.full === true || ledger.stamp === undefined || last?.code !== code || last.stamp !== ledger.stamp;
    if (fresh) {
      rmSync(records, { recursive: true, force: true });
      // What older versions of minsheng kept: their records beside the outputs' folders, and
      // the copies of every page of Astro's experimental incremental build.
      // The view bundles (src/publish/views.ts) and the checked entries (src/check/entry-cache.ts) follow the code and the content, not an output: they stay.
      for (const name of existsSync(ownCache(cache)) ? readdirSync(ownCache(cache)) : []) if (!SHARED_CACHE.has(name)) rmSync(join(ownCache(cache), name), { recursive: true, force: true });
      rmSync(join(cache, 'incremental-build.json'), { force: true });
      rmSync(join(cache, 'dist'), { recursive: true, force: true });
    } else {
      rmSync(join(records, BUILD_RECORD), { force: true });
      rmSync(join(records, PENDING), { recursive: true, force: true });
    }
    const staging = join(records, STAGING);
    rmSync(staging, { recursive: true, force: true });
    process.env[BUILD_CACHE_ENV] = records;
    return { fresh, code, out, cache, records, target: staging, ledger, shown, lang, release };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The files an older minsheng recorded in the cache for this output (it kept no record in
 * the output), so that its output is not taken for someone else's.
 */
function legacyRecord(cache: string, out: string): string[] | undefined {
  if (builtBefore(out)) return undefined;
  const last = readCached<{ out?: string }>(ownCache(cache), BUILD_RECORD);
  if (!last?.out || resolve(last.out) !== resolve(out)) return undefined;
  return readCached<string[]>(ownCache(cache), 'outputs.json');
}

/** The folder Astro writes into, inside the output's records. */
const STAGING = 'staging';

/**
 * Claims `files` (relative to the output, with `/`) for this build before they are
 * written: refuses when one of them is a file this build would overwrite that no build
 * wrote, and records the others in the output's journal (src/build/output.ts).
 */
export function claimOutputs(start: BuildStart, files: readonly string[]): void {
  const { owned } = start.ledger;
  const taken = files.filter((file) => !owned.has(file) && present(join(start.out, file)));
  if (taken.length > 0) throw new BuildRefused(say('out.collision', start.lang, { out: start.shown, count: taken.length, names: someNames(taken) }));
  start.ledger.claim(files);
}

/**
 * Moves the files Astro wrote into the staging folder to the output, leaving alone every
 * file of the output that already holds the same bytes, and removes the staging folder.
 * A rebuild renders pages whose fingerprint changed but whose text may not have, and
 * Astro writes its stylesheets, the public files and every endpoint each time; only what
 * differs reaches the output. A folder the output does not have yet moves in whole.
 * Every file is claimed first (`claimOutputs`). Returns every staged file (relative to the
 * output: pages, stylesheets, public files, endpoints) and how many were moved in and kept.
 */
export function mergeStaged(staging: string, start: BuildStart): { files: string[]; written: number; kept: number } {
  const files = readdirSync(staging, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(staging, join(entry.parentPath, entry.name)).split(sep).join('/'));
  claimOutputs(start, files);
  const kept = moveInto(staging, start.out, '', start);
  rmSync(staging, { recursive: true, force: true });
  return { files, written: files.length - kept, kept };
}

/** Moves the entries of `from` into the folder `to` (`path` below the output); returns how many files were kept. */
function moveInto(from: string, to: string, path: string, start: BuildStart): number {
  mkdirSync(to, { recursive: true });
  let kept = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const below = path ? `${path}/${entry.name}` : entry.name;
    const there = kindAt(target);
    if (entry.isDirectory() && there === 'folder') {
      kept += moveInto(source, target, below, start);
      continue;
    }
    if (there === 'other' && !entry.isDirectory() && sameBytes(source, target)) {
      kept++;
      continue;
    }
    // A file of an earlier build where this one has a folder goes; anyone else's stays, and the build stops.
    if (there === 'other' && entry.isDirectory()) {
      if (!start.ledger.owned.has(below)) throw new BuildRefused(say('out.collision', start.lang, { out: start.shown, count: 1, names: below }));
      rmSync(target, { force: true });
    }
    moveEntry(source, target);
  }
  return kept;
}

/** What is at a path: nothing, a folder, or something else (a file, a link). */
function kindAt(path: string): 'none' | 'folder' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'none';
  }
}

function moveEntry(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    // A cache on another disk than the output: copy instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
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

/**
 * Makes this build's records the ones the next build compares with: the fingerprints in
 * the cache, and the list of `outputs` (every file of the site) in the output, both with
 * one stamp, so that the next build trusts the output only as this build left it. Then
 * releases the locks.
 */
export function finishBuild(start: BuildStart, outputs: Iterable<string>, via: BuildRecord['via'] = 'astro'): void {
  const { records } = start;
  const pending = join(records, PENDING);
  if (existsSync(pending)) {
    for (const name of readdirSync(pending)) renameSync(join(pending, name), join(records, name));
    rmdirSync(pending);
  }
  const files = [...new Set(outputs)].sort();
  const stamp = recordsStamp(start.code, records, files);
  writeCached(records, BUILD_RECORD, { code: start.code, stamp, via } satisfies BuildRecord);
  start.ledger.commit(files, stamp);
  start.release();
}

/**
 * What the output holds, in a few bytes: the code, the fingerprint of every page, place
 * feed and chart group, and the list of files. The same content gives the same stamp,
 * so that two builds of it stay byte for byte the same, record included.
 */
function recordsStamp(code: string, records: string, files: readonly string[]): string {
  const hash = createHash('sha1').update(code);
  for (const route of ['pages', 'place-feeds'] satisfies RecordedRoute[]) hash.update(JSON.stringify(readCached<PathRecord>(records, `${route}.json`)?.keys ?? {}));
  hash.update(JSON.stringify(readCached(records, CHART_RECORD) ?? {}));
  return hash.update(files.join('\n')).digest('hex');
}

/**
 * A file of minsheng's own in a records folder (`recordsFolder`), as the last build left
 * it: undefined when there is none. Every such file goes whenever a build starts from scratch.
 */
export function readCached<T>(records: string, name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(records, name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCached(records: string, name: string, value: unknown): void {
  mkdirSync(dirname(join(records, name)), { recursive: true });
  writeFileSync(join(records, name), JSON.stringify(value));
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

/** Chart files of the last build, by page: the page's fingerprint they were drawn for, and the files. */
export type ChartRecord = Record<string, { key: string; files: string[] }>;
export const CHART_RECORD = 'charts.json';

/**
 * The files `astro build` wrote besides the pages (stylesheets, the files of public/): a
 * publish, which renders pages only, keeps them as the last full build wrote them.
 */
export const ASTRO_FILES = 'astro-files.json';
/** The page hosts show for an address the site has not: rendered on every build, pages or publish. */
export const NOT_FOUND_PAGE = '404.html';

/** What the last build made the search files from (src/search/shard-update.ts), serialised by node:v8. */
export const SEARCH_STATE = 'search-state.bin';

/**
 * Deletes the files that builds wrote into the output (`owned`: the ledger of
 * src/build/output.ts) and that this one no longer produces (`files`: every file of the
 * site, relative to the output, with `/`), with the folders they leave empty. Nothing else
 * of the output is ever deleted. Returns how many files were deleted.
 */
export function replaceOutputs(out: string, owned: Iterable<string>, files: Iterable<string>): number {
  const current = new Set(files);
  // Records name files of the output only; one that leads out of it (a picture path that
  // climbed out, recorded by an older build, or a link among the output's folders) is never deleted.
  const deletable = (file: string) => staysInside(out, join(out, file)) && join(out, file) !== resolve(out);
  const gone = [...owned].filter((file) => !current.has(file) && present(join(out, file)) && deletable(file));
  for (const file of gone) {
    rmSync(join(out, file), { force: true });
    // Up the folders as long as each is left empty.
    for (let dir = dirname(join(out, file)); dir !== out && existsSync(dir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  return gone.length;
}
