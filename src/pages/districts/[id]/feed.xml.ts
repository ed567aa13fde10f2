/** `/districts/<id>/feed.xml`: the updates about projects of a place and of the places below it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { updatesFeed } from '../../../lib/feeds.ts';
import { scopeFingerprint } from '../../../lib/fingerprints.ts';
import { getSiteModel } from '../../../lib/site.ts';
import { fileUrls, pageUrls } from '../../../lib/urls.ts';

// A feed whose place saw no change since the last build is kept (src/lib/fingerprints.ts).
export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return [...model.tree.nodes.keys()].map((id) => ({ params: { id }, cacheKey: scopeFingerprint(model, model.projectsByDistrict.get(id) ?? []) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  const node = model.tree.nodes.get(params.id!)!;
  const here = new Set((model.projectsByDistrict.get(node.id) ?? []).map((p) => p.id));
  return updatesFeed(model, {
    id: `urn:minsheng:feed:district:${node.id}`,
    title: `${node.data.name} · ${model.site.title}`,
    selfPath: fileUrls.districtFeed(node.id),
    pagePath: pageUrls('').district(node.id),
    updates: model.updates.filter((u) => u.projects.some((p) => here.has(p.id))),
  });
};
