/**
 * The search index split into files a query loads on demand, each a classic script
 * (fetch and modules are blocked under file://). src/search/core.js (`searchStep`) reads them.
 *
 * - `search/index.js`, the manifest: how many documents there are, which kind each range of
 *   them is (for the kind boost, before any document is loaded), and how many files of
 *   each sort there are.
 * - `search/t/<bucket>.js`: the tokens whose hash falls in the bucket, each with its number of
 *   documents (for idf and for counting results) and either all its postings or, for a
 *   common token, the names of the files holding them.
 * - `search/p/<hash>.js`: a common token's documents as a set (to count and intersect
 *   exactly), or one part of its postings, ordered by weight, heaviest first, so that the
 *   best results need only the first parts. Named by their content: they never change
 *   under a name, and a rebuild leaves unchanged parts as they are.
 * - `search/n/<bucket>.js`: which documents a query names exactly (see `names` in core.js),
 *   by a hash of the name; a page is checked against its title once loaded.
 * - `search/d/<n>.js`: a few documents' rows, to show the results shown.
 *
 * Documents are numbered in the order of their paths, which is the order results with equal
 * scores are shown in. A new update's path starts with its date, the newest, and updates come
 * last (`updates/` after `themes/`), so publishing one renumbers no other document: only its
 * tokens' files, its name's and its and its project's rows change (tested).
 *
 * Term, name and document files keep their names from build to build (a server revalidates
 * them like pages); posting files, the large ones, are named by their content and never change.
 */
import { createHash } from 'node:crypto';
import { encodeNumbers, hashOf, namesOfRow } from './core.js';
import type { SearchIndex } from './search-index.ts';

/** Postings a token carries inline in its bucket, and the size of a common token's first part (later ones double). */
export const FIRST_PART = 512;
/**
 * Documents per document file. The results shown lie far apart, so that a list of 100 loads
 * about 100 of these files: two rows a file keep that near 50 KB (at four, 100 KB, a third of
 * what a query may fetch), for twice as many small files.
 */
export const DOCS_PER_FILE = 2;
/** Roughly how many bytes a term bucket aims at, and how many names a name bucket holds. */
const BUCKET_BYTES = 4096;
const NAMES_PER_BUCKET = 128;

export interface ShardFile {
  /** Relative to the output, with `/`. */
  path: string;
  text: string;
}

/** The manifest's contents: see `searchStep` in core.js. */
export interface SearchManifest {
  locale: string;
  /** Number of documents. */
  n: number;
  /** `[first document, kind]` for each run of documents of one kind. */
  kinds: [number, string][];
  /** Number of term buckets and name buckets (powers of two), and documents per document file. */
  terms: number;
  names: number;
  docs: number;
}

/** A token in its bucket: `[documents, postings]`, or `[documents, set file, [[part file, heaviest weight], …]]`. */
export type TermEntry = [number, string] | [number, string, [string, number][]];

const script = (name: string, payload: unknown) =>
  // `<` is escaped so that no text in the index can close a script element.
  `MINSHENG_SEARCH_SHARD(${JSON.stringify(name)},${JSON.stringify(payload).replace(/</g, '\\u003c')});\n`;

const nextPowerOfTwo = (n: number) => 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, n))));

/** Postings `[doc, weight]` (weight × 10), heaviest first, then by document: runs of `weight, count, doc gaps…`. */
export function encodePostings(postings: readonly (readonly [number, number])[]): string {
  const numbers: number[] = [];
  for (let i = 0; i < postings.length; ) {
    const weight = postings[i]![1];
    let end = i;
    while (end < postings.length && postings[end]![1] === weight) end++;
    numbers.push(weight, end - i);
    let previous = 0;
    for (let j = i; j < end; j++) {
      numbers.push(postings[j]![0] - previous);
      previous = postings[j]![0];
    }
    i = end;
  }
  return encodeNumbers(numbers);
}

/** A set of documents (ascending): gaps (`g…`), or a bitmap of six documents a character (`b…`) when that is shorter. */
export function encodeSet(docs: readonly number[], total: number): string {
  const gaps = 'g' + encodeNumbers(docs.map((doc, i) => doc - (i ? docs[i - 1]! : 0)));
  const bitmapLength = Math.ceil(total / 6) + 1;
  if (gaps.length <= bitmapLength) return gaps;
  const bits = new Uint8Array(Math.ceil(total / 6));
  for (const doc of docs) bits[Math.floor(doc / 6)]! |= 1 << doc % 6;
  return 'b' + encodeNumbers(Array.from(bits), true);
}

/** Documents in path order: `order[new] = old`, compared as the search page compares paths. */
function pathOrder(index: SearchIndex): number[] {
  const order = index.docs.map((_, i) => i);
  const path = (i: number) => index.docs[i]![3]!;
  return order.sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

/** The files of a sharded index (manifest first); see the top of this file. */
export function shardSearchIndex(index: SearchIndex): ShardFile[] {
  const order = pathOrder(index);
  const total = order.length;
  const renumber = new Int32Array(total);
  order.forEach((old, doc) => (renumber[old] = doc));
  for (let i = 1; i < total; i++) {
    if (index.docs[order[i]!]![3] === index.docs[order[i - 1]!]![3]) throw new Error(`Two search documents have the path "${index.docs[order[i]!]![3]}"; results could not be ordered.`);
  }
  const files: ShardFile[] = [];
  const parts = new Map<string, string>();
  /** A posting file, named by its content. */
  const part = (payload: string) => {
    const name = `p/${createHash('sha1').update(payload).digest('base64url').slice(0, 16)}`;
    parts.set(name, payload);
    return name;
  };

  const entries = new Map<string, TermEntry>();
  let inlineBytes = 0;
  for (const token of Object.keys(index.terms)) {
    const list = index.terms[token]!;
    const postings: [number, number][] = [];
    for (let p = 0, old = 0; p < list.length; p += 2) {
      old += list[p]!;
      postings.push([renumber[old]!, list[p + 1]!]);
    }
    const byWeight = postings.slice().sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (postings.length <= FIRST_PART) {
      const encoded = encodePostings(byWeight);
      inlineBytes += encoded.length + token.length * 3 + 8;
      entries.set(token, [postings.length, encoded]);
      continue;
    }
    const docs = postings.map(([doc]) => doc).sort((a, b) => a - b);
    const chunks: [string, number][] = [];
    for (let start = 0, size = FIRST_PART; start < byWeight.length; start += size, size *= 2) {
      const slice = byWeight.slice(start, start + size);
      chunks.push([part(encodePostings(slice)), slice[0]![1]]);
    }
    inlineBytes += chunks.length * 24 + 40;
    entries.set(token, [postings.length, part(encodeSet(docs, total)), chunks]);
  }
  const termBuckets = Math.min(4096, nextPowerOfTwo(inlineBytes / BUCKET_BYTES));
  const buckets = Array.from({ length: termBuckets }, () => ({}) as Record<string, TermEntry>);
  for (const [token, entry] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) buckets[hashOf(token) & (termBuckets - 1)]![token] = entry;

  // Names: each document under every name it answers to, by hash.
  const named = new Map<number, Set<number>>();
  order.forEach((old, doc) => {
    for (const name of namesOfRow(index.docs[old]!)) {
      const hash = hashOf(name);
      if (!named.has(hash)) named.set(hash, new Set());
      named.get(hash)!.add(doc);
    }
  });
  const nameBuckets = Math.min(4096, nextPowerOfTwo(named.size / NAMES_PER_BUCKET));
  const nameFiles = Array.from({ length: nameBuckets }, () => ({}) as Record<string, string>);
  for (const [hash, docs] of [...named].sort(([a], [b]) => a - b)) {
    const sorted = [...docs].sort((a, b) => a - b);
    nameFiles[hash & (nameBuckets - 1)]![hash.toString(36)] = encodeNumbers(sorted.map((doc, i) => doc - (i ? sorted[i - 1]! : 0)));
  }

  const kinds: [number, string][] = [];
  order.forEach((old, doc) => {
    const kind = index.docs[old]![0]!;
    if (kinds.at(-1)?.[1] !== kind) kinds.push([doc, kind]);
  });
  const manifest: SearchManifest = { locale: index.locale, n: total, kinds, terms: termBuckets, names: nameBuckets, docs: DOCS_PER_FILE };
  files.push({ path: 'search/index.js', text: `window.MINSHENG_SEARCH=${JSON.stringify(manifest).replace(/</g, '\\u003c')};\n` });
  buckets.forEach((bucket, b) => files.push({ path: `search/t/${b.toString(16)}.js`, text: script(`t/${b.toString(16)}`, bucket) }));
  nameFiles.forEach((bucket, b) => files.push({ path: `search/n/${b.toString(16)}.js`, text: script(`n/${b.toString(16)}`, bucket) }));
  for (let first = 0; first < total; first += DOCS_PER_FILE) {
    const name = `d/${(first / DOCS_PER_FILE).toString(16)}`;
    files.push({ path: `search/${name}.js`, text: script(name, order.slice(first, first + DOCS_PER_FILE).map((old) => index.docs[old])) });
  }
  for (const [name, payload] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) files.push({ path: `search/${name}.js`, text: script(name, payload) });
  return files;
}
