/**
 * Every file search needs beside its page: the sharded index (src/search/shards.ts) and the
 * page's script, `assets/search.js` — the tokenizer and ranking the index was built with
 * (core.js, minus `export`) followed by the page's behaviour (search-ui.js). Plain Node: the
 * scripts are read from disk, so that a publish without Astro writes the same bytes.
 */
import { readFileSync } from 'node:fs';
import { scriptConverter } from '../i18n/convert.ts';
import { convertedLocale } from '../i18n/locales.ts';
import type { SiteModel } from '../model/site.ts';
import { searchDocuments } from './documents.ts';
import { updateShards, type SearchState } from './shard-update.ts';
import type { ShardFile } from './shards.ts';

/** The search page's script: core.js as a classic script, then search-ui.js. */
export function searchScript(): string {
  const core = readFileSync(new URL('./core.js', import.meta.url), 'utf8');
  const behaviour = readFileSync(new URL('./search-ui.js', import.meta.url), 'utf8');
  return `${core.replace(/^export function /gm, 'function ')}\n${behaviour}`;
}

/**
 * The search files of a site (paths relative to the output, with `/`): those that are new or
 * may have changed, with their text, and those the last build wrote exactly so, by path only.
 * `previous` is the state the last build returned (none: every file is made); the new state
 * is for the next build (src/search/shard-update.ts).
 */
export function searchFiles(model: SiteModel, previous?: SearchState): { files: ShardFile[]; kept: string[]; state: SearchState } {
  const other = convertedLocale(model.site);
  const converter = other ? scriptConverter(model.site.defaultLocale, other, model.site.scriptExceptions) : undefined;
  const { files, kept, state } = updateShards(searchDocuments(model), model.site.defaultLocale, converter, previous);
  return { files: [...files, { path: 'assets/search.js', text: searchScript() }], kept, state };
}
