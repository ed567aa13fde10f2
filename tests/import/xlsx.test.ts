/**
 * An .xlsx workbook, written here with write-excel-file: English headers, date cells,
 * serial numbers, amounts as numbers in a 亿元 column, progress as Excel percentages, and
 * rows that are refused, including two with one id and a place name two places share.
 */
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot } from './cli.ts';

let box: Sandbox;
let workbook: string;

const day = (year: number, month: number, date: number) => ({ value: new Date(Date.UTC(year, month - 1, date)), format: 'yyyy-mm-dd' });
const percent = (value: number) => ({ value, format: '0%' });

const PROJECTS = [
  ['ID', 'Title', 'Theme', 'Places', 'Lead Department', 'Budget（亿元）', 'Start', 'Planned end', 'Progress', 'Status', 'Tags'],
  ['ceshi-wifi', '全市公共WiFi', '优学', '测试市', '测试市大数据局', 0.35, day(2022, 3, 15), 45565, percent(0.5), 'in progress', '数字化、便民'],
  ['xiqu-jianshen', '西区全民健身中心', '健康', '西区、东区', '测试市体育局', '4500万元', '2022年6月', 2023, percent(0), 'Planned', null],
  ['hupan-wenhua', '湖畔文化家园', 'youxue', '湖畔街道', '测试市文化局', null, '2022.7', day(2022, 12, 31), percent(1), '完工', null],
  [null, null, null, null, null, null, null, null, null, null, null],
  ['bad-dates', '坏数据项目', '优学', '东区', '测试市教育局', -5, 123, '2022年第三季度', percent(0.3), '推进中', null],
  ['twice', '甲项目', '优学', '东区', '测试市教育局', null, null, null, percent(0), null, null],
  ['twice', '乙项目', '优学', '东区', '测试市教育局', null, null, null, percent(0), null, null],
  ['hupan-x', '湖畔某项目', '优学', '湖畔', '测试市教育局', null, null, null, percent(0), null, null],
  ['broken', '新建??馆', '优学', '东区', '测试市教育局', null, null, null, percent(0), null, null],
];

beforeEach(async () => {
  box = sandbox();
  // A second place whose name starts with 湖畔, so that "湖畔" alone is ambiguous.
  box.write('districts/hupan-shequ.json', '{ "name": "湖畔社区", "level": "community", "parent": "hupan" }\n');
  workbook = join(box.root, 'projects.xlsx');
  await writeExcelFile([
    { sheet: '项目', data: PROJECTS },
    { sheet: '说明', data: [['本表由测试市新闻办公室整理'], ['每行一个项目']] },
  ]).toFile(workbook);
});
afterEach(() => box.dispose());

describe('importing an .xlsx workbook', () => {
  it('reads the first sheet: Excel dates, serial numbers, percentages and amounts in the column unit', async () => {
    const before = snapshot(box.content);
    const result = run('import', [workbook, '--year', '2022', '--lang', 'en'], box.root);
    expect(result.out).toEqual([
      'Reading projects.xlsx, sheet "项目" (xlsx), header on row 1, into content/projects/2022/',
      'note: the workbook has 2 sheets (项目, 说明); this is the first; choose another with --sheet',
      'new: content/projects/2022/ceshi-wifi.md (id 2022/ceshi-wifi) — 全市公共WiFi (youxue; ceshi; in-progress, 50%)',
      'new: content/projects/2022/xiqu-jianshen.md (id 2022/xiqu-jianshen) — 西区全民健身中心 (jiankang; xiqu, dongqu; planned, 0%)',
      'new: content/projects/2022/hupan-wenhua.md (id 2022/hupan-wenhua) — 湖畔文化家园 (youxue; hupan; completed, 100%)',
      'projects.xlsx row 6, column Budget（亿元）: found "-5", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元',
      'projects.xlsx row 6, column Start: found "123", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date',
      'projects.xlsx row 6, column Planned end: found "2022年第三季度", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)',
      'projects.xlsx row 7: the id 2022/twice is also on row 8; expected each id once (nothing is written for any of these rows)',
      'projects.xlsx row 8: the id 2022/twice is also on row 7; expected each id once (nothing is written for any of these rows)',
      'projects.xlsx row 9, column Places: found "湖畔", which fits several places: 湖畔社区 (hupan-shequ), 湖畔街道 (hupan); expected the full name or the id of one',
      'projects.xlsx row 10, column Title: contains "建??" inside Chinese text, a sign of characters lost in conversion; expected the original characters',
      '8 project rows: 3 new, 0 updated, 0 unchanged, 5 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual(['projects/2022/ceshi-wifi.md', 'projects/2022/hupan-wenhua.md', 'projects/2022/xiqu-jianshen.md']);
    expect(box.read('projects/2022/ceshi-wifi.md')).toBe(`---
title: 全市公共WiFi
programme: 2022
theme: youxue
districts:
  - ceshi
status: in-progress
progress: 50
asOf: "2026-11-22"
leadDepartment: 测试市大数据局
budget:
  amount: 35000000
  currency: CNY
start: "2022-03-15"
plannedEnd: "2024-09-30"
tags:
  - 数字化
  - 便民
---
`);
    expect(box.read('projects/2022/xiqu-jianshen.md')).toContain('districts:\n  - xiqu\n  - dongqu\n');
    expect(box.read('projects/2022/xiqu-jianshen.md')).toContain('budget:\n  amount: 45000000\n  currency: CNY\nstart: 2022-06\nplannedEnd: "2023"\n');
    expect(box.read('projects/2022/hupan-wenhua.md')).toContain('status: completed\nprogress: 100\n');
    expect(box.read('projects/2022/hupan-wenhua.md')).toContain('start: 2022-07\nplannedEnd: "2022-12-31"\ncompleted: "2026-11-22"\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('reads the sheet --sheet names, and refuses one that does not exist, writing nothing', () => {
    const before = snapshot(box.content);
    const other = run('import', [workbook, '--year', '2022', '--sheet', '说明'], box.root);
    expect(other.err).toEqual([
      'projects.xlsx：前十行中没有项目名称列（第一行为：本表由测试市新闻办公室整理）；表头应为“项目名称”或 title 等，或用 --mapping 文件指明',
      '没有导入任何内容。',
    ]);
    expect(other.status).toBe(1);
    const missing = run('import', [workbook, '--year', '2022', '--sheet', '项目表'], box.root);
    expect(missing.err).toEqual(['projects.xlsx 中没有名为“项目表”的工作表；应为以下之一：项目, 说明', '没有导入任何内容。']);
    expect(missing.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });
});
