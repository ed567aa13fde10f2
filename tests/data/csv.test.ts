import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/csv.ts';

describe('CSV', () => {
  it('starts with a BOM, ends every line with CRLF and quotes only the cells that need it', () => {
    const text = toCsv(['id 标识', 'title 名称'], [['a', 'plain'], ['b', 'with, comma'], ['c', 'with "quotes"'], ['d', 'two\nlines'], ['e', undefined]]);
    expect(text.startsWith('\uFEFFid 标识,title 名称\r\n')).toBe(true);
    expect(text).toBe('\uFEFFid 标识,title 名称\r\na,plain\r\nb,"with, comma"\r\nc,"with ""quotes"""\r\nd,"two\nlines"\r\ne,\r\n');
  });

  it('parses back to the same cells', () => {
    const rows = [['1', '新医院建设、幼儿园', 'say "hi", then\r\nleave'], ['2', '', '500000000']];
    const back = parse(toCsv(['n', 'list', 'text'], rows), { bom: true, columns: false });
    expect(back).toEqual([['n', 'list', 'text'], ...rows]);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells; expected 2, one per column.');
  });
});
