/**
 * `npm run export` writes a year's projects in the import's own headers: the sheet imports
 * back into the same content as "unchanged" (nothing written), and into a copy without the
 * year's projects as entries equal to the originals in every field the sheet carries, with
 * status and progress where each project stood on the day of the export. xlsx and CSV alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/check/read.ts';
import { chineseDate, inUnit } from '../../src/export/sheet.ts';
import { currentState } from '../../src/model/state.ts';
import { indexContent } from '../../src/scaffold/content.ts';
import { EPOCH, ROOT, TODAY, sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, snapshot } from '../import/cli.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  // Cells that test the writers: formula-like text, a budget that is no whole number of 万元, a date of year precision.
  box.edit('projects/2022/xinyiyuan.md', (text) => text.replace('summary: 在东区湖畔街道新建一所医院。', 'summary: "=HYPERLINK(\\"http://x\\") 在东区新建医院"'));
  box.edit('projects/2022/youeryuan.json', (text) => text.replace('"amount": 45000000', '"amount": 45001234.5').replace('"plannedEnd": "2022-08"', '"plannedEnd": "2022-08", "start": "2021"'));
});
afterEach(() => box.dispose());

function run(script: 'export' | 'import', args: readonly string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: box.root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, MINSHENG_CONTENT: '', NO_COLOR: '1' },
  });
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return { status: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

const content = () => indexContent(readContent(box.content).files);

/** The fields a sheet row carries, as the entry says them, with status and progress as they stand today. */
function carried(id: string, index = content()) {
  const project = index.projects.find((p) => p.id === id)!;
  const state = currentState(project, index.updates.filter((u) => u.data.date <= TODAY), TODAY);
  const { title, summary, theme, districts, leadDepartment, partners, leadOfficial, budget, start, plannedEnd, tags } = project.data;
  return { title, summary, theme, districts, leadDepartment, partners, leadOfficial, budget, start, plannedEnd, tags, status: state.status, progress: state.progress, completed: state.completed };
}

const IDS = ['2022/xinyiyuan', '2022/youeryuan'];

describe.each(['xlsx', 'csv'])('an export as %s', (format) => {
  it('imports back into the same content unchanged, writing nothing', () => {
    const exported = run('export', ['--year', '2022', '--format', format]);
    expect(exported.err).toEqual([]);
    expect(exported.out).toEqual([
      '说明：1 个尚未发布的项目（草稿，或发布日期未到）没有导出：2022/caogao',
      '说明：状态和进度计入了 1 条草稿动态，与导入和检查的算法一致：2022-10-01-caogao',
      `已写入 民生实事-2022.${format}：2022 年的 2 个项目，状态和进度截至 2026-11-22，表头与导入相同（npm run import -- 民生实事-2022.${format} --year 2022 可原样导回）。`,
    ]);
    expect(exported.status).toBe(0);
    const before = snapshot(box.content);
    const imported = run('import', [`民生实事-2022.${format}`, '--year', '2022', '--lang', 'en']);
    expect(imported.err).toEqual([]);
    expect(imported.out.slice(1)).toEqual([
      'unchanged: content/projects/2022/youeryuan.json',
      'unchanged: content/projects/2022/xinyiyuan.md',
      // The import's own warning about formula-like text: read back as written, never evaluated.
      'warning: row 4, column 项目简介: "=HYPERLINK("http://x") 在东区新建医院" begins like a spreadsheet formula; kept as text (never evaluated): check that it is meant',
      '2 project rows: 0 new, 0 updated, 2 unchanged, 0 rejected.',
    ]);
    expect(imported.status).toBe(0);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('imports into a copy without the year\'s projects as entries equal in every field the sheet carries', () => {
    const originals = content();
    const expected = IDS.map((id) => carried(id, originals));
    run('export', ['--year', '2022', '--format', format, '--out', `sheet.${format}`]);
    // The copy: the year's projects gone, and the updates about them with them.
    for (const file of originals.files.projects.values()) if (file.id.startsWith('2022/')) box.remove(`projects/${file.id}.${file.format}`);
    for (const update of originals.updates) if (update.data.projects.some((id) => id.startsWith('2022/'))) box.remove(`updates/${update.id}.md`);
    const imported = run('import', [`sheet.${format}`, '--year', '2022', '--lang', 'en']);
    expect(imported.err).toEqual([]);
    expect(imported.status).toBe(0);
    expect(imported.out.at(-1)).toBe('2 project rows: 2 new, 0 updated, 0 unchanged, 0 rejected.');
    const copy = content();
    expect(IDS.map((id) => carried(id, copy))).toEqual(expected);
    // The day of the figures, from the sheet's title row.
    expect(copy.projects.filter((p) => IDS.includes(p.id)).map((p) => p.data.asOf)).toEqual(['2026-11-22', '2026-11-22']);
  });
});

describe('the files an export writes', () => {
  it('writes CSV as UTF-8 with a BOM, formula-like text behind a quote, figures exact', () => {
    run('export', ['--year', '2022', '--out', 'sheet.csv']);
    const text = readFileSync(join(box.root, 'sheet.csv'), 'utf8');
    expect(text.startsWith('\uFEFF2022年测试市民生实事（截至2026年11月22日）,')).toBe(true);
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      '标识,项目名称,项目简介,类别,所属地区,牵头单位,责任单位,挂帅领导,总投资（万元）,开工时间,完成时限,进度,状态,实际完成时间,标签',
      'youeryuan,西区幼儿园,,优学测试,西区,测试市教育局,,,4500.12345,2021年,2022年8月,10,计划,,',
      'xinyiyuan,新医院建设,"\'=HYPERLINK(""http://x"") 在东区新建医院",健康测试,湖畔街道,测试市卫生健康局,测试市建设局、东区人民政府,王某,50000,2021年4月,2022年12月,100,已完成,2022年12月20日,医疗',
    ]);
  });

  it('never replaces a file without --force', () => {
    writeFileSync(join(box.root, 'sheet.xlsx'), 'mine');
    const refused = run('export', ['--year', '2022', '--out', 'sheet.xlsx', '--lang', 'en']);
    expect(refused.err).toEqual(['sheet.xlsx already exists; expected another --out, or --force to replace it', 'Nothing was written.']);
    expect(refused.status).toBe(1);
    expect(readFileSync(join(box.root, 'sheet.xlsx'), 'utf8')).toBe('mine');
    expect(run('export', ['--year', '2022', '--out', 'sheet.xlsx', '--force']).status).toBe(0);
    expect(readFileSync(join(box.root, 'sheet.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('says which years there are, and which formats, in the site\'s language', () => {
    expect(run('export', ['--year', '2030']).err).toEqual(['--year 2030 在 content/programmes/ 中没有对应的年度工程；应为以下之一：2022, 2023', '没有写入任何文件。']);
    expect(run('export', ['--year', '2022', '--format', 'xls']).err).toEqual(['--format 填写的是“xls”；应为 xlsx 或 csv', '没有写入任何文件。']);
    expect(run('export', ['--year', '2022', '--format', 'csv', '--out', 'a.xlsx']).err[0]).toBe('--out a.xlsx 与 --format csv 不符；文件名应以 .csv 结尾');
  });
});

describe('what an export cannot write', () => {
  it('leaves a budget in another currency empty, with a warning', () => {
    const exported = run('export', ['--year', '2023', '--out', 'sheet.csv', '--lang', 'en']);
    expect(exported.out).toEqual([
      'warning: row 3, column 总投资（万元）: 2023/yanglao has a budget of 1000000 USD; the sheet counts in yuan only, so the cell is left empty',
      "Wrote sheet.csv: 1 project of 2023, status and progress as of 2026-11-22, in the import's headers (npm run import -- sheet.csv --year 2023 reads it back unchanged).",
    ]);
    expect(readFileSync(join(box.root, 'sheet.csv'), 'utf8').split('\r\n')[2]).toBe('yanglao,养老食堂,,健康测试,湖畔街道、西区,测试市民政局,,,,,,100,已完成,2023年5月1日,');
  });

  it('warns of a list item that holds a separator', () => {
    box.edit('projects/2022/xinyiyuan.md', (text) => text.replace('partners: [测试市建设局, 东区人民政府]', 'partners: [测试市建设局, "东区人民政府、湖畔街道"]'));
    const exported = run('export', ['--year', '2022', '--out', 'sheet.xlsx', '--lang', 'en']);
    expect(exported.out).toContain('warning: row 4, column 责任单位: an item of 2022/xinyiyuan holds a list separator (、，,；;), so "测试市建设局、东区人民政府、湖畔街道" would be read back as more items');
  });
});

describe('cells as the import reads them', () => {
  it('writes progress under 1 % as text that says so, which imports back unchanged', () => {
    // A plain 0.5 would be refused as ambiguous (0.5 % or 50 %?).
    for (const update of ['2022-09-01-lianliankan', '2022-10-01-caogao', '2099-01-01-weilai']) box.remove(`updates/${update}.md`);
    box.edit('projects/2022/youeryuan.json', (text) => text.replace('"progress": 0,', '"progress": 0.5,'));
    expect(run('export', ['--year', '2022', '--format', 'csv', '--out', 'sheet.csv']).status).toBe(0);
    const row = readFileSync(join(box.root, 'sheet.csv'), 'utf8').split('\r\n').find((line) => line.startsWith('youeryuan,'))!;
    expect(row.split(',')).toContain('0.5%');
    const before = snapshot(box.content);
    const imported = run('import', ['sheet.csv', '--year', '2022', '--lang', 'en']);
    expect(imported.out).toContain('unchanged: content/projects/2022/youeryuan.json');
    expect(imported.status).toBe(0);
    expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  });

  it('keeps dates at their precision and amounts exact in 万元', () => {
    expect(['2022', '2022-08', '2022-12-20'].map(chineseDate)).toEqual(['2022年', '2022年8月', '2022年12月20日']);
    expect([500000000, 45001234.5, 1, 0.5, 12345].map((amount) => inUnit(amount, 4))).toEqual([50000, 4500.12345, 0.0001, 0.00005, 1.2345]);
  });
});
