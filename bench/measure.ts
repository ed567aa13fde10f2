/**
 * What the benchmark reads from disk: it writes the corpus, and measures a built site
 * (pages, bytes, the weight of a project page, the search index, and which files a
 * rebuild touched).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CorpusFile } from './corpus.ts';

export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const path = join(dir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.text);
  }
}

/** Every file below `dir`, as paths relative to it with `/`. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

export interface OutputStats {
  /** `index.html` files: one per page. */
  pages: number;
  files: number;
  bytes: number;
  /** The largest HTML file (a page, `404.html` included), relative to the output folder. */
  largestHtml?: { path: string; bytes: number };
  /** HTML files of at least the `heavyBytes` asked for. */
  heavyHtml: number;
}

/**
 * Counts the output: pages, files and bytes, the largest HTML file, and how many HTML files
 * weigh `heavyBytes` or more (a reader's phone downloads a page's HTML whole before showing it).
 */
export function outputStats(dir: string, heavyBytes = Infinity): OutputStats {
  const files = listFiles(dir);
  let bytes = 0;
  let largestHtml: OutputStats['largestHtml'];
  let heavyHtml = 0;
  for (const file of files) {
    const size = statSync(join(dir, file)).size;
    bytes += size;
    if (!file.endsWith('.html')) continue;
    // Ties go to the first path in sorted order, so that two runs name the same page.
    if (!largestHtml || size > largestHtml.bytes) largestHtml = { path: file, bytes: size };
    if (size >= heavyBytes) heavyHtml++;
  }
  return { pages: files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).length, files: files.length, bytes, ...(largestHtml ? { largestHtml } : {}), heavyHtml };
}

export interface PageWeight {
  /** The page, relative to the output folder. */
  path: string;
  htmlBytes: number;
  /** Linked stylesheets plus inline `<style>`. */
  cssBytes: number;
  /** Scripts it loads or holds inline; JSON-LD and other data blocks are not script. */
  scriptBytes: number;
  /** Where that script comes from: each `src`, or `inline`. */
  scripts: string[];
}

const LINK = /<link\b[^>]*>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** What a reader downloads to read one page: its HTML, the CSS it links, the script it runs. */
export function pageWeight(outDir: string, page: string): PageWeight {
  const html = readFileSync(join(outDir, page), 'utf8');
  // Site-absolute URLs (`/_astro/x.css`) are files below the output folder; relative ones sit beside the page.
  const local = (href: string) => {
    const path = href.split(/[?#]/)[0]!;
    return path.startsWith('/') ? join(outDir, path) : join(outDir, dirname(page), path);
  };
  const size = (href: string) => (/^[a-z]+:|^\/\//i.test(href) ? 0 : statSync(local(href)).size);
  let cssBytes = 0;
  for (const [tag] of html.matchAll(LINK)) {
    const href = attribute(tag, 'href');
    if (href && /\bstylesheet\b/i.test(attribute(tag, 'rel') ?? '')) cssBytes += size(href);
  }
  for (const [, css] of html.matchAll(STYLE)) cssBytes += Buffer.byteLength(css!);
  let scriptBytes = 0;
  const scripts: string[] = [];
  for (const [, attrs, code] of html.matchAll(SCRIPT)) {
    const type = attribute(`<script ${attrs}>`, 'type');
    if (type && !/^(?:module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = attribute(`<script ${attrs}>`, 'src');
    scriptBytes += src ? size(src) : Buffer.byteLength(code!);
    scripts.push(src ?? 'inline');
  }
  return { path: page, htmlBytes: Buffer.byteLength(html), cssBytes, scriptBytes, scripts };
}

export interface ProjectPages {
  /** The heaviest project page (HTML + CSS + script), the one the weight target is about. */
  heaviest: PageWeight;
  /** The median HTML size of project pages. */
  medianHtmlBytes: number;
  count: number;
}

/** Weighs every project page of the default locale (`projects/<year>/<id>/index.html`). */
export function projectPages(outDir: string): ProjectPages | undefined {
  const pages = listFiles(join(outDir, 'projects'))
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => `projects/${f}`);
  if (pages.length === 0) return undefined;
  const sizes = pages.map((page) => ({ page, bytes: statSync(join(outDir, page)).size })).sort((a, b) => a.bytes - b.bytes);
  // Every page links the same CSS, so the heaviest page in HTML is the heaviest to read.
  const heaviest = pageWeight(outDir, sizes.at(-1)!.page);
  return { heaviest, medianHtmlBytes: sizes[Math.floor(sizes.length / 2)]!.bytes, count: pages.length };
}

export function fileSize(path: string): { bytes: number; gzipBytes: number } | undefined {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return undefined;
  }
  return { bytes: data.length, gzipBytes: gzipSync(data).length };
}

/** Each file of a built site with its content hash and modification time, to compare two builds. */
export type Snapshot = Map<string, { hash: string; mtimeMs: number }>;

export function snapshot(dir: string): Snapshot {
  const result: Snapshot = new Map();
  for (const file of listFiles(dir)) {
    const path = join(dir, file);
    result.set(file, { hash: createHash('sha1').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs });
  }
  return result;
}

export interface RebuildEffect {
  /** Files whose content differs (new, changed or removed): what the change affects. */
  changed: number;
  /** Files written again, changed or not: what the rebuild did. */
  rewritten: number;
  /** Pages among the changed files. */
  changedPages: number;
}

export function compareSnapshots(before: Snapshot, after: Snapshot): RebuildEffect {
  let changed = 0;
  let changedPages = 0;
  let rewritten = 0;
  const isPage = (f: string) => f === 'index.html' || f.endsWith('/index.html');
  for (const [file, now] of after) {
    const then = before.get(file);
    if (!then || then.hash !== now.hash) {
      changed++;
      if (isPage(file)) changedPages++;
    }
    if (!then || then.mtimeMs !== now.mtimeMs) rewritten++;
  }
  for (const file of before.keys()) {
    if (!after.has(file)) {
      changed++;
      if (isPage(file)) changedPages++;
    }
  }
  return { changed, rewritten, changedPages };
}
