/**
 * The output folder belongs to the site only as far as builds wrote it. Three rules:
 *
 * - `--out` is never the content folder, the project folder or the build's cache, nor
 *   inside or above one of them (`outFolderProblem`);
 * - a build deletes only files that a build recorded as written into that folder, and
 *   never overwrites a file it did not write; a first build into a folder that holds files
 *   of someone else's refuses unless told to build beside them (`foreignEntries`);
 * - the record lives in the output folder itself, in `.minsheng/files`, so that it
 *   follows the folder: a lost or deleted cache (node_modules) or a second cache building
 *   the same folder never leaves a file unaccounted for. Before a file enters the output,
 *   its path is appended to `.minsheng/journal`, so that a build killed half-way leaves
 *   nothing the next one does not know about. Only paths are recorded (deterministic, so
 *   that two builds of the same content stay byte for byte the same); the fingerprints of
 *   pages stay in the cache.
 */
import { closeSync, existsSync, lstatSync, statSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside } from '../lib/paths.ts';

/** minsheng's own folder inside the output: the record of written files, the journal, the lock. */
export const STATE_FOLDER = '.minsheng';
const RECORD = 'files';
const JOURNAL = 'journal';
export const OUTPUT_LOCK = 'lock';

export const statePath = (out: string, name: string) => join(out, STATE_FOLDER, name);

/** A path as it is, with every link among the folders that exist followed (the rest as written). */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

export interface OutFolderProblem {
  key: 'out.isContent' | 'out.inContent' | 'out.holdsContent' | 'out.isRoot' | 'out.holdsRoot' | 'out.cache' | 'out.notFolder';
  relation?: 'is' | 'lies inside' | 'holds';
}

/**
 * Why `out` cannot hold the site: it is the content folder, lies inside it or holds it;
 * it is the project folder or above it; or it is, lies in or holds the cache. Links are
 * followed, so that a link to the content folder is the content folder. `dist/` inside the
 * project is fine; other folders of the project are refused by `foreignEntries` (they hold
 * files no build wrote).
 */
export function outFolderProblem(folders: { out: string; content: string; root: string; cache?: string }): OutFolderProblem | undefined {
  const out = realPath(folders.out);
  const content = realPath(folders.content);
  const root = realPath(folders.root);
  if (out === content) return { key: 'out.isContent' };
  if (isInside(content, out)) return { key: 'out.inContent' };
  if (out === root) return { key: 'out.isRoot' };
  if (isInside(out, root)) return { key: 'out.holdsRoot' };
  if (isInside(out, content)) return { key: 'out.holdsContent' };
  if (folders.cache) {
    const cache = realPath(folders.cache);
    if (out === cache) return { key: 'out.cache', relation: 'is' };
    if (isInside(cache, out)) return { key: 'out.cache', relation: 'lies inside' };
    if (isInside(out, cache)) return { key: 'out.cache', relation: 'holds' };
  }
  if (existsSync(out) && !statSync(out).isDirectory()) return { key: 'out.notFolder' };
  return undefined;
}

/** Whether builds have written into this folder (a record, or the journal of a build that did not finish). */
export function builtBefore(out: string): boolean {
  return existsSync(statePath(out, RECORD)) || existsSync(statePath(out, JOURNAL));
}

/**
 * What a folder holds that no build wrote, when no build wrote into it before: everything
 * but `.git` (a site published from its own repository) and minsheng's own folder.
 * Empty when the folder is missing, empty, or was built before.
 */
export function foreignEntries(out: string): string[] {
  if (!existsSync(out) || builtBefore(out)) return [];
  return readdirSync(out).filter((name) => name !== '.git' && name !== STATE_FOLDER).sort();
}

/**
 * A path as records keep it: relative to the output, with `/`, no `.` or `..`, not in
 * minsheng's own folder. Anything else found in a record (edited by hand) is ignored, so
 * that a record can never make a build delete outside its output.
 */
function recordable(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  const parts = path.split('/');
  return parts[0] !== STATE_FOLDER && parts.every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Complete lines of a record or journal (a last line cut short by a kill is not trusted). */
function readLines(path: string): { header?: string; paths: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { paths: [] };
  }
  const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n');
  return { header: lines.find((line) => line.startsWith('# minsheng ')), paths: lines.filter((line) => !line.startsWith('#') && recordable(line)) };
}

const HEADER = '# minsheng ';
const EXPLANATION = '# The files below were written into this folder by `npm run build`. A build deletes only files listed here; keep this folder.';

export interface OutputLedger {
  /** Every file of the output that builds wrote: the last record, what an unfinished build claimed, and this build's claims. */
  owned: Set<string>;
  /** The stamp of the last finished build's record; undefined when there is none or a build did not finish. */
  stamp: string | undefined;
  /** Records files as this build's before they enter the output. */
  claim(files: Iterable<string>): void;
  /** Makes `files` the record and drops the journal: the build has finished. */
  commit(files: Iterable<string>, stamp: string): void;
}

/**
 * Reads the record of an output and starts this build's journal. Every path claimed is
 * written to the journal (one write for each call) before the caller writes the files.
 */
export function openLedger(out: string): OutputLedger {
  mkdirSync(join(out, STATE_FOLDER), { recursive: true });
  const record = readLines(statePath(out, RECORD));
  const journalPath = statePath(out, JOURNAL);
  const interrupted = existsSync(journalPath);
  const owned = new Set([...record.paths, ...readLines(journalPath).paths]);
  const journal = openSync(journalPath, 'a');
  return {
    owned,
    stamp: interrupted ? undefined : record.header?.slice(HEADER.length),
    claim(files) {
      const fresh = [...files].filter((file) => !owned.has(file));
      if (fresh.length === 0) return;
      for (const file of fresh) {
        if (!recordable(file)) throw new Error(`Not a path of the output: ${file}`);
        owned.add(file);
      }
      writeSync(journal, `${fresh.join('\n')}\n`);
    },
    commit(files, stamp) {
      const sorted = [...new Set(files)].sort();
      const text = `${HEADER}${stamp}\n${EXPLANATION}\n${sorted.map((file) => `${file}\n`).join('')}`;
      const path = statePath(out, RECORD);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        writeFileSync(`${path}.new`, text);
        renameSync(`${path}.new`, path);
      }
      closeSync(journal);
      rmSync(journalPath, { force: true });
    },
  };
}

/** Whether something is at `path` (a link counts, whatever it points to). */
export function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
