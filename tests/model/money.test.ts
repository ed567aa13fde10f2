import { describe, expect, it } from 'vitest';
import { formatMoney, moneyCoverage, sumMoney } from '../../src/model/money.ts';
import { groupFigures, type StatefulProject } from '../../src/model/stats.ts';
import { project } from './entries.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('money in the locale units', () => {
  it('uses 亿元 and 万元 in Chinese', () => {
    expect(formatMoney(cny(500_000_000), 'zh-Hans')).toBe('5亿元');
    expect(formatMoney(cny(124_000_000), 'zh-Hans')).toBe('1.24亿元');
    expect(formatMoney(cny(45_000_000), 'zh-Hans')).toBe('4500万元');
    expect(formatMoney(cny(12_345), 'zh-Hans')).toBe('1.23万元');
    expect(formatMoney(cny(800), 'zh-Hans')).toBe('800元');
    expect(formatMoney(cny(124_000_000), 'zh-Hant')).toBe('1.24億元');
    expect(formatMoney(cny(45_000_000), 'zh-Hant')).toBe('4500萬元');
  });

  it('names other currencies', () => {
    expect(formatMoney({ amount: 100_000_000, currency: 'USD' }, 'zh-Hans')).toBe('1亿美元');
    expect(formatMoney({ amount: 45_000_000, currency: 'USD' }, 'zh-Hans')).toBe('4500万美元');
    expect(formatMoney({ amount: 5000, currency: 'XAF' }, 'zh-Hans')).toBe('5000 XAF');
  });

  it('uses millions and billions in English', () => {
    expect(formatMoney(cny(500_000_000), 'en')).toBe('¥500 million');
    expect(formatMoney(cny(30_000_000_000), 'en')).toBe('¥30 billion');
    expect(formatMoney(cny(12_000), 'en')).toBe('¥12,000');
    expect(formatMoney({ amount: 100_000_000, currency: 'USD' }, 'en')).toBe('US$100 million');
  });

  it('adds amounts per currency', () => {
    expect(sumMoney([cny(1), undefined, { amount: 5, currency: 'USD' }, cny(2)])).toEqual([cny(3), { amount: 5, currency: 'USD' }]);
    expect(sumMoney([])).toEqual([]);
  });
});

describe('a sum of budgets and how many projects it covers', () => {
  it('sums only when at least half of the projects have a budget, and always says how many do', () => {
    expect(moneyCoverage([cny(1), cny(2), undefined, undefined])).toEqual({ known: 2, of: 4, total: [cny(3)] });
    // One of twelve: a sum would pass one project off as the whole year.
    expect(moneyCoverage([cny(30_000_000_000), ...Array<undefined>(11).fill(undefined)])).toEqual({ known: 1, of: 12 });
  });

  it('knows nothing, rather than 0, where no project has a budget', () => {
    expect(moneyCoverage([undefined, undefined])).toEqual({ known: 0, of: 2 });
    expect(moneyCoverage([])).toEqual({ known: 0, of: 0 });
  });
});

describe('a row of a table of figures', () => {
  const withBudget = (id: string, amount?: number): StatefulProject => ({
    ...project(id, amount === undefined ? {} : { budget: cny(amount) }),
    state: { status: 'in-progress', progress: 10, asOf: '2022-01', overdue: false, stale: false, history: [] },
  });

  it('follows the same coverage rule as the whole programme: a sum only when at least half the row has a budget', () => {
    const few = ['2022/a', '2022/b', '2022/c', '2022/d'].map((id, i) => withBudget(id, i === 0 ? 30_000_000_000 : undefined));
    expect(groupFigures('transport', [...few, withBudget('2022/e')]).budget).toEqual({ known: 1, of: 5 });
    expect(groupFigures('health', [withBudget('2022/f', 2), withBudget('2022/g')]).budget).toEqual({ known: 1, of: 2, total: [cny(2)] });
    expect(groupFigures('empty', []).budget).toEqual({ known: 0, of: 0 });
  });
});
