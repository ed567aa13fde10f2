/**
 * The one data path of the pages. The checker reads and validates the content once; the
 * build (or the preview, after every check) hands its entries over here, and every page
 * kind draws on the site model made from them. Nothing on the build path reads or
 * validates an entry a second time.
 *
 * The entries are held on `globalThis`: the integration that runs the checker and the
 * pages Astro renders are separate bundles of the same process, each with its own copy
 * of this module.
 */
import { buildSiteModel, type SiteContent, type SiteModel } from '../model/site.ts';

interface Held {
  content: SiteContent;
  today: string;
  preview: boolean;
  model?: SiteModel;
}

const KEY = Symbol.for('minsheng.site-content');
const store = globalThis as { [KEY]?: Held };

/** Hands the checked entries to the pages, as of the build day; `preview` keeps drafts, marked. */
export function holdContent(content: SiteContent, today: string, preview: boolean): void {
  store[KEY] = { content, today, preview };
}

/** The site model of the entries held, made once for each set of entries. */
export function getSiteModel(): SiteModel {
  const held = store[KEY];
  if (!held) throw new Error('No content has been checked: the site is built with `npm run build` (or previewed with `npm run dev`), which check the content first.');
  held.model ??= buildSiteModel(held.content, held.today, { preview: held.preview });
  return held.model;
}
