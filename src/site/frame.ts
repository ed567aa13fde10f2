/**
 * What every page shows around its own content (the site's name, navigation, language
 * switch, footer) as page data, and the helpers every view uses, made from it: strings,
 * formatting and addresses in the page's language.
 */
import { translator } from '../i18n/index.ts';
import { convertedLocale, localePrefix, siteLocales } from '../i18n/locales.ts';
import { formatter } from '../lib/format.ts';
import { pageUrls } from '../lib/urls.ts';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';

export interface Frame {
  locale: Locale;
  /** The locale prefix of page addresses (`''` or `/en`). */
  prefix: string;
  /** The language content is written in, when it is not the page's. */
  contentLang?: Locale;
  site: {
    title: string;
    publisher: string;
    contact?: string;
    licence?: string;
    baseUrl?: string;
    /**
     * Not drawn: the pages of the other Chinese script are converted from this page with
     * these exceptions (src/i18n/convert.ts), so a change to them must render it again.
     */
    scriptExceptions?: Record<string, string>;
  };
  /** The newest programme year: where "years" in the navigation leads. */
  latestYear?: number;
  /** This page in every language the site offers (empty on the 404 page, which has one address). */
  alternates: { locale: Locale; href: string }[];
}

/** The frame of a page at `path` (without locale prefix, `''` for home); no path for the 404 page. */
export function frame(model: SiteModel, locale: Locale, path?: string): Frame {
  const { site } = model;
  const latest = model.programmes[0];
  return {
    locale,
    prefix: localePrefix(locale, site),
    ...(locale === site.defaultLocale ? {} : { contentLang: site.defaultLocale }),
    site: {
      title: site.title,
      publisher: site.publisher,
      ...(site.contact ? { contact: site.contact } : {}),
      ...(site.licence ? { licence: site.licence } : {}),
      ...(site.baseUrl ? { baseUrl: site.baseUrl } : {}),
      ...(site.scriptExceptions && convertedLocale(site) && locale === site.defaultLocale ? { scriptExceptions: site.scriptExceptions } : {}),
    },
    ...(latest ? { latestYear: latest.data.year } : {}),
    alternates: path === undefined ? [] : siteLocales(site).map((l) => ({ locale: l, href: `${localePrefix(l, site)}/${path}${path ? '/' : ''}` })),
  };
}

/** The helpers of a page's language: what `Astro.locals.page` holds while a page renders. */
export function pageHelpers(page: Pick<Frame, 'locale' | 'prefix' | 'contentLang'>) {
  return {
    locale: page.locale,
    t: translator(page.locale),
    fmt: formatter(page.locale),
    u: pageUrls(page.prefix),
    /** The `lang` of content text when it differs from the interface (Chinese content in English pages). */
    contentLang: page.contentLang,
  };
}
export type PageHelpers = ReturnType<typeof pageHelpers>;
