/**
 * The sharded index (src/search/shards.ts) kept up to date from build to build. Rebuilding
 * it whole for one published update meant re-reading every document's tokens and remaking
 * every posting list; at 5,000 projects that took most of a publish. Instead a build keeps
 * what the index was made from (`SearchState`, in the output's records) and works out:
 *
 * - the tokens of new or changed documents only (a document's tokens follow from its texts:
 *   `tokensKey`);
 * - the posting lists of the tokens those documents hold or held, and of the tokens of the
 *   documents whose number moved (documents are numbered in path order), and nothing else;
 * - the files that changed: the term buckets of those tokens, new posting files, the name
 *   and document files whose text differs, and the manifest. The others are named as kept.
 *
 * Weights depend on the fields' average lengths; when those move (seldom: they are rounded),
 * every posting list is remade from the kept tokens, still without tokenizing again. With
 * no state (a first or full build) every document is new, and the same code makes it all:
 * the files are always those `shardSearchIndex` makes from the whole index (tested).
 */
import { deserialize, serialize } from 'node:v8';
import type { TextConverter } from '../i18n/convert.ts';
import { hashOf } from './core.js';
import type { SearchDocument } from './documents.ts';
import { documentRow, documentTokens, documentWeights, fieldAverages, tokensKey } from './search-index.ts';
import { assertDistinctPaths, byPath, DOCS_PER_FILE, docFile, encodeSet, manifestFile, nameFiles, nameHashes, partFile, partName, setWidth, termBucketCount, termBucketFile, termEntry, type ShardFile, type TermEntry } from './shards.ts';

/** What the last build's search files were made from, by document in path order and by token. */
export interface SearchState {
  /** The locale and the script conversion: tokens and files made under others are not reused. */
  context: string;
  averages: number[];
  termBuckets: number;
  /** By document: its path, `tokensKey`, title and detail in the other script, and row as JSON. */
  paths: string[];
  keys: string[];
  others: string[][];
  rows: string[];
  /** By document: its fields as token numbers and counts (`packFields`), as `toBytes`. */
  fields: Uint8Array[];
  /** The token table: every token's text and hash. Numbers stay as long as the state does. */
  tokens: string[];
  hashes: Uint32Array;
  /** By token: `[doc, weight, …]`, documents ascending (empty once no document holds it), as `listBytes`. */
  postings: Uint8Array[];
  /** By token: the bytes its entry adds to the buckets (see `termEntry`). */
  bytes: Float64Array;
  /** The entries of common tokens (their set and part files cost hashing; an inline entry is remade at once). */
  common: Map<number, TermEntry>;
  /** The texts of the name files, by bucket. */
  names: string[];
  /** By document: the hashes of its names (`nameHashes`). */
  nameHashes: Int32Array[];
}

/** The search files made from the documents, and what the next build needs to update them. */
export interface ShardUpdate {
  /** Files whose text is new or may differ from the last build's. */
  files: ShardFile[];
  /** Files (relative to the output) exactly as the last build wrote them. */
  kept: string[];
  state: SearchState;
}

/**
 * A document's fields in one array: each field's length and number of distinct tokens, then
 * each field's token numbers and counts. One array a document keeps the state quick to store.
 */
function packFields(fields: readonly (readonly [readonly number[], readonly number[], number])[]): Int32Array {
  const packed = new Int32Array(6 + fields.reduce((sum, [ids]) => sum + 2 * ids.length, 0));
  let at = 6;
  fields.forEach(([ids, counts, length], f) => {
    packed[2 * f] = length;
    packed[2 * f + 1] = ids.length;
    packed.set(ids, at);
    packed.set(counts, at + ids.length);
    at += 2 * ids.length;
  });
  return packed;
}

/** `packFields` undone: each field's token numbers, counts and length. */
function unpackFields(packed: Int32Array): [Int32Array, Int32Array, number][] {
  let at = 6;
  return [0, 1, 2].map((f) => {
    const n = packed[2 * f + 1]!;
    const field: [Int32Array, Int32Array, number] = [packed.subarray(at, at + n), packed.subarray(at + n, at + 2 * n), packed[2 * f]!];
    at += 2 * n;
    return field;
  });
}

/** The token numbers of a packed document, each once. */
function tokenIdsOf(packed: Int32Array): Set<number> {
  const ids = new Set<number>();
  for (const [tokens] of unpackFields(packed)) for (const id of tokens) ids.add(id);
  return ids;
}

/**
 * Non-negative integers as bytes, seven bits a byte (the high bit: more follow). Token
 * numbers, counts, weights and document gaps are small: the state takes a third of the
 * room of 32-bit integers, and reading and writing it costs as much less.
 */
function toBytes(numbers: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(5 * numbers.length);
  let at = 0;
  for (let i = 0; i < numbers.length; i++) {
    let n = numbers[i]!;
    while (n > 127) {
      bytes[at++] = (n & 127) | 128;
      n >>>= 7;
    }
    bytes[at++] = n;
  }
  return bytes.slice(0, at);
}

/** The first `count` numbers of `toBytes`. */
function firstNumbers(bytes: Uint8Array, count: number): number[] {
  const numbers: number[] = [];
  for (let i = 0, n = 0, shift = 0; numbers.length < count && i < bytes.length; i++) {
    n |= (bytes[i]! & 127) << shift;
    shift += 7;
    if (bytes[i]! < 128) {
      numbers.push(n);
      n = shift = 0;
    }
  }
  return numbers;
}

/** `toBytes` undone. */
function fromBytes(bytes: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 128) count++;
  const numbers = new Int32Array(count);
  for (let i = 0, k = 0, n = 0, shift = 0; i < bytes.length; i++) {
    n |= (bytes[i]! & 127) << shift;
    shift += 7;
    if (bytes[i]! < 128) {
      numbers[k++] = n;
      n = shift = 0;
    }
  }
  return numbers;
}

/** A posting list `[doc, weight, …]` (documents ascending) as bytes: each document as its gap to the one before. */
function listBytes(list: ArrayLike<number>): Uint8Array {
  const gaps = Int32Array.from(list);
  for (let p = gaps.length - 2; p > 0; p -= 2) gaps[p] = gaps[p]! - gaps[p - 2]!;
  return toBytes(gaps);
}

/** `listBytes` undone. */
function listOf(bytes: Uint8Array): Int32Array {
  const list = fromBytes(bytes);
  for (let p = 2; p < list.length; p += 2) list[p] = list[p]! + list[p - 2]!;
  return list;
}

/**
 * The search files of `documents` (any order), updated from the state of the last build
 * when there is one: see the top of this file.
 */
export function updateShards(documents: readonly SearchDocument[], locale: string, converter: TextConverter | undefined, last?: SearchState): ShardUpdate {
  const context = JSON.stringify([locale, converter?.key ?? '']);
  const previous = last?.context === context ? last : undefined;
  const docs = documents.slice().sort((a, b) => byPath(a.path, b.path));
  assertDistinctPaths(docs.map((doc) => doc.path));
  const total = docs.length;

  // The token table, continued from the last build's so that kept documents keep their numbers.
  const tokens = previous ? previous.tokens.slice() : [];
  const hashes: number[] = previous ? Array.from(previous.hashes) : [];
  const idOf = new Map(tokens.map((token, id) => [token, id]));
  const intern = (token: string) => {
    let id = idOf.get(token);
    if (id === undefined) {
      id = tokens.push(token) - 1;
      hashes.push(hashOf(token));
      idOf.set(token, id);
    }
    return id;
  };

  // Each document's tokens: the last build's where its path and texts are the same.
  const lastDoc = new Map(previous?.paths.map((path, i) => [path, i]));
  const keys: string[] = [];
  /** Each document's fields, as the state keeps them, and unpacked where they were made now. */
  const fields: Uint8Array[] = [];
  const made = new Map<number, Int32Array>();
  const others: string[][] = [];
  /** For each document, its number in the last build when its tokens come from there, else -1. */
  const kept = new Int32Array(total).fill(-1);
  docs.forEach((doc, i) => {
    const key = tokensKey(doc, converter);
    const j = lastDoc.get(doc.path);
    keys.push(key);
    if (j !== undefined && previous!.keys[j] === key) {
      kept[i] = j;
      fields.push(previous!.fields[j]!);
      others.push(previous!.others[j]!);
      return;
    }
    const tokenized = documentTokens([doc], converter)[0]![1];
    const packed = packFields(tokenized.fields.map(([list, counts, length]) => [list.map(intern), counts, length] as const));
    made.set(i, packed);
    fields.push(toBytes(packed));
    others.push([tokenized.titleOther, tokenized.detailOther]);
  });

  const unpacked = (doc: number) => made.get(doc) ?? fromBytes(fields[doc]!);
  // The fields' lengths open each document's bytes: only they are read for the averages.
  const averages = fieldAverages(fields.map((bytes) => {
    const lengths = firstNumbers(bytes, 6);
    return [0, 1, 2].map((f) => [0, 0, lengths[2 * f]!] as [0, 0, number]);
  }));
  const sameWeights = previous !== undefined && averages.every((average, f) => average === previous.averages[f]);
  /** Each token's list as the state keeps it, and read (or made) where it is needed. */
  const postings: Uint8Array[] = previous ? previous.postings.slice() : [];
  const lists = new Map<number, Int32Array>();
  const listAt = (id: number) => {
    let list = lists.get(id);
    if (!list) lists.set(id, (list = postings[id] ? listOf(postings[id]) : new Int32Array(0)));
    return list;
  };
  const setList = (id: number, list: Int32Array) => {
    lists.set(id, list);
    postings[id] = listBytes(list);
  };
  /** Tokens whose posting lists changed. */
  const changed = new Set<number>();

  if (!sameWeights) {
    // Every weight moves: every posting list is remade, document by document (so in order).
    const lists = tokens.map(() => [] as number[]);
    const remade = tokens.map(() => [] as number[]);
    fields.forEach((_, doc) => {
      for (const [id, weight] of documentWeights(unpackFields(unpacked(doc)), averages)) remade[id]!.push(doc, weight);
    });
    remade.forEach((list, id) => {
      setList(id, Int32Array.from(list));
      changed.add(id);
    });
  } else {
    // The last build's documents: where each is now (-1: gone, or its tokens changed).
    const now = new Int32Array(previous.paths.length).fill(-1);
    kept.forEach((j, i) => {
      if (j >= 0) now[j] = i;
    });
    // Its tokens' lists change when a document goes, changes or moves …
    now.forEach((i, j) => {
      if (i !== j) for (const id of tokenIdsOf(fromBytes(previous.fields[j]!))) changed.add(id);
    });
    // … or comes, with the postings it brings.
    const added = new Map<number, number[]>();
    kept.forEach((j, doc) => {
      if (j >= 0) return;
      for (const [id, weight] of documentWeights(unpackFields(unpacked(doc)), averages)) {
        changed.add(id);
        let list = added.get(id);
        if (!list) added.set(id, (list = []));
        list.push(doc, weight);
      }
    });
    // Kept documents keep their order (both numberings follow the paths), and the new ones
    // come in order: the two merge into a list in order.
    for (const id of changed) {
      const old = listAt(id);
      const more = added.get(id) ?? [];
      const list = new Int32Array(old.length + more.length);
      let at = 0;
      let m = 0;
      for (let p = 0; p < old.length; p += 2) {
        const doc = now[old[p]!]!;
        if (doc < 0) continue;
        for (; m < more.length && more[m]! < doc; m += 2) (list[at++] = more[m]!), (list[at++] = more[m + 1]!);
        list[at++] = doc;
        list[at++] = old[p + 1]!;
      }
      for (; m < more.length; m += 2) (list[at++] = more[m]!), (list[at++] = more[m + 1]!);
      setList(id, list.slice(0, at));
    }
  }

  // Entries to remake: those of changed lists, and, when the number of documents changed,
  // every common token's (its set is sized by it).
  const remake = new Set(changed);
  /** Common tokens whose entry changed although their postings did not. */
  const dirtyEntries = new Set<number>();
  const bytes = new Float64Array(tokens.length);
  if (previous) bytes.set(previous.bytes);
  const common = new Map(previous?.common);
  const lastParts = new Set(partsOf(previous?.common.values() ?? []));
  const newParts = new Map<string, string>();
  const part = (payload: string) => {
    const name = partName(payload);
    if (!lastParts.has(name)) newParts.set(name, payload);
    return name;
  };
  // A common token's set is sized by the number of documents: when that size moves, the
  // sets of the other common tokens are made again (their parts stay).
  if (previous && setWidth(total) !== setWidth(previous.paths.length)) {
    for (const [id, entry] of common) {
      if (remake.has(id) || entry.length !== 3) continue;
      const list = listAt(id);
      const docs: number[] = [];
      for (let p = 0; p < list.length; p += 2) docs.push(list[p]!);
      common.set(id, [entry[0], part(encodeSet(docs, total)), entry[2]]);
      dirtyEntries.add(id);
    }
  }
  for (const id of remake) {
    common.delete(id);
    bytes[id] = 0;
    if (!postings[id]!.length) continue;
    const { entry, bytes: size } = termEntry(tokens[id]!, listAt(id), total, part);
    bytes[id] = size;
    if (entry.length === 3) common.set(id, entry);
  }

  // Term buckets: those holding a remade entry, or all when their number changed.
  const termBuckets = termBucketCount(bytes.reduce((sum, size) => sum + size, 0));
  const allBuckets = !previous || termBuckets !== previous.termBuckets;
  const dirty = new Set<number>();
  if (!allBuckets) for (const id of [...remake, ...dirtyEntries]) dirty.add(hashes[id]! & (termBuckets - 1));
  const members = new Map<number, number[]>();
  for (let id = 0; id < tokens.length; id++) {
    const bucket = hashes[id]! & (termBuckets - 1);
    if (postings[id]!.length && (allBuckets || dirty.has(bucket))) {
      let list = members.get(bucket);
      if (!list) members.set(bucket, (list = []));
      list.push(id);
    }
  }
  const files: ShardFile[] = [];
  const keptFiles: string[] = [];
  for (let bucket = 0; bucket < termBuckets; bucket++) {
    if (!allBuckets && !dirty.has(bucket)) {
      keptFiles.push(`search/t/${bucket.toString(16)}.js`);
      continue;
    }
    const ids = (members.get(bucket) ?? []).sort((a, b) => byPath(tokens[a]!, tokens[b]!));
    // An inline entry costs less to remake than to keep; a common one is kept unless remade.
    files.push(termBucketFile(bucket, ids.map((id) => [tokens[id]!, common.get(id) ?? termEntry(tokens[id]!, listAt(id), total, part).entry] as const)));
  }

  // Rows, names and documents: cheap to make for every document, written where they differ.
  const rowsOf = docs.map((doc, i) => documentRow(doc, others[i]![0]!, others[i]![1]!));
  const rows = rowsOf.map((row) => JSON.stringify(row));
  // A document's names follow from its row: the last build's hashes where the row is the same.
  const nameHashesOf = rowsOf.map((row, i) => {
    const j = lastDoc.get(docs[i]!.path);
    return j !== undefined && previous!.rows[j] === rows[i] ? previous!.nameHashes[j]! : Int32Array.from(nameHashes(row));
  });
  const names = nameFiles(nameHashesOf);
  names.forEach((file, b) => (previous && previous.names.length === names.length && previous.names[b] === file.text ? keptFiles.push(file.path) : files.push(file)));
  for (let first = 0; first < total; first += DOCS_PER_FILE) {
    const same = previous && sameFileLength(previous.rows.length, total, first) && rows.slice(first, first + DOCS_PER_FILE).every((row, k) => previous.rows[first + k] === row);
    if (same) keptFiles.push(`search/d/${(first / DOCS_PER_FILE).toString(16)}.js`);
    else files.push(docFile(first, rowsOf.slice(first, first + DOCS_PER_FILE)));
  }
  files.unshift(manifestFile(locale, rowsOf, termBuckets, names.length));
  for (const name of [...partsOf(common.values())].sort(byPath)) {
    const payload = newParts.get(name);
    if (payload === undefined) keptFiles.push(`search/${name}.js`);
    else files.push(partFile(name, payload));
  }

  const state: SearchState = {
    context,
    averages,
    termBuckets,
    paths: docs.map((doc) => doc.path),
    keys,
    others,
    rows,
    fields,
    tokens,
    hashes: Uint32Array.from(hashes),
    postings,
    bytes,
    common,
    names: names.map((file) => file.text),
    nameHashes: nameHashesOf,
  };
  return { files, kept: keptFiles, state };
}

/**
 * Whether the document file starting at `first` holds as many documents as it did: only
 * the last file of the index can hold fewer than `DOCS_PER_FILE`.
 */
function sameFileLength(lastTotal: number, total: number, first: number): boolean {
  return Math.min(DOCS_PER_FILE, lastTotal - first) === Math.min(DOCS_PER_FILE, total - first);
}

/** The posting files (set and parts) of common tokens' entries. */
function* partsOf(entries: Iterable<TermEntry>): Generator<string> {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.length !== 3) continue;
    for (const name of [entry[1], ...entry[2].map(([chunk]) => chunk)]) {
      if (!seen.has(name)) {
        seen.add(name);
        yield name;
      }
    }
  }
}

/** The numbers of a state, stored as raw bytes after the rest (see `serializeSearchState`): 32-bit ones first, for their alignment. */
type Packed = Record<'fieldOffsets' | 'postingOffsets' | 'nameOffsets' | 'nameHashes' | 'hashes' | 'bytes', Int32Array> & Record<'fields' | 'postings', Uint8Array>;
const PACKED = ['fieldOffsets', 'postingOffsets', 'nameOffsets', 'nameHashes', 'hashes', 'bytes', 'fields', 'postings'] as const;

/** Many arrays as one, with where each starts (and the end). */
function joinArrays<T extends Int32Array | Uint8Array>(arrays: readonly T[], make: (length: number) => T): [offsets: Int32Array, all: T] {
  const offsets = new Int32Array(arrays.length + 1);
  arrays.forEach((array, i) => (offsets[i + 1] = offsets[i]! + array.length));
  const all = make(offsets[arrays.length]!);
  arrays.forEach((array, i) => all.set(array, offsets[i]!));
  return [offsets, all];
}

/**
 * The state as bytes for the output's records: its strings and entries by node:v8, then its
 * numbers raw, so that reading it back makes a few views on one buffer rather than decoding
 * millions of numbers (at 5,000 projects, 3.5 million postings). Layout: the length of the
 * v8 part, the v8 part, padding to 4 bytes, the arrays in `PACKED` order.
 */
export function serializeSearchState(state: SearchState): Buffer {
  const [fieldOffsets, fields] = joinArrays(state.fields, (n) => new Uint8Array(n));
  const [postingOffsets, postings] = joinArrays(state.postings, (n) => new Uint8Array(n));
  const [nameOffsets, nameHashes] = joinArrays(state.nameHashes, (n) => new Int32Array(n));
  const arrays: Packed = { fieldOffsets, fields, postingOffsets, postings, nameOffsets, nameHashes, hashes: new Int32Array(state.hashes.buffer, state.hashes.byteOffset, state.hashes.length), bytes: Int32Array.from(state.bytes) };
  const { fields: _f, postings: _p, nameHashes: _n, hashes: _h, bytes: _b, common, ...rest } = state;
  const head = serialize({ ...rest, common: [...common], lengths: PACKED.map((name) => arrays[name].length) });
  const start = 4 + head.length + ((4 - ((4 + head.length) % 4)) % 4);
  const out = Buffer.alloc(start + PACKED.reduce((sum, name) => sum + arrays[name].byteLength, 0));
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  let at = start;
  for (const name of PACKED) {
    const array = arrays[name];
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  return out;
}

/** `serializeSearchState` undone; undefined for bytes that are not a state (the build then makes the search files afresh). */
export function parseSearchState(bytes: Buffer | undefined): SearchState | undefined {
  if (!bytes || bytes.length < 4) return undefined;
  try {
    const headLength = bytes.readUInt32LE(0);
    const stored = deserialize(bytes.subarray(4, 4 + headLength)) as Omit<SearchState, 'fields' | 'postings' | 'nameHashes' | 'hashes' | 'bytes' | 'common'> & { common: [number, TermEntry][]; lengths: number[] };
    // Views on the bytes where they are aligned, a copy where they are not.
    const aligned = (bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)) as Buffer;
    let at = 4 + headLength + ((4 - ((4 + headLength) % 4)) % 4);
    const arrays = {} as Record<string, Int32Array | Uint8Array>;
    PACKED.forEach((name, i) => {
      const length = stored.lengths[i]!;
      const wide = name !== 'fields' && name !== 'postings';
      const size = (wide ? 4 : 1) * length;
      if (at + size > aligned.length) throw new Error('The search state is cut short.');
      arrays[name] = wide ? new Int32Array(aligned.buffer, aligned.byteOffset + at, length) : new Uint8Array(aligned.buffer, aligned.byteOffset + at, length);
      at += size;
    });
    const { fieldOffsets, fields, postingOffsets, postings, nameOffsets, nameHashes, hashes, bytes: sizes } = arrays as Packed;
    const split = <T extends Int32Array | Uint8Array>(offsets: Int32Array, all: T) => Array.from({ length: offsets.length - 1 }, (_, i) => all.subarray(offsets[i]!, offsets[i + 1]!) as T);
    const { lengths: _, common, ...rest } = stored;
    return {
      ...rest,
      fields: split(fieldOffsets, fields),
      postings: split(postingOffsets, postings),
      nameHashes: split(nameOffsets, nameHashes),
      hashes: new Uint32Array(hashes.buffer, hashes.byteOffset, hashes.length),
      bytes: Float64Array.from(sizes),
      common: new Map(common),
    };
  } catch {
    return undefined;
  }
}
