/** What every view needs besides its own data: the model, the locale, strings, formatting and addresses. */
import { translator } from '../i18n/index.ts';
import { localePrefix } from '../i18n/locales.ts';
import type { Locale } from '../schemas/common.ts';
import { formatter } from './format.ts';
import { getSiteModel } from './site.ts';
import { pageUrls } from './urls.ts';

export async function pageContext(locale?: Locale) {
  const model = await getSiteModel();
  const ui = locale ?? model.site.defaultLocale;
  return {
    model,
    locale: ui,
    t: translator(ui),
    fmt: formatter(ui),
    u: pageUrls(localePrefix(ui, model.site)),
    /** The `lang` of content text when it differs from the interface (Chinese content in English pages). */
    contentLang: ui === model.site.defaultLocale ? undefined : model.site.defaultLocale,
  };
}
export type PageContext = Awaited<ReturnType<typeof pageContext>>;
