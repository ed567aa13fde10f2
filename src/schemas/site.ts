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
  /**
   * Exceptions to the conversion into the other Chinese script, where OpenCC's dictionaries
   * get a name or fixed phrase wrong: the text as written in the content → how it reads in
   * the other script, e.g. `{ "范斌": "范斌" }` keeps a surname, `{ "42天后": "42天後" }`
   * gives "days later" rather than the goddess 天后. Applied wherever the site converts
   * (pages, search index), before OpenCC sees the text.
   */
  scriptExceptions: z.record(z.string().min(1), z.string()).optional(),
  /**
   * Days after a project's last dated fact (its baseline or newest update) from which its
   * pages mark it as not reported for that long; 180 when omitted.
   */
  staleAfterDays: z.number().int().positive().optional(),
});
export type Site = z.output<typeof SiteSchema>;

/** How long a project may go without a report before its pages say so, when site.json does not set it. */
export const STALE_AFTER_DAYS = 180;
