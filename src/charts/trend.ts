/**
 * Programmes across years: projects and completed projects as pairs of bars per year
 * and, when budgets are known, investment per year in a second panel below (two
 * panels rather than a second axis, whose scale a reader could mistake for the first).
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { formatDate } from '../model/dates.ts';
import { formatMoney } from '../model/money.ts';
import { linearAxis, thinTicks } from './axis.ts';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, legendRows, localeTools, noData, percentOf, responsive, textWidth } from './common.ts';
import { INK, PAPER, SERIES, STATUS_STYLES } from './palette.ts';
import type { Axis, ChartModel, ChartOptions, Mark, Paint } from './types.ts';

export interface TrendYear {
  year: number;
  /** Projects published that year. */
  projects: number;
  completed: number;
  /** Total investment in the currency's base unit, when known. */
  budget?: number;
}

export interface TrendOptions extends ChartOptions {
  /** ISO 4217 code of the budgets; CNY when absent. */
  currency?: string;
}

const COUNT_PLOT = 160;
const BUDGET_PLOT = 110;
const PANEL_GAP = 56;
const RIGHT = 8;

const PROJECTS = { fill: PAPER, stroke: INK, strokeWidth: 1 };
const COMPLETED = { fill: STATUS_STYLES.completed.background, stroke: INK, strokeWidth: 1 };
const BUDGET = { fill: SERIES[0], stroke: INK, strokeWidth: 1 };

/** A bottom axis naming each year under its band. */
function yearAxis(x: ScaleBand<number>, y: number, locale: ChartOptions['locale']): Axis {
  const years = x.domain();
  return {
    orient: 'bottom',
    x: x.range()[0],
    y,
    length: x.range()[1] - x.range()[0],
    ticks: thinTicks(years.map((year) => ({ at: x(year)! + x.bandwidth() / 2, label: formatDate(String(year), locale), value: year }))),
    domain: [years[0]!, years.at(-1)!],
  };
}

interface Column {
  x: number;
  width: number;
  scale: ScaleLinear<number, number>;
  value: number;
  /** The value as written above the bar. */
  text: string;
  paint: Paint;
  /** Which series: `chart-bar--projects`, `--completed` or `--budget`. */
  series: string;
  /** What the bar is, for its tooltip: "2022年 项目数". */
  what: string;
}

/** A vertical bar, with its value written on top when the value fits the bar's width. */
function column({ x, width, scale, value, text, paint, series, what }: Column): Mark[] {
  const top = scale(value);
  const bar: Mark = { type: 'rect', x, y: top, width, height: scale(0) - top, ...paint, class: `chart-bar chart-mark chart-fill ${series}`, tip: `${what} ${text}` };
  return textWidth(text) <= width + 6 ? [bar, label(x + width / 2, top - 5, text, 'middle', { class: 'chart-text chart-value' })] : [bar];
}

function drawTrend(years: readonly TrendYear[], options: TrendOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.trend.title');
  if (years.length === 0) return noData('trend', options, title);

  const sorted = [...years].sort((a, b) => a.year - b.year);
  const money = (amount: number) => formatMoney({ amount, currency: options.currency ?? 'CNY' }, options.locale);
  const hasBudget = sorted.some((y) => (y.budget ?? 0) > 0);
  const width = options.width ?? DEFAULT_WIDTH;

  const legend = legendRows(
    [
      { label: t('chart.column.count'), swatch: 'rect' as const, ...PROJECTS, class: 'chart-fill chart-bar--projects' },
      { label: t('chart.committed.completed'), swatch: 'rect' as const, ...COMPLETED, class: 'chart-fill chart-bar--completed' },
    ],
    0,
    0,
    width,
  );
  // Room above the tallest bar for its value.
  const countTop = legend.height + FONT_SIZE + 10;
  const countBottom = countTop + COUNT_PLOT;
  const counts = scaleLinear().domain([0, max(sorted, (y) => Math.max(y.projects, y.completed)) || 1]).nice().range([countBottom, countTop]);
  const budgetTop = countBottom + PANEL_GAP + FONT_SIZE + 10;
  const budgetBottom = budgetTop + BUDGET_PLOT;
  const budgets = scaleLinear().domain([0, max(sorted, (y) => y.budget ?? 0) || 1]).nice().range([budgetBottom, budgetTop]);

  // The left margin holds the widest tick label of either panel.
  const tickLabels = [...counts.ticks(4).map(fmt.number), ...(hasBudget ? budgets.ticks(3).map(money) : [])];
  const left = max(tickLabels, (l) => textWidth(l))! + 14;
  const x = scaleBand<number>().domain(sorted.map((y) => y.year)).range([left, width - RIGHT]).paddingInner(0.3).paddingOuter(0.15);
  const pair = scaleBand<'projects' | 'completed'>().domain(['projects', 'completed']).range([0, x.bandwidth()]).paddingInner(0.1);

  const marks: Mark[] = sorted.flatMap((y) => {
    const x0 = x(y.year)!;
    const name = formatDate(String(y.year), options.locale);
    const counted = { width: pair.bandwidth(), scale: counts };
    return [
      ...column({ ...counted, x: x0 + pair('projects')!, value: y.projects, text: fmt.number(y.projects), paint: PROJECTS, series: 'chart-bar--projects', what: `${name} ${t('chart.column.count')}` }),
      ...column({ ...counted, x: x0 + pair('completed')!, value: y.completed, text: fmt.number(y.completed), paint: COMPLETED, series: 'chart-bar--completed', what: `${name} ${t('chart.committed.completed')}` }),
      ...(hasBudget && y.budget !== undefined
        ? column({ x: x0, width: x.bandwidth(), scale: budgets, value: y.budget, text: money(y.budget), paint: BUDGET, series: 'chart-bar--budget', what: `${name} ${t('chart.column.budget')}` })
        : []),
    ];
  });
  const axes: Axis[] = [
    linearAxis(counts, { orient: 'left', at: left, format: fmt.number, grid: width - RIGHT - left, integer: true, count: 4 }),
    yearAxis(x, countBottom, options.locale),
  ];
  if (hasBudget) {
    marks.push(label(0, budgetTop - FONT_SIZE - 4, t('chart.column.budget'), 'start', { bold: true, class: 'chart-text chart-panel-title' }));
    axes.push(linearAxis(budgets, { orient: 'left', at: left, format: money, grid: width - RIGHT - left, count: 3 }), yearAxis(x, budgetBottom, options.locale));
  }

  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const sentences =
    sorted.length === 1
      ? [t('chart.trend.one', { year: formatDate(String(last.year), options.locale), p: fmt.number(last.projects), c: fmt.number(last.completed) })]
      : [
          t('chart.trend.description', {
            from: formatDate(String(first.year), options.locale),
            to: formatDate(String(last.year), options.locale),
            p0: fmt.number(first.projects),
            p1: fmt.number(last.projects),
            c0: fmt.number(first.completed),
            c1: fmt.number(last.completed),
          }),
        ];
  if (sorted.length > 1 && first.budget !== undefined && last.budget !== undefined) sentences.push(t('chart.trend.budget', { b0: money(first.budget), b1: money(last.budget) }));

  const rate = (y: TrendYear) => percentOf(y.completed, y.projects);
  return chartModel(options, {
    kind: 'trend',
    width,
    height: (hasBudget ? budgetBottom : countBottom) + 30,
    title,
    description: sentences.join(options.locale === 'en' ? ' ' : ''),
    axes,
    marks,
    legend: legend.items,
    table: {
      caption: title,
      columns: [
        { key: 'year', label: t('chart.column.year') },
        { key: 'projects', label: t('chart.column.count'), numeric: true },
        { key: 'completed', label: t('chart.committed.completed'), numeric: true },
        { key: 'rate', label: t('chart.trend.rate'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.trend.rate'), unit: '%' }) },
        ...(hasBudget
          ? [{ key: 'budget', label: t('chart.column.budget'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.column.budget'), unit: options.currency ?? 'CNY' }) }]
          : []),
      ],
      rows: sorted.map((y) => ({
        year: cell(y.year, formatDate(String(y.year), options.locale)),
        projects: cell(y.projects, fmt.number(y.projects)),
        completed: cell(y.completed, fmt.number(y.completed)),
        rate: cell(rate(y), fmt.percent(rate(y))),
        ...(hasBudget ? { budget: y.budget === undefined ? cell('', '—') : cell(y.budget, money(y.budget)) } : {}),
      })),
    },
  });
}

export const trend = responsive(drawTrend);
