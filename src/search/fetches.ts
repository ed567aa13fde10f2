/**
 * What a search costs a reader, measured on a built site by running the page's own search
 * (`searchStep` in core.js) against the files the build wrote: which files a query loads
 * and how many bytes they hold. The page's script (`assets/search.js`) is not counted: the
 * page loads it before any query, like its stylesheet.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { searchStep } from './core.js';
import type { SearchManifest } from './shards.ts';

/** How many results the search page shows (search-ui.js). */
export const SHOWN = 100;

/** The manifest a built site's search page loads. */
export function readManifest(outDir: string): SearchManifest {
  const window: { MINSHENG_SEARCH?: SearchManifest } = {};
  new Function('window', readFileSync(join(outDir, 'search/index.js'), 'utf8'))(window);
  if (!window.MINSHENG_SEARCH) throw new Error(`${join(outDir, 'search/index.js')} does not set window.MINSHENG_SEARCH.`);
  return window.MINSHENG_SEARCH;
}

/** Loads one shard file as the browser would: by running its script. */
function loadShard(outDir: string, name: string, store: { shards: Record<string, unknown> }): number {
  const text = readFileSync(join(outDir, 'search', `${name}.js`), 'utf8');
  new Function('MINSHENG_SEARCH_SHARD', text)((loaded: string, payload: unknown) => {
    store.shards[loaded] = payload;
  });
  if (!(name in store.shards)) throw new Error(`search/${name}.js does not carry the shard "${name}".`);
  return Buffer.byteLength(text);
}

/** Runs a query as the search page does, returning its answer and the files it loaded (the manifest included). */
export function runQuery(outDir: string, query: string, limit = SHOWN): { files: string[]; bytes: number; results: { path: string; score: number }[]; count: number } {
  const manifest = readManifest(outDir);
  const files = ['search/index.js'];
  let bytes = statSync(join(outDir, 'search/index.js')).size;
  const store = { shards: {} as Record<string, unknown>, decoded: {} as Record<string, unknown> };
  for (;;) {
    const step = searchStep(manifest, store, query, limit);
    if (!('load' in step)) return { files, bytes, results: step.results, count: step.count };
    for (const name of step.load) {
      bytes += loadShard(outDir, name, store);
      files.push(`search/${name}.js`);
    }
  }
}

/** The files the search page loads for a query (the manifest included, the page's script not) and their bytes, uncompressed. */
export function queryFetches(outDir: string, query: string): { files: string[]; bytes: number } {
  const { files, bytes } = runQuery(outDir, query);
  return { files, bytes };
}

/** The largest file of the search index (the page itself, `search/index.html`, is not one). */
export function largestShard(outDir: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: -1 };
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.name.endsWith('.js')) {
        const bytes = statSync(join(folder, entry.name)).size;
        if (bytes > largest.bytes) largest = { path, bytes };
      }
    }
  };
  walk(join(outDir, 'search'), 'search/');
  if (largest.bytes < 0) throw new Error(`${join(outDir, 'search')} holds no search index.`);
  return largest;
}
