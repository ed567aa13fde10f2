/**
 * One project's progress: a bar filled to its percent, in the texture of its status,
 * with the status written in words and symbol above it.
 */
import type { Status } from '../schemas/common.ts';
import { cell, chartModel, DEFAULT_WIDTH, label, localeTools, noData, responsive } from './common.ts';
import { INK, PAPER, STATUS_STYLES, statusPaint, statusPatterns } from './palette.ts';
import type { ChartModel, ChartOptions, Mark } from './types.ts';

export interface ProgressBarData {
  /** Percent, 0–100. */
  progress: number;
  status: Status;
  /** Past its planned end and not completed: said beside the status. */
  overdue?: boolean;
}

const TRACK_TOP = 28;
const TRACK = 22;

function drawProgressBar(data: ProgressBarData | undefined, options: ChartOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.progressBar.title');
  if (data === undefined || !Number.isFinite(data.progress)) return noData('progress-bar', options, title);

  const progress = Math.min(100, Math.max(0, data.progress));
  const name = t(`status.${data.status}`);
  const statusText = data.overdue ? name + t('list.parens', { text: t('status.overdue') }) : name;
  const width = options.width ?? DEFAULT_WIDTH;
  const height = TRACK_TOP + TRACK + 2;
  const inner = width - 1;

  const marks: Mark[] = [
    label(0, 18, `${STATUS_STYLES[data.status].symbol} ${statusText}`, 'start', { class: 'chart-text chart-label' }),
    label(width, 18, fmt.percent(progress), 'end', { bold: true, class: 'chart-text chart-value' }),
    { type: 'rect', x: 0.5, y: TRACK_TOP, width: inner, height: TRACK, fill: PAPER, stroke: INK, class: 'chart-track' },
  ];
  if (progress > 0) {
    marks.push({
      type: 'rect',
      x: 0.5,
      y: TRACK_TOP,
      width: (inner * progress) / 100,
      height: TRACK,
      ...statusPaint(options.id, data.status),
      class: `chart-bar chart-mark chart-mark--${data.status}`,
      tip: `${statusText} ${fmt.percent(progress)}`,
    });
  }

  return chartModel(options, {
    kind: 'progress-bar',
    width,
    height,
    title,
    description: t('chart.progressBar.description', { status: statusText, progress: fmt.percent(progress) }),
    patterns: statusPatterns(options.id, [data.status]),
    marks,
    table: {
      caption: title,
      columns: [
        { key: 'status', label: t('chart.column.status') },
        { key: 'progress', label: t('chart.column.progress'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.column.progress'), unit: '%' }) },
      ],
      rows: [{ status: cell(statusText), progress: cell(progress, fmt.percent(progress)) }],
    },
  });
}

export const progressBar = responsive(drawProgressBar);
