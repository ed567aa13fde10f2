/**
 * The sitemap of the site, in as many files as the sitemap protocol needs: one file holds
 * at most 50,000 addresses and 50 MB (sitemaps.org). A site within both limits has one
 * `sitemap.xml` of addresses; a larger one has `sitemap.xml` as an index of the files
 * `sitemap-1.xml`, `sitemap-2.xml`, … that hold them, so that the address search engines
 * and robots.txt know stays the same as the site grows.
 */
import { escapeXml } from '../lib/xml.ts';

/** One page: its address and the addresses of the same page in each language. */
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

export interface SitemapFile {
  /** The file's name without `.xml`: `sitemap`, or `sitemap-<n>` below an index. */
  name: string;
  xml: string;
}

/** The protocol's limits for one file. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const HEAD = '<?xml version="1.0" encoding="utf-8"?>';
const URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

function urlElement(entry: SitemapEntry): string {
  const lines = ['  <url>', `    <loc>${escapeXml(entry.loc)}</loc>`];
  for (const { hreflang, href } of entry.alternates) lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`);
  lines.push('  </url>');
  return lines.join('\n');
}

const urlset = (elements: readonly string[]) => [HEAD, URLSET, ...elements, '</urlset>', ''].join('\n');

/**
 * The sitemap files for these pages, in order; `address(name)` is the absolute address of
 * a file of the sitemap (for the index). `limits` are the protocol's unless a test needs
 * smaller ones.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], address: (name: string) => string, limits = SITEMAP_LIMITS): SitemapFile[] {
  const encoder = new TextEncoder();
  // What a file costs besides its <url> elements, with room for the line breaks between them.
  const frame = encoder.encode(urlset([])).length;
  const parts: string[][] = [[]];
  let bytes = frame;
  for (const entry of entries) {
    const element = urlElement(entry);
    const size = encoder.encode(element).length + 1;
    let part = parts[parts.length - 1]!;
    if (part.length > 0 && (part.length === limits.urls || bytes + size > limits.bytes)) {
      parts.push((part = []));
      bytes = frame;
    }
    part.push(element);
    bytes += size;
  }
  if (parts.length === 1) return [{ name: 'sitemap', xml: urlset(parts[0]!) }];
  const files = parts.map((elements, i) => ({ name: `sitemap-${i + 1}`, xml: urlset(elements) }));
  const index = [
    HEAD,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((file) => `  <sitemap><loc>${escapeXml(address(file.name))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ name: 'sitemap', xml: index }, ...files];
}
