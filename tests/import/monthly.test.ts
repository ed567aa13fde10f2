/**
 * A monthly progress sheet (.xlsx, written here with write-excel-file) imported with
 * --updates: each changed project gets one dated update as of the sheet's day, read from
 * its title (截至…) or --as-of; the baseline is never touched; importing the same sheet
 * again writes nothing; a decrease is refused unless the row is marked as a correction.
 */
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot, type Run } from './cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

const percent = (value: number) => ({ value, format: '0%' });

async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const path = join(box.root, name);
  await writeExcelFile([{ sheet: '月报', data: rows as never }]).toFile(path);
  return path;
}

/** The November sheet: no id column, the day in its title, progress as Excel percentages. */
const NOVEMBER = [
  ['2022年测试市民生实事推进情况表（截至2022年11月30日）'],
  ['项目名称', '进度', '状态', '备注'],
  ['新医院建设', percent(0.9), '推进中', '住院楼装修完成九成。'],
  ['西区幼儿园', percent(0.3), '在建', null],
  ['尚未公布的项目', percent(0), '计划', null],
];

const PROJECTS = ['projects/2022/caogao.md', 'projects/2022/xinyiyuan.md', 'projects/2022/youeryuan.json'];

function imported(path: string, ...args: string[]): Run {
  return run('import', [path, '--year', '2022', '--updates', '--lang', 'en', ...args], box.root);
}

describe('a monthly progress sheet with --updates', () => {
  it('becomes one dated update per changed project, as of the day its title states; the second import writes nothing', async () => {
    const path = await workbook('november.xlsx', NOVEMBER);
    const projects = PROJECTS.map((p) => box.read(p));
    const before = snapshot(box.content);
    const first = imported(path);
    expect(first.out).toEqual([
      'Reading november.xlsx, sheet "月报" (xlsx), header on row 2, into content/projects/2022/',
      'Figures as of 2022-11-30: changes of progress and status become dated updates in content/updates/',
      'update: content/updates/2022-11-30-xinyiyuan.md — 2022/xinyiyuan (progress): progress 65 → 90',
      'update: content/updates/2022-11-30-youeryuan.md — 2022/youeryuan (progress): progress 10 → 30; status planned → in-progress',
      'unchanged: content/projects/2022/caogao.md',
      '3 project rows: 0 new, 0 updated, 2 dated updates, 1 unchanged, 0 rejected.',
    ]);
    expect(first.status).toBe(0);
    expect(changedFiles(before, snapshot(box.content))).toEqual(['updates/2022-11-30-xinyiyuan.md', 'updates/2022-11-30-youeryuan.md']);
    // The baseline is never rewritten: the project files are as they were.
    expect(PROJECTS.map((p) => box.read(p))).toEqual(projects);
    expect(box.read('updates/2022-11-30-xinyiyuan.md')).toBe(`---
date: "2022-11-30"
title: 新医院建设：进度90%
projects:
  - 2022/xinyiyuan
kind: progress
progress: 90
---
住院楼装修完成九成。
`);
    expect(box.read('updates/2022-11-30-youeryuan.md')).toContain('kind: progress\nprogress: 30\nstatus: in-progress\n---\n');
    expect(await checkLines(box)).toEqual([]);

    const after = snapshot(box.content);
    const second = imported(path, '--as-of', '2022-11-30');
    expect(second.out.slice(2)).toEqual([
      'unchanged: content/projects/2022/xinyiyuan.md',
      'unchanged: content/projects/2022/youeryuan.json',
      'unchanged: content/projects/2022/caogao.md',
      '3 project rows: 0 new, 0 updated, 0 dated updates, 3 unchanged, 0 rejected.',
    ]);
    expect(second.status).toBe(0);
    expect(changedFiles(after, snapshot(box.content))).toEqual([]);
  });

  it('refuses progress going down, naming both figures, unless the row is marked as a correction', async () => {
    await workbook('november.xlsx', NOVEMBER).then((path) => imported(path));
    const december = (correction: string | null) => [
      ['项目名称', '进度', '更正'],
      ['西区幼儿园', percent(0.2), correction],
    ];
    const before = snapshot(box.content);
    const refused = imported(await workbook('december.xlsx', december(null)), '--as-of', '2022-12-31');
    expect(refused.out.slice(2)).toEqual([
      'december.xlsx row 2, column 进度: progress would go down from 30 (content/updates/2022-11-30-youeryuan.md, 2022-11-30) to 20 (this sheet, 2022-12-31); expected progress never to go down: if the earlier figure was wrong, write 是 in a 更正 (correction) column of this row',
      '1 project rows: 0 new, 0 updated, 0 dated updates, 0 unchanged, 1 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(refused.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);

    const corrected = imported(await workbook('corrected.xlsx', december('是')), '--as-of', '2022-12-31');
    expect(corrected.out[2]).toBe('update: content/updates/2022-12-31-youeryuan.md — 2022/youeryuan (correction): progress 30 → 20');
    expect(corrected.status).toBe(0);
    expect(box.read('updates/2022-12-31-youeryuan.md')).toContain('title: 更正：西区幼儿园进度为20%\nprojects:\n  - 2022/youeryuan\nkind: correction\nprogress: 20\n');
    expect(await checkLines(box)).toEqual([]);
  });

  it('needs one day the figures are true, in the past, and writes nothing otherwise', async () => {
    const titled = await workbook('titled.xlsx', NOVEMBER);
    const untitled = await workbook('untitled.xlsx', NOVEMBER.slice(1));
    const monthOnly = await workbook('month.xlsx', [['推进情况（截至2022年11月）'], ...NOVEMBER.slice(1)]);
    const before = snapshot(box.content);
    const errors = (result: Run) => {
      expect(result.status).toBe(1);
      expect(result.out).toEqual([]);
      return result.err;
    };
    expect(errors(imported(titled, '--as-of', '2022-12-31'))).toEqual([
      'titled.xlsx says "截至2022年11月30日", but --as-of is 2022-12-31; expected one day the sheet\'s figures are true: correct --as-of or the title',
      'Nothing was imported.',
    ]);
    expect(errors(imported(untitled))[0]).toBe(
      'untitled.xlsx: the sheet does not say the day its figures are true; dated updates need one: expected --as-of <day>, e.g. --as-of 2026-11-30, or a title such as 截至2026年11月30日',
    );
    expect(errors(imported(monthOnly))[0]).toBe(
      'month.xlsx: the title says "截至2022年11月", which names no day; dated updates need one: expected --as-of <day>, e.g. --as-of 2026-11-30, or a title such as 截至2026年11月30日',
    );
    expect(errors(imported(untitled, '--as-of', '2026-12-31'))[0]).toBe("the sheet's day 2026-12-31 is after today (2026-11-22); expected the day its figures were true");
    expect(errors(imported(untitled, '--as-of', '2022-11-31'))[0]).toBe('found --as-of 2022-11-31; expected a day such as --as-of 2026-11-30');
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });
});
