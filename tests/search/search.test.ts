/**
 * Search in Chinese: the tokenizer, and the quality of results on the demo content — a
 * table of queries and the pages that must come first (or must not come at all).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, siteContentOf } from '../../src/check/index.ts';
import { scriptConverter } from '../../src/i18n/convert.ts';
import { buildSiteModel } from '../../src/model/site.ts';
import { searchDocuments, plainText } from '../../src/search/documents.ts';
import { buildSearchIndex, searchIndexScript, tokensKey, type SearchIndex } from '../../src/search/search-index.ts';
import { searchIndex, searchTokens } from '../../src/search/core.js';
import { ROOT, TODAY } from '../helpers.ts';

describe('the tokenizer', () => {
  it('cuts Han text into overlapping bigrams, the same at index and query time', () => {
    expect(searchTokens('嘉兴市')).toEqual(['嘉兴', '兴市']);
    expect(searchTokens('嘉善')).toEqual(['嘉善']);
    expect(searchTokens('馆')).toEqual(['馆']);
  });

  it('keeps Latin words and numbers apart from Han text, lower-cased and width-folded', () => {
    expect(searchTokens('Pinghu 2022年ＴＣＭ')).toEqual(['pinghu', '2022', '年', 'tcm']);
  });

  it('adds single characters for titles and whole words at index time', () => {
    expect(searchTokens('博物馆', { characters: true })).toEqual(['博物', '物馆', '博', '物', '馆']);
    expect(searchTokens('项目', { words: true })).toEqual(['项目', '项目']);
  });

  it('turns Markdown into plain text for the index', () => {
    expect(plainText('## 标题\n\n[链接](https://x.org) 和 **粗体**\n\n| a | b |\n| --- | --- |')).toBe('标题 链接 和 粗体 a b');
  });
});

describe('search quality on the demo', () => {
  let index: SearchIndex;
  let texts: Map<string, string>;
  let idOfPath: Map<string, string>;
  const search = (query: string) => searchIndex(index, query).map((r) => idOfPath.get(r.path)!);

  beforeAll(async () => {
    const checked = await checkContent({ contentDir: join(ROOT, 'content'), today: TODAY, lang: 'en' });
    const model = buildSiteModel(siteContentOf(checked.content)!, TODAY);
    // Round trip through the script the browser loads, with the tokenizer the browser uses.
    const documents = searchDocuments(model);
    const built = buildSearchIndex(documents, 'zh-Hans', scriptConverter('zh-Hans', 'zh-Hant'));
    index = JSON.parse(searchIndexScript(built).replace(/^window\.MINSHENG_SEARCH=/, '').replace(/;\n$/, '')) as SearchIndex;
    texts = new Map(documents.map((d) => [d.id, `${d.title} ${d.detail} ${d.text}`]));
    idOfPath = new Map(documents.map((d) => [d.path, d.id]));
  });

  it.each([
    ['中医院', 'project:2022/zhongyiyuan-qianjian'],
    ['博物馆', 'project:2022/bowuguan-xinguan'],
    ['明丰嘉苑', 'project:2022/mingfeng-jiayuan'],
    ['加装电梯', 'project:2022/jiazhuang-dianti-jingle'],
    ['幸福食堂', 'project:2024/miaojia-xingfu-shitang'],
    ['快递', 'project:2024/puyuan-kuaidi-dangqun-zhongxin'],
    ['下匝道', 'project:2024/wangmei-gaojia-xiazadao'],
    ['桐乡', 'district:tongxiang'],
    ['嘉善', 'district:jiashan'],
    ['金色阳光', 'project:2020/jinse-yangguang-laonian-gongyu'],
  ])('%s finds %s among the first three', (query, expected) => {
    expect(search(query).slice(0, 3)).toContain(expected);
  });

  it('finds the same pages for a Traditional query as for the Simplified one', () => {
    expect(search('博物館')).toEqual(search('博物馆'));
    expect(search('醫院').slice(0, 3)).toContain('project:2022/zhongyiyuan-qianjian');
    expect(search('幸福食堂')).toEqual(search('幸福食堂'));
  });

  it('never returns a page for 嘉兴 that only mentions 嘉善', () => {
    const onlyJiashan = [...texts].filter(([, text]) => text.includes('嘉善') && !text.includes('嘉兴')).map(([id]) => id);
    expect(onlyJiashan.length).toBeGreaterThan(0);
    const found = search('嘉兴');
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(texts.get(id), id).toContain('嘉兴');
    for (const id of onlyJiashan) expect(found).not.toContain(id);
    expect(found[0]).toBe('district:jiaxing');
  });

  it.each([
    ['平湖', 'district:pinghu'],
    ['平湖市', 'district:pinghu'],
    ['当湖', 'district:danghu'],
    ['南湖区', 'district:nanhu'],
    ['缪家村', 'district:miaojia'],
    ['健康平湖', 'theme:jiankang'],
    ['交通', 'theme:jiaotong-changxing'],
    ['養老助餐', 'theme:yanglao-zhucan'],
    ['平湖市 ', 'district:pinghu'],
  ])('a place or theme name, %s, brings %s first', (query, expected) => {
    expect(search(query)[0]).toBe(expected);
  });

  it('needs every part of a query to match', () => {
    expect(search('博物馆 电梯')).toEqual([]);
    expect(search('不存在的词语')).toEqual([]);
  });

  it('finds by a single character in titles', () => {
    expect(search('馆').slice(0, 3)).toContain('project:2022/bowuguan-xinguan');
  });
});

describe('searching an index', () => {
  const docs = [
    { id: 'project:a', kind: 'project' as const, title: '新建中医院', detail: '2022', text: '', path: 'projects/a' },
    { id: 'update:b', kind: 'update' as const, title: '中医门诊和医院食堂', detail: '2022', text: '', path: 'updates/b' },
    { id: 'project:c', kind: 'project' as const, title: '养老食堂', detail: '2023', text: '医院旁边', path: 'projects/c' },
  ];
  const index = buildSearchIndex(docs, 'zh-Hans');
  const paths = (query: string) => searchIndex(index, query).map((r) => r.path);

  it('needs every token, and ranks projects above updates that match as well', () => {
    expect(paths('中医院')).toEqual(['projects/a', 'updates/b']);
    expect(paths('食堂')).toEqual(['projects/c', 'updates/b']);
    expect(paths('医院 食堂').sort()).toEqual(['projects/c', 'updates/b']);
    expect(paths('中医 养老')).toEqual([]);
  });

  it('ranks a page where the query is a word above one where its characters only meet', () => {
    const pair = buildSearchIndex(
      [
        { id: 'project:x', kind: 'project', title: '部门诊所', detail: '', text: '', path: 'projects/x' },
        { id: 'project:y', kind: 'project', title: '中医门诊', detail: '', text: '', path: 'projects/y' },
      ],
      'zh-Hans',
    );
    expect(searchIndex(pair, '门诊').map((r) => r.path)).toEqual(['projects/y', 'projects/x']);
  });

  it('puts a page named by the query before pages that mention it more', () => {
    const named = buildSearchIndex(
      [
        { id: 'project:p', kind: 'project', title: '平湖市中医院', detail: '平湖市', text: '平湖市 平湖市 平湖市', path: 'projects/p' },
        { id: 'district:q', kind: 'district', title: '平湖市', detail: '嘉兴市', text: '', path: 'districts/q' },
        { id: 'theme:r', kind: 'theme', title: '健康平湖', detail: '健康', text: '平湖市的医疗', path: 'themes/r' },
      ],
      'zh-Hans',
    );
    const ranked = (query: string) => searchIndex(named, query).map((r) => r.path);
    expect(ranked('平湖市')[0]).toBe('districts/q');
    expect(ranked('平湖')[0]).toBe('districts/q');
    expect(ranked('健康')[0]).toBe('themes/r');
    // Only the name as a whole: a part of it ranks by score alone.
    expect(ranked('湖市')).toEqual(searchIndex(named, '湖市').sort((a, b) => b.score - a.score).map((r) => r.path));
  });

  it('converts titles with the site\'s exceptions, and tokenizes again when they change', () => {
    const named = [{ id: 'update:f', kind: 'update' as const, title: '经理范斌介绍', detail: '停工42天后', text: '', path: 'updates/f' }];
    const convert = scriptConverter('zh-Hans', 'zh-Hant', { 范斌: '范斌', '42天后': '42天後' });
    expect(buildSearchIndex(named, 'zh-Hans', convert).docs[0]).toEqual(['update', '经理范斌介绍', '停工42天后', 'updates/f', '經理范斌介紹', '停工42天後']);
    const plain = scriptConverter('zh-Hans', 'zh-Hant');
    expect(tokensKey(named[0]!, convert)).not.toBe(tokensKey(named[0]!, plain));
    expect(tokensKey(named[0]!, plain)).toBe(tokensKey(named[0]!));
  });

  it('finds nothing for words that are not there, even those of JavaScript objects', () => {
    expect(paths('constructor')).toEqual([]);
    expect(paths('__proto__')).toEqual([]);
    expect(paths('  ')).toEqual([]);
  });

  it('stores the other script only where it differs', () => {
    const both = buildSearchIndex(docs, 'zh-Hans', scriptConverter('zh-Hans', 'zh-Hant'));
    expect(both.docs[0]).toEqual(['project', '新建中医院', '2022', 'projects/a', '新建中醫院', '']);
    expect(searchIndex(both, '中醫院').map((r) => r.path)).toEqual(['projects/a', 'updates/b']);
  });
});
