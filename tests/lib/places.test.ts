/**
 * Places that answer "my place": the table of places with the whole region first, place
 * pages by year with the overdue first, charts only where they say something, and the
 * chart by place of a programme leaving no project out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { programmeCharts } from '../../src/site/chart-models.ts';
import { buildSiteModel, type SiteModel } from '../../src/model/site.ts';
import { districtPage } from '../../src/site/district.ts';
import { districtsPage, placeFinder } from '../../src/site/districts.ts';
import { FIXTURE, TODAY } from '../helpers.ts';

let model: SiteModel;

beforeAll(async () => {
  process.env.MINSHENG_CONTENT = FIXTURE;
  const { content, errors } = await checkContent({ contentDir: FIXTURE, today: TODAY, lang: 'en' });
  if (errors > 0 || !content.site) throw new Error('The fixture has errors.');
  // A project of the whole city: placed on the programme's region, under none of its places.
  const hospital = content.projects.find((p) => p.id === '2022/xinyiyuan')!;
  const { plannedEnd: _due, ...undated } = hospital.data;
  const cityWide = { ...hospital, id: '2022/quanshi', data: { ...undated, title: '全市项目', districts: ['ceshi'] } };
  model = buildSiteModel({ ...content, projects: [...content.projects, cityWide], site: content.site.data }, TODAY);
});

describe('places', () => {
  it('lists every place under its parent, the whole region first, counting done, in progress and overdue apart', () => {
    const data = districtsPage.data(model, undefined, 'zh-Hans');
    expect(data.whole).toEqual({ id: 'ceshi', name: '测试市', total: 4, completed: 2, inProgress: 1, overdue: 1 });
    expect(data.places.map((p) => [p.name, p.depth, p.total, p.completed, p.inProgress, p.overdue])).toEqual([
      ['东区', 0, 2, 2, 0, 0],
      ['湖畔街道', 1, 2, 2, 0, 0],
      ['西区', 0, 2, 1, 0, 1],
    ]);
    // 东区 has a boundary: the map stays.
    expect(data.map?.name).toBe('districts/map');
  });

  it('offers every place as a link, under the places directly below the region', () => {
    expect(placeFinder(model)).toEqual({
      region: { id: 'ceshi', name: '测试市', count: 4 },
      groups: [
        { place: { id: 'dongqu', name: '东区', count: 2 }, below: [{ id: 'hupan', name: '湖畔街道', count: 2 }] },
        { place: { id: 'xiqu', name: '西区', count: 2 }, below: [] },
      ],
    });
  });

  it('shows a place’s projects by year, newest first, the overdue first within a year', () => {
    const data = districtPage.data(model, 'ceshi', 'zh-Hans');
    expect(data.years?.map((y) => [y.year, y.projects.map((p) => [p.title, p.overdue])])).toEqual([
      [2023, [['养老食堂', false]]],
      [2022, [['西区幼儿园', true], ['全市项目', false], ['新医院建设', false]]],
    ]);
    expect(data.figures).toEqual({ total: 4, completed: 2, inProgress: 1, overdue: 1 });
    expect(data.children.map((c) => c.id)).toEqual(['dongqu', 'xiqu']);
  });

  it('draws a place’s charts only where they say more than its list', () => {
    const charts = (id: string) => Object.keys(districtPage.data(model, id, 'zh-Hans').charts).sort();
    // Two statuses, two themes, and a boundary below it.
    expect(charts('ceshi')).toEqual(['byTheme', 'map', 'status']);
    // Two projects, both completed, of one theme, and no boundary: nothing a chart would add.
    expect(charts('dongqu')).toEqual([]);
    expect(districtPage.data(model, 'dongqu', 'zh-Hans').byYear.map((y) => y.id)).toEqual(['2023', '2022']);
  });

  it('gives the projects of the whole region a bar of their own in the programme’s chart by place', () => {
    const chart = programmeCharts(model, model.programmeByYear.get(2022)!, 'zh-Hans').byDistrict.model;
    const key = chart.table.columns[0]!.key;
    const rows = chart.table.rows.map((row) => row[key]!.text);
    expect(rows).toEqual(['测试市全域', '东区', '西区']);
  });
});
