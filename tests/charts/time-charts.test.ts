/** Charts on a time axis: partial dates at their first day, ticks in the reader's language, today marked. */
import { describe, expect, test } from 'vitest';
import { milestoneTimeline, plannedPeriods, progressHistory, type Axis } from '../../src/charts/index.ts';
import { textWidth } from '../../src/charts/common.ts';
import { PAPER, STATUS_STYLES } from '../../src/charts/palette.ts';
import { dayOf, tickLabel, tickPrecision } from '../../src/charts/time.ts';
import { history, milestones, periods, TODAY } from './fixtures.ts';
import { marksOf } from './marks.ts';

/** The x of a day on a time axis, interpolated between the axis's ticks. */
function xOn(axis: Axis, day: string): number {
  const [a, b] = [axis.ticks[0]!, axis.ticks.at(-1)!];
  const t = (value: string) => dayOf(value).getTime();
  return a.at + ((b.at - a.at) * (t(day) - t(String(a.value)))) / (t(String(b.value)) - t(String(a.value)));
}

describe('tick labels', () => {
  const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

  test('are written as the site writes dates in Chinese, abbreviated in English', () => {
    expect(tickLabel(at('2020-04-01'), 'month', 'zh-Hans')).toBe('2020年4月');
    expect(tickLabel(at('2020-04-01'), 'month', 'en')).toBe('Apr 2020');
    expect(tickLabel(at('2020-01-01'), 'year', 'zh-Hans')).toBe('2020年');
    expect(tickLabel(at('2020-01-01'), 'year', 'en')).toBe('2020');
    expect(tickLabel(at('2020-04-15'), 'day', 'zh-Hans')).toBe('2020年4月15日');
    expect(tickLabel(at('2020-04-15'), 'day', 'en')).toBe('15 Apr 2020');
  });

  test('share one precision per axis, the finest its ticks need', () => {
    expect(tickPrecision([at('2020-01-01'), at('2021-01-01')])).toBe('year');
    expect(tickPrecision([at('2020-01-01'), at('2020-04-01')])).toBe('month');
    expect(tickPrecision([at('2020-04-01'), at('2020-04-08')])).toBe('day');
  });

  test('place a partial date at its first day, whatever the time zone', () => {
    expect(dayOf('2020').toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(dayOf('2020-04').toISOString()).toBe('2020-04-01T00:00:00.000Z');
  });
});

describe('progressHistory', () => {
  const model = progressHistory(history, { id: 'ph', locale: 'zh-Hans' });
  const [yAxis, xAxis] = model.axes as [Axis, Axis];
  const dots = marksOf(model, 'circle', 'chart-dot');

  test('draws a dot and a percent per record', () => {
    expect(dots).toHaveLength(history.length);
    expect(marksOf(model, 'text', 'chart-value').map((t) => t.text)).toEqual(['0%', '20%', '55%', '55%', '100%']);
  });

  test('places each record at the first day of its date and at its percent', () => {
    history.forEach((step, i) => expect(dots[i]!.cx).toBeCloseTo(xOn(xAxis, step.date), 1));
    // The record dated "2023" sits on the 2023 tick.
    expect(dots[3]!.cx).toBe(xAxis.ticks.find((t) => t.value === '2023-01-01')!.at);
    const [zero, hundred] = [yAxis.ticks[0]!, yAxis.ticks.at(-1)!];
    expect([zero.value, hundred.value]).toEqual([0, 100]);
    expect(dots[0]!.cy).toBe(zero.at);
    expect(dots[4]!.cy).toBe(hundred.at);
  });

  test('joins the records with straight lines, and ends at the last record', () => {
    const [line] = marksOf(model, 'path', 'chart-line');
    const corners = line!.d.slice(1).split('L').map((point) => point.split(',').map(Number));
    expect(corners).toEqual(dots.map((dot) => [dot.cx, dot.cy]));
  });

  test('has axes whose domains hold the records, not today, from 0% to 100%', () => {
    expect(yAxis.domain).toEqual([0, 100]);
    expect(yAxis.ticks.map((t) => t.label)).toContain('100%');
    expect(xAxis.domain[0] <= '2022-03-01' && xAxis.domain[1] >= '2023-05-20').toBe(true);
    expect(xAxis.ticks.map((t) => t.label)).toEqual(['2022年', '2023年', '2024年']);
  });

  test('labels month ticks as Apr 2020 in English', () => {
    const months = progressHistory(
      [
        { date: '2020-03-10', progress: 10, status: 'in-progress' },
        { date: '2020-07-20', progress: 40, status: 'in-progress' },
      ],
      { id: 'ph', locale: 'en' },
    );
    // "Jan 2020" falls at the corner, under "0%"; set from its tick it would meet "Apr 2020", so it is left out.
    expect(months.axes[1]!.ticks.map((t) => t.label)).toEqual(['Apr 2020', 'Jul 2020']);
  });

  test('orders records by date, keeping same-day records in the order given', () => {
    const shuffled = [history[3]!, history[0]!, history[4]!, history[1]!, history[2]!];
    expect(progressHistory(shuffled, { id: 'ph', locale: 'zh-Hans' })).toEqual(model);
  });

  test('centres a single record on an axis a month either side', () => {
    const one = progressHistory([{ date: '2022-06', progress: 30, status: 'in-progress' }], { id: 'ph', locale: 'zh-Hans' });
    const [dot] = marksOf(one, 'circle', 'chart-dot');
    const axis = one.axes[1]!;
    expect(axis.domain[0] < '2022-06-01' && axis.domain[1] > '2022-06-01').toBe(true);
    expect(dot!.cx).toBeGreaterThan(axis.x);
    expect(dot!.cx).toBeLessThan(axis.x + axis.length);
  });
});

describe('milestoneTimeline', () => {
  const model = milestoneTimeline(milestones, { id: 'mt', locale: 'zh-Hans', today: TODAY });
  const markers = marksOf(model, 'circle', 'chart-marker');
  const axis = model.axes[0]!;

  test('fills done milestones and leaves planned ones hollow, and says which in words', () => {
    expect(markers.map((m) => m.fill)).toEqual([...Array(3).fill(STATUS_STYLES.completed.background), PAPER, PAPER]);
    const notes = marksOf(model, 'text', 'chart-note').map((n) => n.text);
    expect(notes).toEqual(['2022年4月 · 已完成', '2022年9月30日 · 已完成', '2023年3月 · 已完成', '2023年10月 · 计划', '2024年 · 计划']);
  });

  test('places each milestone at its date and marks today between the past and the planned', () => {
    milestones.forEach((m, i) => expect(markers[i]!.cx).toBeCloseTo(xOn(axis, m.date), 1));
    const [today] = marksOf(model, 'line', 'chart-today');
    expect(today!.x1).toBeCloseTo(xOn(axis, TODAY), 1);
    expect(today!.x1).toBeGreaterThan(markers[2]!.cx);
    expect(today!.x1).toBeLessThan(markers[3]!.cx);
    expect(marksOf(model, 'text', 'chart-today__label')[0]!.text).toBe('今天 2023年6月15日');
  });

  test('spans the milestones only: no today line when today lies after them all', () => {
    const later = milestoneTimeline(milestones, { id: 'mt', locale: 'zh-Hans', today: '2030-01-01' });
    expect(marksOf(later, 'line', 'chart-today')).toHaveLength(0);
    expect(marksOf(later, 'text', 'chart-today__label')).toHaveLength(0);
    expect(later.axes[0]!.domain[1] < '2030-01-01').toBe(true);
  });

  test('keeps every label inside the drawing', () => {
    for (const text of model.marks.filter((m) => m.type === 'text')) {
      const width = textWidth(text.text, text.size);
      const left = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - width : text.x - width / 2;
      expect(left).toBeGreaterThanOrEqual(-0.5);
      expect(left + width).toBeLessThanOrEqual(model.width + 0.5);
    }
  });
});

describe('plannedPeriods', () => {
  const model = plannedPeriods(periods, { id: 'pp', locale: 'zh-Hans', today: TODAY });
  const bars = marksOf(model, 'rect', 'chart-bar');
  const axis = model.axes[0]!;

  test('draws a bar per project with both dates, earliest start first, and lists every project in the table', () => {
    expect(bars.map((b) => b.tip!.split(' ')[0])).toEqual(['新建市第一人民医院门诊楼', '新建、改扩建幼儿园', '老年食堂']);
    expect(model.table.rows).toHaveLength(periods.length);
    expect(model.table.rows[3]!.start).toEqual({ text: '—', value: '' });
  });

  test('runs each bar from its start to the end of its planned end', () => {
    // Due "2022-12": the bar covers December and stops at 1 January.
    const kindergarten = bars[1]!;
    expect(kindergarten.x).toBeCloseTo(xOn(axis, '2022-03-01'), 1);
    expect(kindergarten.x + kindergarten.width).toBeCloseTo(xOn(axis, '2023-01-01'), 1);
  });

  test('marks today, and counts in the summary the projects past due and not completed', () => {
    const [today] = marksOf(model, 'line', 'chart-today');
    expect(today!.x1).toBeCloseTo(xOn(axis, TODAY), 1);
    expect(model.description).toContain('其中 1 个已过完成时限');
  });

  test('spans the periods only: no today line when today lies far after them', () => {
    const later = plannedPeriods(periods, { id: 'pp', locale: 'zh-Hans', today: '2031-06-01' });
    expect(marksOf(later, 'line', 'chart-today')).toHaveLength(0);
    expect(later.axes[0]!.domain[1] < '2031-01-01').toBe(true);
  });
});
