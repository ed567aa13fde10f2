/**
 * Imports that fail as a whole: each says why, naming the file and what is expected,
 * exits 1 and writes nothing at all. And a site's mapping, which makes its own headers
 * and words readable.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, checkLines, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot, type Run } from './cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

function file(name: string, content: string | Uint8Array): string {
  const path = join(box.root, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the import and checks that it wrote nothing. */
function refused(args: string[]): Run {
  const before = snapshot(box.content);
  const result = run('import', [...args, '--lang', 'en'], box.root);
  expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  expect(result.out).toEqual([]);
  expect(result.status).toBe(1);
  return result;
}

const GOOD = '标识,项目名称,类别,牵头单位\nxin,新项目,优学,测试市教育局\n';

describe('an import that cannot be done', () => {
  it('needs a year that has a programme', () => {
    expect(refused([file('a.csv', GOOD), '--year', '2030']).err).toEqual([
      'found --year 2030, which has no programme in content/programmes/; expected one of: 2022, 2023, or the programme written first',
      'Nothing was imported.',
    ]);
    expect(refused([file('a.csv', GOOD)]).err).toEqual(['found no --year; expected the programme\'s year, e.g. --year 2024', 'Nothing was imported.']);
    expect(refused([file('a.csv', GOOD), '--year', '22']).err[0]).toBe('found --year 22; expected the programme\'s year, e.g. --year 2024');
  });

  it('needs a file it can read, as CSV or .xlsx', () => {
    expect(refused([join(box.root, 'missing.csv'), '--year', '2022']).err).toEqual([`cannot read ${join(box.root, 'missing.csv')} (ENOENT)`, 'Nothing was imported.']);
    expect(refused([file('old.xls', 'x'), '--year', '2022']).err[0]).toBe('old.xls is an old Excel .xls file; expected .xlsx or CSV: open it in Excel or WPS and save it as .xlsx');
    expect(refused([file('notes.txt', GOOD), '--year', '2022']).err[0]).toBe('notes.txt is not a .csv or .xlsx file; expected a sheet saved as CSV or as an Excel workbook (.xlsx)');
    expect(refused([file('broken.xlsx', 'not a zip'), '--year', '2022']).err[0]).toMatch(/^broken\.xlsx is not a readable \.xlsx workbook \(.+\); expected a workbook saved by Excel, WPS or LibreOffice$/);
    expect(refused([file('quote.csv', '项目名称,备注\n甲,"未闭合\n'), '--year', '2022']).err[0]).toBe(
      'quote.csv: line 2: the CSV cannot be read (Quote Not Closed: the parsing is finished with an opening quote at line 2); expected quotes in pairs around cells that hold commas or line breaks',
    );
    expect(refused([file('empty.csv', ''), '--year', '2022']).err[0]).toBe('empty.csv holds no rows; expected a header row and one row per project');
    expect(refused([file('a.csv', GOOD), '--year', '2022', '--sheet', '项目']).err[0]).toBe('--sheet applies to .xlsx workbooks; a CSV file holds one sheet');
  });

  it('needs a column for the project’s name, and --ids row or none', () => {
    expect(refused([file('a.csv', '序号,名录\n1,新项目\n'), '--year', '2022']).err[0]).toBe(
      'a.csv: found no column for the project\'s name in the first ten rows (the first row reads: 序号, 名录); expected a header such as 项目名称 or title, or a --mapping file that names yours',
    );
    expect(refused([file('b.csv', GOOD), '--year', '2022', '--ids', 'name']).err[0]).toBe('found --ids name; expected --ids row');
  });

  it('needs the columns every new project needs, one column per field', () => {
    expect(refused([file('a.csv', '标识,项目名称\nxin,新项目\n'), '--year', '2022']).err).toEqual([
      'a.csv has no column for leadDepartment (牵头单位 / lead department), which every new project needs; expected a column such as 牵头单位 / lead department, or a --mapping file that names yours',
      'a.csv has no 类别 (theme) column, and programme 2022 has several themes (youxue, jiankang); expected a column saying each project\'s theme',
      'Nothing was imported.',
    ]);
    expect(refused([file('b.csv', '标识,项目名称,Title,类别,牵头单位\n'), '--year', '2022']).err[0]).toBe(
      'b.csv: the columns "项目名称" and "Title" both hold title; expected one column per field',
    );
  });

  it('needs a mapping file it can use', () => {
    const mapping = file('mapping.json', '{ "columns": { "项目负责部门": "lead" } }');
    expect(refused([file('a.csv', GOOD), '--year', '2022', '--mapping', mapping]).err[0]).toBe(
      `${mapping}: columns.项目负责部门: found "lead"; expected one of: id, title, summary, leadDepartment, partners, leadOfficial, districts, theme, budget, start, plannedEnd, completed, progress, status, tags, notes, correction, budget:元, budget:万元, budget:亿元`,
    );
  });

  it('prints the usage for a missing or extra spreadsheet, and exits 2', () => {
    const none = run('import', ['--year', '2022'], box.root);
    expect(none.err[0]).toBe('Which spreadsheet? Give the path of a .csv or .xlsx file.');
    expect(none.status).toBe(2);
    expect(run('import', ['a.csv', 'b.csv', '--year', '2022'], box.root).status).toBe(2);
  });
});

describe('a site’s mapping', () => {
  it('reads its own headers, units and status words', async () => {
    const mapping = file('mapping.json', JSON.stringify({ columns: { 编号: 'id', 项目负责部门: 'leadDepartment', 投资额: 'budget:万元' }, status: { 在建设: 'in-progress' } }));
    const sheet = file('own.csv', '编号,项目名称,类别,项目负责部门,投资额,状态,进度\nxin-guan,新场馆,健康,测试市体育局,800,在建设,25\n');
    const result = run('import', [sheet, '--year', '2022', '--mapping', mapping, '--lang', 'en'], box.root);
    expect(result.out.slice(1)).toEqual([
      'new: content/projects/2022/xin-guan.md (id 2022/xin-guan) — 新场馆 (jiankang; ceshi; in-progress, 25%)',
      'note: the sheet has no column for places; the new projects are placed in the whole region (ceshi)',
      '1 project rows: 1 new, 0 updated, 0 unchanged, 0 rejected.',
    ]);
    expect(result.status).toBe(0);
    expect(box.read('projects/2022/xin-guan.md')).toContain('leadDepartment: 测试市体育局\nbudget:\n  amount: 8000000\n  currency: CNY\n');
    expect(await checkLines(box)).toEqual([]);
  });
});

describe('npm run import -- --help', () => {
  it('prints the usage and the guide with the tables of headers and status words', () => {
    const help = run('import', ['--help'], ROOT);
    expect(help.status).toBe(0);
    expect(help.out[0]).toBe('Usage: npm run import -- <file.csv|file.xlsx> --year <year> [--update] [--dry-run]');
    expect(help.out).toContain('  --as-of <day>       the day the sheet\'s figures are true, e.g. 2026-11-30 (default: the');
    expect(help.out).toContain('  leadDepartment  牵头单位, 牵头部门, 牵头责任单位, 牵头责任部门, 主责单位, 主责部门, lead department, lead: the department in charge (required for new projects)');
    expect(help.out).toContain('  in-progress  推进中, 在建, 进行中, 实施中, 建设中, in progress, ongoing, underway');
  });
});
