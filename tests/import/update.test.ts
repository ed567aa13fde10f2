/**
 * Re-importing into existing entries: a row that says what its entry says is unchanged;
 * nothing changes without --update; with it, only the descriptive fields the sheet has
 * columns for, byte for byte elsewhere; a sheet never rewrites a baseline (progress and
 * status go through dated updates, see monthly.test.ts); --dry-run writes nothing.
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
  it('is never changed without --update: a differing row is reported and skipped, an identical one is unchanged', () => {
    const before = snapshot(box.content);
    const result = run('import', [sheet, '--year', '2022'], box.root);
    expect(result.out).toEqual([
      '读取 update.csv（UTF-8），表头在第 1 行，写入 content/projects/2022/',
      '无变化：content/projects/2022/caogao.md',
      'update.csv 第 2 行：2022/xinyiyuan 已经存在（content/projects/2022/xinyiyuan.md），本行的 牵头单位, 总投资（万元） 与之不同；应加 --update 修改这些字段，或换一个新的标识',
      'update.csv 第 3 行“进度”列：填写的是 30，而 content/projects/2022/youeryuan.json 截至 2026-11-22 为 10；导入从不改写项目的基准数据：应加 --updates --as-of <日期> 导入，把变化记为一条有日期的动态',
      'update.csv 第 3 行“状态”列：填写的是 in-progress，而 content/projects/2022/youeryuan.json 截至 2026-11-22 为 planned；导入从不改写项目的基准数据：应加 --updates --as-of <日期> 导入，把变化记为一条有日期的动态',
      '共 3 个项目行：新建 0 个，更新 0 个，无变化 1 个，未导入 2 个。未导入的行没有写入任何内容；请改正后重新导入。',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('changes with --update in the descriptive fields the sheet has, and nowhere else; never the baseline', async () => {
    const hospital = box.read(HOSPITAL);
    const school = box.read(SCHOOL);
    const before = snapshot(box.content);
    const result = run('import', [sheet, '--year', '2022', '--update', '--lang', 'en'], box.root);
    expect(result.out).toEqual([
      'Reading update.csv (UTF-8), header on row 1, into content/projects/2022/',
      'updated: content/projects/2022/xinyiyuan.md (id 2022/xinyiyuan) — leadDepartment 测试市卫生健康局 → 测试市卫生健康委员会; budget 500000000 → 520000000',
      'unchanged: content/projects/2022/caogao.md',
      "update.csv row 3, column 进度: found 30, but content/projects/2022/youeryuan.json stands at 10 as of 2026-11-22; the import never rewrites a project's baseline: expected the sheet imported with --updates --as-of <day>, which records the change as a dated update",
      "update.csv row 3, column 状态: found in-progress, but content/projects/2022/youeryuan.json stands at planned as of 2026-11-22; the import never rewrites a project's baseline: expected the sheet imported with --updates --as-of <day>, which records the change as a dated update",
      'note: row 2: 备注 differs from the text of content/projects/2022/xinyiyuan.md, which the import never replaces',
      '3 project rows: 0 new, 1 updated, 1 unchanged, 1 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([HOSPITAL]);
    // Everything but the changed lines is as it was, the comment and the body included.
    expect(box.read(HOSPITAL)).toBe(
      hospital
        .replace('leadDepartment: 测试市卫生健康局\n', 'leadDepartment: 测试市卫生健康委员会\n')
        .replace('budget: { amount: 500000000 }\n', 'budget:\n  amount: 520000000\n  currency: CNY\n'),
    );
    expect(box.read(SCHOOL)).toBe(school);
    // Without the row of progress, the school's other change goes in, in place.
    const dates = csv('dates.csv', ['标识,项目名称,完成时限', 'youeryuan,西区幼儿园,2022年9月']);
    expect(run('import', [dates, '--year', '2022', '--update', '--lang', 'en'], box.root).out[1]).toBe('updated: content/projects/2022/youeryuan.json (id 2022/youeryuan) — plannedEnd 2022-08 → 2022-09');
    expect(box.read(SCHOOL)).toBe(school.replace('"plannedEnd": "2022-08"', '"plannedEnd": "2022-09"'));
    expect(await checkLines(box)).toEqual([]);
  });

  it('is shown, not written, with --dry-run', () => {
    const before = snapshot(box.content);
    const result = run('import', [sheet, '--year', '2022', '--update', '--dry-run'], box.root);
    expect(result.out).toEqual([
      '读取 update.csv（UTF-8），表头在第 1 行，写入 content/projects/2022/——试运行：不写入任何文件',
      '更新：content/projects/2022/xinyiyuan.md（标识 2022/xinyiyuan）——leadDepartment 测试市卫生健康局 → 测试市卫生健康委员会；budget 500000000 → 520000000',
      '无变化：content/projects/2022/caogao.md',
      'update.csv 第 3 行“进度”列：填写的是 30，而 content/projects/2022/youeryuan.json 截至 2026-11-22 为 10；导入从不改写项目的基准数据：应加 --updates --as-of <日期> 导入，把变化记为一条有日期的动态',
      'update.csv 第 3 行“状态”列：填写的是 in-progress，而 content/projects/2022/youeryuan.json 截至 2026-11-22 为 planned；导入从不改写项目的基准数据：应加 --updates --as-of <日期> 导入，把变化记为一条有日期的动态',
      '说明：第 2 行的“备注”与 content/projects/2022/xinyiyuan.md 的正文不同；导入从不替换已有正文',
      '共 3 个项目行：新建 0 个，更新 1 个，无变化 1 个，未导入 1 个（试运行：未写入任何文件）。未导入的行没有写入任何内容；请改正后重新导入。',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('gets a completion update dated as of the sheet with --updates, its file unchanged, and an empty cell erases nothing', async () => {
    const draft = box.read(DRAFT);
    const path = csv('done.csv', ['标识,项目名称,状态,牵头单位', 'caogao,尚未公布的项目,已完成,']);
    const result = run('import', [path, '--year', '2022', '--updates', '--as-of', '2022-11-30', '--lang', 'en'], box.root);
    expect(result.out.slice(1)).toEqual([
      'Figures as of 2022-11-30: changes of progress and status become dated updates in content/updates/',
      'update: content/updates/2022-11-30-caogao.md — 2022/caogao (completion): status planned → completed',
      '1 project rows: 0 new, 0 updated, 1 dated updates, 0 unchanged, 0 rejected.',
    ]);
    expect(result.status).toBe(0);
    expect(box.read(DRAFT)).toBe(draft);
    expect(box.read('updates/2022-11-30-caogao.md')).toBe('---\ndate: "2022-11-30"\ntitle: 尚未公布的项目完工\nprojects:\n  - 2022/caogao\nkind: completion\nstatus: completed\n---\n');
    // The project is a draft: its update waits for it, and the checker says so; nothing else.
    expect(await checkLines(box)).toEqual([
      'content/updates/2022-11-30-caogao.md:4: warning: projects: lists only projects that are not published (2022/caogao); expected at least one published project, or the update stays hidden',
    ]);
  });

  it('is refused with --updates when the update would make progress go down, naming the updates involved', () => {
    const path = csv('history.csv', ['标识,项目名称,进度,状态', 'xinyiyuan,新医院建设,,已完成', 'youeryuan,西区幼儿园,5,']);
    const before = snapshot(box.content);
    const result = run('import', [path, '--year', '2022', '--updates', '--as-of', '2022-11-30', '--lang', 'en'], box.root);
    expect(result.out.slice(1)).toEqual([
      'Figures as of 2022-11-30: changes of progress and status become dated updates in content/updates/',
      'update: content/updates/2022-11-30-xinyiyuan.md — 2022/xinyiyuan (completion): status in-progress → completed',
      'history.csv row 3, column 进度: progress would go down from 10 (content/updates/2022-10-01-caogao.md, 2022-10-01) to 5 (this sheet, 2022-11-30); expected progress never to go down: if the earlier figure was wrong, write 是 in a 更正 (correction) column of this row',
      '2 project rows: 0 new, 0 updated, 1 dated updates, 0 unchanged, 1 rejected. Nothing was written for the rejected rows; correct them and import again.',
    ]);
    expect(result.status).toBe(1);
    expect(changedFiles(before, snapshot(box.content))).toEqual(['updates/2022-11-30-xinyiyuan.md']);
  });

  it('named after its row is refused when the rows have moved since', () => {
    const first = csv('rows.csv', ['项目名称,类别,牵头单位', '甲项目,优学,测试市教育局', '乙项目,健康,测试市卫生健康局']);
    const created = run('import', [first, '--year', '2022', '--ids', 'row', '--lang', 'en'], box.root);
    expect(created.out.slice(1)).toEqual([
      'new: content/projects/2022/row-002.md (id 2022/row-002) — 甲项目 (youxue; ceshi; planned, 0%)',
      'new: content/projects/2022/row-003.md (id 2022/row-003) — 乙项目 (jiankang; ceshi; planned, 0%)',
      'note: the sheet has no column for places; the new projects are placed in the whole region (ceshi)',
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
