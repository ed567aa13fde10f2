/**
 * Groups of projects (themes, places) as horizontal bars stacked by status, one
 * texture per status explained in the legend, and each group's total at its bar's end.
 */
import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { STATUSES, type Status } from '../schemas/common.ts';
import { linearAxis } from './axis.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, legendRows, LINE_HEIGHT, localeTools, noData, responsive, textWidth } from './common.ts';
import { wrapText } from './text.ts';
import { INK, STATUS_STYLES, statusPaint, statusPatterns } from './palette.ts';
import type { ChartModel, ChartOptions, Mark } from './types.ts';

export interface StackedGroup {
  id: string;
  /** The group's name as shown, e.g. the theme's short name. */
  label: string;
  counts: Partial<Record<Status, number>>;
}

export interface StackedBarsOptions extends ChartOptions {
  /** Heading of the groups' column in the table, e.g. "类别" or "地区". */
  groupLabel?: string;
}

/** Height of a row besides its name: the bar and the space below it. */
const ROW = 34;
const BAR = 20;
/** Bars start a little in, so that the axis label "0" under them stays on the drawing. */
const START = 8;

function drawStackedBars(groups: readonly StackedGroup[], options: StackedBarsOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.stacked.title');
  const keys = STATUSES.filter((status) => groups.some((g) => (g.counts[status] ?? 0) > 0));
  if (keys.length === 0) return noData('stacked-bars', options, title);

  const rows = groups.map((g) => {
    const counts = Object.fromEntries(keys.map((k) => [k, g.counts[k] ?? 0])) as Record<Status, number>;
    return { ...g, counts, total: sum(keys, (k) => counts[k]) };
  });
  const total = sum(rows, (r) => r.total);
  const width = options.width ?? DEFAULT_WIDTH;
  const right = max(rows, (r) => textWidth(fmt.number(r.total)))! + 10;

  const legend = legendRows(
    keys.map((status) => ({
      label: `${STATUS_STYLES[status].symbol} ${t(`status.${status}`)}`,
      swatch: 'rect' as const,
      ...statusPaint(options.id, status),
      class: `chart-mark chart-mark--${status}`,
    })),
    0,
    0,
    width,
  );
  const top = legend.height + 8;
  const names = rows.map((row) => wrapText(row.label, width, FONT_SIZE));
  const rowTops = names.map((_, i) => top + names.slice(0, i).reduce((sum, lines) => sum + lines.length * LINE_HEIGHT + ROW, 0));
  const bottom = top + names.reduce((sum, lines) => sum + lines.length * LINE_HEIGHT + ROW, 0);
  const x = scaleLinear().domain([0, max(rows, (r) => r.total)!]).nice().range([START, width - right]);

  const series = stack<(typeof rows)[number], Status>()
    .keys(keys)
    .value((row, key) => row.counts[key])(rows);

  const marks: Mark[] = [];
  rows.forEach((row, i) => {
    const rowTop = rowTops[i]!;
    const barTop = rowTop + names[i]!.length * LINE_HEIGHT + 4;
    names[i]!.forEach((line, k) => marks.push(label(0, rowTop + FONT_SIZE + k * LINE_HEIGHT, line, 'start', { group: `name-${i}`, class: 'chart-text chart-label' })));
    for (const layer of series) {
      const [start, end] = layer[i]!;
      if (end === start) continue;
      const status = layer.key;
      marks.push({
        type: 'rect',
        x: x(start),
        y: barTop,
        width: x(end) - x(start),
        height: BAR,
        ...statusPaint(options.id, status),
        class: `chart-bar chart-mark chart-mark--${status}`,
        tip: `${row.label} ${t('chart.byStatus.item', { status: t(`status.${status}`), count: fmt.number(end - start) })}`,
      });
    }
    marks.push(label(x(row.total) + 6, barTop + BAR / 2 + FONT_SIZE / 3, fmt.number(row.total), 'start', { bold: true, class: 'chart-text chart-value' }));
    // The baseline stands beside each bar only: it never runs through the names above the bars.
    marks.push({ type: 'line', x1: x(0), y1: barTop - 3, x2: x(0), y2: barTop + BAR + 3, stroke: INK, class: 'chart-baseline' });
  });

  return chartModel(options, {
    kind: 'stacked-bars',
    width,
    height: bottom + 30,
    title,
    description: t('chart.stacked.description', {
      total: fmt.number(total),
      groups: fmt.number(rows.length),
      list: rows
        .map((r) => t('chart.stacked.item', { label: r.label, total: fmt.number(r.total), completed: fmt.number(r.counts.completed ?? 0) }))
        .join(t('list.comma')),
    }),
    patterns: statusPatterns(options.id, keys),
    // No gridlines: they would run through the group names; each bar has its total written.
    axes: [linearAxis(x, { orient: 'bottom', at: bottom, format: fmt.number, integer: true })],
    marks,
    legend: legend.items,
    table: {
      caption: title,
      columns: [
        { key: 'group', label: options.groupLabel ?? t('chart.stacked.group') },
        ...keys.map((status) => ({ key: status, label: t(`status.${status}`), numeric: true })),
        { key: 'total', label: t('chart.column.total'), numeric: true },
      ],
      rows: rows.map((r) => ({
        group: cell(r.label),
        ...Object.fromEntries(keys.map((k) => [k, cell(r.counts[k], fmt.number(r.counts[k]))])),
        total: cell(r.total, fmt.number(r.total)),
      })),
    },
  });
}

export const stackedBars = responsive(drawStackedBars);
