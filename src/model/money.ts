/**
 * Money in the locale's units: 5亿元, 1.24亿元, 4500万元 in Chinese; ¥500 million in English.
 */
import type { Locale, Money } from '../schemas/common.ts';

const ZH_CURRENCY: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元', HKD: '港元', JPY: '日元', GBP: '英镑', MOP: '澳门元', TWD: '新台币' };
const EN_SYMBOL: Record<string, string> = { CNY: '¥', USD: 'US$', EUR: '€', HKD: 'HK$', JPY: 'JP¥', GBP: '£' };

/** At most `digits` decimals, trailing zeros dropped: 1.2400 → "1.24", 5.00 → "5". */
function trimmed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function withThousands(value: number): string {
  const [whole, fraction] = trimmed(value, 2).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export function formatMoney(money: Money, locale: Locale): string {
  const { amount, currency } = money;
  if (locale === 'en') {
    const symbol = EN_SYMBOL[currency] ?? `${currency} `;
    if (amount >= 1e9) return `${symbol}${trimmed(amount / 1e9, 2)} billion`;
    if (amount >= 1e6) return `${symbol}${trimmed(amount / 1e6, 2)} million`;
    return `${symbol}${withThousands(amount)}`;
  }
  const traditional = locale === 'zh-Hant';
  const unit = ZH_CURRENCY[currency] ?? ` ${currency}`;
  if (amount >= 1e8) return `${trimmed(amount / 1e8, 2)}${traditional ? '億' : '亿'}${unit}`;
  if (amount >= 1e4) return `${trimmed(amount / 1e4, 2)}${traditional ? '萬' : '万'}${unit}`;
  return `${trimmed(amount, 2)}${unit}`;
}

/** Sums amounts per currency, in the order the currencies first appear. */
export function sumMoney(items: readonly (Money | undefined)[]): Money[] {
  const totals = new Map<string, number>();
  for (const item of items) {
    if (item) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amount);
  }
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
}

/**
 * Below this share of projects with a known budget, a sum of budgets would pass a few
 * projects off as the whole: the sum is left out and only the coverage is said.
 */
export const MONEY_COVERAGE = 0.5;

/** How many of some projects have a budget, and their sum when enough of them do. */
export interface MoneyCoverage {
  known: number;
  of: number;
  /** Per currency; absent below {@link MONEY_COVERAGE}. */
  total?: Money[];
}

export function moneyCoverage(budgets: readonly (Money | undefined)[]): MoneyCoverage {
  const known = budgets.filter((b) => b !== undefined).length;
  const enough = known > 0 && known / budgets.length >= MONEY_COVERAGE;
  return { known, of: budgets.length, ...(enough ? { total: sumMoney(budgets) } : {}) };
}
