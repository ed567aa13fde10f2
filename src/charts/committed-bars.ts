/**
 * Promises against delivery: how many projects were promised (承诺), published as
 * entries, and completed, as three labelled bars on one scale.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, localeTools, noData, percentOf, responsive, textWidth } from './common.ts';
import { INK, PAPER, SERIES, STATUS_STYLES } from './palette.ts';
import type { ChartMessageKey } from './messages.ts';
import type { ChartModel, ChartOptions, Mark } from './types.ts';

/** A programme's headline figures; the model's `ProgrammeStats` fits. */
export interface CommitmentFigures {
  /** Projects promised, when the programme says. */
  committed?: number;
  /** Projects published as entries. */
  entered: number;
  completed: number;
}

const BAR = 22;
const ROW = 32;

/** Fills only set the bars apart; each bar's name is written beside it. */
const BARS: { key: keyof CommitmentFigures; label: ChartMessageKey; fill: string }[] = [
  { key: 'committed', label: 'chart.committed.committed', fill: PAPER },
  { key: 'entered', label: 'chart.committed.entered', fill: SERIES[1] },
  { key: 'completed', label: 'chart.committed.completed', fill: STATUS_STYLES.completed.background },
];

function drawCommittedBars(figures: CommitmentFigures | undefined, options: ChartOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.committed.title');
  const rows = BARS.filter((bar) => figures?.[bar.key] !== undefined).map((bar) => ({ ...bar, name: t(bar.label), value: figures![bar.key]! }));
  const largest = max(rows, (r) => r.value) ?? 0;
  if (figures === undefined || !(largest > 0)) return noData('committed-bars', options, title);

  const width = options.width ?? DEFAULT_WIDTH;
  const left = max(rows, (r) => textWidth(r.name))! + 12;
  const right = max(rows, (r) => textWidth(fmt.number(r.value), FONT_SIZE, true))! + 10;
  const x = scaleLinear().domain([0, largest]).range([0, width - left - right]);
  const height = rows.length * ROW + 2;

  const marks: Mark[] = rows.flatMap((row, i): Mark[] => {
    const y = i * ROW + (ROW - BAR) / 2;
    const baseline = y + BAR / 2 + FONT_SIZE / 3;
    return [
      label(left - 8, baseline, row.name, 'end', { class: 'chart-text chart-label' }),
      {
        type: 'rect',
        x: left,
        y,
        width: x(row.value),
        height: BAR,
        fill: row.fill,
        stroke: INK,
        strokeWidth: 1,
        class: `chart-bar chart-mark chart-fill chart-bar--${row.key}`,
        tip: `${row.name} ${fmt.number(row.value)}`,
      },
      label(left + x(row.value) + 6, baseline, fmt.number(row.value), 'start', { bold: true, class: 'chart-text chart-value' }),
    ];
  });
  marks.push({ type: 'line', x1: left, y1: 0, x2: left, y2: height, stroke: INK, class: 'chart-baseline' });

  const { committed, entered, completed } = figures;
  const numbers = { entered: fmt.number(entered), completed: fmt.number(completed) };
  const description =
    committed !== undefined && committed > 0
      ? t('chart.committed.description', { ...numbers, committed: fmt.number(committed), share: fmt.percent(percentOf(completed, committed)) })
      : t('chart.committed.noCommitment', { ...numbers, share: fmt.percent(percentOf(completed, entered)) });

  return chartModel(options, {
    kind: 'committed-bars',
    width,
    height,
    title,
    description,
    marks,
    table: {
      caption: title,
      columns: [
        { key: 'figure', label: t('chart.committed.figure') },
        { key: 'count', label: t('chart.column.count'), numeric: true },
      ],
      rows: rows.map((r) => ({ figure: cell(r.name), count: cell(r.value, fmt.number(r.value)) })),
    },
  });
}

export const committedBars = responsive(drawCommittedBars);
