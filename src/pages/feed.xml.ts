/** `/feed.xml`: the latest published updates, newest first (src/site/feeds.ts). */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../site/content.ts';
import { atomResponse, feedXml, siteFeedData } from '../site/feeds.ts';

export const GET: APIRoute = async () => atomResponse(await feedXml(siteFeedData(getSiteModel())));
