/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as reports give them: compared as
 * their first day, displayed at the precision written.
 */
import type { Locale } from '../schemas/common.ts';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function dateParts(value: string): DateParts {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** The first day a partial date stands for, `YYYY-MM-DD`, so that plain string order is date order. */
export function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** Negative, zero or positive as `a` is before, on or after `b` (partial dates as their first day). */
export function compareDates(a: string, b: string): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2020年 · 2020年4月 · 2020年4月1日, or 2020 · April 2020 · 1 April 2020: never more precise than written. */
export function formatDate(value: string, locale: Locale): string {
  const { year, month, day } = dateParts(value);
  if (locale === 'en') {
    if (month === undefined) return String(year);
    const name = EN_MONTHS[month - 1];
    return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
  }
  if (month === undefined) return `${year}年`;
  return day === undefined ? `${year}年${month}月` : `${year}年${month}月${day}日`;
}

/**
 * "Today" as a `YYYY-MM-DD` day in the site's time zone: from `SOURCE_DATE_EPOCH`
 * (seconds) when set, so that builds are reproducible, otherwise from the clock.
 */
export function buildDate(env: Record<string, string | undefined>, timeZone = 'Asia/Shanghai', now = Date.now()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  let millis = now;
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isFinite(seconds)) throw new Error(`SOURCE_DATE_EPOCH must be a number of seconds since 1970, not "${epoch}".`);
    millis = seconds * 1000;
  }
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(millis);
}
