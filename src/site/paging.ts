/**
 * Lists that grow with the content (a programme's projects, a filter, a place's or a
 * theme's projects of a year, the updates of a month) are cut into numbered pages of a
 * fixed size, so that no page outgrows what a phone on a slow network loads: page 1 at
 * the list's own address, page n at `<address>/n/`. The full lists stay in the open data.
 */

/**
 * Project cards on one page. A card is 1.5 KB of HTML, 2 KB with the marks of an overdue
 * or stale project (its status marks are most of it). A programme's page holds its first
 * page of cards beside about 125 KB of charts, figures and filters, so that 25 cards keep
 * it near 165 KB (175 KB were every card overdue); a page of cards alone is near 60 KB.
 */
export const PROJECTS_PER_PAGE = 25;

/**
 * Projects a place's or a theme's page lists in full, by year; one with more shows each
 * year's figures and links to that year's list. Its page holds up to 70 KB besides (the
 * places below it, their map and charts), so that 40 cards keep it under 150 KB.
 */
export const LISTED_IN_FULL = 40;

/** Updates on one page of a month's list: an item is about 0.5 KB, more with many projects. */
export const UPDATES_PER_PAGE = 50;

/**
 * Items of a list a page shows in full beside other content (the overdue projects on a
 * programme's page and the home page) before it shows the first few and links to the list.
 */
export const SHOWN_BEFORE_LINK = 20;

/** Where a page sits in its list; one page of one means the list is whole. */
export interface Pager {
  /** From 1. */
  page: number;
  pages: number;
}

/** How many pages a list of `total` items takes: one at least, an empty list shows as one page. */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** The items of page `page` (from 1). */
export const pageSlice = <T>(items: readonly T[], page: number, size: number): T[] => items.slice((page - 1) * size, page * size);

/** The numbers of every page of a list: `[1, 2, …]`. */
export const pageNumbers = (total: number, size: number): number[] => Array.from({ length: pageCount(total, size) }, (_, i) => i + 1);

/** The path of page `page` of a list whose first page is at `path` (no slashes at the ends). */
export const pagePath = (path: string, page: number): string => (page === 1 ? path : `${path}/${page}`);

/**
 * A key with its page number last (`2024/status/completed/3`), and back: keys of paged
 * kinds end with the page, whatever slashes the rest holds.
 */
export const pagedKey = (key: string, page: number): string => `${key}/${page}`;

export function splitPagedKey(key: string): { key: string; page: number } {
  const at = key.lastIndexOf('/');
  const page = Number(key.slice(at + 1));
  if (at < 0 || !Number.isInteger(page) || page < 1) throw new Error(`Not the key of a page of a list: "${key}" (expected "<key>/<page number>").`);
  return { key: key.slice(0, at), page };
}
