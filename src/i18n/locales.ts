/**
 * Which languages a site is built in and where each lives: the default locale at the
 * root, every other under its prefix (`/zh-hant/`, `/zh-hans/`, `/en/`).
 */
import type { Locale } from '../schemas/common.ts';
import type { Site } from '../schemas/site.ts';

export const LOCALE_SEGMENT: Record<Locale, string> = { 'zh-Hans': 'zh-hans', 'zh-Hant': 'zh-hant', en: 'en' };

/** Names of the languages in themselves, for the language switch. */
export const LOCALE_NAME: Record<Locale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** Open Graph's locale codes. */
export const OG_LOCALE: Record<Locale, string> = { 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_US' };

type LocaleSettings = Pick<Site, 'defaultLocale' | 'locales'>;

/** The locales built, the default first. */
export function siteLocales(site: LocaleSettings): Locale[] {
  return [site.defaultLocale, ...site.locales.filter((l) => l !== site.defaultLocale)];
}

/** `''` for the default locale, `/en` for English, and so on. */
export function localePrefix(locale: Locale, site: LocaleSettings): string {
  return locale === site.defaultLocale ? '' : `/${LOCALE_SEGMENT[locale]}`;
}

/**
 * The other Chinese script is not rendered: its pages are the default-script pages
 * converted after the build (one render instead of two, and the same text by
 * construction). Returns that locale, if the site has one.
 */
export function convertedLocale(site: LocaleSettings): Locale | undefined {
  const other = site.defaultLocale === 'zh-Hans' ? 'zh-Hant' : site.defaultLocale === 'zh-Hant' ? 'zh-Hans' : undefined;
  return other && site.locales.includes(other) ? other : undefined;
}

/** The locales Astro renders: all but the converted one. */
export function renderedLocales(site: LocaleSettings): Locale[] {
  const converted = convertedLocale(site);
  return siteLocales(site).filter((l) => l !== converted);
}
