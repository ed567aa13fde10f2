/**
 * The import's decisions, without files: the defaults of a new project, the rows that are
 * skipped, and the rows refused for what they say about status, progress and completion.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/check/read.ts';
import { render } from '../../src/import/messages.ts';
import { planImport, type ImportOptions } from '../../src/import/plan.ts';
import type { Cell } from '../../src/import/values.ts';
import { indexContent } from '../../src/scaffold/content.ts';
import { FIXTURE, TODAY } from '../helpers.ts';

const content = indexContent(readContent(FIXTURE, FIXTURE).files);
const OPTIONS: ImportOptions = { year: 2022, today: TODAY, update: false, rowIds: false, mapping: { columns: {}, status: {} }, lang: 'en', contentLabel: 'content' };

function plan(rows: Cell[][], options: Partial<ImportOptions> = {}) {
  const result = planImport({ file: 'sheet.csv', rows }, content, { ...OPTIONS, ...options });
  if ('fatal' in result) throw new Error(result.fatal.map((m) => render(m, 'en')).join('\n'));
  return result.plan;
}

/** The baseline each row becomes: status, progress and completion date; or the reasons it is refused. */
function baselines(header: string[], rows: Cell[][]): (string | undefined)[] {
  const { entries, rejected } = plan([['标识', '项目名称', '类别', '牵头单位', ...header], ...rows.map((cells, i) => [`p${i}`, `项目${i}`, '优学', '教育局', ...cells])]);
  return rows.map((_, i) => {
    const entry = entries.find((e) => e.id === `2022/p${i}`);
    if (entry?.action === 'create') return `${entry.data.status} ${entry.data.progress} ${entry.data.completed ?? '—'}`;
    return rejected
      .filter((p) => p.row === i + 2)
      .map((p) => render(p.message, 'en'))
      .join(' | ');
  });
}

describe('a new project’s status and progress', () => {
  it('follow the sheet, and each other where it is silent', () => {
    expect(
      baselines(
        ['进度', '状态', '实际完成时间'],
        [
          [null, null, null],
          ['0', null, null],
          ['45%', null, null],
          ['100', null, null],
          [null, '已完成', null],
          [null, '已完成', '2022年11月'],
          [null, null, '2022-11-30'],
          ['100', '推进中', null],
          ['30', '滞后', null],
          ['80', '已完成', null],
          ['50', '推进中', '2022年11月'],
        ],
      ),
    ).toEqual([
      'planned 0 —',
      'planned 0 —',
      'in-progress 45 —',
      'completed 100 2026-11-22',
      'completed 100 2026-11-22',
      'completed 100 2022-11',
      'completed 100 2022-11-30',
      'in-progress 100 —',
      'delayed 30 —',
      'found progress 80 for a completed project; expected 100',
      'found a completion date while the status is "in-progress"; expected status completed (已完成), or no completion date',
    ]);
  });
});

describe('a new project’s other defaults', () => {
  it('are the programme’s region, the day of the import, and the programme’s only theme', () => {
    const result = planImport({ file: 'sheet.csv', rows: [['标识', '项目名称', '牵头单位'], ['clinic', '诊所', '卫生局']] }, content, { ...OPTIONS, year: 2023 });
    expect('plan' in result && result.plan.entries[0]).toMatchObject({
      action: 'create',
      path: 'projects/2023/clinic.md',
      data: { programme: 2023, theme: 'jiankang', districts: ['ceshi'], asOf: TODAY, status: 'planned', progress: 0 },
    });
  });

  it('leave required cells to the sheet: an empty name or lead department is refused on its column', () => {
    const { rejected } = plan([
      ['标识', '项目名称', '类别', '牵头单位'],
      ['a', '', '优学', '教育局'],
      ['b', '乙', '', ''],
    ]);
    expect(rejected.map((p) => `${p.row} ${p.column}: ${render(p.message, 'en')}`)).toEqual([
      '2 项目名称: is empty; a new project needs it',
      '3 牵头单位: is empty; a new project needs it',
      '3 类别: is empty; a new project needs it',
    ]);
  });
});

describe('rows that are not projects', () => {
  it('are skipped with a note: empty rows silently, headings and totals said so', () => {
    const result = plan([
      ['2022年民生实事'],
      [],
      ['序号', '标识', '项目名称', '类别', '牵头单位', '总投资（万元）'],
      ['一、优学'],
      [null, null, null, null, null, null],
      ['1', 'a', '甲', '优学', '教育局', '100'],
      ['', '', '小计', '', '', '100'],
      ['总计', '', '', '', '', '100'],
    ]);
    expect(result.headerRow).toBe(3);
    expect(result.projectRows).toBe(1);
    expect(result.entries.map((e) => e.id)).toEqual(['2022/a']);
    expect(result.notes.map((m) => render(m, 'en'))).toEqual([
      'note: columns not imported: 序号 (a --mapping file can name the field they hold)',
      'note: row 4 holds only "一、优学", taken as a heading and skipped',
      'note: row 7 is a total row ("小计") and skipped',
      'note: row 8 is a total row ("总计") and skipped',
      'note: the sheet has no column for places; the new projects are placed in the whole region (ceshi)',
    ]);
  });
});

describe('an id', () => {
  it('may be written with its year, and an empty id cell is refused', () => {
    const { entries, rejected } = plan([
      ['标识', '项目名称', '类别', '牵头单位'],
      ['2022/with-year', '甲', '优学', '教育局'],
      ['', '乙', '优学', '教育局'],
    ]);
    expect(entries.map((e) => e.path)).toEqual(['projects/2022/with-year.md']);
    expect(rejected.map((p) => `${p.row} ${p.column}: ${render(p.message, 'en')}`)).toEqual(['3 标识: is empty; a new project needs it']);
  });
});

describe('cells that say a value is not known yet, or the whole region', () => {
  it('leave an optional field out, refuse a required one, and read 全市 or 县本级 as the programme’s region', () => {
    const { entries, rejected, notes } = plan([
      ['标识', '项目名称', '类别', '牵头单位', '所属镇（街道）', '总投资（万元）', '完成时限', '进度'],
      ['a', '甲', '优学', '教育局', '县本级、东区', '待定', '暂无', '—'],
      ['b', '乙', '优学', '待定', '全市', '100', '2022年12月', '10'],
    ]);
    expect(entries.map((e) => e.action === 'create' && [e.id, e.data.districts, e.data.budget, e.data.plannedEnd, e.data.progress])).toEqual([['2022/a', ['ceshi', 'dongqu'], undefined, undefined, 0]]);
    expect(rejected.map((p) => `${p.row} ${p.column}: ${render(p.message, 'en')}`)).toEqual(['3 牵头单位: says the value is not known yet; a new project needs it']);

    // Each optional cell left out says so; the required one is refused instead.
    expect(notes.map((n) => render(n, 'zh'))).toEqual([
      '说明：第 2 行“总投资（万元）”列的“待定”按未填写处理',
      '说明：第 2 行“完成时限”列的“暂无”按未填写处理',
      '说明：第 2 行“进度”列的“—”按未填写处理',
    ]);
  });
});
