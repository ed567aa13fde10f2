/**
 * Investment by theme as a treemap: each theme a rectangle with an area in proportion to
 * its budget. Names and amounts are written where they fit; the table has every theme.
 * With fewer than three themes a treemap says nothing areas could (one theme is a single
 * rectangle): the amounts are drawn as bars instead.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { formatMoney } from '../model/money.ts';
import { scaleLinear } from 'd3-scale';
import { cell, chartModel, DEFAULT_WIDTH, FONT_SIZE, label, LINE_HEIGHT, localeTools, noData, percentOf, responsive, textWidth } from './common.ts';
import { wrapText } from './text.ts';
import { INK, seriesColor, textOn } from './palette.ts';
import type { ChartModel, ChartOptions, DataTable, Mark } from './types.ts';

export interface BudgetItem {
  id: string;
  /** The theme's name as shown. */
  label: string;
  /** In the currency's base unit: 500000000 for 5亿元. */
  amount: number;
  /** The theme's colour from content, `#rrggbb`; a palette colour otherwise. */
  color?: string;
}

export interface BudgetTreemapOptions extends ChartOptions {
  /** ISO 4217 code of every amount; CNY when absent. */
  currency?: string;
  /** Height of the drawing; three quarters of the width when absent. */
  height?: number;
}

const PAD = 8;
const LINE = FONT_SIZE + 4;

interface Leaf {
  item: BudgetItem;
  color: string;
  order: number;
}

/** The root holds the leaves as children; each leaf node holds one item. */
interface TreeDatum {
  leaf?: Leaf;
  children?: TreeDatum[];
}

function drawBudgetTreemap(items: readonly BudgetItem[], options: BudgetTreemapOptions): ChartModel {
  const { t, fmt } = localeTools(options.locale);
  const title = t('chart.budget.title');
  const money = (amount: number) => formatMoney({ amount, currency: options.currency ?? 'CNY' }, options.locale);
  const total = items.reduce((s, i) => s + i.amount, 0);
  const leaves: Leaf[] = items.map((item, order) => ({ item, color: seriesColor(order, item.color), order }));

  const table: DataTable = {
    caption: title,
    columns: [
      { key: 'theme', label: t('chart.column.theme') },
      { key: 'budget', label: t('chart.column.budget'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.column.budget'), unit: options.currency ?? 'CNY' }) },
      { key: 'share', label: t('chart.share'), numeric: true, csvLabel: t('chart.withUnit', { label: t('chart.share'), unit: '%' }) },
    ],
    rows: items.map((i) => ({
      theme: cell(i.label),
      budget: cell(i.amount, money(i.amount)),
      share: cell(percentOf(i.amount, total), fmt.percent(percentOf(i.amount, total))),
    })),
  };
  if (!(total > 0)) return noData('budget-treemap', options, title, items.length > 0 ? table : undefined);

  const width = options.width ?? DEFAULT_WIDTH;
  const ranked = [...items].filter((i) => i.amount > 0).sort((a, b) => b.amount - a.amount);
  const description = t('chart.budget.description', {
    total: money(total),
    count: fmt.number(ranked.length),
    list: ranked
      .slice(0, 3)
      .map((i) => t('chart.budget.item', { label: i.label, amount: money(i.amount), share: fmt.percent(percentOf(i.amount, total)) }))
      .join(t('list.comma')),
  });
  if (ranked.length < MIN_TILES) {
    return chartModel(options, { kind: 'budget-bars', width, ...budgetBars(ranked, leaves, width, money), title, description, table });
  }
  const height = options.height ?? Math.round(width * 0.75);
  // Largest first, ties in the given order, so that the layout depends on the data only.
  const root = hierarchy<TreeDatum>({ children: leaves.filter((l) => l.item.amount > 0).map((leaf) => ({ leaf })) })
    .sum((d) => d.leaf?.item.amount ?? 0)
    .sort((a, b) => b.value! - a.value! || a.data.leaf!.order - b.data.leaf!.order);
  const laidOut = treemap<TreeDatum>().tile(treemapSquarify).size([width, height]).paddingInner(2)(root);

  const marks: Mark[] = [];
  for (const node of laidOut.leaves()) {
    const { item, color } = node.data.leaf!;
    const w = node.x1 - node.x0;
    const h = node.y1 - node.y0;
    const share = fmt.percent(percentOf(item.amount, total));
    marks.push({
      type: 'rect',
      x: node.x0,
      y: node.y0,
      width: w,
      height: h,
      fill: color,
      stroke: INK,
      strokeWidth: 1,
      class: 'chart-tile chart-mark chart-fill',
      tip: t('chart.budget.item', { label: item.label, amount: money(item.amount), share }),
    });
    // As many lines as fit, in this order, so that an amount is never shown without its name.
    const shown: string[] = [];
    for (const line of [item.label, money(item.amount), share]) {
      // The first line (the name) is bold, and measured so.
      if (textWidth(line, FONT_SIZE, shown.length === 0) + 2 * PAD > w || (shown.length + 1) * LINE + PAD > h) break;
      shown.push(line);
    }
    shown.forEach((line, i) =>
      marks.push(label(node.x0 + PAD, node.y0 + PAD + FONT_SIZE - 2 + i * LINE, line, 'start', { fill: textOn(color), bold: i === 0, class: 'chart-text chart-tile__label' })),
    );
  }

  return chartModel(options, { kind: 'budget-treemap', width, height, title, description, marks, table });
}

/** A treemap needs at least this many themes to compare areas. */
const MIN_TILES = 3;
const BAR = 22;

/** One bar per theme, longest first: its name above, its amount at the bar's end. */
function budgetBars(
  ranked: readonly BudgetItem[],
  leaves: readonly Leaf[],
  width: number,
  money: (amount: number) => string,
): { height: number; marks: Mark[] } {
  const right = Math.max(...ranked.map((i) => textWidth(money(i.amount), FONT_SIZE, true))) + 10;
  const x = scaleLinear().domain([0, ranked[0]!.amount]).range([0, width - right]);
  const marks: Mark[] = [];
  let top = 0;
  ranked.forEach((item, i) => {
    const lines = wrapText(item.label, width, FONT_SIZE);
    lines.forEach((line, k) => marks.push(label(0, top + FONT_SIZE + k * LINE_HEIGHT, line, 'start', { group: `name-${i}`, class: 'chart-text chart-label' })));
    const barTop = top + lines.length * LINE_HEIGHT + 4;
    const color = leaves.find((l) => l.item === item)!.color;
    marks.push(
      {
        type: 'rect',
        x: 0,
        y: barTop,
        width: Math.max(1, x(item.amount)),
        height: BAR,
        fill: color,
        stroke: INK,
        strokeWidth: 1,
        class: 'chart-bar chart-mark chart-fill',
        tip: `${item.label} ${money(item.amount)}`,
      },
      label(x(item.amount) + 6, barTop + BAR / 2 + FONT_SIZE / 3, money(item.amount), 'start', { bold: true, class: 'chart-text chart-value' }),
    );
    top = barTop + BAR + 12;
  });
  return { height: top, marks };
}

export const budgetTreemap = responsive(drawBudgetTreemap);
