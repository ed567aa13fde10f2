/**
 * Every kind of page of the site, in the order the sitemap lists them. Each is one module
 * of this folder (its pages, their paths and their data) with its view in src/views/ of
 * the same name; routes, the sitemap, fingerprints and chart files are loops over this list.
 */
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import { archivePage } from './archive.ts';
import { dataPage } from './data.ts';
import { districtPage } from './district.ts';
import { districtsPage } from './districts.ts';
import { filterPage } from './filter.ts';
import { homePage } from './home.ts';
import type { Page, PageData, PageKind, View } from './kind.ts';
import { listPage } from './list.ts';
import { programmePage } from './programme.ts';
import { programmesPage } from './programmes.ts';
import { projectPage } from './project.ts';
import { searchPage } from './search.ts';
import { summaryPage } from './summary.ts';
import { themePage } from './theme.ts';
import { themesPage } from './themes.ts';
import { updatePage } from './update.ts';
import { updatesPage } from './updates.ts';

export const PAGE_KINDS: readonly PageKind<PageData>[] = [
  homePage,
  programmesPage,
  programmePage,
  summaryPage,
  filterPage,
  listPage,
  projectPage,
  districtsPage,
  districtPage,
  themesPage,
  themePage,
  updatesPage,
  updatePage,
  searchPage,
  dataPage,
  archivePage,
];

const KIND_OF = new Map(PAGE_KINDS.map((kind) => [kind.view, kind]));

/** The kind of page a view renders. */
export const kindOf = (view: View): PageKind<PageData> => KIND_OF.get(view)!;

/** The pages of a site, the same in every locale. */
export function sitePages(model: SiteModel): Page[] {
  return PAGE_KINDS.flatMap((kind) => kind.pages(model).map((page) => ({ view: kind.view, ...page })));
}

/** What a page shows, in one locale. */
export function pageData(model: SiteModel, page: Page, locale: Locale): PageData {
  return kindOf(page.view).data(model, page.key, locale);
}

export type { Page, PageData, PageKind, View } from './kind.ts';
