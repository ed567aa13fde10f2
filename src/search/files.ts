/**
 * The files of the search: the index as a classic script, and the search page's script
 * (the tokenizer and ranking the index was built with, then the page's behaviour), made
 * from the same source the build uses. Written by src/build/site-files.ts.
 */
import { readFileSync } from 'node:fs';
import { scriptConverter } from '../i18n/convert.ts';
import { convertedLocale } from '../i18n/locales.ts';
import type { SiteModel } from '../model/site.ts';
import { searchDocuments } from './documents.ts';
import { buildSearchIndex, documentTokens, searchIndexScript, type TokenizedDocuments } from './search-index.ts';

const source = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

/** Every file of the search, and the tokens of every document for the next build (`previous`: the last build's). */
export function searchFiles(model: SiteModel, previous?: ReadonlyMap<string, unknown>): { files: { path: string; text: string }[]; tokens: TokenizedDocuments } {
  const other = convertedLocale(model.site);
  const converter = other ? scriptConverter(model.site.defaultLocale, other, model.site.scriptExceptions) : undefined;
  const documents = searchDocuments(model);
  const tokens = documentTokens(documents, converter, previous as never);
  const index = buildSearchIndex(documents, model.site.defaultLocale, converter, tokens);
  const page = `${source('core.js').replace(/^export function /gm, 'function ')}\n${source('search-ui.js')}`;
  return {
    files: [
      { path: 'search-index.js', text: searchIndexScript(index) },
      { path: 'assets/search.js', text: page },
    ],
    tokens,
  };
}
