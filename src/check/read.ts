/**
 * Reads `content/` the way Astro's loaders do (JSON files; Markdown and MDX with YAML
 * frontmatter), but keeps going past broken files so that every problem is reported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from './problem.ts';

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
}

/** Which files each folder holds, and how a collection's ids are formed. */
export const LAYOUT: Record<Exclude<Collection, 'site'>, { extensions: string[]; nested: boolean }> = {
  themes: { extensions: ['.json'], nested: false },
  districts: { extensions: ['.json'], nested: false },
  programmes: { extensions: ['.md', '.mdx'], nested: false },
  projects: { extensions: ['.md', '.mdx', '.json'], nested: true },
  updates: { extensions: ['.md', '.mdx'], nested: false },
};

/** Files that may sit beside entries without being entries (pictures, mostly). */
const ASSET = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf)$/i;

export function displayPath(absolutePath: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolutePath);
  const shown = rel.startsWith('..') || rel === '' ? absolutePath : rel;
  return shown.split(sep).join('/');
}

function listFiles(dir: string, nested: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (nested) files.push(...listFiles(full, true));
    } else files.push(full);
  }
  return files;
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
      return { ...file, data: JSON.parse(text.replace(/^\uFEFF/, '')), bodyLine: 1 };
    } catch (error) {
      const detail = (error as Error).message;
      const position = /position (\d+)/.exec(detail);
      const lineCol = /line (\d+)/.exec(detail);
      const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : undefined;
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
    const data = yaml.load(match[1]!, { filename: path }) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ severity: 'error', file: path, line: 2, field: '', message: { key: 'parse.notObject' } });
      return { ...file, body, bodyLine };
    }
    return { ...file, data, body, bodyLine };
  } catch (error) {
    const yamlError = error as yaml.YAMLException;
    // The mark counts from the first line inside the frontmatter, which is line 2 of the file.
    const line = yamlError.mark ? yamlError.mark.line + 2 : 2;
    problems.push({ severity: 'error', file: path, line, field: '', message: { key: 'parse.yaml', params: { detail: yamlError.reason ?? yamlError.message } } });
    return { ...file, body, bodyLine };
  }
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

export function readContent(contentDir: string, cwd = process.cwd()): ReadResult {
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const make = (collection: Collection, absolutePath: string, id: string): void => {
    const ext = extname(absolutePath);
    const format = ext === '.json' ? 'json' : ext === '.mdx' ? 'mdx' : 'md';
    const text = readFileSync(absolutePath, 'utf8');
    files.push(parseFile({ collection, id, absolutePath, path: displayPath(absolutePath, cwd), format, text }, problems));
  };

  const sitePath = join(contentDir, 'site.json');
  try {
    statSync(sitePath);
    make('site', sitePath, 'site');
  } catch {
    problems.push({ severity: 'error', file: displayPath(sitePath, cwd), field: '', message: { key: 'site.missing', params: { expected: displayPath(sitePath, cwd) } } });
  }

  for (const [collection, layout] of Object.entries(LAYOUT) as [Exclude<Collection, 'site'>, (typeof LAYOUT)['themes']][]) {
    const dir = join(contentDir, collection);
    for (const absolutePath of listFiles(dir, layout.nested)) {
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
  return { files, geoFiles: new Set(listFiles(join(contentDir, 'geo'), false).map((f) => relative(join(contentDir, 'geo'), f))), problems };
}
