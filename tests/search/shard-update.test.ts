/**
 * The search files kept up to date from build to build (src/search/shard-update.ts) are,
 * after any sequence of edits, byte for byte the files made afresh from the whole index,
 * and a publish of one update makes few files.
 */
import { describe, expect, it } from 'vitest';
import { BUILD_DATE, generateCorpus } from '../../bench/corpus.ts';
import { writeCorpus } from '../../bench/measure.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, siteContentOf } from '../../src/check/index.ts';
import { scriptConverter } from '../../src/i18n/convert.ts';
import { buildSiteModel } from '../../src/model/site.ts';
import { searchDocuments, type SearchDocument } from '../../src/search/documents.ts';
import { buildSearchIndex, documentTokens, type DocumentTokens } from '../../src/search/search-index.ts';
import { parseSearchState, serializeSearchState, updateShards, type SearchState } from '../../src/search/shard-update.ts';
import { FIRST_PART, shardSearchIndex } from '../../src/search/shards.ts';

/** A generator of numbers from a seed, so that a failure can be replayed. */
function seeded(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function corpusDocuments(projects: number): Promise<SearchDocument[]> {
  const root = mkdtempSync(join(tmpdir(), 'minsheng-shard-update-'));
  try {
    writeCorpus(root, generateCorpus({ projects }).files);
    const checked = await checkContent({ contentDir: root, today: BUILD_DATE, lang: 'en' });
    return searchDocuments(buildSiteModel(siteContentOf(checked.content)!, BUILD_DATE));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const converter = scriptConverter('zh-Hans', 'zh-Hant');
/** Tokens by `tokensKey`, so that the fresh builds of a sequence tokenize each text once. */
const tokenized = new Map<string, DocumentTokens>();
/** The files of the whole index, made afresh. */
function fresh(docs: readonly SearchDocument[]): Map<string, string> {
  const tokens = documentTokens(docs, converter, tokenized);
  for (const [key, made] of tokens) tokenized.set(key, made);
  return new Map(shardSearchIndex(buildSearchIndex(docs, 'zh-Hans', converter, tokens)).map((file) => [file.path, file.text]));
}

/** Documents enough that some tokens are common (more postings than `FIRST_PART`: a set and parts). */
const commonDocuments = (count: number): SearchDocument[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `update:common-${i}`,
    kind: 'update',
    title: `${i % 3 ? '新建' : '改造'}医院第${i}号`,
    detail: String(2020 + (i % 5)),
    text: i % 2 ? '食堂 进度' : '进度',
    path: `updates/common-${String(i).padStart(4, '0')}`,
    shown: '2024-01-01',
  }));

describe('search files updated from the last build', () => {
  it('are, after random additions, edits, moves and removals, the files of a fresh build', async () => {
    const base = [...(await corpusDocuments(30)), ...commonDocuments(FIRST_PART + 100)];
    const random = seeded(17);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    let docs = base.slice();
    /** The output as the builds left it: made files are written, kept ones must already be there. */
    const output = new Map<string, string>();
    let state: SearchState | undefined;
    const counts = { made: 0, kept: 0, steps: 0, reweighed: 0, resized: 0 };
    const build = () => {
      // Through the bytes the records hold, as a build reads them.
      const update = updateShards(docs, 'zh-Hans', converter, state && parseSearchState(serializeSearchState(state)));
      for (const file of update.files) output.set(file.path, file.text);
      const expected = fresh(docs);
      expect(new Set([...update.files.map((file) => file.path), ...update.kept])).toEqual(new Set(expected.keys()));
      expect(update.files.length + update.kept.length).toBe(expected.size);
      expect([...expected].filter(([path, text]) => output.get(path) !== text).map(([path]) => `${path} after step ${counts.steps}`)).toEqual([]);
      counts.made += update.files.length;
      counts.kept += update.kept.length;
      counts.steps++;
      // The paths less travelled: every weight moved, the sets' width moved.
      if (state && update.state.averages.join() !== state.averages.join()) counts.reweighed++;
      if (state && Math.ceil(update.state.paths.length / 6) !== Math.ceil(state.paths.length / 6)) counts.resized++;
      state = update.state;
    };
    build();
    for (let step = 0; step < 30; step++) {
      const edits = step % 10 === 9 ? 40 : 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const what = random();
        const doc = pick(docs);
        if (what < 0.3) {
          // A new document, anywhere in path order, with words of others.
          const other = pick(docs);
          docs.push({ ...doc, id: `${doc.id}-${step}-${e}`, path: `${doc.path}-${step}-${e}`, title: `${doc.title}${other.title.slice(0, 3)}`, text: `${other.text} ${doc.text}` });
        } else if (what < 0.5) {
          docs = docs.filter((d) => d !== doc);
        } else if (what < 0.7) {
          docs = docs.map((d) => (d === doc ? { ...d, text: `${d.text} ${pick(docs).title} 新增内容${step}` } : d));
        } else if (what < 0.8) {
          // Same texts, another row: only its document file changes.
          docs = docs.map((d) => (d === doc ? { ...d, shown: `${d.shown ?? ''}x` } : d));
        } else if (what < 0.9) {
          docs = docs.map((d) => (d === doc ? { ...d, title: `${pick(docs).title}` } : d));
        } else {
          // A long text in many documents moves the average lengths, and so every weight.
          docs = docs.map((d) => (random() < 0.5 ? { ...d, text: d.text.length > 300 ? d.text.slice(0, 60) : `${d.text} ${d.text} ${d.title}` } : d));
        }
      }
      build();
    }
    // Documents after all others, without the common tokens: their lists stay, but the
    // number of documents, by which their sets are sized, grows past a multiple of six.
    for (let k = 0; k < 7; k++) {
      docs.push({ id: `theme:last-${k}`, kind: 'theme', title: `末尾${k}`, detail: '', text: '', path: `zz/${k}` });
      build();
    }
    // Most files were kept as they were, and each way of updating was taken.
    expect(state!.common.size).toBeGreaterThan(0);
    expect(counts.kept).toBeGreaterThan(counts.made);
    expect(counts.reweighed).toBeGreaterThan(0);
    expect(counts.resized).toBeGreaterThan(0);
  }, 300_000);

  it('makes few files, and tokenizes nothing again, when one update is published', async () => {
    const docs = await corpusDocuments(120);
    const first = updateShards(docs, 'zh-Hans', converter);
    const update = docs.find((doc) => doc.kind === 'update')!;
    const published: SearchDocument = { ...update, id: 'update:9999', path: 'updates/9999-12-31-new', title: `${update.title}（新）`, text: `${update.text} 又一次进展` };
    const second = updateShards([...docs, published], 'zh-Hans', converter, first.state);
    expect(new Map([...first.files.map((file) => [file.path, file.text] as const), ...second.files.map((file) => [file.path, file.text] as const)].filter(([path]) => second.kept.includes(path) || second.files.some((file) => file.path === path)))).toEqual(fresh([...docs, published]));
    expect(second.files.length).toBeLessThan((first.files.length) / 5);
    // Documents whose texts did not change keep the very tokens of the last build.
    const at = (state: SearchState, path: string) => state.fields[state.paths.indexOf(path)];
    expect(at(second.state, update.path)).toBe(at(first.state, update.path));
  }, 120_000);

  it('starts afresh from a state of another locale or conversion, or from bytes that are not a state', async () => {
    const docs = (await corpusDocuments(10)).slice(0, 60);
    const first = updateShards(docs, 'zh-Hans', converter);
    const other = updateShards(docs, 'zh-Hant', scriptConverter('zh-Hant', 'zh-Hans'), first.state);
    expect(other.kept).toEqual([]);
    expect(parseSearchState(Buffer.from('not a state'))).toBeUndefined();
    expect(parseSearchState(serializeSearchState(first.state).subarray(0, 100))).toBeUndefined();
  }, 120_000);
});
