/** The chart data as CSV: RFC 4180 quoting, UTF-8 with a BOM for Excel, raw values under unit headers. */
import { describe, expect, test } from 'vitest';
import { budgetTreemap, stackedBars, toCsv, type DataTable } from '../../src/charts/index.ts';
import { csvField } from '../../src/data/csv.ts';
import { budgets, byTheme } from './fixtures.ts';

const table = (rows: DataTable['rows']): { table: DataTable } => ({
  table: { caption: '测试', columns: [{ key: 'name', label: '名称' }, { key: 'n', label: '数量', numeric: true }], rows },
});

describe('csvField', () => {
  test('leaves plain fields, Chinese included, unquoted', () => {
    expect(csvField('新建幼儿园')).toBe('新建幼儿园');
    expect(csvField(12.5)).toBe('12.5');
  });

  test('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('颐养, 幸福')).toBe('"颐养, 幸福"');
    expect(csvField('“幸福”与"安居"')).toBe('"“幸福”与""安居"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});

describe('toCsv', () => {
  test('writes a BOM, a header row and CRLF line ends', () => {
    const csv = toCsv(table([{ name: { text: '东区', value: '东区' }, n: { text: '1,200', value: 1200 } }]));
    expect(csv).toBe('\uFEFF名称,数量\r\n东区,1200\r\n');
  });

  test('leaves the BOM out on request', () => {
    expect(toCsv(table([]), { bom: false })).toBe('名称,数量\r\n');
  });

  test('quotes a group name with a comma and quotes, as a spreadsheet reads it back', () => {
    const csv = toCsv(stackedBars(byTheme, { id: 'st', locale: 'zh-Hans', groupLabel: '类别' }), { bom: false });
    expect(csv.split('\r\n')).toEqual(['类别,待启动,推进中,已完成,滞后,合计', '优学,1,3,5,0,9', '健康,0,2,4,2,8', '"颐养, ""幸福""",0,1,3,0,4', '']);
  });

  test('holds raw amounts under a header naming the unit, where the table shows 亿元', () => {
    const model = budgetTreemap(budgets, { id: 'bt', locale: 'zh-Hans' });
    expect(model.table.rows[0]!.budget!.text).toBe('5亿元');
    const [header, first] = toCsv(model, { bom: false }).split('\r\n');
    expect(header).toBe('类别,投资（CNY）,占比（%）');
    expect(first).toBe('优学,500000000,73.9');
  });

  test('writes an empty field for a missing cell', () => {
    expect(toCsv(table([{ name: { text: '西区', value: '西区' } }]), { bom: false })).toBe('名称,数量\r\n西区,\r\n');
  });
});
