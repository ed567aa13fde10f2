import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, startsLikeFormula, toCsv } from '../../src/data/csv.ts';

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

describe('formula text (CSV injection, as OWASP describes it)', () => {
  it('gets a single quote in front and is always quoted, for each character a spreadsheet starts a formula with', () => {
    expect(csvField('=HYPERLINK("http://evil.example","点击")')).toBe('"\'=HYPERLINK(""http://evil.example"",""点击"")"');
    expect(csvField("+cmd|' /C calc'!A0")).toBe('"\'+cmd|\' /C calc\'!A0"');
    expect(csvField('-2+3+cmd|\' /C calc\'!A0')).toBe('"\'-2+3+cmd|\' /C calc\'!A0"');
    expect(csvField('@SUM(1+1)*cmd|\' /C calc\'!A0')).toBe('"\'@SUM(1+1)*cmd|\' /C calc\'!A0"');
    expect(csvField('\t=1+1')).toBe('"\'\t=1+1"');
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('reads back, with the quote, as the text it was', () => {
    const hostile = ['=1+1', '+1+1', '-1+1', '@A1', '\tx', '\rx', '=A1,"B"\r\n=C1'];
    const [, row] = parse(toCsv(hostile.map((_, i) => `c${i}`), [hostile]), { bom: true }) as string[][];
    expect(row).toEqual(hostile.map((cell) => `'${cell}`));
  });

  it('leaves numbers, plain negative numbers and text that only contains such characters alone', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('-3.5')).toBe('-3.5');
    expect(csvField('+12')).toBe('+12');
    expect(csvField(-1e21)).toBe('-1e+21');
    expect(csvField('2022-06-30')).toBe('2022-06-30');
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
    expect(csvField('＝全角')).toBe('＝全角');
    expect(csvField(false)).toBe('false');
    expect(startsLikeFormula('-')).toBe(true);
    expect(startsLikeFormula('-3.5')).toBe(false);
  });
});
