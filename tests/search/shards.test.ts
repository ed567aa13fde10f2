/**
 * The sharded index: a search over the files a query loads returns exactly what a search of
 * the whole index returns (the same results, order, scores and count), a typical query loads
 * little, and a rebuild after one more update changes few files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DATE, generateCorpus, type Corpus } from '../../bench/corpus.ts';
import { writeCorpus } from '../../bench/measure.ts';
import { typicalQueries } from '../../bench/search.ts';
import { checkContent, siteContentOf } from '../../src/check/index.ts';
import { buildSiteModel } from '../../src/model/site.ts';
import { decodeNumbers, encodeNumbers, hashOf, searchIndex, searchStep } from '../../src/search/core.js';
import { largestShard, queryFetches, runQuery } from '../../src/search/fetches.ts';
import { searchFiles } from '../../src/search/files.ts';
import { buildSearchIndex, documentTokens, type SearchIndex } from '../../src/search/search-index.ts';
import { encodeSet, shardSearchIndex, type ShardFile } from '../../src/search/shards.ts';
import { scriptConverter } from '../../src/i18n/convert.ts';
import { searchDocuments } from '../../src/search/documents.ts';

const PROJECTS = 600;

async function modelOf(dir: string) {
  const checked = await checkContent({ contentDir: dir, today: BUILD_DATE, lang: 'en' });
  return buildSiteModel(siteContentOf(checked.content)!, BUILD_DATE);
}

const readManifestText = (text: string) => JSON.parse(text.replace(/^window\.MINSHENG_SEARCH=/, '').replace(/;\n$/, '')) as Parameters<typeof searchStep>[0];

function writeFiles(out: string, files: readonly ShardFile[]): void {
  rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), file.text);
  }
}

describe('the sharded index on a generated corpus', () => {
  let root: string;
  let corpus: Corpus;
  let files: ShardFile[];
  let index: SearchIndex;
  let out: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'minsheng-shards-'));
    corpus = generateCorpus({ projects: PROJECTS });
    writeCorpus(join(root, 'content'), corpus.files);
    const model = await modelOf(join(root, 'content'));
    const built = searchFiles(model);
    files = built.files;
    index = buildSearchIndex(searchDocuments(model), model.site.defaultLocale, scriptConverter('zh-Hans', 'zh-Hant'));
    out = join(root, 'out');
    writeFiles(out, files);
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Queries of every sort: typical pairs, words and characters of titles in both scripts, Latin, numbers, nothing. */
  function queries(): string[] {
    const titles = index.docs.map((row) => row[1]!);
    const others = index.docs.map((row) => row[4] || row[1]!);
    const picked: string[] = [...typicalQueries()];
    for (let i = 0; i < titles.length; i += Math.ceil(titles.length / 40)) {
      const title = [...titles[i]!];
      picked.push(title.slice(0, 2).join(''), title.slice(2, 5).join(''), title.slice(-1).join(''), titles[i]!, `${title.slice(0, 2).join('')} ${[...others[(i * 7) % others.length]!].slice(3, 5).join('')}`);
    }
    picked.push('项目', '进度', '年', '项目 进度', '云溪 民生', '施工 现场', '醫院', '2023', '2023年', 'CNY', 'constructor', '不存在的词语', '平湖市 ', '督查组到现场检查');
    return [...new Set(picked)];
  }

  it('returns the whole index’s results, in its order, with its scores and count, for every query and number shown', () => {
    let nonEmpty = 0;
    for (const query of queries()) {
      const whole = searchIndex(index, query);
      for (const limit of [100, 7]) {
        const sharded = runQuery(out, query, limit);
        expect(sharded.count, query).toBe(whole.length);
        expect(sharded.results, `${query} (${limit} shown)`).toEqual(whole.slice(0, limit));
      }
      if (whole.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  }, 120_000);

  it('loads parts of common tokens only as far as the results shown need them', () => {
    // A common token (in most updates) with the first results only: not every part is loaded.
    const common = runQuery(out, '项目 进度', 5);
    const parts = files.filter((file) => file.path.startsWith('search/p/')).length;
    expect(common.count).toBeGreaterThan(1000);
    expect(common.files.filter((file) => file.startsWith('search/p/')).length).toBeLessThan(parts / 4);
  });

  it('fetches at most 300 KB for a typical two-word query, and no file is larger than 64 KB', () => {
    for (const query of typicalQueries()) {
      const { files: loaded, bytes } = queryFetches(out, query);
      expect(loaded[0]).toBe('search/index.js');
      expect(bytes, query).toBeLessThanOrEqual(300_000);
    }
    expect(largestShard(out).bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('rewrites, when one update is published, only the files of its tokens, its name, and its and its project’s rows', async () => {
    writeCorpus(join(root, 'content'), [corpus.publish.update]);
    const model = await modelOf(join(root, 'content'));
    const after = searchFiles(model);
    const before = new Map(files.map((file) => [file.path, file.text]));
    const changed = after.files.filter((file) => before.get(file.path) !== file.text).map((file) => file.path);
    // The new document is the one whose path the index did not have.
    const known = new Set(index.docs.map((row) => row[3]));
    const added = documentTokens(searchDocuments(model).filter((doc) => !known.has(doc.path)), scriptConverter('zh-Hans', 'zh-Hant'));
    expect(added).toHaveLength(1);
    const manifest = readManifestText(after.files[0]!.text);
    const buckets = new Set(added[0]![1].fields.flatMap(([list]) => list).map((token) => `search/t/${(hashOf(token) & (manifest.terms - 1)).toString(16)}.js`));
    const byKind = Object.groupBy(changed, (path) => path.split('/')[1]!);
    expect(byKind['t']!.length).toBeGreaterThan(0);
    for (const path of byKind['t']!) expect(buckets, path).toContain(path);
    expect(byKind['d']!.length).toBeLessThanOrEqual(2);
    expect(byKind['n']!.length).toBeLessThanOrEqual(2);
    // Parts and sets are new files, for the common tokens the update holds (a set and a part each, at most).
    expect(byKind['p']!.length).toBeLessThanOrEqual(2 * buckets.size);
    expect(Object.keys(byKind).sort()).toEqual(['d', 'index.js', 'n', 'p', 't']);
    expect(new Set(after.files.map((file) => file.path)).size).toBe(after.files.length);
  }, 120_000);
});

describe('the encodings of the sharded index', () => {
  it('writes numbers as digits that decode back, small ones in one character', () => {
    const numbers = [0, 1, 31, 32, 1023, 1024, 99_999, 2 ** 31];
    const text = encodeNumbers(numbers);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeNumbers([31])).toHaveLength(1);
    expect(encodeNumbers([32])).toHaveLength(2);
    expect(decodeNumbers(text)).toEqual(numbers);
    expect(decodeNumbers('x' + text, 1)).toEqual(numbers);
  });

  it('stores a dense set as a bitmap and a sparse one as gaps', () => {
    expect(encodeSet([0, 5, 700], 10_000)[0]).toBe('g');
    expect(encodeSet(Array.from({ length: 5000 }, (_, i) => i * 2), 10_000)[0]).toBe('b');
  });

  it('finds documents in either script through sets, parts and names, and refuses two documents with one path', () => {
    // Enough documents that the token 医院 needs a set and parts.
    const docs = Array.from({ length: 1500 }, (_, i) => ({
      id: `update:${i}`,
      kind: 'update' as const,
      title: `${i % 3 ? '新建' : '改造'}医院第${i}号`,
      detail: String(2020 + (i % 5)),
      text: i % 2 ? '食堂' : '',
      path: `updates/${String(i).padStart(4, '0')}`,
    }));
    docs.push({ id: 'district:x', kind: 'district' as never, title: '医院街道', detail: '', text: '', path: 'districts/x' });
    const whole = buildSearchIndex(docs, 'zh-Hans', scriptConverter('zh-Hans', 'zh-Hant'));
    const shards = shardSearchIndex(whole);
    expect(shards.some((file) => file.path.startsWith('search/p/'))).toBe(true);
    const manifest = readManifestText(shards[0]!.text);
    const byName = new Map(shards.map((file) => [file.path.replace(/^search\//, '').replace(/\.js$/, ''), file.text]));
    const run = (query: string, limit: number) => {
      const store = { shards: {} as Record<string, unknown>, decoded: {} };
      for (;;) {
        const step = searchStep(manifest, store, query, limit);
        if (!('load' in step)) return step;
        for (const name of step.load) new Function('MINSHENG_SEARCH_SHARD', byName.get(name)!)((n: string, payload: unknown) => (store.shards[n] = payload));
      }
    };
    for (const query of ['医院', '醫院', '医院 食堂', '新建 醫院', '医院街道', '医院街', '改造', '第1', '不在']) {
      for (const limit of [100, 3]) {
        const expected = searchIndex(whole, query);
        const got = run(query, limit);
        expect(got.count, query).toBe(expected.length);
        expect(got.results, query).toEqual(expected.slice(0, limit));
      }
    }
    expect(run('医院街道', 3).results[0]!.path).toBe('districts/x');
    expect(() => shardSearchIndex({ ...whole, docs: [...whole.docs, whole.docs[0]!] })).toThrow(/Two search documents have the path "updates\/0000"/);
  });
});
