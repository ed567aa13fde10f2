import { describe, expect, it } from 'vitest';
import { buildDate, compareDates, dateParts, firstDay, formatDate } from '../../src/model/dates.ts';

describe('partial dates', () => {
  it('splits a date into the parts that were written', () => {
    expect(dateParts('2020')).toEqual({ year: 2020 });
    expect(dateParts('2020-04')).toEqual({ year: 2020, month: 4 });
    expect(dateParts('2020-04-09')).toEqual({ year: 2020, month: 4, day: 9 });
  });

  it('sorts a partial date as its first day', () => {
    expect(firstDay('2021')).toBe('2021-01-01');
    expect(firstDay('2021-06')).toBe('2021-06-01');
    expect(compareDates('2021', '2021-01-01')).toBe(0);
    expect(compareDates('2021-06', '2021-05-31')).toBeGreaterThan(0);
    expect(compareDates('2020-12-31', '2021')).toBeLessThan(0);
    expect(['2022-03', '2021', '2022-02-28', '2022'].sort(compareDates)).toEqual(['2021', '2022', '2022-02-28', '2022-03']);
  });

  it('displays a date at the precision given, never more', () => {
    expect(formatDate('2020', 'zh-Hans')).toBe('2020年');
    expect(formatDate('2020-04', 'zh-Hans')).toBe('2020年4月');
    expect(formatDate('2020-04-01', 'zh-Hans')).toBe('2020年4月1日');
    expect(formatDate('2020', 'en')).toBe('2020');
    expect(formatDate('2020-04', 'en')).toBe('April 2020');
    expect(formatDate('2020-04-01', 'en')).toBe('1 April 2020');
  });
});

describe('the build date', () => {
  it('comes from SOURCE_DATE_EPOCH, in the site time zone', () => {
    // 2022-12-31 20:00 UTC is already 2023-01-01 in Shanghai.
    const epoch = String(Date.UTC(2022, 11, 31, 20) / 1000);
    expect(buildDate({ SOURCE_DATE_EPOCH: epoch }, 'Asia/Shanghai')).toBe('2023-01-01');
    expect(buildDate({ SOURCE_DATE_EPOCH: epoch }, 'UTC')).toBe('2022-12-31');
  });

  it('falls back to the clock when SOURCE_DATE_EPOCH is unset', () => {
    expect(buildDate({}, 'UTC', Date.UTC(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH must be a number of seconds since 1970, not "yesterday".');
  });
});
