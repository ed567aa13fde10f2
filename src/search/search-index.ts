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
import { createHash } from 'node:crypto';
import type { TextConverter } from '../i18n/convert.ts';
import type { SearchDocument } from './documents.ts';
import { searchTokens } from './core.js';

export interface SearchIndex {
  /** The script the titles are in. */
  locale: string;
  /**
   * `[kind, title, detail, path, title in the other script, detail in the other script, shown]`;
   * the other script's are `''` when the same, and `shown` (see `shownLine`) only where the document has it.
   */
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
  { name: 'title', boost: 3, characters: true },
  { name: 'detail', boost: 1.5, characters: false },
  { name: 'text', boost: 1, characters: false },
] as const;

/** BM25's saturation and length normalisation, at their usual values. */
const K1 = 1.2;
const B = 0.75;

/** The tokens of one field: each distinct token with how often it occurs, and how many there are in all. */
export type FieldTokens = [tokens: string[], counts: number[], length: number];

/** A document's tokens per field, both scripts merged, and its title and detail in the other script. */
export interface DocumentTokens {
  fields: [title: FieldTokens, detail: FieldTokens, text: FieldTokens];
  titleOther: string;
  detailOther: string;
}

function counted(tokens: readonly string[]): FieldTokens {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return [[...counts.keys()], [...counts.values()], tokens.length];
}

/** What a document's tokens follow from: its three texts, and the site's exceptions to script conversion (the tokenizer and OpenCC are code). */
export function tokensKey(doc: SearchDocument, other?: TextConverter): string {
  return createHash('sha1').update(doc.title).update('\0').update(doc.detail).update('\0').update(doc.text).update('\0').update(other?.key ?? '').digest('base64url');
}

/** Each document's `tokensKey` and tokens, in the order of the documents. */
export type TokenizedDocuments = [key: string, tokens: DocumentTokens][];

/**
 * Tokenizes every document: the costly part of the index, so a caller may pass what it
 * worked out before (`previous`, by `tokensKey`) and only new or changed documents are
 * tokenized again (a build keeps tokens in its own way: src/search/shard-update.ts). `other` converts to the other script when the site has one: its tokens
 * that the original lacks join the same field, so that a query in either script matches,
 * and a token found in both scripts counts once.
 */
export function documentTokens(documents: readonly SearchDocument[], other?: TextConverter, previous?: ReadonlyMap<string, DocumentTokens>): TokenizedDocuments {
  const done = new Map<string, DocumentTokens>(previous);
  return documents.map((doc) => {
    const key = tokensKey(doc, other);
    let tokens = done.get(key);
    if (!tokens) {
      const fields = FIELDS.map((field) => {
        const options = { words: true, characters: field.characters };
        const own = searchTokens(doc[field.name], options);
        const converted = other ? other(doc[field.name]) : doc[field.name];
        if (converted === doc[field.name]) return counted(own);
        const seen = new Set(own);
        return counted([...own, ...searchTokens(converted, options).filter((token) => !seen.has(token))]);
      }) as DocumentTokens['fields'];
      tokens = { fields, titleOther: other ? other(doc.title) : doc.title, detailOther: other ? other(doc.detail) : doc.detail };
      done.set(key, tokens);
    }
    return [key, tokens];
  });
}

/**
 * Each field's average length over the documents, to two significant digits: length
 * normalisation hardly notices, and one more document then seldom moves them, so that a
 * publish leaves almost every weight, and so almost every file of the sharded index, as it was.
 */
export function fieldAverages(fieldsOf: readonly (readonly [unknown, unknown, number][])[]): number[] {
  return FIELDS.map((_, f) => Number((fieldsOf.reduce((sum, fields) => sum + fields[f]![2], 0) / Math.max(1, fieldsOf.length)).toPrecision(2)) || 1);
}

/**
 * A document's weight (× 10, rounded, at least 1) for each of its tokens, from its fields
 * (tokens, or their numbers in a table, with counts and length) and the fields' averages.
 */
export function documentWeights<T>(fields: readonly (readonly [ArrayLike<T>, ArrayLike<number>, number])[], averages: readonly number[]): Map<T, number> {
  const weight = new Map<T, number>();
  FIELDS.forEach((field, f) => {
    const [tokens, counts, length] = fields[f]!;
    const norm = K1 * (1 - B + (B * length) / averages[f]!);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const count = counts[i]!;
      weight.set(token, (weight.get(token) ?? 0) + (field.boost * count * (K1 + 1)) / (count + norm));
    }
  });
  for (const [token, w] of weight) weight.set(token, Math.max(1, Math.round(w * 10)));
  return weight;
}

/** A document's row in the index: see `SearchIndex.docs`. */
export function documentRow(doc: SearchDocument, titleOther: string, detailOther: string): string[] {
  const row = [doc.kind, doc.title, doc.detail, doc.path];
  if (titleOther !== doc.title || detailOther !== doc.detail) row.push(titleOther === doc.title ? '' : titleOther, detailOther === doc.detail ? '' : detailOther);
  if (doc.shown) row.push(...Array<string>(6 - row.length).fill(''), doc.shown);
  return row;
}

/** Builds the index from the documents and their tokens (see `documentTokens`), in the same order. */
export function buildSearchIndex(documents: readonly SearchDocument[], locale: string, other?: TextConverter, tokens = documentTokens(documents, other)): SearchIndex {
  const tokensOf = tokens.map(([, t]) => t);
  const averages = fieldAverages(tokensOf.map((t) => t.fields));
  // Document by document, so that each posting list grows in document order and needs no sorting.
  // No prototype: a token such as "constructor" must find no inherited property.
  const terms: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const last = new Map<string, number>();
  tokensOf.forEach(({ fields }, doc) => {
    for (const [token, w] of documentWeights(fields, averages)) {
      const postings = (terms[token] ??= []);
      postings.push(doc - (last.get(token) ?? 0), w);
      last.set(token, doc);
    }
  });
  const docs = documents.map((doc, i) => documentRow(doc, tokensOf[i]!.titleOther, tokensOf[i]!.detailOther));
  return { locale, docs, terms };
}

/** The classic script that carries the index. */
export function searchIndexScript(index: SearchIndex): string {
  // `<` is escaped so that no text in the index can close a script element.
  return `window.MINSHENG_SEARCH=${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
}
