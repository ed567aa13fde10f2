/** The budget treemap: areas in proportion to budgets, labels only where they fit, every theme in the table. */
import { describe, expect, test } from 'vitest';
import { budgetTreemap, wideModel } from '../../src/charts/index.ts';
import { textWidth } from '../../src/charts/common.ts';
import { contrast, SERIES } from '../../src/charts/palette.ts';
import { budgets } from './fixtures.ts';
import { marksOf } from './marks.ts';

describe('budgetTreemap', () => {
  // The wide layout, which has room for more labels than the narrow one.
  const model = wideModel(budgetTreemap(budgets, { id: 'bt', locale: 'zh-Hans' }));
  const tiles = marksOf(model, 'rect', 'chart-tile');
  const labels = marksOf(model, 'text', 'chart-tile__label');
  const funded = budgets.filter((b) => b.amount > 0);

  test('draws one tile per funded theme, largest first, with areas in proportion to the budgets', () => {
    expect(tiles.map((t) => t.tip!.split(' ')[0])).toEqual(['优学', '健康', '颐养', '安居']);
    const areas = tiles.map((t) => t.width * t.height);
    const total = areas.reduce((a, b) => a + b, 0);
    const budgetTotal = funded.reduce((a, b) => a + b.amount, 0);
    // Inner padding takes a little from every tile, so shares agree to within a point.
    tiles.forEach((_, i) => expect(Math.abs(areas[i]! / total - funded[i]!.amount / budgetTotal)).toBeLessThan(0.01));
  });

  test('colours themes from content when given, from the palette otherwise', () => {
    expect(tiles.map((t) => t.fill)).toEqual([SERIES[0], '#117733', SERIES[2], SERIES[3]]);
  });

  test('writes names and amounts in 亿元/万元 only where they fit, in text readable on the tile', () => {
    expect(labels.map((l) => l.text)).toContain('5亿元');
    expect(labels.map((l) => l.text)).toContain('4500万元');
    for (const text of labels) {
      const tile = tiles.find((t) => text.x > t.x && text.x < t.x + t.width && text.y > t.y && text.y < t.y + t.height)!;
      expect(text.x + textWidth(text.text)).toBeLessThanOrEqual(tile.x + tile.width);
      expect(text.y).toBeLessThanOrEqual(tile.y + tile.height);
      expect(contrast(text.fill!, tile.fill!)).toBeGreaterThanOrEqual(4.5);
    }
    // 安居's tile is too small for its name: it has none, and no amount without a name.
    const anju = tiles[3]!;
    expect(labels.some((l) => l.x > anju.x && l.x < anju.x + anju.width && l.y > anju.y && l.y < anju.y + anju.height)).toBe(false);
  });

  test('lists every theme in the table, the unfunded and unlabelled ones too', () => {
    expect(model.table.rows.map((r) => r.theme!.text)).toEqual(['优学', '健康', '颐养', '安居', '文化']);
    expect(model.table.rows[0]!.budget).toEqual({ text: '5亿元', value: 500_000_000 });
    expect(model.table.rows[4]!.budget).toEqual({ text: '0元', value: 0 });
  });

  test('draws bars, not a treemap, for fewer than three funded themes; the table keeps every theme', () => {
    const two = budgetTreemap(budgets.slice(0, 2), { id: 'bt', locale: 'zh-Hans' });
    expect(two.kind).toBe('budget-bars');
    expect(marksOf(two, 'rect', 'chart-tile')).toHaveLength(0);
    const bars = marksOf(two, 'rect', 'chart-bar');
    expect(bars).toHaveLength(2);
    expect(bars[0]!.width / bars[1]!.width).toBeCloseTo(500 / 124, 1);
    expect(marksOf(two, 'text', 'chart-value').map((t) => t.text)).toEqual(['5亿元', '1.24亿元']);
    expect(two.table.rows).toHaveLength(2);
    const one = budgetTreemap([budgets[0]!, budgets[4]!], { id: 'bt', locale: 'zh-Hans' });
    expect(one.kind).toBe('budget-bars');
    expect(one.table.rows).toHaveLength(2);
  });

  test('keeps the table when every budget is zero, under a "no data" figure', () => {
    const none = budgetTreemap([{ id: 'a', label: '优学', amount: 0 }], { id: 'bt', locale: 'zh-Hans' });
    expect(none.empty).toBe(true);
    expect(none.table.rows).toHaveLength(1);
  });
});
