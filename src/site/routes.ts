/**
 * Every page of the site in every locale, as routes: the catch-all page, the sitemap, the
 * converted locale and the tests read this one list, made from the page kinds (src/site/).
 */
import { localePrefix, renderedLocales, siteLocales } from '../i18n/locales.ts';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import { pageData, sitePages, type Page } from './index.ts';
import { fingerprintOf } from './kind.ts';

export type { Page, View } from './kind.ts';
export { sitePages } from './index.ts';

export interface Route extends Page {
  locale: Locale;
  /** Path with its locale prefix, as Astro's `[...path]` parameter (undefined for the root). */
  localePath: string | undefined;
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

/**
 * Every page Astro renders with its file and its fingerprint (the hash of its data): what
 * a build compares with the last one to find the pages to render, in `astro build` and in a publish alike.
 */
export function fingerprintedRoutes(model: SiteModel): { route: Route; file: string; key: string }[] {
  return renderedRoutes(model).map((route) => ({ route, file: pageFile(route), key: fingerprintOf(pageData(model, route, route.locale)) }));
}
