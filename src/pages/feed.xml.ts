/** `/feed.xml`: the latest published updates, newest first (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { updatesFeed } from '../lib/feeds.ts';
import { getSiteModel } from '../lib/site.ts';
import { fileUrls, pageUrls } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return updatesFeed(model, {
    id: `urn:minsheng:feed:${model.site.region}`,
    title: model.site.title,
    selfPath: fileUrls.feed(),
    pagePath: pageUrls('').updates(),
    updates: model.updates,
  });
};
