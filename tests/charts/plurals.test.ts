/** English chart descriptions agree with their numbers: "1 project", "2 projects". */
import { describe, expect, it } from 'vitest';
import { chartTranslator } from '../../src/charts/messages.ts';

describe('English chart descriptions', () => {
  const t = chartTranslator('en');
  it('say one project, theme, group and place in the singular, and more in the plural', () => {
    expect(t('chart.byStatus.description', { total: '1', list: 'Completed 1' })).toBe('1 project: Completed 1.');
    expect(t('chart.byStatus.description', { total: '2', list: 'Completed 2' })).toBe('2 projects: Completed 2.');
    expect(t('chart.stacked.description', { total: '1', groups: '1', list: 'x' })).toBe('1 project in 1 group: x.');
    expect(t('chart.budget.description', { total: '¥500 million', count: '1', list: 'x' })).toBe('Total investment ¥500 million in 1 theme; the largest: x.');
    expect(t('chart.map.description', { total: '12', count: '3', list: 'x' })).toBe('12 projects in 3 places; the most in x.');
  });
  it('leave the Chinese ones as they were', () => {
    expect(chartTranslator('zh-Hans')('chart.map.description', { total: '12', count: '3', list: '平湖' })).toBe('3 个地区共 12 项；最多的是平湖。');
  });
});
