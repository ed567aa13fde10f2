/** The sitemap stays within the protocol's limits per file however many pages a site has. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapFiles, type SitemapEntry } from '../../src/site/sitemaps.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });
const entries: SitemapEntry[] = Array.from({ length: 7 }, (_, i) => ({
  loc: `https://example.org/projects/${i}/`,
  alternates: [
    { hreflang: 'zh-Hans', href: `https://example.org/projects/${i}/` },
    { hreflang: 'en', href: `https://example.org/en/projects/${i}/?a&b` },
  ],
}));
const address = (name: string) => `https://example.org/${name}.xml`;
const locs = (xml: string) => (parser.parse(xml).urlset.url as { loc: string }[]).map((u) => u.loc);

describe('the sitemap', () => {
  it('is one file of addresses while the site is within the limits', () => {
    const files = sitemapFiles(entries, address);
    expect(files.map((f) => f.name)).toEqual(['sitemap']);
    expect(locs(files[0]!.xml)).toEqual(entries.map((e) => e.loc));
    const links = parser.parse(files[0]!.xml).urlset.url[3]['xhtml:link'];
    expect(links).toEqual([
      { rel: 'alternate', hreflang: 'zh-Hans', href: 'https://example.org/projects/3/' },
      { rel: 'alternate', hreflang: 'en', href: 'https://example.org/en/projects/3/?a&b' },
    ]);
    expect(files[0]!.xml).toContain('?a&amp;b');
  });

  it('becomes an index of files of at most the allowed number of addresses', () => {
    const files = sitemapFiles(entries, address, { urls: 3, bytes: 1e9 });
    expect(files.map((f) => f.name)).toEqual(['sitemap', 'sitemap-1', 'sitemap-2', 'sitemap-3']);
    const index = parser.parse(files[0]!.xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(index).toEqual(['https://example.org/sitemap-1.xml', 'https://example.org/sitemap-2.xml', 'https://example.org/sitemap-3.xml']);
    expect(files.slice(1).map((f) => locs(f.xml).length)).toEqual([3, 3, 1]);
    expect(files.slice(1).flatMap((f) => locs(f.xml))).toEqual(entries.map((e) => e.loc));
  });

  it('starts a new file before one would exceed the allowed size in bytes', () => {
    const one = sitemapFiles(entries.slice(0, 1), address)[0]!.xml;
    const element = one.indexOf('  <url>');
    const perUrl = one.lastIndexOf('</url>') + '</url>'.length - element + 1;
    // Room for two addresses and a bit, never three.
    const limit = Buffer.byteLength(one) - perUrl + 2 * perUrl + 10;
    const files = sitemapFiles(entries, address, { urls: 50_000, bytes: limit });
    expect(files.slice(1).map((f) => locs(f.xml).length)).toEqual([2, 2, 2, 1]);
    for (const file of files.slice(1)) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(limit);
  });
});
