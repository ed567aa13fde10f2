/** What every page needs besides its own data: the model, the locale, strings and formatting. */
import { translator } from '../i18n/index.ts';
import { formatter } from './format.ts';
import { getSiteModel } from './site.ts';

export async function pageContext() {
  const model = await getSiteModel();
  const locale = model.site.defaultLocale;
  return { model, locale, t: translator(locale), fmt: formatter(locale) };
}
export type PageContext = Awaited<ReturnType<typeof pageContext>>;
