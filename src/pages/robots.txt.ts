/** `/robots.txt`: everything may be read; points at the sitemap when there is one. */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../site/content.ts';

export const GET: APIRoute = () => {
  const { site } = getSiteModel();
  const lines = ['User-agent: *', 'Allow: /', ...(site.baseUrl ? [`Sitemap: ${new URL('/sitemap.xml', site.baseUrl).href}`] : []), ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
