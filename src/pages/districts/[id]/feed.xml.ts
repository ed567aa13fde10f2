/** `/districts/<id>/feed.xml`: the updates about projects of a place and of the places below it (src/site/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsToRender } from '../../../build/incremental.ts';
import { fileUrls } from '../../../lib/urls.ts';
import { getSiteModel } from '../../../site/content.ts';
import { atomResponse, feedXml, placeFeedData } from '../../../site/feeds.ts';
import { fingerprintOf } from '../../../site/kind.ts';

// A feed whose data is the same as at the last build is kept (src/build/incremental.ts).
export const getStaticPaths = (async () => {
  const model = getSiteModel();
  const paths = [...model.tree.nodes.keys()].map((id) => ({ id, file: fileUrls.districtFeed(id).slice(1), key: fingerprintOf(placeFeedData(model, id)) }));
  return pathsToRender('place-feeds', paths).map(({ id }) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => atomResponse(await feedXml(placeFeedData(getSiteModel(), params.id!)));
