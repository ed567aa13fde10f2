/** `/districts/<id>/feed.xml`: the updates about projects of a place and of the places below it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsToRender } from '../../../build/incremental.ts';
import { oncePerObject } from '../../../config.ts';
import { updatesFeed } from '../../../lib/feeds.ts';
import { placeFeedFingerprint } from '../../../lib/fingerprints.ts';
import { getSiteModel } from '../../../lib/site.ts';
import type { SiteModel } from '../../../model/site.ts';
import { fileUrls, pageUrls } from '../../../lib/urls.ts';

/** Where each update stands in the site's list, newest first: the order of every feed. */
const updateOrder = oncePerObject((model: SiteModel): Map<string, number> => new Map(model.updates.map((u, i) => [u.id, i])));

// A feed whose place saw no change since the last build is kept (src/build/incremental.ts).
export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  const paths = [...model.tree.nodes.keys()].map((id) => ({ id, file: fileUrls.districtFeed(id).slice(1), key: placeFeedFingerprint(model, id) }));
  return pathsToRender('place-feeds', paths).map(({ id }) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  const node = model.tree.nodes.get(params.id!)!;
  // From the place's projects rather than a scan of every update: hundreds of places times
  // tens of thousands of updates would add up.
  const updates = new Set((model.projectsByDistrict.get(node.id) ?? []).flatMap((p) => p.updates));
  const order = updateOrder(model);
  return updatesFeed(model, {
    id: `urn:minsheng:feed:district:${node.id}`,
    title: `${node.data.name} · ${model.site.title}`,
    selfPath: fileUrls.districtFeed(node.id),
    pagePath: pageUrls('').district(node.id),
    updates: [...updates].sort((a, b) => order.get(a.id)! - order.get(b.id)!),
  });
};
