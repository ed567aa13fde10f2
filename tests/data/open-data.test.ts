/** The open-data files of the fixture site: what each holds, sorted and reproducible, CSV that parses back. */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_SPECS, openDataFiles, projectsDocument, specDoc, updatesDocument, districtsDocument, type DataOptions } from '../../src/data/open-data.ts';
import type { SiteModel } from '../../src/model/site.ts';
import { fixtureModel } from './fixture-model.ts';

let model: SiteModel;
let options: DataOptions;
beforeAll(async () => ({ model, options } = await fixtureModel()));

const file = (path: string) => openDataFiles(model, options).find((f) => f.path === path)!.text;

describe('projects.json', () => {
  it('holds every published project once, sorted by id, with its fields as written and its current state', () => {
    const doc = projectsDocument(model, options);
    expect(doc.projects.map((p) => p.id)).toEqual(['2022/xinyiyuan', '2022/youeryuan', '2023/yanglao']);
    const hospital = doc.projects[0]!;
    expect(hospital.url).toBe('https://example.org/projects/2022/xinyiyuan/');
    // The file says in progress at 40 %; the completion update completed it.
    expect(hospital.fields.status).toBe('in-progress');
    expect(hospital.fields.progress).toBe(40);
    expect(hospital.current).toEqual({ status: 'completed', progress: 100, completed: '2022-12-20', asOf: '2022-12-20', overdue: false });
    expect(hospital.fields.budget).toEqual({ amount: 500000000, currency: 'CNY' });
    expect(hospital.themeName).toBe('健康测试');
    expect(hospital.districtNames).toEqual(['湖畔街道']);
    expect(hospital.body).toContain('新医院位于湖畔街道。');
    const school = doc.projects[1]!;
    expect(school.current).toEqual({ status: 'planned', progress: 0, asOf: '2022-09-01', overdue: true });
    expect(school).not.toHaveProperty('body');
  });

  it('says whose data it is, under which licence, as of when, and where its schema is', () => {
    const doc = JSON.parse(file('projects.json'));
    expect(doc).toMatchObject({ title: '测试民生', publisher: '测试市新闻办公室', licence: 'CC BY 4.0', source: 'https://example.org', asOf: '2026-11-22', schema: 'projects.schema.json' });
    expect(file('projects.json').endsWith('}\n')).toBe(true);
  });

  it('leaves out drafts and entries not yet published', () => {
    const all = openDataFiles(model, options).map((f) => f.text).join('\n');
    for (const hidden of ['尚未公布的项目', '草稿动态', '未来的动态', 'caogao', 'weilai']) expect(all).not.toContain(hidden);
  });
});

describe('updates.json', () => {
  it('lists each update with the projects it names and what it changed, the correction included', () => {
    const doc = updatesDocument(model, options);
    expect(doc.updates.map((u) => u.id)).toEqual(['2022-06-30-fengding', '2022-07-10-jiaozheng', '2022-09-01-lianliankan', '2022-12-20-wangong']);
    const correction = doc.updates[1]!;
    expect(correction.fields.kind).toBe('correction');
    expect(correction.changes).toEqual([{ project: '2022/xinyiyuan', from: { status: 'in-progress', progress: 70 }, to: { status: 'in-progress', progress: 65 } }]);
    expect(doc.updates[2]!.projectTitles).toEqual(['新医院建设', '西区幼儿园']);
    expect(doc.updates[2]!.changes).toEqual([]);
  });
});

describe('districts.json', () => {
  it('gives each place its parent, level, the places above and its project counts, places below included', () => {
    const doc = districtsDocument(model, options);
    const byId = new Map(doc.districts.map((d) => [d.id, d]));
    expect(doc.districts.map((d) => d.id)).toEqual(['ceshi', 'dongqu', 'hupan', 'xiqu']);
    expect(byId.get('hupan')).toMatchObject({ ancestors: ['ceshi', 'dongqu'], projectCount: 2, ownProjectCount: 2, fields: { name: '湖畔街道', level: 'street', parent: 'dongqu' } });
    expect(byId.get('dongqu')).toMatchObject({ projectCount: 2, ownProjectCount: 0 });
    expect(byId.get('ceshi')).toMatchObject({ ancestors: [], projectCount: 3, ownProjectCount: 0 });
  });
});

describe('the CSV files', () => {
  it('start with a BOM, end lines with CRLF and have headers "field 中文名" that programs split at the space', () => {
    const text = file('projects.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n').at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toContain('\r');
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header!.slice(0, 4)).toEqual(['id 标识', 'url 网址', 'title 项目名称', 'summary 简介']);
    expect(header!.every((h) => /^[a-zA-Z]+ \S+$/.test(h))).toBe(true);
  });

  it('parse back to one row per project, with lists joined by 、 and money as amount and currency', () => {
    const rows = parse(file('projects.csv'), { bom: true, columns: (header: string[]) => header.map((h) => h.split(' ')[0]) }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: '2022/xinyiyuan', title: '新医院建设', partners: '测试市建设局、东区人民政府', budgetAmount: '500000000', budgetCurrency: 'CNY', currentStatus: 'completed', currentProgress: '100', overdue: 'false', lon: '121.05' });
    expect(rows[2]).toMatchObject({ id: '2023/yanglao', districts: 'hupan、xiqu', districtNames: '湖畔街道、西区', budgetAmount: '1000000', budgetCurrency: 'USD' });
    const updates = parse(file('updates.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(updates.map((u) => u['id 标识'])).toEqual(['2022-06-30-fengding', '2022-07-10-jiaozheng', '2022-09-01-lianliankan', '2022-12-20-wangong']);
    expect(updates[2]).toMatchObject({ 'projects 项目': '2022/xinyiyuan、2022/youeryuan', 'participants 参与人数': '30' });
  });

  it('use field names alone as headers and "; " between items on an English site', () => {
    const english = { ...model, site: { ...model.site, defaultLocale: 'en' as const } };
    const text = openDataFiles(english, options).find((f) => f.path === 'projects.csv')!.text;
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['id', 'url', 'title']);
    expect(rows[0]!.partners).toBe('测试市建设局; 东区人民政府');
  });
});

describe('every data file', () => {
  it('is the same text when made again from the same content', async () => {
    const again = await fixtureModel();
    expect(openDataFiles(again.model, again.options)).toEqual(openDataFiles(model, options));
  });

  it('is listed once: the data, the schema of each JSON file, the schemas of the six collections and the data package', () => {
    expect(openDataFiles(model, options).map((f) => f.path)).toEqual([
      'projects.json', 'projects.csv', 'updates.json', 'updates.csv', 'districts.json',
      'projects.schema.json', 'updates.schema.json', 'districts.schema.json',
      'schema/site.json', 'schema/themes.json', 'schema/districts.json', 'schema/programmes.json', 'schema/projects.json', 'schema/updates.json',
      'datapackage.json',
    ]);
  });
});

describe('the documentation of the data page', () => {
  it('has a label and a meaning for every key of every dataset, in Chinese and English', () => {
    for (const specs of Object.values(FIELD_SPECS)) {
      for (const spec of specs) {
        for (const locale of ['zh-Hans', 'en'] as const) {
          const doc = specDoc(spec, locale);
          expect(doc.label, `${spec.json} ${locale}`).not.toBe('');
          expect(doc.about, `${spec.json} ${locale}`).not.toBe(doc.label);
        }
      }
    }
  });

  it('names every key the JSON items hold', () => {
    const documented = (dataset: keyof typeof FIELD_SPECS) => new Set(FIELD_SPECS[dataset].map((s) => s.json.split('.').slice(0, 2).join('.')));
    // Top-level keys, and the keys inside `fields` and `current`.
    const keys = (item: object): string[] =>
      Object.entries(item).flatMap(([key, value]) => (key === 'fields' || key === 'current' ? Object.keys(value as object).map((k) => `${key}.${k}`) : [key]));
    for (const [dataset, items] of [['projects', projectsDocument(model, options).projects], ['updates', updatesDocument(model, options).updates], ['districts', districtsDocument(model, options).districts]] as const) {
      const known = documented(dataset);
      for (const item of items) for (const key of keys(item)) expect(known.has(key), `${dataset}: ${key}`).toBe(true);
    }
  });
});
