/**
 * The Atom feeds of the fixture site, parsed back: required elements present, entries
 * newest first with stable ids and absolute links, exactly the published updates, and
 * no more than the latest 50 of a site that has more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ENTRIES, atomFeed, zoneOffset } from '../../src/model/feed.ts';
import { buildSite, sandbox, type Sandbox } from '../helpers.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

interface AtomEntry { id: string; title: string; updated: string; published: string; link: { rel: string; href: string }[]; author: { name: string }; summary: string; content?: { '#text': string; type: string } }
interface Atom { feed: { id: string; title: string; updated: string; author: { name: string }; link: { rel: string; href: string }[]; entry?: AtomEntry[] } }

/** Checks the elements RFC 4287 requires and returns the parsed feed. */
function parseAtom(xml: string): Atom['feed'] {
  const parsed = parser.parse(xml) as Atom;
  const feed = parsed.feed;
  expect(feed.id).toMatch(/^urn:minsheng:feed:/);
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
  expect(feed.author.name).toBeTruthy();
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(/^urn:minsheng:update:\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
    expect(entry.link.find((l) => l.rel === 'alternate')!.href).toMatch(/^https:\/\/example\.org\/updates\/[a-z0-9-]+\/$/);
  }
  return feed;
}

describe('Atom feeds of the fixture site', () => {
  let box: Sandbox;
  const feed = (path: string) => parseAtom(readFileSync(join(box.root, 'dist', path), 'utf8'));

  beforeAll(() => {
    box = sandbox();
    const run = buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));
    if (run.status !== 0) throw new Error(run.stdout + run.stderr);
  });
  afterAll(() => box.dispose());

  it('the site feed holds exactly the published updates, newest first', () => {
    const site = feed('feed.xml');
    expect(site.entry!.map((e) => e.id)).toEqual([
      'urn:minsheng:update:2022-12-20-wangong',
      'urn:minsheng:update:2022-09-01-lianliankan',
      'urn:minsheng:update:2022-07-10-jiaozheng',
      'urn:minsheng:update:2022-06-30-fengding',
    ]);
    expect(site.updated).toBe('2022-12-20T00:00:00+08:00');
    expect(site.link.find((l) => l.rel === 'self')!.href).toBe('https://example.org/feed.xml');
    const first = site.entry![0]!;
    expect(first.summary).toBe('完工：新医院建设');
    expect(first.content!['#text'].trim()).toBe('<p>新医院通过竣工验收。</p>');
    expect(first.author.name).toBe('测试市新闻办公室');
  });

  it('a place feed holds the updates of the places below it', () => {
    expect(feed('districts/dongqu/feed.xml').entry!.map((e) => e.id.split(':').at(-1))).toEqual([
      '2022-12-20-wangong', '2022-09-01-lianliankan', '2022-07-10-jiaozheng', '2022-06-30-fengding',
    ]);
    expect(feed('districts/xiqu/feed.xml').entry!.map((e) => e.id.split(':').at(-1))).toEqual(['2022-09-01-lianliankan']);
    expect(feed('districts/xiqu/feed.xml').link.find((l) => l.rel === 'self')!.href).toBe('https://example.org/districts/xiqu/feed.xml');
  });

  it('the sitemap lists every page in every language with its alternates, and robots.txt points at it', () => {
    const sitemap = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'xhtml:link'].includes(name) }).parse(
      readFileSync(join(box.root, 'dist/sitemap.xml'), 'utf8'),
    ) as { urlset: { url: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] } };
    const locs = sitemap.urlset.url.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    // Every address is a page that exists, in each of the three languages.
    for (const loc of locs) expect(existsSync(join(box.root, 'dist', new URL(loc).pathname, 'index.html')), loc).toBe(true);
    expect(locs.filter((l) => l.includes('/en/')).length * 3).toBe(locs.length);
    expect(locs).toContain('https://example.org/zh-hant/projects/2022/xinyiyuan/');
    expect(locs).toContain('https://example.org/en/updates/2022-12-20-wangong/');
    expect(locs).not.toContain('https://example.org/projects/2022/caogao/');
    for (const url of sitemap.urlset.url) expect(url['xhtml:link'].map((l) => l.hreflang)).toEqual(['zh-Hans', 'zh-Hant', 'en']);
    expect(readFileSync(join(box.root, 'dist/robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n');
  });

  it('is announced in the page head', () => {
    const page = readFileSync(join(box.root, 'dist/districts/xiqu/index.html'), 'utf8');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="订阅动态（Atom）" href="/districts/xiqu/feed.xml">');
  });
});

describe('the feeds of a site with more updates than a feed holds', () => {
  it('hold the latest 50, newest first, in the site feed and the place feeds', () => {
    const box = sandbox();
    try {
      // Visits to 西区's kindergarten, one a day from 2023-01-01, after every update of the fixture.
      const days = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10));
      for (const day of days) box.write(`updates/${day}-canguan.md`, `---\ndate: "${day}"\ntitle: 参观幼儿园\nprojects: [2022/youeryuan]\nkind: public-visit\n---\n市民参观。\n`);
      const run = buildSite(box.content, join(box.root, 'dist'), join(box.root, 'cache'));
      if (run.status !== 0) throw new Error(run.stdout + run.stderr);
      const latest = days.toReversed().slice(0, FEED_ENTRIES).map((day) => `urn:minsheng:update:${day}-canguan`);
      for (const path of ['feed.xml', 'districts/xiqu/feed.xml', 'districts/ceshi/feed.xml']) {
        expect(parseAtom(readFileSync(join(box.root, 'dist', path), 'utf8')).entry!.map((e) => e.id), path).toEqual(latest);
      }
    } finally {
      box.dispose();
    }
  });
});

describe('the feed writer', () => {
  it('escapes text and dates entries in the site time zone', () => {
    const xml = atomFeed({
      id: 'urn:minsheng:feed:x', title: 'A & <B>', selfUrl: '/feed.xml', pageUrl: '/updates/', author: 'P "Q"', today: '2024-01-01',
      offset: (day) => zoneOffset('Asia/Shanghai', day),
      entries: [{ id: '2023-05-01-a', title: '<script>alert(1)</script>', date: '2023-05-01', url: '/updates/2023-05-01-a/', author: 'O', summary: 's', categories: ['progress'] }],
    });
    expect(xml).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(xml).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<name>P &quot;Q&quot;</name>');
    expect(parser.parse(xml).feed.entry[0].title).toBe('<script>alert(1)</script>');
    expect(xml).toContain('<updated>2023-05-01T00:00:00+08:00</updated>');
  });

  it('knows time zone offsets, including half hours and UTC', () => {
    expect(zoneOffset('Asia/Shanghai', '2024-07-01')).toBe('+08:00');
    expect(zoneOffset('Asia/Kolkata', '2024-07-01')).toBe('+05:30');
    expect(zoneOffset('UTC', '2024-07-01')).toBe('+00:00');
  });
});
