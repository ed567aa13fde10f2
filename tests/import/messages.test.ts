/** The import says everything in both languages. */
import { describe, expect, it } from 'vitest';
import { catalogues, formatRowProblem } from '../../src/import/messages.ts';

describe('the import’s messages', () => {
  it('exist in English and Chinese alike', () => {
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });

  it('place a row problem by file, row and column, as the spreadsheet shows them', () => {
    const problem = { row: 5, column: '开工时间', message: { key: 'cell.dateInvalid' as const, params: { found: '2023年2月30日' } } };
    expect(formatRowProblem('项目.csv', problem, 'zh')).toBe('项目.csv 第 5 行“开工时间”列：填写的是“2023年2月30日”，日历上没有这一天；应为存在的日期');
    expect(formatRowProblem('项目.csv', problem, 'en')).toBe('项目.csv row 5, column 开工时间: found "2023年2月30日", which is not a day of the calendar; expected a date that exists');
    expect(formatRowProblem('项目.csv', { row: 7, message: { key: 'check:text.questionMarks', params: { found: '建??' } } }, 'zh')).toBe(
      '项目.csv 第 7 行：中文里出现“建??”，说明转换时丢失了字符；应为原来的文字',
    );
  });
});
