/**
 * `/search/`: the search form. Its results come from `/search-index.js`, which the page
 * loads; the page itself shows only its frame (the newest year it links to is in it).
 */
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

export type SearchPageData = PageData;

export const searchPage = pageKind<SearchPageData>({
  view: 'search',
  pages: () => [{ path: 'search' }],
  data: (model, _key, locale) => ({ frame: frame(model, locale, 'search') }),
});
