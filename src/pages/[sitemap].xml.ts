/**
 * `/sitemap.xml` (and, for a site of more than 50,000 pages, the files it indexes): every
 * page in every language, with its alternates (src/site/sitemaps.ts). Search engines need
 * absolute addresses, so there is no sitemap unless `site.json` gives a `baseUrl`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localePrefix } from '../i18n/locales.ts';
import { getSiteModel } from '../site/content.ts';
import { allRoutes } from '../site/routes.ts';
import { sitemapFiles, type SitemapFile } from '../site/sitemaps.ts';
import { oncePerBuild } from '../config.ts';

const siteSitemaps = oncePerBuild(async (): Promise<SitemapFile[]> => {
  const model = getSiteModel();
  const { site } = model;
  if (!site.baseUrl) return [];
  const address = (locale: Parameters<typeof localePrefix>[0], path: string) => new URL(`${localePrefix(locale, site)}/${path}${path ? '/' : ''}`, site.baseUrl).href;
  const entries = allRoutes(model).map((route) => ({
    loc: address(route.locale, route.path),
    alternates: site.locales.map((hreflang) => ({ hreflang, href: address(hreflang, route.path) })),
  }));
  return sitemapFiles(entries, (name) => new URL(`/${name}.xml`, site.baseUrl).href);
});

export const getStaticPaths = (async () => (await siteSitemaps()).map(({ name }) => ({ params: { sitemap: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await siteSitemaps()).find(({ name }) => name === params.sitemap)!;
  return new Response(file.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
