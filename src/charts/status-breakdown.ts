/** How many projects are at each status: one horizontal bar per status that occurs. */
import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { STATUSES, type Status } from '../schemas/common.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, localeTools, noData, percentOf, responsive, textWidth } from './common.ts';
import { INK, STATUS_STYLES, statusPaint, statusPatterns } from './palette.ts';
import type { ChartModel, ChartOptions, Mark } from './types.ts';

export type StatusCountsInput = Partial<Record<Status, number>>;

const BAR = 22;
const ROW = 32;

function drawStatusBreakdown(counts: StatusCountsInput, options: ChartOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.byStatus.title');
  const shown = STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  if (shown.length === 0) return noData('status-breakdown', options, title);

  const rows = shown.map((status) => ({
    status,
    count: counts[status]!,
    name: t(`status.${status}`),
    label: `${STATUS_STYLES[status].symbol} ${t(`status.${status}`)}`,
  }));
  const total = sum(rows, (r) => r.count);
  const width = options.width ?? DEFAULT_WIDTH;
  const left = max(rows, (r) => textWidth(r.label))! + 12;
  const right = max(rows, (r) => textWidth(fmt.number(r.count), FONT_SIZE, true))! + 10;
  const x = scaleLinear().domain([0, max(rows, (r) => r.count)!]).range([0, width - left - right]);
  const height = rows.length * ROW + 2;

  const marks: Mark[] = rows.flatMap((row, i): Mark[] => {
    const y = i * ROW + (ROW - BAR) / 2;
    const baseline = y + BAR / 2 + FONT_SIZE / 3;
    const length = x(row.count);
    return [
      label(left - 8, baseline, row.label, 'end', { class: 'chart-text chart-label' }),
      {
        type: 'rect',
        x: left,
        y,
        width: length,
        height: BAR,
        ...statusPaint(options.id, row.status),
        class: `chart-bar chart-mark chart-mark--${row.status}`,
        tip: t('chart.byStatus.item', { status: row.name, count: fmt.number(row.count) }),
      },
      label(left + length + 6, baseline, fmt.number(row.count), 'start', { bold: true, class: 'chart-text chart-value' }),
    ];
  });
  marks.push({ type: 'line', x1: left, y1: 0, x2: left, y2: height, stroke: INK, class: 'chart-baseline' });

  return chartModel(options, {
    kind: 'status-breakdown',
    width,
    height,
    title,
    description: t('chart.byStatus.description', {
      total: fmt.number(total),
      list: rows.map((r) => t('chart.byStatus.item', { status: r.name, count: fmt.number(r.count) })).join(t('list.comma')),
    }),
    patterns: statusPatterns(options.id, shown),
    marks,
    table: {
      caption: title,
      columns: [
        { key: 'status', label: t('chart.column.status') },
        { key: 'count', label: t('chart.column.count'), numeric: true },
        { key: 'share', label: t('chart.share'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.share'), unit: '%' }) },
      ],
      rows: rows.map((r) => ({
        status: cell(r.name),
        count: cell(r.count, fmt.number(r.count)),
        share: cell(percentOf(r.count, total), fmt.percent(percentOf(r.count, total))),
      })),
    },
  });
}

export const statusBreakdown = responsive(drawStatusBreakdown);
