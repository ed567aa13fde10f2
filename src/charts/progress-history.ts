/**
 * A project's progress over time: a dot per record in the texture of its status, the
 * percent written at each dot, and straight lines between the records. The line ends at
 * the last record: nothing is drawn for the time after it, about which nothing was said.
 */
import { scaleLinear } from 'd3-scale';
import { curveLinear, line } from 'd3-shape';
import { compareDates, formatDate } from '../model/dates.ts';
import type { Status } from '../schemas/common.ts';
import { linearAxis } from './axis.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, legendRows, localeTools, noData, responsive, textWidth } from './common.ts';
import { INK, STATUS_STYLES, statusPaint, statusPatterns } from './palette.ts';
import { dayOf, timeAxis, timeScale } from './time.ts';
import type { ChartModel, ChartOptions, Mark } from './types.ts';

/** One record of a project's history; the model's `StateStep` fits. */
export interface HistoryStep {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; placed at its first day. */
  date: string;
  /** Percent, 0–100. */
  progress: number;
  status: Status;
}

export type ProgressHistoryOptions = ChartOptions;

const MARGIN = { top: 26, right: 28, bottom: 30, left: 52 };
const PLOT_HEIGHT = 180;
const DOT = 6;
/** Where a value label may slide to, above or below its dot, in its own widths: nearest first. */
const SHIFTS = [1, 2, 3, 4].flatMap((eighths) => [-eighths / 8, eighths / 8]);

function drawProgressHistory(steps: readonly HistoryStep[], options: ProgressHistoryOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.history.title');
  if (steps.length === 0) return noData('progress-history', options, title);

  // Sorting is stable: records of the same day keep the order they were made in.
  const sorted = [...steps].sort((a, b) => compareDates(a.date, b.date));
  const last = sorted.at(-1)!;
  const width = options.width ?? DEFAULT_WIDTH;

  const statuses = [...new Set(sorted.map((s) => s.status))];
  const legend = legendRows(
    statuses.map((status) => ({
      label: `${STATUS_STYLES[status].symbol} ${t(`status.${status}`)}`,
      swatch: 'circle' as const,
      ...statusPaint(options.id, status),
      class: `chart-mark chart-mark--${status}`,
    })),
    0,
    0,
    width,
  );
  const top = legend.height + MARGIN.top;
  const bottom = top + PLOT_HEIGHT;

  const x = timeScale(sorted.map((s) => dayOf(s.date)), [MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, 100]).range([bottom, top]);
  const points: [number, number][] = sorted.map((s) => [x(dayOf(s.date)), y(s.progress)]);
  const path = line().curve(curveLinear).digits(2)(points)!;

  const marks: Mark[] = [{ type: 'path', d: path, fill: 'none', stroke: INK, strokeWidth: 2, class: 'chart-line' }];
  const labels: Mark[] = [];
  sorted.forEach((step, i) => {
    const [cx, cy] = points[i]!;
    const text = fmt.percent(step.progress);
    marks.push({
      type: 'circle',
      cx,
      cy,
      r: DOT,
      ...statusPaint(options.id, step.status),
      class: `chart-dot chart-mark chart-mark--${step.status}`,
      tip: `${formatDate(step.date, options.locale)} ${t(`status.${step.status}`)} ${text}`,
    });
    // Above the dot, else below, then slid sideways above or below it, else right or left
    // of it; never across the line to or from the dot. The latest record is placed first.
    const above = cy - DOT - 5;
    const below = cy + DOT + FONT_SIZE + 2;
    const beside = cy + FONT_SIZE / 3;
    const segments = [points[i - 1], points[i + 1]]
      .filter((p): p is [number, number] => p !== undefined)
      .map(([px, py]) => ({ x1: cx, y1: cy, x2: px, y2: py }));
    labels.push(
      label(cx, above, text, 'middle', {
        class: 'chart-text chart-value',
        priority: i === sorted.length - 1 ? 1 : 0,
        avoid: segments,
        alternatives: [
          { x: cx, y: below, anchor: 'middle' },
          ...SHIFTS.flatMap((shift) => [above, below].map((y) => ({ x: cx + shift * textWidth(text), y, anchor: 'middle' as const }))),
          { x: cx + DOT + 4, y: beside, anchor: 'start' },
          { x: cx - DOT - 4, y: beside, anchor: 'end' },
        ],
      }),
    );
  });
  marks.push(...labels);

  const first = sorted[0]!;
  const description =
    sorted.length === 1
      ? t('chart.history.one', { date: formatDate(last.date, options.locale), progress: fmt.percent(last.progress), status: t(`status.${last.status}`) })
      : t('chart.history.description', {
          count: fmt.number(sorted.length),
          from: fmt.percent(first.progress),
          first: formatDate(first.date, options.locale),
          to: fmt.percent(last.progress),
          last: formatDate(last.date, options.locale),
          status: t(`status.${last.status}`),
        });

  return chartModel(options, {
    kind: 'progress-history',
    asOf: last.date,
    width,
    height: bottom + MARGIN.bottom,
    title,
    description,
    patterns: statusPatterns(options.id, statuses),
    axes: [
      linearAxis(y, { orient: 'left', at: MARGIN.left, format: fmt.percent, grid: width - MARGIN.left - MARGIN.right, count: 4 }),
      timeAxis(x, { locale: options.locale, x: MARGIN.left, y: bottom, width }),
    ],
    marks,
    legend: legend.items,
    table: {
      caption: title,
      columns: [
        { key: 'date', label: t('chart.column.date') },
        { key: 'status', label: t('chart.column.status') },
        { key: 'progress', label: t('chart.column.progress'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.column.progress'), unit: '%' }) },
      ],
      rows: sorted.map((s) => ({
        date: cell(s.date, formatDate(s.date, options.locale)),
        status: cell(t(`status.${s.status}`)),
        progress: cell(s.progress, fmt.percent(s.progress)),
      })),
    },
  });
}

export const progressHistory = responsive(drawProgressHistory);
