/**
 * Building blocks shared by the collection schemas: ids, partial dates, money,
 * statuses. Plain zod, no `astro:` imports, so scripts and tests use them directly.
 *
 * Custom checks carry an `error` text from {@link EXPECT} and its key in their params, and
 * pattern checks use {@link PATTERNS}, so the checker names what a field expects by key, in
 * the press office's language.
 */
import { z } from 'zod';

/** The longest title or name (of a project, update, place, source…) and the longest other text of one field. */
export const TITLE_MAX = 120;
export const TEXT_MAX = 500;

/** What a field expects, in English; the checker translates by key. */
export const EXPECT = {
  id: 'an id of lower-case letters a-z, digits 0-9 and hyphens',
  projectId: 'a project id such as 2022/my-project (lower-case letters, digits, hyphens)',
  date: 'a date written YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar',
  dayDate: 'a full date written YYYY-MM-DD that exists in the calendar',
  currency: 'a three-letter ISO 4217 currency code such as CNY or USD',
  color: 'a colour written #rrggbb',
  nonEmpty: 'some text (it may not be empty)',
  relativePath: 'a file path relative to this entry, not a web address',
  lonLat: 'a [longitude, latitude] pair in WGS84 degrees',
  webAddress: 'a web address starting with https://, http:// or mailto:',
  siteAddress: 'a web address starting with https:// or http://',
  sourceAddress: 'a web address starting with https://, http:// or mailto:, or a file of the site under /files/ such as /files/2026/tongzhi.pdf',
  noBidi: 'text without direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which make text show in another order than it is written',
  visible: 'visible text, not only spaces or invisible characters such as zero-width spaces',
  titleLength: `at most ${TITLE_MAX} characters`,
  textLength: `at most ${TEXT_MAX} characters`,
} as const;
export type ExpectKey = keyof typeof EXPECT;

/** A custom check's error: the English text, and the key the checker translates it by. */
export function expecting(key: ExpectKey) {
  return { error: EXPECT[key], params: { expect: key } };
}

/** The patterns text fields must match, by what they expect: the checker knows a failed pattern by it. */
export const PATTERNS = {
  id: /^[a-z0-9-]+$/,
  projectId: /^[a-z0-9-]+(?:\/[a-z0-9-]+)+$/,
  currency: /^[A-Z]{3}$/,
  color: /^#[0-9a-fA-F]{6}$/,
} as const satisfies Partial<Record<ExpectKey, RegExp>>;

/** Text matching one of {@link PATTERNS}. */
export function matching(key: keyof typeof PATTERNS) {
  return z.string().regex(PATTERNS[key], { error: EXPECT[key] });
}
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM`, `YYYY-MM-DD` strings naming a real calendar date. */
export function isValidPartialDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/**
 * YAML turns an unquoted `2022-09-24` into a Date and `2021` into a number; a press
 * officer should not have to know that, so both are read back as the date they wrote.
 */
function dateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  return value;
}

/** An id of a theme, district or update: `[a-z0-9-]`. */
export const IdSchema = matching('id');

/** A project id: `<year>/<slug>`, the path below `content/projects/` without extension. */
export const ProjectIdSchema = matching('projectId');

/** A date at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z.preprocess(
  dateInput,
  z.string().refine(isValidPartialDate, expecting('date')),
);

/** A date to the day: `YYYY-MM-DD`. */
export const DayDateSchema = z.preprocess(
  dateInput,
  z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValidPartialDate(v), expecting('dayDate')),
);

/**
 * Bidirectional controls make text show in another order than it is stored: a title with
 * U+202E reads "发票exe.png项目". Chinese reports never need them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** Text that shows nothing: spaces, format characters (zero-width spaces and joiners) and blank fillers. */
const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u034F\u115F\u1160\u3164\uFFA0\u2800]*$/u;

function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

function isInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** One line of text as readers see it: no direction controls, at most `max` characters, and something to see when required. */
function readableText(max: typeof TITLE_MAX | typeof TEXT_MAX, required: boolean) {
  const trimmed = z.string().trim();
  return (required ? trimmed.min(1, { error: EXPECT.nonEmpty }) : trimmed)
    .max(max, { error: max === TITLE_MAX ? EXPECT.titleLength : EXPECT.textLength })
    .refine((v) => !hasBidiControl(v), expecting('noBidi'))
    .refine((v) => !required || v === '' || !isInvisible(v), expecting('visible'));
}

/** Text that must say something: a department, a publisher, the alt text of a picture. */
export const TextSchema = readableText(TEXT_MAX, true);

/** A title or a name: something to see, on one short line. */
export const TitleSchema = readableText(TITLE_MAX, true);

/** A summary, a description or a caption: optional, and read as it is written. */
export const SummarySchema = readableText(TEXT_MAX, false);

/** The schemes a web address may have: pages and mail, never scripts, data or local files. */
export const WEB_SCHEMES = ['https', 'http', 'mailto'] as const;

/** Where a report can be read: an address on the web, or an e-mail address. */
const WebUrlSchema = z.url({ protocol: new RegExp(`^(?:${WEB_SCHEMES.join('|')})$`), error: EXPECT.webAddress });

/**
 * A file of the site's own (a notice, a PDF) from `content/files/`, published as it is under
 * `/files/`: folders and a name, none of them `.` or `..`, no query or fragment.
 */
export const SITE_FILE_URL = /^\/files\/(?!(?:.*\/)?\.\.?(?:\/|$))[^?#\\]+$/;

/** Where a report can be read: an address on the web, or a file of the site (checked to exist). */
export const SourceUrlSchema = z.string({ error: EXPECT.sourceAddress }).refine((v) => SITE_FILE_URL.test(v) || WebUrlSchema.safeParse(v).success, expecting('sourceAddress'));

/** The site's own address: feeds, the sitemap and archives are built on it (the one address format the checker reports). */
export const SiteUrlSchema = z.url({ protocol: /^https?$/, error: EXPECT.siteAddress });

/** An amount of money in the currency's base unit (yuan for CNY). */
export const MoneySchema = z.object({
  /** The amount in the base unit: 500000000 for 5亿元. */
  amount: z.number().nonnegative(),
  /** ISO 4217 code; CNY when omitted. */
  currency: matching('currency').default('CNY'),
});
export type Money = z.output<typeof MoneySchema>;

/** Where a project stands. */
export const STATUSES = ['planned', 'in-progress', 'completed', 'delayed', 'suspended', 'cancelled'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.output<typeof StatusSchema>;

/** Progress in percent. */
export const ProgressSchema = z.number().min(0).max(100);

/** The three locales a site can be built in. */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.output<typeof LocaleSchema>;

/** Fields that keep an entry out of the public site: drafts and scheduled entries. */
export const PublishingFields = {
  /** Never built into the public site while true. */
  draft: z.boolean().optional(),
  /** Not built before this day. */
  publishDate: PartialDateSchema.optional(),
};

/** A path relative to the entry file: no scheme, no leading slash. */
export const RelativePathSchema = z
  .string()
  .trim()
  .min(1, { error: EXPECT.nonEmpty })
  .refine((v) => !/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('/'), expecting('relativePath'));

/** `[longitude, latitude]` in WGS84 degrees. */
export const LonLatSchema = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, expecting('lonLat'));
