/**
 * Reads `content/` the way Astro's loaders do (JSON files; Markdown and MDX with YAML
 * frontmatter), but keeps going past broken files so that every problem is reported.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { resolveInside, type Refusal } from '../lib/paths.ts';
import type { CheckKey } from './messages.ts';
import type { EntryCache } from './entry-cache.ts';
import type { Problem } from './problem.ts';
import { binarySize, MAX_ENTRY_BYTES, MAX_ENTRY_DEPTH } from '../lib/limits.ts';

export type Collection = 'site' | 'themes' | 'districts' | 'programmes' | 'projects' | 'updates';

export interface SourceFile {
  collection: Collection;
  /** The entry id: the path below the collection folder, without extension. */
  id: string;
  /** Absolute path. */
  absolutePath: string;
  /** Path to show the user: relative to the working directory when inside it. */
  path: string;
  format: 'json' | 'md' | 'mdx';
  text: string;
  /** Parsed fields; undefined when the file could not be parsed. */
  data?: unknown;
  body?: string;
  /** 1-based line on which the body starts, to turn body positions into file lines. */
  bodyLine: number;
  /** The report components an `.mdx` body uses, with their props as written: set by the checker. */
  uses?: ComponentUse[];
  /** Pictures beside the entry that its body shows (absolute paths inside content/): set by the checker, copied by the build. */
  pictures?: string[];
}

/** `<ProgressChart id="2022/x" />` in a report, as the pages look up what it draws. */
export interface ComponentUse {
  name: string;
  props: Record<string, string | number>;
}

/** Which files each folder holds, and how a collection's ids are formed. */
export const LAYOUT: Record<Exclude<Collection, 'site'>, { extensions: string[]; nested: boolean }> = {
  themes: { extensions: ['.json'], nested: false },
  districts: { extensions: ['.json'], nested: false },
  programmes: { extensions: ['.md', '.mdx'], nested: false },
  projects: { extensions: ['.md', '.mdx', '.json'], nested: true },
  updates: { extensions: ['.md', '.mdx'], nested: false },
};

/**
 * Whether a collection's folder holds any entry file. Astro warns in English about an empty
 * folder and an empty collection, which a new site has; asking first keeps that quiet.
 */
export function hasEntryFiles(contentDir: string, collection: Exclude<Collection, 'site'>): boolean {
  const { extensions, nested } = LAYOUT[collection];
  try {
    const names = readdirSync(join(contentDir, collection), { recursive: nested }) as string[];
    return names.some((name) => !name.split(sep).some((part) => part.startsWith('.')) && extensions.includes(extname(name)));
  } catch {
    return false;
  }
}

/** Files that may sit beside entries without being entries (pictures, mostly). */
const ASSET = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf)$/i;

export function displayPath(absolutePath: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolutePath);
  const shown = rel.startsWith('..') || rel === '' ? absolutePath : rel;
  return shown.split(sep).join('/');
}

/** The files found in the content folder, and the paths refused there (already reported). */
interface Listing {
  /** Regular files, and links to regular files inside the folder: in each folder by name, depth first. */
  files: string[];
  refused: Set<string>;
}

const LINK_REFUSALS: Record<Exclude<Refusal, 'missing'>, CheckKey> = {
  outside: 'link.outside',
  dangling: 'link.dangling',
  loop: 'link.loop',
  folder: 'link.folder',
  special: 'file.special',
};

/**
 * Every file below the content folder, walked without recursion. A symbolic link counts
 * only when it leads to a regular file inside the folder, and links to folders are not
 * followed (a link to a folder above would make the walk endless); every other link, and
 * every pipe, socket or device, is an error that names it. Names starting with "." are
 * skipped, as Astro skips them.
 */
function listContent(contentDir: string, problems: Problem[], cwd: string): Listing {
  const files: string[] = [];
  const refused = new Set<string>();
  const refuse = (path: string, key: CheckKey, target?: string): void => {
    refused.add(path);
    problems.push({ severity: 'error', file: displayPath(path, cwd), field: '', message: target === undefined ? { key } : { key, params: { target } } });
  };
  // Entries still to visit, the next on top: each folder's entries are pushed in reverse order.
  const pending: Dirent[] = [];
  const open = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = visible.length - 1; i >= 0; i--) pending.push(visible[i]!);
  };
  open(contentDir);
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) open(path);
    else if (entry.isFile()) files.push(path);
    else if (!entry.isSymbolicLink()) refuse(path, 'file.special');
    else {
      const found = resolveInside(contentDir, path);
      if (found.ok) files.push(path);
      else if (found.refusal === 'outside') refuse(path, 'link.outside', displayPath(found.target!, cwd));
      else if (found.refusal === 'dangling' || found.refusal === 'missing') refuse(path, 'link.dangling', found.target ?? '');
      else refuse(path, LINK_REFUSALS[found.refusal]);
    }
  }
  return { files, refused };
}

/** The files of one folder of the listing (and of the folders below it when `nested`), in the listing's order. */
function filesIn(listing: Listing, dir: string, nested: boolean): string[] {
  return listing.files.filter((file) => (nested ? file.startsWith(dir + sep) : dirname(file) === dir));
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Parses one file; parse failures become problems, and the file is kept with no data. */
export function parseFile(file: Omit<SourceFile, 'data' | 'body' | 'bodyLine'>, problems: Problem[]): SourceFile {
  const { text, format, path } = file;
  if (format === 'json') {
    try {
      const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      if (nestedDeeperThan(data, MAX_ENTRY_DEPTH)) {
        problems.push({ severity: 'error', file: path, line: 1, field: '', message: { key: 'parse.tooDeep', params: { limit: MAX_ENTRY_DEPTH } } });
        return { ...file, bodyLine: 1 };
      }
      return { ...file, data, bodyLine: 1 };
    } catch (error) {
      const detail = (error as Error).message;
      const position = /position (\d+)/.exec(detail);
      const lineCol = /line (\d+)/.exec(detail);
      // A file that ends too early (an unclosed brace) is reported at its last line, where the parser stopped.
      const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : /end of JSON input/.test(detail) ? lineAt(text, text.trimEnd().length) : undefined;
      problems.push({ severity: 'error', file: path, line, field: '', message: { key: 'parse.json', params: { detail: shortJsonError(detail) } } });
      return { ...file, bodyLine: 1 };
    }
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({ severity: 'error', file: path, line: 1, field: '', message: { key: 'parse.frontmatter' } });
    return { ...file, body: text, bodyLine: 1 };
  }
  const body = text.slice(match[0].length);
  const bodyLine = lineAt(text, match[0].length);
  try {
    const data = yaml.load(match[1]!, { filename: path, listener: refuseAnchors }) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ severity: 'error', file: path, line: 2, field: '', message: { key: 'parse.notObject' } });
      return { ...file, body, bodyLine };
    }
    if (nestedDeeperThan(data, MAX_ENTRY_DEPTH)) {
      problems.push({ severity: 'error', file: path, line: 2, field: '', message: { key: 'parse.tooDeep', params: { limit: MAX_ENTRY_DEPTH } } });
      return { ...file, body, bodyLine };
    }
    return { ...file, data, body, bodyLine };
  } catch (error) {
    if (error instanceof AnchorError) {
      const line = anchorLine(match[1]!, error.anchor);
      problems.push({ severity: 'error', file: path, line, field: '', message: { key: 'parse.anchor', params: { found: `&${error.anchor}` } } });
      return { ...file, body, bodyLine };
    }
    const yamlError = error as yaml.YAMLException;
    // The mark counts from the first line inside the frontmatter, which is line 2 of the file.
    // An unclosed quote or bracket is found only where the parser gives up, often the last
    // line: the line that opened it is where the mistake is.
    const opened = unclosedLine(match[1]!, yamlError.reason ?? '');
    const line = opened !== undefined ? opened + 2 : yamlError.mark ? yamlError.mark.line + 2 : 2;
    problems.push({ severity: 'error', file: path, line, field: '', message: { key: 'parse.yaml', params: { detail: yamlError.reason ?? yamlError.message } } });
    return { ...file, body, bodyLine };
  }
}

/**
 * The 0-based line of the frontmatter that opens a quote or bracket js-yaml found unclosed,
 * when one can be told: the first line whose value starts with it and does not close it.
 */
function unclosedLine(frontmatter: string, reason: string): number | undefined {
  const quote = /double quoted/.test(reason) ? '"' : /single quoted/.test(reason) ? "'" : /flow collection/.test(reason) ? '[{' : undefined;
  if (quote === undefined) return undefined;
  const lines = frontmatter.split(/\r?\n/);
  const index = lines.findIndex((text) => {
    const value = /^\s*(?:-\s+)?(?:[^\s:#"'][^:#]*:\s+)?(.*)$/.exec(text)?.[1] ?? '';
    const first = value[0];
    if (first === undefined || !quote.includes(first)) return false;
    const rest = value.slice(1);
    if (first === '"') return !/(?:^|[^\\])(?:\\\\)*"/.test(rest);
    if (first === "'") return !/'/.test(rest.replace(/''/g, ''));
    const close = first === '[' ? ']' : '}';
    return value.split(first).length > value.split(close).length;
  });
  return index === -1 ? undefined : index;
}

/**
 * Frontmatter never needs anchors and aliases (`&name`, `*name`), and they let a few
 * hundred bytes stand for billions of values ("billion laughs"): every walk over the
 * fields would expand them. The parser shares them, so refusing the first anchor it
 * meets stops such a file before anything walks it.
 */
class AnchorError extends Error {
  readonly anchor: string;
  constructor(anchor: string) {
    super(`YAML anchor &${anchor}`);
    this.anchor = anchor;
  }
}

/**
 * js-yaml calls it for every node; the first anchor stored, on any node, stops the parse.
 * Its anchors are in `anchorMap`, which the published types leave out.
 */
function refuseAnchors(_event: yaml.EventType, state: yaml.State): void {
  for (const anchor in (state as yaml.State & { anchorMap: Record<string, unknown> }).anchorMap) throw new AnchorError(anchor);
}

/** 1-based file line of an anchor in the frontmatter (which starts on line 2). */
function anchorLine(frontmatter: string, anchor: string): number {
  const escaped = anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?:^|[\\s\\[{,:-])&${escaped}(?=[\\s,\\]}]|$)`, 'm').exec(frontmatter);
  return found ? lineAt(frontmatter, found.index + found[0].indexOf('&')) + 1 : 2;
}

/**
 * Whether lists and groups of fields nest deeper than `limit`, found without recursion so
 * that a file nested thousands deep is reported instead of overflowing the stack of the
 * checks that walk it.
 */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object' || current instanceof Date) continue;
    if (depth >= limit) return true;
    for (const inner of Object.values(current)) stack.push([inner, depth + 1]);
  }
  return false;
}

/** An entry file too large to read is kept, with no text, so that it is reported once and nothing else trips on it. */
function tooLarge(file: Omit<SourceFile, 'data' | 'body' | 'bodyLine' | 'text'>, bytes: number, problems: Problem[]): SourceFile {
  problems.push({ severity: 'error', file: file.path, field: '', message: { key: 'file.tooLarge', params: { found: binarySize(bytes), limit: binarySize(MAX_ENTRY_BYTES) } } });
  return { ...file, text: '', bodyLine: 1 };
}

function shortJsonError(message: string): string {
  return message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '').trim();
}

export interface ReadResult {
  files: SourceFile[];
  /** Names of the files in `geo/`. */
  geoFiles: Set<string>;
  problems: Problem[];
}

export function readContent(contentDir: string, cwd = process.cwd(), cache?: EntryCache): ReadResult {
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const make = (collection: Collection, absolutePath: string, id: string): void => {
    const ext = extname(absolutePath);
    const format = ext === '.json' ? 'json' : ext === '.mdx' ? 'mdx' : 'md';
    const stat = statSync(absolutePath);
    const path = displayPath(absolutePath, cwd);
    if (stat.size > MAX_ENTRY_BYTES) return void files.push(tooLarge({ collection, id, absolutePath, path, format }, stat.size, problems));
    // Unchanged since the last check: parsed then (src/check/entry-cache.ts).
    const kept = cache?.parsed(absolutePath, stat, path);
    if (kept && kept.file.collection === collection && kept.file.id === id) {
      files.push(kept.file);
      problems.push(...kept.problems);
      return;
    }
    const text = readFileSync(absolutePath, 'utf8');
    const own: Problem[] = [];
    const file = parseFile({ collection, id, absolutePath, path, format, text }, own);
    problems.push(...own);
    cache?.keep(absolutePath, stat, file, own);
    files.push(file);
  };

  const listing = listContent(contentDir, problems, cwd);
  const sitePath = join(contentDir, 'site.json');
  if (listing.files.includes(sitePath)) make('site', sitePath, 'site');
  else if (!listing.refused.has(sitePath)) {
    problems.push({ severity: 'error', file: displayPath(sitePath, cwd), field: '', message: { key: 'site.missing', params: { expected: displayPath(sitePath, cwd) } } });
  }

  for (const [collection, layout] of Object.entries(LAYOUT) as [Exclude<Collection, 'site'>, (typeof LAYOUT)['themes']][]) {
    const dir = join(contentDir, collection);
    for (const absolutePath of filesIn(listing, dir, layout.nested)) {
      const ext = extname(absolutePath);
      if (!layout.extensions.includes(ext)) {
        if (!ASSET.test(absolutePath)) {
          problems.push({
            severity: 'warning',
            file: displayPath(absolutePath, cwd),
            field: '',
            message: { key: 'file.ignored', params: { expected: layout.extensions.join(' / ') } },
          });
        }
        continue;
      }
      const id = relative(dir, absolutePath).slice(0, -ext.length).split(sep).join('/');
      make(collection, absolutePath, id);
    }
  }
  const geo = join(contentDir, 'geo');
  return { files, geoFiles: new Set(filesIn(listing, geo, false).map((f) => relative(geo, f))), problems };
}
