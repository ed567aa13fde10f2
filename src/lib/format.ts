/** Formatting bound to one locale, for pages: dates at their precision, money in 亿元/万元, numbers, percents. */
import type { Locale, Money } from '../schemas/common.ts';
import { formatDate } from '../model/dates.ts';
import { formatMoney } from '../model/money.ts';

/** One formatter per locale for the whole build: Intl formatters are slow to create. */
const formatters = new Map<Locale, ReturnType<typeof makeFormatter>>();

export function formatter(locale: Locale) {
  let made = formatters.get(locale);
  if (!made) formatters.set(locale, (made = makeFormatter(locale)));
  return made;
}

function makeFormatter(locale: Locale) {
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
  const shown = new Map<number, string>();
  // Pages show the same few numbers (0–100 % above all) thousands of times.
  const number = (value: number) => {
    let text = shown.get(value);
    if (text === undefined) shown.set(value, (text = numbers.format(value)));
    return text;
  };
  return {
    date: (value: string) => formatDate(value, locale),
    money: (value: Money) => formatMoney(value, locale),
    moneyList: (values: readonly Money[]) => values.map((v) => formatMoney(v, locale)).join(locale === 'en' ? ' + ' : ' + '),
    number,
    percent: (value: number) => `${number(value)}%`,
  };
}
export type Formatter = ReturnType<typeof makeFormatter>;
