/**
 * The entries the checker parsed and validated last time, kept in the build's cache and
 * taken again for a file whose path, size, modification and change times are the same:
 * a publish of one update among 25,000 files then reads and parses that one file. The
 * checks across files (references, ids, dates, frozen years) always run on every entry.
 *
 * The cache belongs to one version of the checker (its source, the schemas, the lockfile,
 * Node) and one language of messages; any other finds it empty. A file whose record
 * cannot be trusted is simply read again: the cache can make a check faster, never different.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from './problem.ts';
import type { SourceFile } from './read.ts';

interface Record {
  /** `size mtime ctime` of the file when it was parsed. */
  stamp: string;
  /** The path as messages show it (relative to the working folder): part of the problems kept. */
  shown: string;
  /** The file as parsed, without its text. */
  file: SourceFile;
  parseProblems: Problem[];
  /** The schema's verdict: the validated fields (undefined when invalid) and the problems it found. */
  validated?: { data: unknown; problems: Problem[] };
}

/** The records as written: all of them, or (a delta) those that differ from the base file and the paths gone since. */
interface Stored {
  version: string;
  /** Names the base file a delta applies to. */
  base: string;
  records: [string, Record][];
  removed?: string[];
}

/** What the checker's own code is: a cache made by other code is not used. */
let checkerVersion: string | undefined;
function versionOf(lang: string): string {
  if (checkerVersion === undefined) {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const hash = createHash('sha1').update(process.version);
    for (const folder of ['check', 'schemas']) {
      for (const entry of readdirSync(join(src, folder), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
        const path = join(entry.parentPath, entry.name);
        hash.update(relative(src, path)).update('\0').update(readFileSync(path)).update('\0');
      }
    }
    const lock = join(src, '..', 'package-lock.json');
    if (existsSync(lock)) hash.update(readFileSync(lock));
    checkerVersion = hash.digest('hex');
  }
  return `${checkerVersion} ${lang}`;
}

const stampOf = (stat: Stats) => `${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`;

export interface EntryCache {
  /** The file as parsed last time, with its parse problems, if it has not changed since. */
  parsed(absolutePath: string, stat: Stats, shown: string): { file: SourceFile; problems: Problem[] } | undefined;
  /** Keeps a file just parsed. */
  keep(absolutePath: string, stat: Stats, file: SourceFile, problems: Problem[]): void;
  /** The schema's verdict on a file taken from the cache, if it was kept. */
  validated(file: SourceFile): { data: unknown; problems: Problem[] } | undefined;
  keepValidated(file: SourceFile, data: unknown, problems: Problem[]): void;
  /** Writes the records of the files of this check (those of files gone are dropped). */
  save(): void;
}

/** The files of the entry cache in minsheng's part of the cache folder: the whole, and a delta. */
export const ENTRY_CACHE_FILES = ['entries.v8', 'entries-delta.v8'] as const;

/** A delta is written instead of the whole cache while it holds fewer records than this share of them. */
const DELTA_SHARE = 0.05;

/**
 * A file's text is not kept (most of the cache's size and reading time, and needed only to
 * give the line of a problem): it is read again from the unchanged file when asked for.
 */
function withTextFromDisk(file: SourceFile): SourceFile {
  let text: string | undefined;
  return Object.defineProperty(file, 'text', {
    get: () => (text ??= readFileSync(file.absolutePath, 'utf8')),
    enumerable: true,
    configurable: true,
  });
}

/** The entry cache in `folder` for messages in `lang`; with `reuse: false`, it only keeps what this check reads. */
export function openEntryCache(folder: string, lang: string, { reuse = true } = {}): EntryCache {
  const basePath = join(folder, 'minsheng', ENTRY_CACHE_FILES[0]);
  const deltaPath = join(folder, 'minsheng', ENTRY_CACHE_FILES[1]);
  const version = versionOf(lang);
  let last = new Map<string, Record>();
  /** The records as the base file has them: a delta holds the others. */
  const fromBase = new Set<Record>();
  let baseId = '';
  const read = (path: string) => {
    try {
      const stored = deserialize(readFileSync(path)) as Stored;
      return stored.version === version ? stored : undefined;
    } catch {
      // No cache yet, or one that cannot be read: every file is read.
      return undefined;
    }
  };
  const base = reuse ? read(basePath) : undefined;
  if (base) {
    baseId = base.base;
    last = new Map(base.records);
    for (const record of last.values()) fromBase.add(record);
    const delta = read(deltaPath);
    if (delta && delta.base === baseId) {
      for (const path of delta.removed ?? []) last.delete(path);
      for (const [path, record] of delta.records) last.set(path, record);
    }
  }
  const current = new Map<string, Record>();
  const byFile = new WeakMap<SourceFile, Record>();
  let changed = false;
  // The checker adds to a file as it goes (the components and pictures its body uses): a
  // record keeps the file as parsed, and hands out a shallow copy.
  const copy = (file: SourceFile): SourceFile => ({ ...file });
  return {
    parsed(absolutePath, stat, shown) {
      const record = last.get(absolutePath);
      if (!record || record.stamp !== stampOf(stat) || record.shown !== shown) return undefined;
      current.set(absolutePath, record);
      const file = withTextFromDisk(copy(record.file));
      byFile.set(file, record);
      return { file, problems: [...record.parseProblems] };
    },
    keep(absolutePath, stat, file, problems) {
      const { text: _text, ...kept } = file;
      const record: Record = { stamp: stampOf(stat), shown: file.path, file: kept as SourceFile, parseProblems: [...problems] };
      current.set(absolutePath, record);
      byFile.set(file, record);
      changed = true;
    },
    validated(file) {
      const kept = byFile.get(file)?.validated;
      return kept && { data: kept.data, problems: [...kept.problems] };
    },
    keepValidated(file, data, problems) {
      const record = byFile.get(file);
      if (!record) return;
      if (fromBase.has(record)) {
        // A record of the base file gains its verdict: it goes into the delta as a new record.
        const moved = { ...record, validated: { data, problems: [...problems] } };
        for (const [path, held] of current) if (held === record) current.set(path, moved);
        byFile.set(file, moved);
      } else record.validated = { data, problems: [...problems] };
      changed = true;
    },
    save() {
      if (!changed && current.size === last.size) return;
      mkdirSync(dirname(basePath), { recursive: true });
      const write = (path: string, stored: Stored) => {
        writeFileSync(`${path}.new`, serialize(stored));
        renameSync(`${path}.new`, path);
      };
      const differing = [...current].filter(([, record]) => !fromBase.has(record));
      const removed = base ? base.records.map(([path]) => path).filter((path) => !current.has(path)) : [];
      if (base && differing.length + removed.length < Math.max(100, current.size * DELTA_SHARE)) {
        write(deltaPath, { version, base: baseId, records: differing, removed });
        return;
      }
      // The whole cache again, under a new name that no older delta applies to.
      write(basePath, { version, base: `${Date.now()} ${process.pid}`, records: [...current] });
      rmSync(deltaPath, { force: true });
    },
  };
}
