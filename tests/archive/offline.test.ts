/** The post-build rewrite that makes a site work from disk: links to files, a banner, nothing else touched. */
import { describe, expect, it } from 'vitest';
import { offlineSite } from '../../src/archive/offline.ts';

const text = (value: string) => new TextEncoder().encode(value);
const page = (lang: string, head: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title>${head}</head><body><header><a class="site-title" href="/">站</a></header><main id="main">${body}</main></body></html>`;

const site = new Map<string, Uint8Array>([
  [
    'index.html',
    text(
      page(
        'zh-Hans',
        '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.org/"><link rel="alternate" hreflang="en" href="https://example.org/en/"><link rel="alternate" type="application/atom+xml" href="/feed.xml"><script src="/assets/search.js" defer></script>',
        '<a href="/2022/">年</a><a href="/projects/2022/x/#facts">项目</a><a href="/search/?q=%E5%8C%BB%E9%99%A2">搜</a>' +
          '<a href="#main">跳</a><a href="mailto:a@example.org">信</a><a href="https://other.example/x/">外</a><a href="https://example.org/news/1">报道</a><a href="/2019/">旧</a>' +
          '<img src="/media/a.svg" srcset="/media/a.svg 1x, /media/b%20c.svg 2x" alt="图"><p style="background: url(/media/a.svg)">样式</p>' +
          '<script type="application/json" id="labels">{"home":"/2022/"}</script>',
      ),
    ),
  ],
  ['2022/index.html', text(page('zh-Hans', '', '<a href="../projects/2022/x/">相对</a><a href="./">此页</a>'))],
  ['en/index.html', text(page('en', '', '<a href="/en/">Home</a>'))],
  ['projects/2022/x/index.html', text(page('zh-Hant', '', '<a href="/2022/">年</a>'))],
  ['search/index.html', text(page('zh-Hans', '', ''))],
  ['_astro/a.css', text('body{background:url(/media/a.svg)}@import "/_astro/b.css";.x{background:url("data:image/png;base64,AA")}')],
  ['_astro/b.css', text('.b{}')],
  ['media/a.svg', text('<svg/>')],
  ['media/b c.svg', text('<svg/>')],
  ['assets/search.js', text('var home = "/2022/";')],
  ['feed.xml', text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://example.org/feed.xml"/><link href="https://example.org/2022/?a=1&amp;b=2"/><id>https://example.org/2022/</id></feed>')],
  ['sitemap.xml', text('<urlset><url><loc>https://example.org/2022/</loc><xhtml:link rel="alternate" href="https://example.org/en/"/></url></urlset>')],
]);

const offline = offlineSite(site, {
  baseUrl: 'https://example.org',
  banner: (lang) => ({ text: lang === 'en' ? 'Archived.' : `存档（${lang}）。`, live: { label: lang === 'en' ? 'Live:' : '现状：', href: 'https://example.org/' } }),
});
const out = (path: string) => new TextDecoder().decode(offline.files.get(path));
const hrefs = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);

describe('offlineSite', () => {
  it('points every internal link at a file, relative to the page, query and fragment kept', () => {
    const home = out('index.html');
    expect(hrefs(home)).toEqual([
      '_astro/a.css',
      'https://example.org/',
      'en/index.html',
      'feed.xml',
      'assets/search.js',
      'index.html',
      // The banner's link to the live site comes first in <main>.
      'https://example.org/',
      '2022/index.html',
      'projects/2022/x/index.html#facts',
      'search/index.html?q=%E5%8C%BB%E9%99%A2',
      '#main',
      'mailto:a@example.org',
      'https://other.example/x/',
      'https://example.org/news/1',
      'https://example.org/2019/',
      'media/a.svg',
    ]);
    expect(hrefs(out('2022/index.html'))).toEqual(['../index.html', 'https://example.org/', '../projects/2022/x/index.html', 'index.html']);
    expect(hrefs(out('projects/2022/x/index.html'))).toContain('../../../2022/index.html');
  });

  it('rewrites srcset candidates and CSS url() in style attributes and stylesheets, and nothing inside scripts', () => {
    const home = out('index.html');
    expect(home).toContain('srcset="media/a.svg 1x, media/b%20c.svg 2x"');
    expect(home).toContain('style="background: url(media/a.svg)"');
    expect(home).toContain('<script type="application/json" id="labels">{"home":"/2022/"}</script>');
    expect(out('_astro/a.css')).toBe('body{background:url(../media/a.svg)}@import "b.css";.x{background:url("data:image/png;base64,AA")}');
    expect(out('assets/search.js')).toBe('var home = "/2022/";');
  });

  it('leaves the canonical address, external links and the sitemap pointing at the live site', () => {
    expect(out('index.html')).toContain('<link rel="canonical" href="https://example.org/">');
    expect(out('sitemap.xml')).toBe(new TextDecoder().decode(site.get('sitemap.xml')));
  });

  it('rewrites the addresses of Atom feeds but not their ids', () => {
    expect(out('feed.xml')).toBe('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="feed.xml"/><link href="2022/index.html?a=1&amp;b=2"/><id>https://example.org/2022/</id></feed>');
  });

  it('reports site-relative links to pages that are not in the archive, and sends them to the live site', () => {
    expect(offline.outside).toEqual([{ file: 'index.html', link: '/2019/' }]);
  });

  it('puts the banner first in <main>, in the page language, as markup', () => {
    expect(out('index.html')).toContain('<main id="main"><p class="archive-banner" role="note">存档（zh-Hans）。现状：<a href="https://example.org/" rel="external">https://example.org/</a></p><a href=');
    expect(out('en/index.html')).toContain('<p class="archive-banner" role="note">Archived. Live:<a href="https://example.org/" rel="external">');
    expect(out('projects/2022/x/index.html')).toContain('存档（zh-Hant）。');
  });

  it('keeps files it does not rewrite byte for byte', () => {
    expect(offline.files.get('media/a.svg')).toBe(site.get('media/a.svg'));
    expect([...offline.files.keys()].sort()).toEqual([...site.keys()].sort());
  });
});
