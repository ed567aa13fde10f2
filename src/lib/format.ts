/** Formatting bound to one locale, for pages: dates at their precision, money in 亿元/万元, numbers, percents. */
import type { Locale, Money } from '../schemas/common.ts';
import { formatDate } from '../model/dates.ts';
import { formatMoney } from '../model/money.ts';

export function formatter(locale: Locale) {
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
  return {
    date: (value: string) => formatDate(value, locale),
    money: (value: Money) => formatMoney(value, locale),
    moneyList: (values: readonly Money[]) => values.map((v) => formatMoney(v, locale)).join(locale === 'en' ? ' + ' : ' + '),
    number: (value: number) => numbers.format(value),
    percent: (value: number) => `${numbers.format(value)}%`,
  };
}
export type Formatter = ReturnType<typeof formatter>;
