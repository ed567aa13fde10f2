/**
 * Atom feeds (RFC 4287) of updates. Entry ids are URNs made of the update id, so that they
 * stay the same when the site moves to another address and readers never see an entry twice.
 */
import { escapeXml } from '../lib/xml.ts';

export interface FeedEntry {
  /** The update id, `yyyy-mm-dd-slug`. */
  id: string;
  title: string;
  /** Day of the update, `YYYY-MM-DD`. */
  date: string;
  /** Absolute (or, without a base URL, root-relative) address of the update page. */
  url: string;
  author: string;
  /** Plain-text summary: kind and projects. */
  summary: string;
  /** The update text as HTML, when there is one. */
  html?: string | undefined;
  categories: readonly string[];
}

export interface Feed {
  /** Stable id of the feed, e.g. `urn:minsheng:feed:pinghu`. */
  id: string;
  title: string;
  subtitle?: string;
  /** Address of the feed itself and of the page it follows. */
  selfUrl: string;
  pageUrl: string;
  author: string;
  licence?: string | undefined;
  /** Offset of the site's time zone for a day, e.g. "+08:00". */
  offset: (day: string) => string;
  /** Newest first. */
  entries: readonly FeedEntry[];
  /** Used for `<updated>` when there are no entries: the build date. */
  today: string;
}

/** How many updates a feed holds, the newest (see src/site/feeds.ts). */
export const FEED_ENTRIES = 50;

/** UTC offset of a time zone on a day, "+08:00" style. */
export function zoneOffset(timeZone: string, day: string): string {
  // Creating a DateTimeFormat is slow and feeds ask for the same few days again and again.
  const key = `${timeZone} ${day}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let format = offsetFormats.get(timeZone);
    if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })));
    const name = format.formatToParts(new Date(`${day}T12:00:00Z`)).find((part) => part.type === 'timeZoneName')!.value;
    // "GMT" alone means UTC.
    offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
    offsets.set(key, offset);
  }
  return offset;
}
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, string>();

export function atomFeed(feed: Feed): string {
  const stamp = (day: string) => `${day}T00:00:00${feed.offset(day)}`;
  const updated = stamp(feed.entries[0]?.date ?? feed.today);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...(feed.licence ? [`  <rights>${escapeXml(feed.licence)}</rights>`] : []),
    '  <generator>minsheng</generator>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>urn:minsheng:update:${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${stamp(entry.date)}</updated>`,
      `    <published>${stamp(entry.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <author><name>${escapeXml(entry.author)}</name></author>`,
      ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      ...(entry.html ? [`    <content type="html">${escapeXml(entry.html)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
