/** Headers as sheets write them, the encodings CSV files come in, and names of places and themes. */
import { describe, expect, it } from 'vitest';
import { readHeaders } from '../../src/import/columns.ts';
import { readMapping } from '../../src/import/mapping.ts';
import { render } from '../../src/import/messages.ts';
import { resolvePlace, resolveTheme } from '../../src/import/resolve.ts';
import { decodeText, readCsv } from '../../src/import/sheet.ts';

const NO_MAPPING = { columns: {}, status: {} };

describe('headers', () => {
  it('are matched in Chinese or English, ignoring spaces, case, "*", line breaks and full-width brackets', () => {
    const { bindings, ignored, conflicts } = readHeaders(
      ['序号', '*项目名称', ' 牵头 单位 ', '责任单位', 'Lead Official', '所属地区', 'THEME', '总投资\n（万元）', '开工时间', 'Planned_End', '进度(%)', '状态', '标识', '标签', '备注', null, ''],
      NO_MAPPING,
    );
    expect(bindings.map((b) => [b.field, b.header, b.index])).toEqual([
      ['title', '*项目名称', 1],
      ['leadDepartment', '牵头 单位', 2],
      ['partners', '责任单位', 3],
      ['leadOfficial', 'Lead Official', 4],
      ['districts', '所属地区', 5],
      ['theme', 'THEME', 6],
      ['budget', '总投资 （万元）', 7],
      ['start', '开工时间', 8],
      ['plannedEnd', 'Planned_End', 9],
      ['progress', '进度(%)', 10],
      ['status', '状态', 11],
      ['id', '标识', 12],
      ['tags', '标签', 13],
      ['notes', '备注', 14],
    ]);
    expect(ignored).toEqual(['序号']);
    expect(conflicts).toEqual([]);
  });

  it('include those offices write for places, departments and progress', () => {
    const fieldOf = (header: string) => readHeaders(['项目名称', header], NO_MAPPING).bindings[1]?.field;
    expect(['所属镇（街道）', '所属镇(街道)', '所属镇【街道】', '所属镇街', '实施地点', '镇（街道）'].map(fieldOf)).toEqual(Array(6).fill('districts'));
    expect(['牵头责任单位', '主责单位'].map(fieldOf)).toEqual(['leadDepartment', 'leadDepartment']);
    expect(['形象进度', '完成比例（%）', '更正'].map(fieldOf)).toEqual(['progress', 'progress', 'correction']);
  });

  it('read the unit of a budget column from brackets or after a slash', () => {
    const unitOf = (header: string) => readHeaders(['项目名称', header], NO_MAPPING).bindings[1]?.unitPower;
    expect(unitOf('总投资（万元）')).toBe(4);
    expect(unitOf('总投资(亿元)')).toBe(8);
    expect(unitOf('总投资【元】')).toBe(0);
    expect(unitOf('投资/万元')).toBe(4);
    expect(unitOf('Budget (yuan)')).toBe(0);
    expect(unitOf('总投资')).toBeUndefined();
    expect(unitOf('总投资（含征地）')).toBeUndefined();
  });

  it('take a site’s mapping first, including the unit of a budget column', () => {
    const mapping = { columns: { 项目负责部门: 'leadDepartment' as const, 投资额: 'budget:万元' as const, 名称: 'summary' as const }, status: {} };
    const { bindings } = readHeaders(['项目负责部门', '投资额', '名称', '项目名称'], mapping);
    expect(bindings.map((b) => [b.field, b.header, b.unitPower])).toEqual([
      ['leadDepartment', '项目负责部门', undefined],
      ['budget', '投资额', 4],
      ['summary', '名称', undefined],
      ['title', '项目名称', undefined],
    ]);
  });

  it('report two columns for one field', () => {
    expect(readHeaders(['项目名称', 'Title', '总投资（万元）', '总投资（亿元）'], NO_MAPPING).conflicts).toEqual([
      { field: 'title', headers: ['项目名称', 'Title'] },
      { field: 'budget', headers: ['总投资（万元）', '总投资（亿元）'] },
    ]);
  });
});

describe('a mapping file', () => {
  const problems = (text: string, lang: 'en' | 'zh' = 'en') => {
    const read = readMapping(text, 'mapping.json', lang);
    return 'fatal' in read ? read.fatal.map((m) => render(m, lang)) : read.mapping;
  };

  it('is read when it is well formed', () => {
    expect(problems('{ "columns": { "项目负责部门": "leadDepartment" }, "status": { "在建设": "in-progress" } }')).toEqual({
      columns: { 项目负责部门: 'leadDepartment' },
      status: { 在建设: 'in-progress' },
    });
  });

  it('is refused with the field, what was found and what is expected', () => {
    expect(problems('{ "columns": { "项目负责部门": "lead" }, "status": { "在建设": "building" }, "colums": {} }')).toEqual([
      'mapping.json: columns.项目负责部门: found "lead"; expected one of: id, title, summary, leadDepartment, partners, leadOfficial, districts, theme, budget, start, plannedEnd, completed, progress, status, tags, notes, correction, budget:元, budget:万元, budget:亿元',
      'mapping.json: status.在建设: found "building"; expected one of: planned, in-progress, completed, delayed, suspended, cancelled',
      'mapping.json: found the field "colums"; expected only "columns" and "status"',
    ]);
    expect(problems('{ "columns": { "a": "title", } }', 'zh')).toEqual([
      'mapping.json 不是有效的 JSON（Expected double-quoted property name in JSON at position 29 (line 1 column 30)）；应为 { "columns": { "<表头>": "<字段>" }, "status": { "<写法>": "<状态>" } }',
    ]);
  });
});

describe('CSV encodings', () => {
  const text = '项目名称,总投资（万元）\r\n湖畔口袋公园,￥500000\r\n';
  const utf8 = new TextEncoder().encode(text);
  // 项目名称 in GB18030, which is not valid UTF-8.
  const gb18030 = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6]);

  it('are told by the BOM, by valid UTF-8, and otherwise taken as GB18030', () => {
    expect(decodeText(utf8)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'UTF-8 with BOM' });
    expect(decodeText(gb18030)).toEqual({ text: '项目名称', encoding: 'GB18030' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('项目\t进度').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toEqual({ text: '项目\t进度', encoding: 'UTF-16LE with BOM' });
  });

  it('are split on commas, tabs or semicolons as the header line uses them, keeping row numbers', () => {
    const rows = (csv: string) => {
      const sheet = readCsv(new TextEncoder().encode(csv), 'x.csv');
      return 'rows' in sheet ? sheet.rows : render(sheet.fatal, 'en');
    };
    expect(rows('项目名称\t牵头单位\n甲,乙\t丙\n\n丁\t戊')).toEqual([['项目名称', '牵头单位'], ['甲,乙', '丙'], [''], ['丁', '戊']]);
    expect(rows('项目名称;牵头单位\n"甲;乙";丙')).toEqual([['项目名称', '牵头单位'], ['甲;乙', '丙']]);
    expect(rows('项目名称,备注\n甲,"两行\n备注"\n乙,"未闭合')).toBe(
      'x.csv: line 4: the CSV cannot be read (Quote Not Closed: the parsing is finished with an opening quote at line 4); expected quotes in pairs around cells that hold commas or line breaks',
    );
  });
});

describe('names of places and themes', () => {
  const district = (id: string, name: string) => ({ id, data: { name, level: 'town' as const } });
  const districts = [district('pinghu', '平湖市'), district('xindai', '新埭镇'), district('hupan', '湖畔街道'), district('hupan-shequ', '湖畔社区'), district('dongqu', '东区')];
  const place = (name: string) => {
    const result = resolvePlace(name, districts);
    return 'value' in result ? result.value : render(result.problem, 'en');
  };

  it('are found by id, exact name, or the name without its suffix when only one place fits', () => {
    expect(place('pinghu')).toBe('pinghu');
    expect(place('平湖市')).toBe('pinghu');
    expect(place('平湖')).toBe('pinghu');
    expect(place('新埭')).toBe('xindai');
    expect(place('湖畔街道')).toBe('hupan');
  });

  it('are refused with the candidates when several places or none fit', () => {
    expect(place('湖畔')).toBe('found "湖畔", which fits several places: 湖畔街道 (hupan), 湖畔社区 (hupan-shequ); expected the full name or the id of one');
    expect(place('平湖镇')).toBe('found "平湖镇", which is not a place in content/districts/; expected a place\'s name or id, such as 平湖市 (pinghu)');
    expect(place('北区')).toBe('found "北区", which is not a place in content/districts/; expected a place\'s name or id');
  });

  const themes = [
    { id: 'youxue', data: { name: '优学平湖', short: '优学' } },
    { id: 'jiankang', data: { name: '健康平湖', short: '健康' } },
    { id: 'jiankang-2', data: { name: '健康测试', short: '健康' } },
  ];
  const theme = (name: string) => {
    const result = resolveTheme(name, themes);
    return 'value' in result ? result.value : render(result.problem, 'zh');
  };

  it('of themes are found by id, name or short name, and refused when unknown or ambiguous', () => {
    expect(theme('youxue')).toBe('youxue');
    expect(theme('优学平湖')).toBe('youxue');
    expect(theme('优学')).toBe('youxue');
    expect(theme('健康')).toBe('填写的是“健康”，可对应多个类别：健康平湖 / 健康 (jiankang), 健康测试 / 健康 (jiankang-2)；应写其中一个的全称或标识');
    expect(theme('健康平湖市')).toBe('填写的是“健康平湖市”，content/themes/ 中没有这个类别；应为以下之一：健康平湖 / 健康 (jiankang), 优学平湖 / 优学 (youxue), 健康测试 / 健康 (jiankang-2)');
    expect(theme('体育')).toBe('填写的是“体育”，content/themes/ 中没有这个类别；应为以下之一：优学平湖 / 优学 (youxue), 健康平湖 / 健康 (jiankang), 健康测试 / 健康 (jiankang-2)');
  });
});
