/**
 * `/sitemap.xml`: every page in every language, with its alternates. Search engines need
 * absolute addresses, so the file exists only when `site.json` gives a `baseUrl`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localePrefix } from '../i18n/locales.ts';
import { allRoutes } from '../lib/routes.ts';
import { getSiteModel } from '../lib/site.ts';
import { escapeXml } from '../model/feed.ts';

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return model.site.baseUrl ? [{ params: { sitemap: 'sitemap' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  const { site } = model;
  const address = (locale: Parameters<typeof localePrefix>[0], path: string) =>
    new URL(`${localePrefix(locale, site)}/${path}${path ? '/' : ''}`, site.baseUrl).href;
  const routes = allRoutes(model);
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const route of routes) {
    lines.push('  <url>', `    <loc>${escapeXml(address(route.locale, route.path))}</loc>`);
    for (const other of site.locales) {
      lines.push(`    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(address(other, route.path))}"/>`);
    }
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
