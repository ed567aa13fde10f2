/** Bar charts: one bar per value, lengths in proportion, stacks adding up, status told in words and texture. */
import { describe, expect, test } from 'vitest';
import { committedBars, progressBar, stackedBars, statusBreakdown } from '../../src/charts/index.ts';
import { STATUS_STYLES } from '../../src/charts/palette.ts';
import { byTheme, commitment, statusCounts } from './fixtures.ts';
import { expectProportional, marksOf } from './marks.ts';

describe('statusBreakdown', () => {
  const model = statusBreakdown(statusCounts, { id: 'sb', locale: 'zh-Hans' });
  const bars = marksOf(model, 'rect', 'chart-bar');

  test('draws one bar per status that occurs, in the order of the statuses', () => {
    // cancelled is 0 and suspended absent: neither gets a bar.
    expect(bars.map((b) => b.class.match(/chart-mark--(\S+)/)![1])).toEqual(['planned', 'in-progress', 'completed', 'delayed']);
  });

  test('makes bar lengths proportional to the counts', () => {
    expectProportional(bars.map((b) => b.width), [1, 6, 12, 2]);
  });

  test('writes each count at the end of its bar', () => {
    const values = marksOf(model, 'text', 'chart-value');
    expect(values.map((v) => v.text)).toEqual(['1', '6', '12', '2']);
    values.forEach((v, i) => expect(v.x).toBeCloseTo(bars[i]!.x + bars[i]!.width + 6, 1));
  });

  test('names each status with its symbol, and fills its bar with its pattern', () => {
    const labels = marksOf(model, 'text', 'chart-label').map((l) => l.text);
    expect(labels).toEqual(['○ 待启动', '◐ 推进中', '✓ 已完成', '! 滞后']);
    expect(bars[2]!.fill).toBe('url(#sb-status-completed)');
    expect(model.patterns.map((p) => p.id)).toEqual(['sb-status-planned', 'sb-status-in-progress', 'sb-status-completed', 'sb-status-delayed']);
  });
});

describe('stackedBars', () => {
  const model = stackedBars(byTheme, { id: 'st', locale: 'zh-Hans', groupLabel: '类别' });
  const segments = marksOf(model, 'rect', 'chart-bar');
  const axis = model.axes[0]!;

  test("lays each group's segments end to end from zero to its total", () => {
    // Positions on the axis's scale, read back from its first and last ticks.
    const [zero, last] = [axis.ticks[0]!, axis.ticks.at(-1)!];
    const position = (value: number) => zero.at + ((last.at - zero.at) * value) / (Number(last.value) - Number(zero.value));
    const rows = [...new Set(segments.map((s) => s.y))];
    expect(rows).toHaveLength(byTheme.length);
    rows.forEach((y, i) => {
      const own = segments.filter((s) => s.y === y);
      const total = Object.values(byTheme[i]!.counts).reduce((a, b) => a + b, 0);
      expect(own[0]!.x).toBeCloseTo(position(0), 1);
      own.slice(1).forEach((s, j) => expect(s.x).toBeCloseTo(own[j]!.x + own[j]!.width, 1));
      expect(own.at(-1)!.x + own.at(-1)!.width).toBeCloseTo(position(total), 1);
    });
  });

  test('stacks statuses in one order in every group, skipping those a group lacks', () => {
    const yilao = segments.filter((s) => s.tip!.startsWith('颐养'));
    expect(yilao.map((s) => s.class.match(/chart-mark--(\S+)/)![1])).toEqual(['in-progress', 'completed']);
  });

  test('explains every status shown in the legend, in words', () => {
    expect(model.legend.map((item) => item.label)).toEqual(['○ 待启动', '◐ 推进中', '✓ 已完成', '! 滞后']);
  });

  test('has an axis whose domain holds the largest total, with whole-number ticks', () => {
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(9);
    expect(axis.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  test('puts groups in the table with a count per status and a total', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['类别', '待启动', '推进中', '已完成', '滞后', '合计']);
    expect(model.table.rows[1]!.total!.value).toBe(8);
    expect(model.table.rows[1]!.delayed!.value).toBe(2);
  });
});

describe('committedBars', () => {
  test('draws promised, published and completed to one scale', () => {
    const model = committedBars(commitment, { id: 'cb', locale: 'zh-Hans' });
    const bars = marksOf(model, 'rect', 'chart-bar');
    expectProportional(bars.map((b) => b.width), [30, 28, 20]);
    expect(marksOf(model, 'text', 'chart-label').map((l) => l.text)).toEqual(['承诺项目', '已公布项目', '已完成']);
  });

  test('leaves the promise out when the programme made none', () => {
    const model = committedBars({ entered: 10, completed: 4 }, { id: 'cb', locale: 'en' });
    expect(marksOf(model, 'rect', 'chart-bar')).toHaveLength(2);
    expect(model.description).toBe('10 projects published, 4 completed (40%).');
  });
});

describe('progressBar', () => {
  test('fills the track to the percent, in the pattern of the status', () => {
    const model = progressBar({ progress: 45, status: 'in-progress' }, { id: 'pb', locale: 'zh-Hans' });
    const [track] = marksOf(model, 'rect', 'chart-track');
    const [fill] = marksOf(model, 'rect', 'chart-bar');
    expect(fill!.width / track!.width).toBeCloseTo(0.45, 3);
    expect(fill!.fill).toBe('url(#pb-status-in-progress)');
  });

  test('writes the status with its symbol, and overdue beside it', () => {
    const model = progressBar({ progress: 60, status: 'delayed', overdue: true }, { id: 'pb', locale: 'zh-Hans' });
    expect(marksOf(model, 'text', 'chart-label')[0]!.text).toBe(`${STATUS_STYLES.delayed.symbol} 滞后（已超期）`);
    expect(marksOf(model, 'text', 'chart-value')[0]!.text).toBe('60%');
  });

  test('draws no fill at 0% but still says 0%', () => {
    const model = progressBar({ progress: 0, status: 'planned' }, { id: 'pb', locale: 'en' });
    expect(marksOf(model, 'rect', 'chart-bar')).toHaveLength(0);
    expect(model.description).toBe('Planned, 0% complete.');
  });
});
