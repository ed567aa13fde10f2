/** `/search-index.js`: the search index as a classic script, loaded only by the search page. */
import type { APIRoute } from 'astro';
import { SEARCH_TOKENS, buildRecords, readCached, writeCached } from '../build/incremental.ts';
import { isPreview } from '../config.ts';
import { scriptConverter } from '../i18n/convert.ts';
import { convertedLocale } from '../i18n/locales.ts';
import { getSiteModel } from '../site/content.ts';
import { searchDocuments } from '../search/documents.ts';
import { buildSearchIndex, documentTokens, searchIndexScript, type TokenizedDocuments } from '../search/search-index.ts';

export const GET: APIRoute = () => {
  const model = getSiteModel();
  const other = convertedLocale(model.site);
  const converter = other ? scriptConverter(model.site.defaultLocale, other, model.site.scriptExceptions) : undefined;
  const documents = searchDocuments(model);
  // A build tokenizes only the documents that are new or changed since the last one.
  const cache = isPreview() ? undefined : buildRecords();
  const previous = cache ? new Map(readCached<TokenizedDocuments>(cache, SEARCH_TOKENS)) : undefined;
  const tokens = documentTokens(documents, converter, previous);
  if (cache) writeCached(cache, SEARCH_TOKENS, tokens);
  const index = buildSearchIndex(documents, model.site.defaultLocale, converter, tokens);
  return new Response(searchIndexScript(index), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
