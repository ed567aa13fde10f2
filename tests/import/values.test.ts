/**
 * The cell parsers, each with a table of what press offices type and what it becomes,
 * including what is refused and why.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/import/messages.ts';
import { formatKind, type CellFormat } from '../../src/import/formats.ts';
import {
  isUnknownWord,
  looksLikeFormula,
  parseAmount,
  parseDate,
  parseId,
  parseProgress,
  parseStatus,
  splitList,
  type Cell,
  type Parsed,
} from '../../src/import/values.ts';

const NO_MAPPING = { columns: {}, status: {} };

/** A parse result as one readable value: the value, or the English message. */
function outcome<T>(parsed: Parsed<T> | undefined): T | string | undefined {
  if (parsed === undefined) return undefined;
  return 'value' in parsed ? parsed.value : `✗ ${render(parsed.problem, 'en')}`;
}

describe('dates keep the precision written', () => {
  const table: [Cell, string | undefined][] = [
    ['2024年5月', '2024-05'],
    ['2024年5月20日', '2024-05-20'],
    ['2024年05月20号', '2024-05-20'],
    ['２０２４年５月', '2024-05'],
    ['2024 年 5 月', '2024-05'],
    ['2024年', '2024'],
    ['2024', '2024'],
    ['2024.5', '2024-05'],
    ['2024.05.20', '2024-05-20'],
    ['2024/5/20', '2024-05-20'],
    ['2024/5', '2024-05'],
    ['2024-05', '2024-05'],
    ['2024-5-2', '2024-05-02'],
    ['20240520', '2024-05-20'],
    ['45432', '2024-05-20'],
    [45432, '2024-05-20'],
    [45432.75, '2024-05-20'],
    [2024, '2024'],
    [new Date(Date.UTC(2024, 4, 20)), '2024-05-20'],
    ['', undefined],
    ['  ', undefined],
    [null, undefined],
  ];
  it.each(table)('%s → %s', (cell, expected) => {
    expect(outcome(parseDate(cell))).toBe(expected);
  });
});

describe('dates that are refused', () => {
  const table: [Cell, string][] = [
    ['2024年底', '✗ found "2024年底", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024年中', '✗ found "2024年中", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024年初', '✗ found "2024年初", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024年5月底', '✗ found "2024年5月底", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024年6月上旬', '✗ found "2024年6月上旬", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024年第三季度', '✗ found "2024年第三季度", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024年上半年', '✗ found "2024年上半年", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2024Q3', '✗ found "2024Q3", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)'],
    ['2023年2月30日', '✗ found "2023年2月30日", which is not a day of the calendar; expected a date that exists'],
    ['2024.13', '✗ found "2024.13", which is not a day of the calendar; expected a date that exists'],
    ['2024.5-20', '✗ found "2024.5-20", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date'],
    ['年底', '✗ found "年底", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date'],
    ['五月', '✗ found "五月", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date'],
    [123, '✗ found "123", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date'],
    [-45432, '✗ found "-45432", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date'],
    ['12345', '✗ found "12345", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date'],
  ];
  it.each(table)('%s', (cell, expected) => {
    expect(outcome(parseDate(cell))).toBe(expected);
  });
});

describe('amounts in yuan', () => {
  const WAN = 4;
  const YI = 8;
  const table: [Cell, number | undefined, number | string | undefined][] = [
    ['1.24亿', undefined, 124_000_000],
    ['1.24亿元', WAN, 124_000_000],
    ['0.07亿元', undefined, 7_000_000],
    ['4500万元', undefined, 45_000_000],
    ['4500万', YI, 45_000_000],
    ['4,500', WAN, 45_000_000],
    ['4，500', WAN, 45_000_000],
    ['4500', WAN, 45_000_000],
    [4500, WAN, 45_000_000],
    [0.35, YI, 35_000_000],
    ['12.5', WAN, 125_000],
    ['￥500,000', WAN, 500_000],
    ['¥500000', undefined, 500_000],
    ['¥ 4500万', undefined, 45_000_000],
    ['500000元', WAN, 500_000],
    ['1,234,567.89元', undefined, 1_234_567.89],
    ['RMB 300万', undefined, 3_000_000],
    ['800', 0, 800],
    ['', WAN, undefined],
    [null, WAN, undefined],
    ['4500', undefined, '✗ found 4500 with no unit, and the header names none; expected the unit in the cell (4500万元) or in the header, e.g. 总投资（万元）'],
    [4500, undefined, '✗ found 4500 with no unit, and the header names none; expected the unit in the cell (4500万元) or in the header, e.g. 总投资（万元）'],
    ['约300万', WAN, '✗ found "约300万", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
    ['300-500万', WAN, '✗ found "300-500万", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
    ['1,5', WAN, '✗ found "1,5", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
    ['500美元', WAN, '✗ found "500美元", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
    ['-500', WAN, '✗ found "-500", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
    [-500, WAN, '✗ found "-500", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
    ['待定', WAN, '✗ found "待定", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元'],
  ];
  it.each(table)('%s in a column of 10^%s yuan → %s', (cell, unitPower, expected) => {
    expect(outcome(parseAmount(cell, unitPower))).toBe(expected);
  });
});

describe('progress in percent', () => {
  const table: [Cell, CellFormat | undefined, number | string | undefined][] = [
    ['80', undefined, 80],
    ['80%', undefined, 80],
    ['８０％', undefined, 80],
    ['80 %', undefined, 80],
    ['80.5', undefined, 80.5],
    [80, undefined, 80],
    [0, undefined, 0],
    ['100%', undefined, 100],
    // A number cell formatted as a percentage holds a fraction: the cell shows 80%.
    [0.8, 'percent', 80],
    [0.29, 'percent', 29],
    [1, 'percent', 100],
    [0, 'percent', 0],
    // A plain number is percent points, whatever its neighbours hold: no scale is guessed.
    [1, undefined, 1],
    ['1', undefined, 1],
    ['0.5%', undefined, 0.5],
    [0.004, 'percent', 0.4],
    // A plain number between 0 and 1 could be either scale: refused, never guessed.
    [0.4, undefined, '✗ found 0.4, which may mean 0.4% or 40% (the import does not guess); expected the percentage written unambiguously: 40 for 40%, "0.4%" as text for 0.4%, or the column formatted as a percentage'],
    ['0.5', undefined, '✗ found 0.5, which may mean 0.5% or 50% (the import does not guess); expected the percentage written unambiguously: 50 for 50%, "0.5%" as text for 0.5%, or the column formatted as a percentage'],
    ['０.２９', undefined, '✗ found 0.29, which may mean 0.29% or 29% (the import does not guess); expected the percentage written unambiguously: 29 for 29%, "0.29%" as text for 0.29%, or the column formatted as a percentage'],
    [1e-7, undefined, '✗ found 0.0000001, which may mean 0.0000001% or 0.00001% (the import does not guess); expected the percentage written unambiguously: 0.00001 for 0.00001%, "0.0000001%" as text for 0.0000001%, or the column formatted as a percentage'],
    ['', undefined, undefined],
    [1.2, 'percent', '✗ found "120%"; expected a percentage from 0 to 100, such as 80 or 80%'],
    [120, undefined, '✗ found "120"; expected a percentage from 0 to 100, such as 80 or 80%'],
    ['120%', undefined, '✗ found "120%"; expected a percentage from 0 to 100, such as 80 or 80%'],
    [-5, undefined, '✗ found "-5"; expected a percentage from 0 to 100, such as 80 or 80%'],
    ['过半', undefined, '✗ found "过半"; expected a percentage from 0 to 100, such as 80 or 80%'],
    ['约80%', undefined, '✗ found "约80%"; expected a percentage from 0 to 100, such as 80 or 80%'],
  ];
  it.each(table)('%s (format: %s) → %s', (cell, format, expected) => {
    expect(outcome(parseProgress(cell, format))).toBe(expected);
  });

  it('says how to write an ambiguous fraction, in Chinese too', () => {
    const parsed = parseProgress(0.4);
    expect(parsed && 'problem' in parsed && render(parsed.problem, 'zh')).toBe(
      '填写的是 0.4，可能是 0.4%，也可能是 40%（导入不做推测）；应写明百分比：40% 填写 40，0.4% 以文字填写“0.4%”，或把该列设为百分比格式',
    );
  });
});

describe('dates at the precision their cell format shows', () => {
  const december = new Date(Date.UTC(2026, 11, 1));
  const table: [Cell, CellFormat | undefined, string | undefined][] = [
    [december, 'month', '2026-12'],
    [december, 'year', '2026'],
    [december, 'day', '2026-12-01'],
    [december, undefined, '2026-12-01'],
    // A Chinese built-in date format read-excel-file does not know leaves the serial number.
    [46357, 'month', '2026-12'],
    [46357, 'day', '2026-12-01'],
  ];
  it.each(table)('%s (format: %s) → %s', (cell, format, expected) => {
    expect(outcome(parseDate(cell, format))).toBe(expected);
  });
});

describe('number formats', () => {
  const table: [string, CellFormat | undefined][] = [
    ['0%', 'percent'],
    ['0.00%', 'percent'],
    ['yyyy"年"m"月"', 'month'],
    ['[$-804]yyyy"年"m"月"d"日"', 'day'],
    ['yyyy-mm-dd', 'day'],
    ['mmm-yy', 'month'],
    ['yyyy', 'year'],
    ['yyyy"年"', 'year'],
    ['m/d/yy h:mm', 'day'],
    ['h:mm', undefined],
    ['General', undefined],
    ['0.00E+00', undefined],
    ['#,##0.00"万元"', undefined],
    ['0.0"%"', undefined],
  ];
  it.each(table)('%s → %s', (code, expected) => {
    expect(formatKind(code)).toBe(expected);
  });
});

describe('words that say a value is not known yet, and formula text', () => {
  it('reads 待定, 暂无, 无 and dashes as unknown, nothing else', () => {
    expect(['待定', '暂无', '无', '—', '-', 'TBD', ' 待定 '].map(isUnknownWord)).toEqual([true, true, true, true, true, true, true]);
    expect(['待定项目', '0', '', '无锡'].map(isUnknownWord)).toEqual([false, false, false, false]);
  });

  it('takes text beginning with =, +, @ or - and no number as formula text', () => {
    expect(['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '@SUM(A1)', '-cmd', ' =1+1'].map(looksLikeFormula)).toEqual([true, true, true, true, true]);
    expect(['-5', '-0.5', '-', '新医院', 'a=b', 80].map(looksLikeFormula)).toEqual([false, false, false, false, false, false]);
  });
});

describe('status words', () => {
  const table: [Cell, string | undefined][] = [
    ['计划', 'planned'],
    ['待启动', 'planned'],
    ['未开工', 'planned'],
    ['推进中', 'in-progress'],
    ['在建', 'in-progress'],
    ['进行中', 'in-progress'],
    ['已完成', 'completed'],
    ['完成', 'completed'],
    ['完工', 'completed'],
    ['滞后', 'delayed'],
    ['暂停', 'suspended'],
    ['取消', 'cancelled'],
    ['In progress', 'in-progress'],
    ['IN-PROGRESS', 'in-progress'],
    ['completed', 'completed'],
    ['Canceled', 'cancelled'],
    [' 已完成 ', 'completed'],
    ['', undefined],
    [
      '搁置',
      '✗ found "搁置", which is not a status; expected one of 计划、推进中、已完成、滞后、暂停、取消 or planned, in-progress, completed, delayed, suspended, cancelled (more words in npm run import -- --help; a site adds its own with --mapping)',
    ],
  ];
  it.each(table)('%s → %s', (cell, expected) => {
    expect(outcome(parseStatus(cell, NO_MAPPING))).toBe(expected);
  });

  it('takes a site’s own words from its mapping, before the built-in ones', () => {
    const mapping = { columns: {}, status: { 在建设: 'in-progress' as const, 完成: 'delayed' as const } };
    expect(outcome(parseStatus('在建设', mapping))).toBe('in-progress');
    expect(outcome(parseStatus('完成', mapping))).toBe('delayed');
  });
});

describe('lists and ids', () => {
  it('splits lists on Chinese and English separators and line breaks', () => {
    expect(splitList('东区人民政府、测试市建设局，测试市教育局,测试市民政局；甲;乙\n丙')).toEqual([
      '东区人民政府',
      '测试市建设局',
      '测试市教育局',
      '测试市民政局',
      '甲',
      '乙',
      '丙',
    ]);
    expect(splitList(' 、 ')).toEqual([]);
  });

  const table: [Cell, string | undefined][] = [
    ['new-library', 'new-library'],
    ['2022/new-library', 'new-library'],
    [' row-012 ', 'row-012'],
    ['', undefined],
    ['2023/new-library', '✗ found "2023/new-library", an id of another year; expected an id of 2022, the --year of this import'],
    ['New_Library', '✗ found "New_Library", which is not an id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. new-library'],
    ['新图书馆', '✗ found "新图书馆", which is not an id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. new-library'],
    ['a/b/c', '✗ found "a/b/c", which is not an id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. new-library'],
  ];
  it.each(table)('id %s → %s', (cell, expected) => {
    expect(outcome(parseId(cell, 2022))).toBe(expected);
  });
});
