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
import { buildSearchIndex, documentTokens, type TokenizedDocuments } from './search-index.ts';
import { shardSearchIndex, type ShardFile } from './shards.ts';

/** The search page's script: core.js as a classic script, then search-ui.js. */
export function searchScript(): string {
  const core = readFileSync(new URL('./core.js', import.meta.url), 'utf8');
  const behaviour = readFileSync(new URL('./search-ui.js', import.meta.url), 'utf8');
  return `${core.replace(/^export function /gm, 'function ')}\n${behaviour}`;
}

/**
 * The search files of a site (paths relative to the output, with `/`), and the documents'
 * tokens, which the next build passes back as `previousTokens` so that only new or changed
 * documents are tokenized again.
 */
export function searchFiles(model: SiteModel, previousTokens?: TokenizedDocuments | ReadonlyMap<string, TokenizedDocuments[number][1]>): { files: ShardFile[]; tokens: TokenizedDocuments } {
  const other = convertedLocale(model.site);
  const converter = other ? scriptConverter(model.site.defaultLocale, other, model.site.scriptExceptions) : undefined;
  const documents = searchDocuments(model);
  const previous = previousTokens instanceof Map ? previousTokens : new Map(previousTokens as TokenizedDocuments | undefined);
  const tokens = documentTokens(documents, converter, previous);
  const index = buildSearchIndex(documents, model.site.defaultLocale, converter, tokens);
  return { files: [...shardSearchIndex(index), { path: 'assets/search.js', text: searchScript() }], tokens };
}
