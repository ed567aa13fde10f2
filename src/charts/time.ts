/**
 * Time axes. Report dates are calendar dates at some precision (`2020`, `2020-04`,
 * `2020-04-15`), so they are placed at their first day, midnight UTC: no time zone can
 * move a date to the day before.
 */
import { extent } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { firstDay, formatDate } from '../model/dates.ts';
import type { Locale } from '../schemas/common.ts';
import { thinTicks } from './axis.ts';
import { label, textWidth } from './common.ts';
import { ACCENT } from './palette.ts';
import type { Axis, Mark } from './types.ts';

/** The first day a partial date stands for, as a Date at midnight UTC. */
export function dayOf(value: string): Date {
  return new Date(`${firstDay(value)}T00:00:00Z`);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** About one tick per 110 units: "2020年12月" is some 100 units wide. */
function tickCount(length: number): number {
  return Math.max(2, Math.floor(length / 110));
}

/**
 * A UTC time scale over the dates, with nice ends. A single day gets a month on
 * either side, so that it sits in the middle of the axis rather than on a zero-width domain.
 */
export function timeScale(dates: readonly Date[], range: [number, number]): ScaleTime<number, number> {
  let [min, max] = extent(dates) as [Date, Date];
  if (min.getTime() === max.getTime()) [min, max] = [utcMonth.offset(min, -1), utcMonth.offset(max, 1)];
  return scaleUtc().domain([min, max]).range(range).nice(tickCount(range[1] - range[0]));
}

const enMonth = utcFormat('%b %Y');
const enDay = utcFormat('%-d %b %Y');

export type Precision = 'year' | 'month' | 'day';

/**
 * The precision the ticks need: years when all fall on 1 January, months when all fall
 * on the first of a month, else days. One precision for the whole axis, so that
 * January reads "2021年1月" beside "2021年4月", not "2021年".
 */
export function tickPrecision(dates: readonly Date[]): Precision {
  if (dates.some((d) => d.getUTCDate() !== 1)) return 'day';
  return dates.some((d) => d.getUTCMonth() !== 0) ? 'month' : 'year';
}

/**
 * A tick's label: in Chinese as the site writes dates (2020年4月), in English
 * abbreviated (Apr 2020), because full month names crowd an axis.
 */
export function tickLabel(date: Date, precision: Precision, locale: Locale): string {
  const iso = isoDay(date);
  if (precision === 'day') return locale === 'en' ? enDay(date) : formatDate(iso, locale);
  if (precision === 'month') return locale === 'en' ? enMonth(date) : formatDate(iso.slice(0, 7), locale);
  return formatDate(iso.slice(0, 4), locale);
}

export interface TimeAxisOptions {
  locale: Locale;
  /** Left end of the axis line. */
  x: number;
  y: number;
  /** Length of the gridlines up from each tick; none when absent. */
  grid?: number;
  /** The drawing's width: ticks whose label would run off it are left out. */
  width: number;
}

/** A bottom time axis for the scale. */
export function timeAxis(scale: ScaleTime<number, number>, options: TimeAxisOptions): Axis {
  const [start, end] = scale.range() as [number, number];
  const dates = scale.ticks(tickCount(end - start));
  const precision = tickPrecision(dates);
  const ticks = dates
    .map((date) => ({ at: scale(date), label: tickLabel(date, precision, options.locale), value: isoDay(date) }))
    .filter((tick) => tick.at - textWidth(tick.label) / 2 >= 0 && tick.at + textWidth(tick.label) / 2 <= options.width);
  const [min, max] = scale.domain() as [Date, Date];
  return {
    orient: 'bottom',
    x: options.x,
    y: options.y,
    length: end - start,
    ticks: thinTicks(ticks),
    domain: [isoDay(min), isoDay(max)],
    ...(options.grid !== undefined ? { grid: options.grid } : {}),
  };
}

/**
 * Whether today falls within the dates a chart shows: only then is it marked. A time
 * axis spans the data and the planned dates, never stretched to reach today.
 */
export function withinSpan(dates: readonly Date[], today: Date): boolean {
  const [min, max] = extent(dates) as [Date, Date];
  return today.getTime() >= min.getTime() && today.getTime() <= max.getTime();
}

/**
 * The "today" line from just below its label (on `baseline`) down to `bottom`. The label
 * is anchored away from the nearer edge so that it stays inside the drawing.
 */
export function todayMarks(x: number, baseline: number, bottom: number, width: number, text: string): Mark[] {
  const anchor = x < width / 3 ? 'start' : x > (2 * width) / 3 ? 'end' : 'middle';
  const labelX = anchor === 'start' ? x - 4 : anchor === 'end' ? x + 4 : x;
  return [
    { type: 'line', x1: x, y1: baseline + 4, x2: x, y2: bottom, stroke: ACCENT, strokeWidth: 2, dash: '5 3', class: 'chart-today' },
    label(labelX, baseline, text, anchor, { fill: ACCENT, class: 'chart-text chart-today__label' }),
  ];
}
