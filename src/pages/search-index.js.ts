/** `/search-index.js`: the search index as a classic script, loaded only by the search page. */
import type { APIRoute } from 'astro';
import { scriptConverter } from '../i18n/convert.ts';
import { convertedLocale } from '../i18n/locales.ts';
import { getSiteModel } from '../lib/site.ts';
import { searchDocuments } from '../search/documents.ts';
import { buildSearchIndex, searchIndexScript } from '../search/search-index.ts';

export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  const other = convertedLocale(model.site);
  const index = buildSearchIndex(searchDocuments(model), model.site.defaultLocale, other ? scriptConverter(model.site.defaultLocale, other) : undefined);
  return new Response(searchIndexScript(index), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
