/**
 * The search index shipped to the browser, in both Chinese scripts so that a query in
 * either finds both, serialised into a classic script (`window.MINSHENG_SEARCH = …`)
 * because fetch and modules are blocked under file://. src/search/core.js searches it.
 *
 * The format is ours rather than a library's: an inverted index of the tokens of
 * core.js, each with the documents holding it and a precomputed weight. It is built in
 * one pass of counting, which keeps a province-sized site's index to seconds, and it is
 * smaller to download than a general-purpose engine's.
 */
import type { TextConverter } from '../i18n/convert.ts';
import type { SearchDocument } from './documents.ts';
import { searchTokens } from './core.js';

export interface SearchIndex {
  /** The script the titles are in. */
  locale: string;
  /** `[kind, title, detail, path, title in the other script, detail in the other script]`; the last two are `''` when the same. */
  docs: string[][];
  /** Token → `[gap to the previous document, weight × 10, …]`, documents ascending. */
  terms: Record<string, number[]>;
}

/**
 * Where a token counts and how much: a title match outweighs a match in the places and
 * date line, which outweighs one in the text. Titles also hold single characters, so that
 * a one-character query finds them.
 */
const FIELDS = [
  { name: 'title', other: 'titleOther', boost: 3, characters: true },
  { name: 'detail', other: 'detailOther', boost: 1.5, characters: false },
  { name: 'text', other: 'textOther', boost: 1, characters: false },
] as const;

/** BM25's saturation and length normalisation, at their usual values. */
const K1 = 1.2;
const B = 0.75;

type Prepared = SearchDocument & { titleOther: string; detailOther: string; textOther: string };

/**
 * Builds the index. `other` converts to the other script when the site has one: its
 * tokens that the original lacks are indexed in the same field, so that a query in
 * either script matches, and a token found in both scripts counts once.
 */
export function buildSearchIndex(documents: readonly SearchDocument[], locale: string, other?: TextConverter): SearchIndex {
  const prepared: Prepared[] = documents.map((doc) => ({
    ...doc,
    titleOther: other ? other(doc.title) : doc.title,
    detailOther: other ? other(doc.detail) : doc.detail,
    textOther: other ? other(doc.text) : doc.text,
  }));
  const weights = new Map<string, Map<number, number>>();
  for (const field of FIELDS) {
    const options = { words: true, characters: field.characters };
    const tokensOf = prepared.map((doc) => {
      const tokens = searchTokens(doc[field.name], options);
      const converted = doc[field.other];
      if (converted === doc[field.name]) return tokens;
      const own = new Set(tokens);
      return [...tokens, ...searchTokens(converted, options).filter((token) => !own.has(token))];
    });
    const average = tokensOf.reduce((sum, tokens) => sum + tokens.length, 0) / Math.max(1, tokensOf.length) || 1;
    tokensOf.forEach((tokens, doc) => {
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * tokens.length) / average);
      for (const [token, count] of counts) {
        let postings = weights.get(token);
        if (!postings) weights.set(token, (postings = new Map()));
        postings.set(doc, (postings.get(doc) ?? 0) + (field.boost * count * (K1 + 1)) / (count + norm));
      }
    });
  }
  const terms: Record<string, number[]> = {};
  for (const [token, postings] of weights) {
    const list: number[] = [];
    let previous = 0;
    for (const doc of [...postings.keys()].sort((a, b) => a - b)) {
      list.push(doc - previous, Math.max(1, Math.round(postings.get(doc)! * 10)));
      previous = doc;
    }
    terms[token] = list;
  }
  const docs = prepared.map((doc) => {
    const row = [doc.kind, doc.title, doc.detail, doc.path];
    if (doc.titleOther !== doc.title || doc.detailOther !== doc.detail) row.push(doc.titleOther === doc.title ? '' : doc.titleOther, doc.detailOther === doc.detail ? '' : doc.detailOther);
    return row;
  });
  return { locale, docs, terms };
}

/** The classic script that carries the index. */
export function searchIndexScript(index: SearchIndex): string {
  // `<` is escaped so that no text in the index can close a script element.
  return `window.MINSHENG_SEARCH=${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
}
