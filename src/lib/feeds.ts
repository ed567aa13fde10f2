/**
 * Feeds of the site's updates: the whole site, or one place with the places below it.
 * A feed holds the latest updates only: a reader downloads the whole file each time it
 * looks, and a feed of every update of a province-sized site would weigh tens of
 * megabytes. Older updates stay on the pages of `/updates/` by month and in the open data.
 */
import { entriesOf } from './site.ts';
import { oncePerBuild } from '../config.ts';
import { translator } from '../i18n/index.ts';
import { FEED_ENTRIES, atomFeed, zoneOffset, type FeedEntry } from '../model/feed.ts';
import type { SiteModel, UpdateView } from '../model/site.ts';
import { pageUrls } from './urls.ts';

/**
 * Markdown bodies are rendered once during content sync; the feeds reuse that HTML, which
 * holds only what the allow-list of src/lib/body-html.ts permits, as the pages do.
 */
const renderedBodies = oncePerBuild(async () => new Map((await entriesOf('updates')).map((entry) => [entry.id, entry.rendered?.html])));

/** An address as readers need it: absolute under `baseUrl` when the site has one. */
export function absolute(model: SiteModel, path: string): string {
  return model.site.baseUrl ? new URL(path, model.site.baseUrl).href : path;
}

export async function updatesFeed(model: SiteModel, options: { id: string; title: string; selfPath: string; pagePath: string; updates: readonly UpdateView[] }): Promise<Response> {
  const t = translator(model.site.defaultLocale);
  const rendered = await renderedBodies();
  const entries: FeedEntry[] = options.updates.slice(0, FEED_ENTRIES).map((update) => ({
    id: update.id,
    title: update.data.title,
    date: update.data.date,
    url: absolute(model, pageUrls('').update(update.id)),
    author: update.data.author ?? model.site.publisher,
    summary: `${t(`kind.${update.data.kind}`)}${t('list.colon')}${update.projects.map((p) => p.data.title).join(t('list.separator'))}`,
    html: rendered.get(update.id),
    categories: [update.data.kind],
  }));
  const xml = atomFeed({
    id: options.id,
    title: options.title,
    selfUrl: absolute(model, options.selfPath),
    pageUrl: absolute(model, options.pagePath),
    author: model.site.publisher,
    licence: model.site.licence,
    offset: (day) => zoneOffset(model.site.timeZone, day),
    entries,
    today: model.today,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
