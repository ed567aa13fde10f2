/**
 * Every page of the site as data: which view renders it, for which entry, in which
 * locale, at which path. The catch-all page, the sitemap and the tests read this one list.
 */
import { oncePerObject } from '../config.ts';
import { localePrefix, renderedLocales, siteLocales } from '../i18n/locales.ts';
import { programmeFilters } from '../model/filters.ts';
import type { SiteModel, UpdateView } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';

/** Updates on the front of the update list: long enough to scan a month, short enough for a cheap phone. */
export const LATEST_UPDATES = 50;

/**
 * The updates of each month that has any (`YYYY-MM`), newest first. Older updates are
 * listed by month rather than on numbered pages: a month's page keeps its address and
 * contents as updates are published, where numbered pages would all shift by one with each.
 */
export const updatesByMonth = oncePerObject((model: SiteModel): Map<string, UpdateView[]> => {
  const byMonth = new Map<string, UpdateView[]>();
  for (const update of model.updates) {
    const month = update.data.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(update);
    else byMonth.set(month, [update]);
  }
  return byMonth;
});

export type View = 'home' | 'programme' | 'summary' | 'filter' | 'project' | 'districts' | 'district' | 'theme' | 'updates' | 'update' | 'search' | 'data' | 'archive';

export interface Page {
  view: View;
  /** The entry shown: a year, a project, place, theme or update id, or the month of a list of updates. */
  key?: string;
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
    pages.push({ view: 'programme', key: year, path: year }, { view: 'summary', key: year, path: `${year}/summary` });
    for (const filter of programmeFilters(programme)) {
      const segment = filter.dimension === 'status' ? 'status' : filter.dimension === 'theme' ? 'themes' : 'districts';
      pages.push({ view: 'filter', key: `${year}/${filter.dimension}/${filter.value}`, path: `${year}/${segment}/${filter.value}` });
    }
  }
  for (const project of model.projects) pages.push({ view: 'project', key: project.id, path: `projects/${project.id}` });
  pages.push({ view: 'districts', path: 'districts' });
  for (const id of model.tree.nodes.keys()) pages.push({ view: 'district', key: id, path: `districts/${id}` });
  for (const theme of model.themes) pages.push({ view: 'theme', key: theme.id, path: `themes/${theme.id}` });
  pages.push({ view: 'updates', path: 'updates' });
  for (const month of updatesByMonth(model).keys()) pages.push({ view: 'updates', key: month, path: `updates/${month}` });
  for (const update of model.updates) pages.push({ view: 'update', key: update.id, path: `updates/${update.id}` });
  pages.push({ view: 'search', path: 'search' }, { view: 'data', path: 'data' }, { view: 'archive', path: 'archive' });
  return pages;
}

/** A page in one locale. */
export function withLocale(page: Page, locale: Locale, model: SiteModel): Route {
  const prefix = localePrefix(locale, model.site).slice(1);
  const localePath = [prefix, page.path].filter(Boolean).join('/');
  return { ...page, locale, localePath: localePath === '' ? undefined : localePath };
}

/** The file of a page in the output, relative to it: `build.format: 'directory'` makes each the index.html of its folder. */
export function pageFile(route: Route): string {
  return route.localePath === undefined ? 'index.html' : `${route.localePath}/index.html`;
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
