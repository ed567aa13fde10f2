import { describe, expect, it } from 'vitest';
import { formatMoney, sumMoney } from '../../src/model/money.ts';

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
