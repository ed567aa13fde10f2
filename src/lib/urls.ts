/**
 * The URL scheme of interfaces.md, in one place. Page addresses depend on the locale
 * (`/en/2022/`); files (pictures, feeds, data) have one address for every locale.
 */
import { MEDIA_PREFIX } from '../config.ts';
import { SITE_FILE_URL } from '../schemas/common.ts';

/** Page addresses under a locale prefix (`''` for the default locale). */
export function pageUrls(prefix: string) {
  return {
    home: () => `${prefix}/`,
    programme: (year: number) => `${prefix}/${year}/`,
    /** A programme on a few printed pages, for a meeting. */
    summary: (year: number) => `${prefix}/${year}/summary/`,
    project: (id: string) => `${prefix}/projects/${id}/`,
    /** Every programme year. */
    programmes: () => `${prefix}/programmes/`,
    districts: () => `${prefix}/districts/`,
    district: (id: string) => `${prefix}/districts/${id}/`,
    /** Every theme. */
    themes: () => `${prefix}/themes/`,
    theme: (id: string) => `${prefix}/themes/${id}/`,
    /** A place's or a theme's projects of one programme year, where its own page has too many to list. */
    districtYear: (id: string, year: number) => `${prefix}/districts/${id}/${year}/`,
    themeYear: (id: string, year: number) => `${prefix}/themes/${id}/${year}/`,
    /** The latest updates, or those of one month (`2022-06`). */
    updates: (month?: string) => (month ? `${prefix}/updates/${month}/` : `${prefix}/updates/`),
    update: (id: string) => `${prefix}/updates/${id}/`,
    search: () => `${prefix}/search/`,
    data: () => `${prefix}/data/`,
    archive: () => `${prefix}/archive/`,
    /** A programme's projects filtered by one value: `/2022/status/completed/`, `/2022/themes/youxue/`, `/2022/districts/pinghu/`. */
    programmeFilter: (year: number, dimension: 'status' | 'theme' | 'district', value: string) =>
      `${prefix}/${year}/${dimension === 'status' ? 'status' : dimension === 'theme' ? 'themes' : 'districts'}/${value}/`,
  };
}
export type PageUrls = ReturnType<typeof pageUrls>;

/** Page `page` of a list whose first page is at `href` (an address ending in `/`): `/2024/` → `/2024/3/`. */
export const listPage = (href: string, page: number): string => (page === 1 ? href : `${href}${page}/`);

/** Addresses of files, the same in every locale. */
export const fileUrls = {
  feed: () => '/feed.xml',
  districtFeed: (id: string) => `/districts/${id}/feed.xml`,
  /** A file of the open data (`projects.csv`). */
  openData: (file: string) => `/data/${file}`,
  /** A picture of an entry: its path below `content/`, which the build copies beside the pages. */
  media: (pathBelowContent: string) => `${MEDIA_PREFIX}${pathBelowContent}`,
};

/** The folder of `content/` whose files the site publishes as they are, under `/files/`. */
export const SITE_FILES_FOLDER = 'files';

/**
 * The path below `content/files/` a source's address names (`/files/2026/tongzhi.pdf` →
 * `2026/tongzhi.pdf`), or undefined when it names no file of the site.
 */
export function siteFilePath(url: string): string | undefined {
  if (!SITE_FILE_URL.test(url)) return undefined;
  try {
    return decodeURI(url.slice(`/${SITE_FILES_FOLDER}/`.length));
  } catch {
    return undefined;
  }
}
