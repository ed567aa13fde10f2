/**
 * Re-importing into existing entries: nothing changes without --update; with it, only
 * the fields the sheet has columns for, byte for byte elsewhere; --dry-run writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot } from './cli.ts';

let box: Sandbox;
let sheet: string;

const HOSPITAL = 'projects/2022/xinyiyuan.md';
const SCHOOL = 'projects/2022/youeryuan.json';
const DRAFT = 'projects/2022/caogao.md';

/** Writes a CSV sheet beside the content and returns its path. */
function csv(name: string, rows: string[]): string {
  const path = join(box.root, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

beforeEach(() => {
  box = sandbox();
  // A comment, as press offices leave them, must survive the edit.
  box.edit(HOSPITAL, (t) => t.replace('leadDepartment: 测试市卫生健康局\n', '# 牵头单位见2022年3月通报\nleadDepartment: 测试市卫生健康局\n'));
  sheet = csv('update.csv', [
    '标识,项目名称,类别,牵头单位,总投资（万元）,进度,状态,完成时限,备注',
    'xinyiyuan,新医院建设,健康,测试市卫生健康委员会,52000,,,2022年12月,新的备注',
    'youeryuan,西区幼儿园,优学,,,30,推进中,2022年9月,',
    'caogao,尚未公布的项目,优学,测试市教育局,,0,计划,,',
  ]);
});
afterEach(() => box.dispose());

describe('an entry that exists', () => {
  it('is never changed without --update: the row is reported and skipped', () => {
    const before = snapshot(box.content);
    const result = run('import', [sheet, '--year', '2022'], box.root);
    expect(result.out).toEqual([
      '读取 update.csv（UTF-8），表头在第 1 行，写入 content/projects/2022/',
      'update.csv 第 2 行：2022/xinyiyuan 已经存在（content/projects/2022/xinyiyuan.md）；应换一个新的标识，或加 --update 修改该条目',
      'update.csv 第 3 行：2022/youeryuan 已经存在（content/projects/2022/youeryuan.json）；应换一个新的标识，或加 --update 修改该条目',
      'update.csv 第 4 行：2022/caogao 已经存在（content/projects/2022/caogao.md）；应换一个新的标识，或加 --update 修改该条目',
      '共 3 个项目行：新建 0 个，更新 0 个，无变化 0 个，未导入 3 个。未导入的行没有写入任何内容；请改正后重新导入。',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('changes with --update in the fields the sheet has, and nowhere else', async () => {
    const hospital = box.read(HOSPITAL);
    const school = box.read(SCHOOL);
    const before = snapshot(box.content);
    const result = run('import', [sheet, '--year', '2022', '--update', '--lang', 'en'], box.root);
    expect(result.out).toEqual([
      'Reading update.csv (UTF-8), header on row 1, into content/projects/2022/',
      'updated: content/projects/2022/xinyiyuan.md — leadDepartment 测试市卫生健康局 → 测试市卫生健康委员会; budget 500000000 → 520000000',
      'updated: content/projects/2022/youeryuan.json — status planned → in-progress; progress 0 → 30; asOf 2022 → 2026-11-22; plannedEnd 2022-08 → 2022-09',
      'unchanged: content/projects/2022/caogao.md',
      'note: row 2: 备注 differs from the text of content/projects/2022/xinyiyuan.md, which the import never replaces',
      '3 project rows: 0 new, 2 updated, 1 unchanged, 0 rejected.',
    ]);
    expect(result.status).toBe(0);
    expect(changedFiles(before, snapshot(box.content))).toEqual([HOSPITAL, SCHOOL]);
    // Everything but the changed lines is as it was, the comment and the body included.
    expect(box.read(HOSPITAL)).toBe(
      hospital
        .replace('leadDepartment: 测试市卫生健康局\n', 'leadDepartment: 测试市卫生健康委员会\n')
        .replace('budget: { amount: 500000000 }\n', 'budget:\n  amount: 520000000\n  currency: CNY\n'),
    );
    expect(box.read(SCHOOL)).toBe(
      school
        .replace('"status": "planned"', '"status": "in-progress"')
        .replace('"progress": 0', '"progress": 30')
        .replace('"asOf": "2022"', '"asOf": "2026-11-22"')
        .replace('"plannedEnd": "2022-08"', '"plannedEnd": "2022-09"'),
    );
    expect(await checkLines(box)).toEqual([]);
  });

  it('is shown, not written, with --dry-run', () => {
    const before = snapshot(box.content);
    const result = run('import', [sheet, '--year', '2022', '--update', '--dry-run'], box.root);
    expect(result.out).toEqual([
      '读取 update.csv（UTF-8），表头在第 1 行，写入 content/projects/2022/——试运行：不写入任何文件',
      '更新：content/projects/2022/xinyiyuan.md——leadDepartment 测试市卫生健康局 → 测试市卫生健康委员会；budget 500000000 → 520000000',
      '更新：content/projects/2022/youeryuan.json——status planned → in-progress；progress 0 → 30；asOf 2022 → 2026-11-22；plannedEnd 2022-08 → 2022-09',
      '无变化：content/projects/2022/caogao.md',
      '说明：第 2 行的“备注”与 content/projects/2022/xinyiyuan.md 的正文不同；导入从不替换已有正文',
      '共 3 个项目行：新建 0 个，更新 2 个，无变化 1 个，未导入 0 个（试运行：未写入任何文件）。',
    ]);
    expect(result.status).toBe(0);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('gets completed: the day of the import when the sheet completes it, and an empty cell erases nothing', async () => {
    const draft = box.read(DRAFT);
    const path = csv('done.csv', ['标识,项目名称,状态,牵头单位', 'caogao,尚未公布的项目,已完成,']);
    const result = run('import', [path, '--year', '2022', '--update', '--lang', 'en'], box.root);
    expect(result.out[1]).toBe('updated: content/projects/2022/caogao.md — status planned → completed; progress 0 → 100; asOf 2022-01 → 2026-11-22; completed — → 2026-11-22');
    expect(result.status).toBe(0);
    expect(box.read(DRAFT)).toBe(
      draft
        .replace('status: planned\nprogress: 0\nasOf: "2022-01"\nleadDepartment: 测试市教育局\n', 'status: completed\nprogress: 100\nasOf: "2026-11-22"\nleadDepartment: 测试市教育局\ncompleted: "2026-11-22"\n'),
    );
    expect(await checkLines(box)).toEqual([]);
  });

  it('is refused when the change would break its history of updates, naming the updates involved', () => {
    const path = csv('history.csv', ['标识,项目名称,进度,状态', 'xinyiyuan,新医院建设,,已完成', 'youeryuan,西区幼儿园,5,']);
    const before = snapshot(box.content);
    const result = run('import', [path, '--year', '2022', '--update', '--lang', 'en'], box.root);
    expect(result.out).toEqual([
      'Reading history.csv (UTF-8), header on row 1, into content/projects/2022/',
      'history.csv row 2, column 进度: content/updates/2022-06-30-fengding.md (2022-06-30) would read as completed at 70%, since an update dated before asOf takes its status from the project file; expected the completion reported by an update instead (npm run new -- update 2022/xinyiyuan --kind completion)',
      'history.csv row 2, column 进度: content/updates/2022-07-10-jiaozheng.md (2022-07-10) would read as completed at 65%, since an update dated before asOf takes its status from the project file; expected the completion reported by an update instead (npm run new -- update 2022/xinyiyuan --kind completion)',
      'history.csv row 3, column 进度: progress would go down from 10 (content/updates/2022-10-01-caogao.md, 2022-10-01) to 5 (this row, 2026-11-22); expected progress never to go down, except through an update of kind "correction"',
      '2 project rows: 0 new, 0 updated, 0 unchanged, 2 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('is not reopened by the import when the file records its completion', () => {
    const path = csv('reopen.csv', ['标识,项目名称,状态', 'yanglao,养老食堂,推进中']);
    const result = run('import', [path, '--year', '2023', '--update', '--lang', 'en'], box.root);
    expect(result.out[1]).toBe(
      'reopen.csv row 2, column 状态: found status "in-progress", but content/projects/2023/yanglao.md records completed: 2023-05-01; expected the project reopened by hand (remove "completed" from the file) rather than by the import',
    );
    expect(result.status).toBe(1);
  });

  it('named after its row is refused when the rows have moved since', () => {
    const first = csv('rows.csv', ['项目名称,类别,牵头单位', '甲项目,优学,测试市教育局', '乙项目,健康,测试市卫生健康局']);
    const created = run('import', [first, '--year', '2022', '--ids', 'row', '--lang', 'en'], box.root);
    expect(created.out.slice(1)).toEqual([
      'new: content/projects/2022/row-002.md — 甲项目 (youxue; ceshi; planned, 0%)',
      'new: content/projects/2022/row-003.md — 乙项目 (jiankang; ceshi; planned, 0%)',
      '2 project rows: 2 new, 0 updated, 0 unchanged, 0 rejected.',
    ]);
    const moved = csv('moved.csv', ['项目名称,类别,牵头单位,进度', '乙项目,健康,测试市卫生健康局,20', '甲项目,优学,测试市教育局,10']);
    const before = snapshot(box.content);
    const result = run('import', [moved, '--year', '2022', '--ids', 'row', '--update', '--lang', 'en'], box.root);
    expect(result.out.slice(1)).toEqual([
      'moved.csv row 2: 2022/row-002 is "甲项目" in content/projects/2022/row-002.md, but this row is "乙项目": the rows have moved since the ids were made from row numbers; expected an 标识 (id) column holding each entry\'s id',
      'moved.csv row 3: 2022/row-003 is "乙项目" in content/projects/2022/row-003.md, but this row is "甲项目": the rows have moved since the ids were made from row numbers; expected an 标识 (id) column holding each entry\'s id',
      '2 project rows: 0 new, 0 updated, 0 unchanged, 2 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });
});

describe('a new row under --update', () => {
  it('is refused for each column a new project needs that the sheet lacks', () => {
    const path = csv('partial.csv', ['标识,项目名称,进度', 'xinde,新的项目,10']);
    const result = run('import', [path, '--year', '2022', '--update', '--lang', 'en'], box.root);
    expect(result.out.slice(1)).toEqual([
      'partial.csv row 2: a new project needs leadDepartment (牵头单位 / lead department), and the sheet has no column for it; expected a column such as 牵头单位 / lead department',
      'partial.csv row 2: a new project needs theme (类别 / theme), and the sheet has no column for it; expected a column such as 类别 / theme',
      '1 project rows: 0 new, 0 updated, 0 unchanged, 1 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
  });
});
