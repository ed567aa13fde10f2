/**
 * Every page of the site as data: which view renders it, for which entry, in which
 * locale, at which path. The catch-all page, the sitemap and the tests read this one list.
 */
import { localePrefix, renderedLocales, siteLocales } from '../i18n/locales.ts';
import { programmeFilters } from '../model/filters.ts';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';

/** Updates per page of the update list: long enough to scan a month, short enough for a cheap phone. */
export const UPDATES_PER_PAGE = 50;

export type View = 'home' | 'programme' | 'filter' | 'project' | 'districts' | 'district' | 'theme' | 'updates' | 'update' | 'search' | 'data' | 'archive';

export interface Page {
  view: View;
  /** The entry shown: a year, a project, place, theme or update id. */
  key?: string;
  /** Page number of a paged list. */
  page?: number;
  /** Path without locale prefix, without slashes at the ends; `''` for home. */
  path: string;
}

export interface Route extends Page {
  locale: Locale;
  /** Path with its locale prefix, as Astro's `[...path]` parameter (undefined for the root). */
  localePath: string | undefined;
}

/** The pages of a site, the same in every locale. */
export function sitePages(model: SiteModel): Page[] {
  const pages: Page[] = [{ view: 'home', path: '' }];
  for (const programme of model.programmes) {
    const year = String(programme.data.year);
    pages.push({ view: 'programme', key: year, path: year });
    for (const filter of programmeFilters(programme)) {
      const segment = filter.dimension === 'status' ? 'status' : filter.dimension === 'theme' ? 'themes' : 'districts';
      pages.push({ view: 'filter', key: `${year}/${filter.dimension}/${filter.value}`, path: `${year}/${segment}/${filter.value}` });
    }
  }
  for (const project of model.projects) pages.push({ view: 'project', key: project.id, path: `projects/${project.id}` });
  pages.push({ view: 'districts', path: 'districts' });
  for (const id of model.tree.nodes.keys()) pages.push({ view: 'district', key: id, path: `districts/${id}` });
  for (const theme of model.themes) pages.push({ view: 'theme', key: theme.id, path: `themes/${theme.id}` });
  const listPages = Math.max(1, Math.ceil(model.updates.length / UPDATES_PER_PAGE));
  for (let page = 1; page <= listPages; page++) pages.push({ view: 'updates', page, path: page === 1 ? 'updates' : `updates/page/${page}` });
  for (const update of model.updates) pages.push({ view: 'update', key: update.id, path: `updates/${update.id}` });
  pages.push({ view: 'search', path: 'search' }, { view: 'data', path: 'data' }, { view: 'archive', path: 'archive' });
  return pages;
}

function withLocale(page: Page, locale: Locale, model: SiteModel): Route {
  const prefix = localePrefix(locale, model.site).slice(1);
  const localePath = [prefix, page.path].filter(Boolean).join('/');
  return { ...page, locale, localePath: localePath === '' ? undefined : localePath };
}

/** The pages Astro renders: every page in every locale that is not converted after the build. */
export function renderedRoutes(model: SiteModel): Route[] {
  const pages = sitePages(model);
  return renderedLocales(model.site).flatMap((locale) => pages.map((page) => withLocale(page, locale, model)));
}

/** Every page in every locale the site offers, converted ones included (for the sitemap). */
export function allRoutes(model: SiteModel): Route[] {
  const pages = sitePages(model);
  return siteLocales(model.site).flatMap((locale) => pages.map((page) => withLocale(page, locale, model)));
}
