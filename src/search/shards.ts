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

/**
 * Postings (weight × 10) heaviest first, then by document — `docs[i]` with `weights[i]`
 * from `start` to `end` — as runs of `weight, count, doc gaps…`.
 */
export function encodePostings(docs: ArrayLike<number>, weights: ArrayLike<number>, start = 0, end = docs.length): string {
  const numbers: number[] = [];
  for (let i = start; i < end; ) {
    const weight = weights[i]!;
    let run = i;
    while (run < end && weights[run] === weight) run++;
    numbers.push(weight, run - i);
    let previous = 0;
    for (let j = i; j < run; j++) {
      numbers.push(docs[j]! - previous);
      previous = docs[j]!;
    }
    i = run;
  }
  return encodeNumbers(numbers);
}

/** All a set's encoding takes of the number of documents: the length of its bitmap. */
export const setWidth = (total: number): number => Math.ceil(total / 6);

/** A set of documents (ascending): gaps (`g…`), or a bitmap of six documents a character (`b…`) when that is shorter. */
export function encodeSet(docs: readonly number[], total: number): string {
  const gaps = 'g' + encodeNumbers(docs.map((doc, i) => doc - (i ? docs[i - 1]! : 0)));
  if (gaps.length <= setWidth(total) + 1) return gaps;
  const bits = new Uint8Array(setWidth(total));
  for (const doc of docs) bits[Math.floor(doc / 6)]! |= 1 << doc % 6;
  return 'b' + encodeNumbers(Array.from(bits), true);
}

/** Compares paths as the search page does, to number documents in the order of their paths. */
export const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Throws unless every path of `sorted` (in path order) is its own: results could not be ordered. */
export function assertDistinctPaths(sorted: readonly string[]): void {
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new Error(`Two search documents have the path "${sorted[i]}"; results could not be ordered.`);
  }
}

/** A posting file's name: a hash of its content, so that it never changes under its name. */
export const partName = (payload: string): string => `p/${createHash('sha1').update(payload).digest('base64url').slice(0, 16)}`;

/** A posting file (`p/…`) of the output. */
export const partFile = (name: string, payload: string): ShardFile => ({ path: `search/${name}.js`, text: script(name, payload) });

/**
 * A token's entry in its bucket, from its postings `[doc, weight, …]` (documents ascending)
 * among `total` documents, and the bytes it adds to the buckets (which decide how many
 * there are). A common token's set and parts go to `part` (payload → name), which keeps
 * their files.
 */
export function termEntry(token: string, list: ArrayLike<number>, total: number, part: (payload: string) => string): { entry: TermEntry; bytes: number } {
  const count = list.length / 2;
  // Heaviest first, then by document: a counting sort by weight, which keeps the documents' order.
  let heaviest = 0;
  for (let p = 1; p < list.length; p += 2) heaviest = Math.max(heaviest, list[p]!);
  const next = new Int32Array(heaviest + 2);
  for (let p = 1; p < list.length; p += 2) next[heaviest - list[p]! + 1]!++;
  for (let w = 1; w < next.length; w++) next[w]! += next[w - 1]!;
  const docs = new Int32Array(count);
  const weights = new Int32Array(count);
  for (let p = 0; p < list.length; p += 2) {
    const at = next[heaviest - list[p + 1]!]!++;
    docs[at] = list[p]!;
    weights[at] = list[p + 1]!;
  }
  if (count <= FIRST_PART) {
    const encoded = encodePostings(docs, weights);
    return { entry: [count, encoded], bytes: encoded.length + token.length * 3 + 8 };
  }
  const chunks: [string, number][] = [];
  for (let start = 0, size = FIRST_PART; start < count; start += size, size *= 2) chunks.push([part(encodePostings(docs, weights, start, Math.min(count, start + size))), weights[start]!]);
  const ascending: number[] = [];
  for (let p = 0; p < list.length; p += 2) ascending.push(list[p]!);
  return { entry: [count, part(encodeSet(ascending, total)), chunks], bytes: chunks.length * 24 + 40 };
}

/** How many term buckets the index has, for the bytes its entries take (see `termEntry`). */
export const termBucketCount = (inlineBytes: number): number => Math.min(4096, nextPowerOfTwo(inlineBytes / BUCKET_BYTES));

/** A term bucket's file, from its tokens and their entries, the tokens in ascending order. */
export function termBucketFile(bucket: number, entries: Iterable<readonly [string, TermEntry]>): ShardFile {
  const record = {} as Record<string, TermEntry>;
  for (const [token, entry] of entries) record[token] = entry;
  return { path: `search/t/${bucket.toString(16)}.js`, text: script(`t/${bucket.toString(16)}`, record) };
}

/** The hashes of every name a document answers to (see `names` in core.js), given its row. */
export const nameHashes = (row: readonly string[]): number[] => namesOfRow(row as string[]).map(hashOf);

/** The name files (`n/…`) of documents in path order, given by their `nameHashes`. */
export function nameFiles(hashesOf: readonly ArrayLike<number>[]): ShardFile[] {
  // Each document under every name it answers to, by hash.
  const named = new Map<number, Set<number>>();
  hashesOf.forEach((hashes, doc) => {
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]! >>> 0;
      if (!named.has(hash)) named.set(hash, new Set());
      named.get(hash)!.add(doc);
    }
  });
  const nameBuckets = Math.min(4096, nextPowerOfTwo(named.size / NAMES_PER_BUCKET));
  const buckets = Array.from({ length: nameBuckets }, () => ({}) as Record<string, string>);
  for (const [hash, docs] of [...named].sort(([a], [b]) => a - b)) {
    const sorted = [...docs].sort((a, b) => a - b);
    buckets[hash & (nameBuckets - 1)]![hash.toString(36)] = encodeNumbers(sorted.map((doc, i) => doc - (i ? sorted[i - 1]! : 0)));
  }
  return buckets.map((bucket, b) => ({ path: `search/n/${b.toString(16)}.js`, text: script(`n/${b.toString(16)}`, bucket) }));
}

/** The document file (`d/…`) that starts with document `first`, given its documents' rows. */
export function docFile(first: number, rows: readonly string[][]): ShardFile {
  const name = `d/${(first / DOCS_PER_FILE).toString(16)}`;
  return { path: `search/${name}.js`, text: script(name, rows) };
}

/** The manifest (`search/index.js`) of documents in path order, given by their rows. */
export function manifestFile(locale: string, rows: readonly string[][], termBuckets: number, nameBuckets: number): ShardFile {
  const kinds: [number, string][] = [];
  rows.forEach((row, doc) => {
    if (kinds.at(-1)?.[1] !== row[0]) kinds.push([doc, row[0]!]);
  });
  const manifest: SearchManifest = { locale, n: rows.length, kinds, terms: termBuckets, names: nameBuckets, docs: DOCS_PER_FILE };
  return { path: 'search/index.js', text: `window.MINSHENG_SEARCH=${JSON.stringify(manifest).replace(/</g, '\\u003c')};\n` };
}

/**
 * The files of a sharded index (manifest first), made in full; see the top of this file.
 * A build keeps them up to date with src/search/shard-update.ts instead, which gives the
 * same files.
 */
export function shardSearchIndex(index: SearchIndex): ShardFile[] {
  const order = index.docs.map((_, i) => i).sort((a, b) => byPath(index.docs[a]![3]!, index.docs[b]![3]!));
  const rows = order.map((old) => index.docs[old]!);
  assertDistinctPaths(rows.map((row) => row[3]!));
  const total = order.length;
  const renumber = new Int32Array(total);
  order.forEach((old, doc) => (renumber[old] = doc));
  const parts = new Map<string, string>();
  const part = (payload: string) => {
    const name = partName(payload);
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
    const { entry, bytes } = termEntry(token, postings.sort((a, b) => a[0] - b[0]).flat(), total, part);
    inlineBytes += bytes;
    entries.set(token, entry);
  }
  const termBuckets = termBucketCount(inlineBytes);
  const buckets = Array.from({ length: termBuckets }, () => [] as [string, TermEntry][]);
  for (const [token, entry] of [...entries].sort(([a], [b]) => byPath(a, b))) buckets[hashOf(token) & (termBuckets - 1)]!.push([token, entry]);
  const names = nameFiles(rows.map(nameHashes));

  const files: ShardFile[] = [manifestFile(index.locale, rows, termBuckets, names.length)];
  buckets.forEach((bucket, b) => files.push(termBucketFile(b, bucket)));
  files.push(...names);
  for (let first = 0; first < total; first += DOCS_PER_FILE) files.push(docFile(first, rows.slice(first, first + DOCS_PER_FILE)));
  for (const [name, payload] of [...parts].sort(([a], [b]) => byPath(a, b))) files.push(partFile(name, payload));
  return files;
}
