/**
 * The search index shipped to the browser: a MiniSearch index over the documents, in
 * both Chinese scripts so that a query in either finds both, serialised into a classic
 * script (`window.MINSHENG_SEARCH = …`) because fetch and modules are blocked under file://.
 */
import MiniSearch from 'minisearch';
import type { TextConverter } from '../i18n/convert.ts';
import type { SearchDocument } from './documents.ts';
import { documentBoost, searchTokens } from './core.js';

/** The fields the browser shows; everything else only matches. */
const STORED = ['kind', 'title', 'detail', 'path', 'titleOther', 'detailOther'] as const;

/** Options the browser needs to load the index: the same fields, and AND so that every token of a query must match. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'titleOther', 'detail', 'text'],
  storeFields: [...STORED],
  searchOptions: { boost: { title: 3, titleOther: 3, detail: 1.5 }, combineWith: 'AND' as const, prefix: false, fuzzy: false },
};

/**
 * Builds the index. `other` converts to the other script when the site has one; the
 * converted text is indexed too, and its title stored for pages in that script.
 */
export function buildSearchIndex(documents: readonly SearchDocument[], other?: TextConverter): MiniSearch {
  const index = new MiniSearch({
    ...SEARCH_OPTIONS,
    tokenize: (text: string, field?: string) => searchTokens(text, { words: true, characters: field === 'title' || field === 'titleOther' }),
    processTerm: (term: string) => term,
    searchOptions: { ...SEARCH_OPTIONS.searchOptions, boostDocument: documentBoost },
  });
  index.addAll(
    documents.map((doc) => {
      if (!other) return doc;
      const both = (text: string) => {
        const converted = other(text);
        return converted === text ? text : `${text} ${converted}`;
      };
      return { ...doc, text: both(doc.text), titleOther: other(doc.title), detailOther: other(doc.detail) };
    }),
  );
  return index;
}

/** The classic script that carries the index, its loading options and the locale its titles are in. */
export function searchIndexScript(index: MiniSearch, locale: string): string {
  const payload = { locale, options: SEARCH_OPTIONS, index: index.toJSON() };
  // `<` is escaped so that no text in the index can close a script element.
  return `window.MINSHENG_SEARCH=${JSON.stringify(payload).replace(/</g, '\\u003c')};\n`;
}
