/**
 * What a reader's search costs in a built site: the bytes the browser fetches for typical
 * queries, and the largest file of the index. The counting itself is the search's own
 * (src/search/fetches.ts runs the client's logic against the output); this module picks
 * the queries and sums up.
 */
import { COUNTIES, THEMES } from './words.ts';

/** src/search/fetches.ts of the measured code. */
export interface SearchFetches {
  queryFetches(outDir: string, query: string): { files: string[]; bytes: number };
  largestShard(outDir: string): { path: string; bytes: number };
}

export interface QueryFetch {
  query: string;
  /** The files the browser loads for the query, as the search reports them. */
  files: string[];
  bytes: number;
}

export interface SearchResult {
  largestShard: { path: string; bytes: number };
  queries: QueryFetch[];
  medianBytes: number;
  maxBytes: number;
  /** The query that fetched `maxBytes` (the first of equals). */
  heaviestQuery: string;
}

/**
 * Typical two-word queries over the corpus vocabulary (bench/words.ts): a county's name and
 * a word of a theme, a kind of facility or the theme's short name, as a resident would type
 * "临江县 幼儿园". With 15 queries every county and theme takes part; the list is the same on every run
 * and at every size, so that the figures of two runs or two sizes compare. Counties are
 * named in many documents and facilities in many titles: these are the common tokens whose
 * postings weigh most, not rare ones that would flatter the index. An odd count keeps the
 * median one query's figure.
 */
export function typicalQueries(count = 15): string[] {
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const theme = THEMES[i % THEMES.length]!;
    // Shifted by one each round of the themes, so that a second round pairs them anew.
    const [, place] = COUNTIES[(i + Math.floor(i / THEMES.length)) % COUNTIES.length]!;
    const word = i % 3 === 2 ? theme.short : theme.facilities[i % theme.facilities.length]![0];
    queries.push(`${place} ${word}`);
  }
  return queries;
}

/** The middle value; for an even count, the mean of the two middle ones, rounded to a byte. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Runs every query against the built site at `outDir` and sums up what they fetched. */
export function measureSearch(outDir: string, queries: readonly string[], search: SearchFetches): SearchResult {
  if (queries.length === 0) throw new Error('measureSearch needs at least one query');
  const fetched = queries.map((query) => {
    const { files, bytes } = search.queryFetches(outDir, query);
    return { query, files, bytes };
  });
  const heaviest = fetched.reduce((max, q) => (q.bytes > max.bytes ? q : max));
  return {
    largestShard: search.largestShard(outDir),
    queries: fetched,
    medianBytes: median(fetched.map((q) => q.bytes)),
    maxBytes: heaviest.bytes,
    heaviestQuery: heaviest.query,
  };
}
