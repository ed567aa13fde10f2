/** The URL scheme of interfaces.md, in one place. Links are root-relative under Astro's `base`. */
import { MEDIA_PREFIX } from '../config.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const urls = {
  home: () => `${base}/`,
  programme: (year: number) => `${base}/${year}/`,
  project: (id: string) => `${base}/projects/${id}/`,
  districts: () => `${base}/districts/`,
  district: (id: string) => `${base}/districts/${id}/`,
  theme: (id: string) => `${base}/themes/${id}/`,
  updates: (page = 1) => (page === 1 ? `${base}/updates/` : `${base}/updates/page/${page}/`),
  update: (id: string) => `${base}/updates/${id}/`,
  /** A picture of an entry: its path below `content/`, which the build copies beside the pages. */
  media: (pathBelowContent: string) => `${base}${MEDIA_PREFIX}${pathBelowContent}`,
};
