import { z } from 'zod';
import { IdSchema, LocaleSchema, SiteUrlSchema, TextSchema, TitleSchema } from './common.ts';

/** `content/site.json`: the site itself. */
export const SiteSchema = z.object({
  /** The site's name, e.g. "平湖民生". */
  title: TitleSchema,
  /** The press office or government body that publishes the site. */
  publisher: TextSchema,
  /** Id of the top-level place the site covers. */
  region: IdSchema,
  /** Language of the content. */
  defaultLocale: LocaleSchema,
  /** UI languages built; zh-Hant pages are converted from zh-Hans at build time. */
  locales: z.array(LocaleSchema).min(1),
  /** Canonical origin for feeds, sitemap and archives. */
  baseUrl: SiteUrlSchema.optional(),
  /** Licence of the published data, e.g. "CC BY 4.0". */
  licence: z.string().optional(),
  /** Phone or e-mail shown in the footer. */
  contact: z.string().optional(),
  /** IANA time zone used for "today" and for dates; Asia/Shanghai when omitted. */
  timeZone: z.string().default('Asia/Shanghai'),
});
export type Site = z.output<typeof SiteSchema>;
