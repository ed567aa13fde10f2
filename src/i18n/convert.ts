/**
 * The other Chinese script, made from built pages: the text is converted with OpenCC
 * (`cn → tw` keeps official vocabulary: 项目 → 項目, never 專案) and page links move
 * under the locale prefix. Converting rendered HTML costs one pass of text per page
 * instead of a second render.
 */
import * as OpenCC from 'opencc-js';
import { oncePerObject } from '../config.ts';
import type { Locale } from '../schemas/common.ts';
import { LOCALE_SEGMENT, OG_LOCALE } from './locales.ts';

export interface TextConverter {
  (text: string): string;
  /**
   * The runs of a page's text it converts one at a time (runs of Han characters when
   * omitted): the exceptions of a site may hold digits or Latin letters ("42天后"), and
   * must reach the converter whole.
   */
  readonly runs?: RegExp;
  /** What its output follows from besides code (the site's exceptions), for caches of converted text; absent when nothing. */
  readonly key?: string;
}

/** Site-level exceptions: text as written in the content → how it reads in the other script (`site.json` `scriptExceptions`). */
export type ScriptExceptions = Readonly<Record<string, string>>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * OpenCC's converter between the two scripts, in the direction the site needs. The
 * exceptions are taken out before OpenCC sees the text and put back as the site wrote
 * them: OpenCC's dictionaries cannot know that 范 in 范斌 is a surname, nor that 天后 after
 * a number of days means "days later".
 */
export function scriptConverter(from: Locale, to: Locale, exceptions: ScriptExceptions = {}): TextConverter {
  const opencc = openccConverter(from, to);
  const terms = Object.keys(exceptions).filter(Boolean);
  if (!terms.length) return opencc;
  // Longest first, so that a term inside a longer one does not cut it.
  const pattern = terms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|');
  const term = new RegExp(pattern, 'gu');
  const convert = (text: string): string => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(term)) {
      out += opencc(text.slice(last, match.index)) + exceptions[match[0]];
      last = match.index + match[0].length;
    }
    return out + opencc(text.slice(last));
  };
  return Object.assign(convert, {
    runs: new RegExp(`(?:${pattern}|\\p{Script=Han})+`, 'gu'),
    key: JSON.stringify(terms.map((t) => [t, exceptions[t]])),
  });
}

function openccConverter(from: Locale, to: Locale): TextConverter {
  if (from === 'zh-Hans' && to === 'zh-Hant') return OpenCC.Converter({ from: 'cn', to: 'tw' });
  if (from === 'zh-Hant' && to === 'zh-Hans') return OpenCC.Converter({ from: 'tw', to: 'cn' });
  throw new Error(`No script conversion from ${from} to ${to}.`);
}

export interface ConvertOptions {
  convert: TextConverter;
  from: Locale;
  to: Locale;
  /** The site's canonical origin, when it has one. */
  baseUrl?: string | undefined;
}

/** Text of leaf elements marked `translate="no"` (such as the names in the language switch) is kept as written. */
const KEEP = /(<[a-z][^>]*\stranslate="no"[^>]*>)([^<]*)/g;
const LOCALE_DIRS = new Set(Object.values(LOCALE_SEGMENT));

/** Moves a root-relative page address (`/2022/`) under the locale; files and other locales keep theirs. */
function localise(path: string, segment: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || !path.endsWith('/')) return path;
  const first = path.split('/')[1] ?? '';
  return LOCALE_DIRS.has(first) ? path : `/${segment}${path}`;
}

/**
 * Converts only the runs of Han characters, each run once per converter: markup is most
 * of a page, and the same names and phrases come back on thousands of pages. OpenCC's
 * phrases are Han text, so converting run by run gives the same result as the whole.
 */
const HAN_RUNS = /\p{Script=Han}+/gu;
const runCache = oncePerObject((_: TextConverter) => new Map<string, string>());
function convertHan(text: string, convert: TextConverter): string {
  const cache = runCache(convert);
  return text.replace(convert.runs ?? HAN_RUNS, (run) => {
    let converted = cache.get(run);
    if (converted === undefined) cache.set(run, (converted = convert(run)));
    return converted;
  });
}

export function convertPage(html: string, options: ConvertOptions): string {
  const segment = LOCALE_SEGMENT[options.to];
  // Convert everything but the kept text.
  let out = '';
  let last = 0;
  for (const match of html.matchAll(KEEP)) {
    out += convertHan(html.slice(last, match.index), options.convert) + match[1] + match[2];
    last = match.index + match[0].length;
  }
  out += convertHan(html.slice(last), options.convert);

  return out
    .replace(/<html lang="[^"]*"/, `<html lang="${options.to}"`)
    .replace(/<meta property="og:locale" content="[^"]*"/, `<meta property="og:locale" content="${OG_LOCALE[options.to]}"`)
    .replace(/<(a|link|form)\s[^>]*>/g, (tag) => {
      // Alternates and the language switch already point at each language.
      if (/\shreflang="/.test(tag)) {
        const target = /\shreflang="([^"]*)"/.exec(tag)![1];
        if (!tag.startsWith('<a')) return tag;
        const bare = tag.replace(/\saria-current="[^"]*"/, '');
        return target === options.to ? bare.replace(/>$/, ' aria-current="true">') : bare;
      }
      if (/\srel="canonical"/.test(tag)) return tag.replace(/href="([^"]*)"/, (_, href: string) => `href="${localiseAbsolute(href, segment, options.baseUrl)}"`);
      return tag.replace(/\s(href|action)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${localise(value, segment)}"`);
    })
    .replace(/<meta property="og:url" content="([^"]*)"/, (_, url: string) => `<meta property="og:url" content="${localiseAbsolute(url, segment, options.baseUrl)}"`);
}

function localiseAbsolute(href: string, segment: string, baseUrl: string | undefined): string {
  if (href.startsWith('/')) return localise(href, segment);
  if (!baseUrl) return href;
  const url = new URL(href);
  url.pathname = localise(url.pathname, segment);
  return url.href;
}
