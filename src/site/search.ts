/**
 * `/search/`: the search form, and what to browse before (or instead of) searching: the
 * programmes by year, the themes and the places, as plain links that work without script.
 * Results come from the sharded index under `/search/` (src/search/shards.ts), which the page loads as it needs.
 */
import { placeFinder, type PlaceFinderData } from './districts.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

export interface SearchPageData extends PageData {
  /** Newest first, as the programmes are listed everywhere. */
  programmes: { year: number; title: string }[];
  /** In the site's theme order, each with its number of projects. */
  themes: { id: string; name: string; count: number }[];
  places: PlaceFinderData;
}

export const searchPage = pageKind<SearchPageData>({
  view: 'search',
  pages: () => [{ path: 'search' }],
  data: (model, _key, locale) => ({
    frame: frame(model, locale, 'search'),
    programmes: model.programmes.map((programme) => ({ year: programme.data.year, title: programme.data.title })),
    themes: model.themes.map((theme) => ({ id: theme.id, name: theme.data.name, count: model.projects.filter((p) => p.data.theme === theme.id).length })),
    places: placeFinder(model),
  }),
});
