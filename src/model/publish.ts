/**
 * What the public site shows: drafts never, scheduled entries from their day on,
 * updates from their date on ("today" is the build date, see `buildDate`).
 */
import { compareDates } from './dates.ts';

export interface Publishable {
  draft?: boolean;
  publishDate?: string;
  /** An update's own date: it is not shown before that day either. */
  date?: string;
}

export function isPublished(data: Publishable, today: string): boolean {
  if (data.draft) return false;
  if (data.publishDate !== undefined && compareDates(data.publishDate, today) > 0) return false;
  if (data.date !== undefined && compareDates(data.date, today) > 0) return false;
  return true;
}
