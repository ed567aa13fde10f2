/**
 * Feeds of the site's updates as data, like pages: the whole site's, and one per place
 * (the updates about its projects and those of the places below it). A place feed's
 * fingerprint is the hash of its data, so a rebuild writes the feeds whose entries changed.
 *
 * A feed holds the latest updates only: a reader downloads the whole file each time it
 * looks, and a feed of every update of a province-sized site would weigh tens of
 * megabytes. Older updates stay on the pages of `/updates/` by month and in the open data.
 */
import { oncePerObject } from '../config.ts';
import { translator } from '../i18n/index.ts';
import { fileUrls, pageUrls } from '../lib/urls.ts';
import { FEED_ENTRIES, atomFeed, zoneOffset, type FeedEntry } from '../model/feed.ts';
import type { SiteModel, UpdateView } from '../model/site.ts';
import { bodyRef, markdownHtml, type BodyRef } from './bodies.ts';

export interface FeedData {
  id: string;
  title: string;
  /** Addresses, absolute under `baseUrl` when the site has one. */
  selfUrl: string;
  pageUrl: string;
  author: string;
  licence?: string;
  timeZone: string;
  /** `<updated>` of a feed with no entries: the build day, the only date it has. */
  today?: string;
  /** Each with its Markdown body by reference; a report's (`.mdx`) components draw charts that a feed cannot hold. */
  entries: (Omit<FeedEntry, 'html'> & { body?: BodyRef })[];
}

/** An address as readers need it: absolute under `baseUrl` when the site has one. */
export function absolute(model: SiteModel, path: string): string {
  return model.site.baseUrl ? new URL(path, model.site.baseUrl).href : path;
}

function feedData(model: SiteModel, options: { id: string; title: string; selfPath: string; pagePath: string; updates: readonly UpdateView[] }): FeedData {
  const { site } = model;
  const t = translator(site.defaultLocale);
  const entries = options.updates.slice(0, FEED_ENTRIES).map((update) => {
    const body = update.format === 'md' ? bodyRef(update) : undefined;
    return {
      id: update.id,
      title: update.data.title,
      date: update.data.date,
      url: absolute(model, pageUrls('').update(update.id)),
      author: update.data.author ?? site.publisher,
      summary: `${t(`kind.${update.data.kind}`)}${t('list.colon')}${update.projects.map((p) => p.data.title).join(t('list.separator'))}`,
      ...(body ? { body } : {}),
      categories: [update.data.kind],
    };
  });
  return {
    id: options.id,
    title: options.title,
    selfUrl: absolute(model, options.selfPath),
    pageUrl: absolute(model, options.pagePath),
    author: site.publisher,
    ...(site.licence ? { licence: site.licence } : {}),
    timeZone: site.timeZone,
    ...(entries.length === 0 ? { today: model.today } : {}),
    entries,
  };
}

/** `/feed.xml`: the latest updates of the whole site. */
export function siteFeedData(model: SiteModel): FeedData {
  return feedData(model, { id: `urn:minsheng:feed:${model.site.region}`, title: model.site.title, selfPath: fileUrls.feed(), pagePath: pageUrls('').updates(), updates: model.updates });
}

/** Where each update stands in the site's list, newest first: the order of every feed. */
const updateOrder = oncePerObject((model: SiteModel): Map<string, number> => new Map(model.updates.map((u, i) => [u.id, i])));

/** `/districts/<id>/feed.xml`: the latest updates about a place's projects. */
export function placeFeedData(model: SiteModel, id: string): FeedData {
  const node = model.tree.nodes.get(id)!;
  // From the place's projects rather than a scan of every update: hundreds of places times
  // tens of thousands of updates would add up.
  const updates = new Set((model.projectsByDistrict.get(id) ?? []).flatMap((p) => p.updates));
  const order = updateOrder(model);
  return feedData(model, {
    id: `urn:minsheng:feed:district:${id}`,
    title: `${node.data.name} · ${model.site.title}`,
    selfPath: fileUrls.districtFeed(id),
    pagePath: pageUrls('').district(id),
    updates: [...updates].sort((a, b) => order.get(a.id)! - order.get(b.id)!),
  });
}

/** The Atom feed of its data; bodies carry the HTML the pages render (only what src/lib/body-html.ts allows). */
export async function feedXml(data: FeedData): Promise<string> {
  const entries = await Promise.all(data.entries.map(async ({ body, ...entry }) => ({ ...entry, html: body ? await markdownHtml(body) : undefined })));
  return atomFeed({ ...data, licence: data.licence, offset: (day) => zoneOffset(data.timeZone, day), entries, today: data.today ?? entries[0]!.date });
}

export const atomResponse = (xml: string): Response => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
