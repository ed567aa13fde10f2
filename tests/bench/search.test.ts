/**
 * The bench's measure of search: the queries it asks (the same on every run, over the
 * corpus vocabulary) and how it sums up what the search's own counter reports.
 */
import { describe, expect, it } from 'vitest';
import { measureSearch, median, typicalQueries, type SearchFetches } from '../../bench/search.ts';
import { COUNTIES, THEMES } from '../../bench/words.ts';

describe('the typical queries', () => {
  const queries = typicalQueries();

  it('are two words each: a county of the corpus, then a facility or the short name of a theme', () => {
    const themeWords = new Set(THEMES.flatMap((t) => [t.short, ...t.facilities.map((f) => f[0])]));
    const counties = new Set(COUNTIES.map((c) => c[1]));
    expect(queries).toHaveLength(15);
    for (const query of queries) {
      const words = query.split(' ');
      expect(words, query).toHaveLength(2);
      expect(counties.has(words[0]!), query).toBe(true);
      expect(themeWords.has(words[1]!), query).toBe(true);
    }
  });

  it('take in every county and every theme, without asking the same thing twice', () => {
    const words = queries.map((q) => q.split(' '));
    expect(new Set(words.map((w) => w[0]))).toEqual(new Set(COUNTIES.map((c) => c[1])));
    const themeOf = (word: string) => THEMES.find((t) => t.short === word || t.facilities.some((f) => f[0] === word))!.id;
    expect(new Set(words.map((w) => themeOf(w[1]!)))).toEqual(new Set(THEMES.map((t) => t.id)));
    expect(new Set(queries).size).toBe(queries.length);
  });

  it('are the same on every call', () => {
    expect(typicalQueries()).toEqual(queries);
    expect(typicalQueries(5)).toEqual(queries.slice(0, 5));
  });
});

describe('the median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 10])).toBe(3);
    expect(median([1, 2])).toBe(2);
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('measuring search', () => {
  const fetched: Record<string, number> = { a: 40_000, b: 250_000, c: 90_000, d: 250_000, e: 10_000 };
  const search: SearchFetches = {
    queryFetches: (outDir, query) => {
      expect(outDir).toBe('/tmp/site');
      return { files: ['search/index.js', `search/t/${query}.js`], bytes: fetched[query]! };
    },
    largestShard: (outDir) => ({ path: `${outDir === '/tmp/site' ? 'search/t/b.js' : '?'}`, bytes: 180_000 }),
  };

  it('keeps what each query fetched, and sums up with the median, the largest and its query', () => {
    const result = measureSearch('/tmp/site', ['a', 'b', 'c', 'd', 'e'], search);
    expect(result.queries[1]).toEqual({ query: 'b', files: ['search/index.js', 'search/t/b.js'], bytes: 250_000 });
    expect(result.queries.map((q) => q.query)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result).toMatchObject({ largestShard: { path: 'search/t/b.js', bytes: 180_000 }, medianBytes: 90_000, maxBytes: 250_000, heaviestQuery: 'b' });
  });

  it('refuses an empty list of queries rather than report nothing as zero', () => {
    expect(() => measureSearch('/tmp/site', [], search)).toThrow('at least one query');
  });
});
