/**
 * An .xlsx as a press office keeps it, written here with write-excel-file: progress as
 * Excel percentages (one of them 120 %), deadlines shown as months (yyyy"年"m"月"), a
 * 所属镇（街道） column with 全市 in it, no id column, a budget 待定, a duplicate name and
 * formula text. Every figure is read as the sheet shows it, or refused with its row and
 * column; nothing is rescaled.
 */
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot } from './cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const percent = (value: number) => ({ value, format: '0%' });
const month = (year: number, m: number) => ({ value: new Date(Date.UTC(year, m - 1, 1)), format: 'yyyy"年"m"月"' });
const day = (year: number, m: number, d: number) => ({ value: new Date(Date.UTC(year, m - 1, d)), format: 'yyyy-mm-dd' });

const HEADER = ['序号', '项目名称', '类别', '所属镇（街道）', '牵头单位', '总投资（万元）', '完成时限', '进度', '备注'];

async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const path = join(box.root, name);
  await writeExcelFile([{ sheet: '项目', data: [['2022年测试市民生实事项目表'], HEADER, ...rows] as never }]).toFile(path);
  return path;
}

describe('an office’s .xlsx', () => {
  it('keeps each figure as its cell shows it: percentages, months, 全市, 待定 (with a note); refuses 120 %, a plain 0.5 and a duplicate name by row and column', async () => {
    const path = await workbook('office.xlsx', [
      [1, '东区图书馆改造', '优学', '东区', '测试市文化局', 4500, month(2022, 12), percent(0.7), null],
      [2, '全市公共WiFi', '优学', '全市', '测试市大数据局', '待定', day(2022, 12, 31), percent(1), null],
      [3, '西区养老服务中心', '健康', '西区', '测试市民政局', 800, month(2023, 6), percent(1.2), null],
      [4, '湖畔口袋公园', '健康', '湖畔街道', '测试市建设局', 50, month(2022, 10), 70, '=HYPERLINK("http://example.org","详情")'],
      [5, '东区图书馆改造', '优学', '东区', '测试市文化局', 4500, month(2022, 12), percent(0.7), null],
      [6, '东区学校扩建', '优学', '东区', '测试市教育局', 300, month(2022, 12), 0.5, null],
    ]);
    const before = snapshot(box.content);
    const result = run('import', [path, '--year', '2022', '--as-of', '2022-11-30', '--lang', 'en'], box.root);
    expect(result.out).toEqual([
      'Reading office.xlsx, sheet "项目" (xlsx), header on row 2, into content/projects/2022/',
      'new: content/projects/2022/xm-b162c01b.md (id 2022/xm-b162c01b) — 全市公共WiFi (youxue; ceshi; completed, 100%)',
      'new: content/projects/2022/xm-2dc9d3d7.md (id 2022/xm-2dc9d3d7) — 湖畔口袋公园 (jiankang; hupan; in-progress, 70%)',
      'office.xlsx row 3, column 项目名称: the same project name is also on row 7; without an 标识 (id) column the id is made from the name, so these rows would be one entry; expected each project once, or an 标识 column',
      'office.xlsx row 5, column 进度: found "120%"; expected a percentage from 0 to 100, such as 80 or 80%',
      'office.xlsx row 7, column 项目名称: the same project name is also on row 3; without an 标识 (id) column the id is made from the name, so these rows would be one entry; expected each project once, or an 标识 column',
      'office.xlsx row 8, column 进度: found 0.5, which may mean 0.5% or 50% (the import does not guess); expected the percentage written unambiguously: 50 for 50%, "0.5%" as text for 0.5%, or the column formatted as a percentage',
      'note: columns not imported: 序号 (a --mapping file can name the field they hold)',
      'note: row 4, column 总投资（万元）: "待定" is taken as not filled in',
      'warning: row 6, column 备注: "=HYPERLINK("http://example.org","详情")" begins like a spreadsheet formula; kept as text (never evaluated): check that it is meant',
      '6 project rows: 2 new, 0 updated, 0 unchanged, 4 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual(['projects/2022/xm-2dc9d3d7.md', 'projects/2022/xm-b162c01b.md']);
    // 全市 is the programme's region; 待定 leaves the budget out; --as-of is the baseline's day and the completion's.
    expect(box.read('projects/2022/xm-b162c01b.md')).toBe(`---
title: 全市公共WiFi
programme: 2022
theme: youxue
districts:
  - ceshi
status: completed
progress: 100
asOf: "2022-11-30"
leadDepartment: 测试市大数据局
plannedEnd: "2022-12-31"
completed: "2022-11-30"
---
`);
    // A deadline shown as 2022年10月 is the month, never its first day (which would make it overdue a month early).
    expect(box.read('projects/2022/xm-2dc9d3d7.md')).toContain('plannedEnd: 2022-10\n---\n=HYPERLINK("http://example.org","详情")\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('imported again unchanged, without --update, reports every row unchanged and exits 0; a moved row keeps its entry', async () => {
    const rows = [
      [1, '东区图书馆改造', '优学', '东区', '测试市文化局', 4500, month(2022, 12), percent(0.7), null],
      [2, '全市公共WiFi', '优学', '全市', '测试市大数据局', '待定', day(2022, 12, 31), percent(1), null],
    ];
    const first = run('import', [await workbook('first.xlsx', rows), '--year', '2022', '--lang', 'en'], box.root);
    expect(first.out.slice(1, 3)).toEqual([
      'new: content/projects/2022/xm-4b5aac8d.md (id 2022/xm-4b5aac8d) — 东区图书馆改造 (youxue; dongqu; in-progress, 70%)',
      'new: content/projects/2022/xm-b162c01b.md (id 2022/xm-b162c01b) — 全市公共WiFi (youxue; ceshi; completed, 100%)',
    ]);
    expect(first.status).toBe(0);
    const before = snapshot(box.content);
    const again = run('import', [await workbook('again.xlsx', [rows[1]!, rows[0]!]), '--year', '2022', '--lang', 'en'], box.root);
    expect(again.out.slice(1)).toEqual([
      'unchanged: content/projects/2022/xm-b162c01b.md',
      'unchanged: content/projects/2022/xm-4b5aac8d.md',
      'note: columns not imported: 序号 (a --mapping file can name the field they hold)',
      'note: row 3, column 总投资（万元）: "待定" is taken as not filled in',
      '2 project rows: 0 new, 0 updated, 2 unchanged, 0 rejected.',
    ]);
    expect(again.status).toBe(0);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('warns about one name on rows of different ids, and about a name the year already has', () => {
    box.write('../same.csv', '标识,项目名称,类别,牵头单位\nyi,新医院建设,健康,测试市卫生健康局\ner,新 医院建设,健康,测试市卫生健康局\n');
    const result = run('import', [join(box.root, 'same.csv'), '--year', '2022', '--lang', 'en'], box.root);
    expect(result.out.slice(3)).toEqual([
      'warning: row 2: content/projects/2022/xinyiyuan.md already has the name "新医院建设" under another id; check that this is another project',
      'warning: row 3: content/projects/2022/xinyiyuan.md already has the name "新 医院建设" under another id; check that this is another project',
      'warning: the project name "新医院建设" is on rows 2, 3; check that these are different projects',
      'note: the sheet has no column for places; the new projects are placed in the whole region (ceshi)',
      '2 project rows: 2 new, 0 updated, 0 unchanged, 0 rejected.',
    ]);
  });
});
