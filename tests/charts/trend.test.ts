/** The trend across years: pairs of bars per year on one scale, investment in its own panel. */
import { describe, expect, test } from 'vitest';
import { trend } from '../../src/charts/index.ts';
import { years } from './fixtures.ts';
import { expectProportional, marksOf } from './marks.ts';

describe('trend', () => {
  const model = trend(years, { id: 'tr', locale: 'zh-Hans' });
  const projects = marksOf(model, 'rect', 'chart-bar--projects');
  const completed = marksOf(model, 'rect', 'chart-bar--completed');
  const budget = marksOf(model, 'rect', 'chart-bar--budget');

  test('draws a projects bar and a completed bar per year, heights in proportion on one scale', () => {
    expect(projects).toHaveLength(3);
    expect(completed).toHaveLength(3);
    expectProportional([...projects, ...completed].map((b) => b.height), [...years.map((y) => y.projects), ...years.map((y) => y.completed)]);
    // Each pair stands on the same baseline, inside its year's band.
    projects.forEach((p, i) => {
      expect(p.y + p.height).toBe(completed[i]!.y + completed[i]!.height);
      expect(p.x).toBeLessThan(completed[i]!.x);
    });
  });

  test('draws investment in a second panel with its own axis in 亿元', () => {
    expectProportional(budget.map((b) => b.height), years.map((y) => y.budget!));
    expect(Math.min(...budget.map((b) => b.y))).toBeGreaterThan(Math.max(...projects.map((p) => p.y + p.height)));
    const moneyAxis = model.axes[2]!;
    expect(moneyAxis.ticks.map((t) => t.label)).toContain('10亿元');
    expect(moneyAxis.domain[1]).toBeGreaterThanOrEqual(1_250_000_000);
  });

  test('names each year on the axis and orders years whatever the input order', () => {
    expect(model.axes[1]!.ticks.map((t) => t.label)).toEqual(['2020年', '2021年', '2022年']);
    expect(trend([...years].reverse(), { id: 'tr', locale: 'zh-Hans' })).toEqual(model);
  });

  test('leaves the investment panel out when no budget is known', () => {
    const counts = trend(years.map(({ budget: _, ...y }) => y), { id: 'tr', locale: 'zh-Hans' });
    expect(marksOf(counts, 'rect', 'chart-bar--budget')).toHaveLength(0);
    expect(counts.axes).toHaveLength(2);
    expect(counts.table.columns.map((c) => c.key)).toEqual(['year', 'projects', 'completed', 'rate']);
  });
});
