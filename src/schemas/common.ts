/**
 * Building blocks shared by the collection schemas: ids, partial dates, money,
 * statuses. Plain zod, no `astro:` imports, so scripts and tests use them directly.
 *
 * Custom checks carry an `error` text from {@link EXPECT}; the checker turns those
 * texts back into keys to print them in the press office's language.
 */
import { z } from 'zod';

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
} as const;
export type ExpectKey = keyof typeof EXPECT;

const ID_PATTERN = /^[a-z0-9-]+$/;
const PROJECT_ID_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)+$/;
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
export const IdSchema = z.string().regex(ID_PATTERN, { error: EXPECT.id });

/** A project id: `<year>/<slug>`, the path below `content/projects/` without extension. */
export const ProjectIdSchema = z.string().regex(PROJECT_ID_PATTERN, { error: EXPECT.projectId });

/** A date at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z.preprocess(
  dateInput,
  z.string().refine(isValidPartialDate, { error: EXPECT.date }),
);

/** A date to the day: `YYYY-MM-DD`. */
export const DayDateSchema = z.preprocess(
  dateInput,
  z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValidPartialDate(v), { error: EXPECT.dayDate }),
);

/** Text that must say something. */
export const TextSchema = z.string().trim().min(1, { error: EXPECT.nonEmpty });

/** An amount of money in the currency's base unit (yuan for CNY). */
export const MoneySchema = z.object({
  /** The amount in the base unit: 500000000 for 5亿元. */
  amount: z.number().nonnegative(),
  /** ISO 4217 code; CNY when omitted. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: EXPECT.currency }).default('CNY'),
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
  .refine((v) => !/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('/'), { error: EXPECT.relativePath });

/** `[longitude, latitude]` in WGS84 degrees. */
export const LonLatSchema = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, { error: EXPECT.lonLat });
