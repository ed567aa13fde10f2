/**
 * A built site made to work from disk (`file://`): every internal link becomes a relative
 * path to a file (`../projects/2022/x/index.html`, never `./x/`, which opens a directory
 * listing or nothing), in HTML attributes, stylesheets and Atom feeds; every page gets a
 * banner saying it is an archived record. Astro has no relative-link mode, and
 * `astro-relative-links` leaves directory links, hence this post-build rewrite.
 *
 * Links are rewritten only in attributes and in CSS `url()`: the contents of inline
 * scripts are left as they are, so their CSP hashes stay valid. The banner is markup.
 */
import { posix } from 'node:path';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { FileMap } from './bagit.ts';

export interface Banner {
  /** The sentence saying what the page is. */
  text: string;
  /** A link to the live site, when it has an address. */
  live?: { label: string; href: string };
}

export interface OfflineOptions {
  /** The site's canonical origin: absolute links to it are internal too. */
  baseUrl?: string | undefined;
  /** The banner of a page in the language of its `<html lang>`, put first in `<main>`. */
  banner?: (lang: string) => Banner;
}

export interface OfflineSite {
  files: Map<string, Uint8Array>;
  /** Internal links that lead to no file of the site, by file: kept as they were (or made absolute on the live site). */
  outside: { file: string; link: string }[];
}

/** Any origin that cannot be real: relative links are resolved against it. */
const HERE = 'http://archive.invalid/';

/** HTML attributes that hold one address (hast property names). */
const URL_PROPERTIES = ['href', 'src', 'poster', 'action', 'formAction', 'xLinkHref', 'data', 'cite'] as const;

const encodePath = (path: string) => path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');

/** Turns one link found in `from` into what it should be in the offline copy; `undefined` leaves it unchanged. */
type Resolve = (link: string, from: string) => string | undefined;

function resolver(files: FileMap, baseUrl: string | undefined, outside: OfflineSite['outside']): Resolve {
  const liveOrigin = baseUrl ? new URL(baseUrl).origin : undefined;
  const fileFor = (path: string): string | undefined => {
    const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.find((candidate) => files.has(candidate));
  };
  return (link, from) => {
    const raw = link.trim();
    if (raw === '' || raw.startsWith('#')) return undefined;
    // Other schemes (mailto:, tel:, data:, javascript:) are not files.
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) return undefined;
    let url: URL;
    try {
      url = new URL(raw, HERE + encodePath(from));
    } catch {
      return undefined;
    }
    const absolute = url.origin !== new URL(HERE).origin;
    if (absolute && url.origin !== liveOrigin) return undefined;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).slice(1);
    } catch {
      return undefined;
    }
    const target = fileFor(path);
    if (target === undefined) {
      // A link written as an address of the live site stays one; a site-relative link is reported.
      if (absolute) return undefined;
      outside.push({ file: from, link: raw });
      return baseUrl ? new URL(`${url.pathname}${url.search}${url.hash}`, baseUrl).href : undefined;
    }
    const relative = posix.relative(posix.dirname(from), target);
    return `${encodePath(relative)}${url.search}${url.hash}`;
  };
}

/** `url(…)` and `@import "…"` in CSS. */
function rewriteCss(css: string, from: string, resolve: Resolve): string {
  return css
    .replace(/url\(\s*(["']?)([^"')]*?)\1\s*\)/g, (whole, quote: string, link: string) => {
      const next = resolve(link, from);
      return next === undefined ? whole : `url(${quote}${next}${quote})`;
    })
    .replace(/@import\s+(["'])([^"']*)\1/g, (whole, quote: string, link: string) => {
      const next = resolve(link, from);
      return next === undefined ? whole : `@import ${quote}${next}${quote}`;
    });
}

/** `srcset` candidates: an address, then an optional width or density. */
function rewriteSrcset(value: string, from: string, resolve: Resolve): string {
  return value
    .split(',')
    .map((candidate) => {
      const [link = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [resolve(link, from) ?? link, ...descriptor].join(' ');
    })
    .join(', ');
}

function rewriteElement(element: Element, from: string, resolve: Resolve): void {
  const p: Properties = element.properties;
  // The canonical address names the page on the live site, which is what it is for.
  const canonical = Array.isArray(p.rel) && p.rel.includes('canonical');
  for (const name of URL_PROPERTIES) {
    if (canonical && name === 'href') continue;
    const value = p[name];
    if (typeof value === 'string') p[name] = resolve(value, from) ?? value;
  }
  // hast splits `srcset` at commas into a list.
  const srcSet: unknown = p.srcSet;
  if (typeof srcSet === 'string' || Array.isArray(srcSet)) p.srcSet = rewriteSrcset([srcSet].flat().join(', '), from, resolve);
  if (typeof p.style === 'string') p.style = rewriteCss(p.style, from, resolve);
  const httpEquiv: unknown = p.httpEquiv;
  const content: unknown = p.content;
  if (element.tagName === 'meta' && String(httpEquiv).toLowerCase() === 'refresh' && typeof content === 'string') {
    p.content = content.replace(/^(\s*\d+\s*;\s*url\s*=\s*)(.+)$/i, (whole, head: string, link: string) => {
      const next = resolve(link, from);
      return next === undefined ? whole : `${head}${next}`;
    });
  }
  if (element.tagName === 'style') {
    for (const child of element.children) if (child.type === 'text') child.value = rewriteCss(child.value, from, resolve);
  }
}

function walk(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type === 'element') {
      visit(child);
      walk(child, visit);
    }
  }
}

function find(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function bannerElement(banner: Banner): Element {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const children: ElementContent[] = [text(banner.text)];
  if (banner.live) {
    // A space after a Latin sentence; Chinese runs on after its full stop.
    children.push(text(/[\x21-\x7e]$/.test(banner.text) ? ` ${banner.live.label}` : banner.live.label), {
      type: 'element',
      tagName: 'a',
      properties: { href: banner.live.href, rel: ['external'] },
      children: [text(banner.live.href)],
    });
  }
  return { type: 'element', tagName: 'p', properties: { className: ['archive-banner'], role: 'note' }, children };
}

function rewriteHtml(html: string, from: string, resolve: Resolve, options: OfflineOptions): string {
  const tree = fromHtml(html);
  walk(tree, (element) => rewriteElement(element, from, resolve));
  if (options.banner) {
    const lang = find(tree, 'html')?.properties.lang;
    // A page without <main> gets the banner at the top of its body.
    const host = find(tree, 'main') ?? find(tree, 'body');
    host?.children.unshift(bannerElement(options.banner(typeof lang === 'string' ? lang : '')));
  }
  // Astro writes <!DOCTYPE html>; keep it, as HTML linters expect.
  return toHtml(tree, { upperDoctype: true });
}

/** Atom feeds hold addresses in `href` attributes; other XML (the sitemap) names the live site on purpose. */
function rewriteFeed(xml: string, from: string, resolve: Resolve): string {
  return xml.replace(/(\shref=")([^"]*)(")/g, (whole, head: string, value: string, tail: string) => {
    const next = resolve(value.replace(/&amp;/g, '&'), from);
    return next === undefined ? whole : `${head}${next.replace(/&/g, '&amp;')}${tail}`;
  });
}

export function offlineSite(files: FileMap, options: OfflineOptions = {}): OfflineSite {
  const outside: OfflineSite['outside'] = [];
  const resolve = resolver(files, options.baseUrl, outside);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const result = new Map<string, Uint8Array>();
  for (const [path, bytes] of files) {
    if (path.endsWith('.html')) result.set(path, encoder.encode(rewriteHtml(decoder.decode(bytes), path, resolve, options)));
    else if (path.endsWith('.css')) result.set(path, encoder.encode(rewriteCss(decoder.decode(bytes), path, resolve)));
    else if (path.endsWith('.xml') && /<feed[\s>]/.test(decoder.decode(bytes))) result.set(path, encoder.encode(rewriteFeed(decoder.decode(bytes), path, resolve)));
    else result.set(path, bytes);
  }
  return { files: result, outside };
}
