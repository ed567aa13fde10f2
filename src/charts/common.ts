/**
 * What every chart shares: sizes, rounding, text measurement, the "no data" figure,
 * legends and table cells.
 */
import { formatter } from '../lib/format.ts';
import type { Locale } from '../schemas/common.ts';
import { chartTranslator } from './messages.ts';
import { GRID, INK, MUTED } from './palette.ts';
import { clearAxisCorners, placeLabels } from './layout.ts';
import { measureText } from './text.ts';
import type { Cell, ChartLayout, ChartModel, ChartOptions, DataTable, LegendItem, Mark, Paint, TextMark } from './types.ts';

/**
 * Every chart is laid out twice, and the page shows the layout that suits the screen
 * (src/components/charts/charts.css switches at 600 px). The narrow one is 360 units
 * wide: filling a 360 px phone (328 px inside the page margins) its 15-unit text shows at
 * 13.7 px. The wide one is 640 units wide for a column of at most 42rem (672 px), where
 * the same text shows at 15.75 px beside 16 px body text.
 */
export const NARROW_WIDTH = 360;
export const WIDE_WIDTH = 640;
/** The width of a chart drawn once, at a width nobody gave. */
export const DEFAULT_WIDTH = NARROW_WIDTH;
export const FONT_SIZE = 15;
export const LINE_HEIGHT = 20;
/** The smallest text any chart writes, in SVG units. */
export const MIN_FONT_SIZE = 12;

/** Two decimals: enough for a screen, and stable across platforms in snapshots. */
export function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded; // no "-0" in the markup
}

/** Width of a line of text in the chart's type, measured with the fonts' metrics (`text.ts`). */
export function textWidth(text: string, size = FONT_SIZE, bold = false): number {
  return measureText(text, size, bold);
}

/** Locale-bound helpers every chart uses: strings, numbers, percents, dates, money. */
export function localeTools(locale: Locale) {
  return { t: chartTranslator(locale), fmt: formatter(locale) };
}

/** A table cell: the text the reader sees and the raw value the CSV keeps. */
export function cell(value: string | number, text: string = String(value)): Cell {
  return { text, value };
}

/** Every number of a mark, legend item or tick rounded: the model holds what the SVG will say. */
function roundNumbers<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value])) as T;
}

/** What a chart function computes; {@link chartModel} derives the rest. */
export type ModelParts = Omit<ChartModel, 'id' | 'locale' | 'viewBox' | 'empty' | 'patterns' | 'axes' | 'legend' | 'wide'> &
  Partial<Pick<ChartModel, 'patterns' | 'axes' | 'legend'>>;

/**
 * Assembles a chart model: the id from the options, the viewBox, the labels placed by
 * the shared layout step (`layout.ts`), every number rounded.
 */
export function chartModel(options: ChartOptions, parts: ModelParts): ChartModel {
  const width = round(parts.width);
  const height = round(parts.height);
  const axes = clearAxisCorners(parts.axes ?? [], width);
  const legend = parts.legend ?? [];
  const marks = placeLabels({ width, height, axes, marks: parts.marks, legend });
  const asOf = options.asOf ?? parts.asOf;
  return {
    kind: parts.kind,
    locale: options.locale,
    ...(asOf ? { asOf } : {}),
    id: options.id,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title: options.title ?? parts.title,
    description: parts.description,
    empty: false,
    patterns: parts.patterns ?? [],
    axes: axes.map((axis) => ({ ...roundNumbers(axis), ticks: axis.ticks.map(roundNumbers) })),
    marks: marks.map(roundNumbers),
    legend: legend.map(roundNumbers),
    table: { ...parts.table, caption: options.title ?? parts.table.caption },
  };
}

/** The geometry of a model: what differs between its narrow and its wide layout. */
export function layoutOf(model: ChartLayout): ChartLayout {
  const { id, width, height, viewBox, patterns, axes, marks, legend } = model;
  return { id, width, height, viewBox, patterns, axes, marks, legend };
}

/** The model with its wide layout in place of the narrow one, when it has one. */
export function wideModel(model: ChartModel): ChartModel {
  const { wide, ...rest } = model;
  return wide ? { ...rest, ...wide } : model;
}

/**
 * A chart function that, given no width, lays the chart out for a narrow and for a wide
 * container: the narrow layout is the model's own, the wide one its `wide` (with ids of
 * its own, since a page holds both drawings).
 */
export function responsive<D, O extends ChartOptions>(draw: (data: D, options: O) => ChartModel): (data: D, options: O) => ChartModel {
  return (data, options) => {
    if (options.width !== undefined) return draw(data, options);
    const narrow = draw(data, { ...options, width: NARROW_WIDTH });
    const wide = draw(data, { ...options, id: `${options.id}-wide`, width: WIDE_WIDTH });
    return { ...narrow, wide: layoutOf(wide) };
  };
}

/**
 * The figure for a chart with nothing to show: a framed "暂无数据" / "No data", so that a
 * page never breaks and a reader is told rather than shown a blank. `table` keeps the
 * rows there are (e.g. places that cannot be placed on a map).
 */
export function noData(kind: string, options: ChartOptions, title: string, table?: DataTable): ChartModel {
  const { t } = localeTools(options.locale);
  const width = options.width ?? DEFAULT_WIDTH;
  const height = 120;
  const marks: Mark[] = [
    { type: 'rect', x: 0.5, y: 0.5, width: width - 1, height: height - 1, fill: 'none', stroke: GRID, dash: '6 4', class: 'chart-frame' },
    { type: 'text', x: width / 2, y: height / 2 + FONT_SIZE / 3, text: t('chart.noData'), anchor: 'middle', fill: MUTED, class: 'chart-text chart-text--no-data' },
  ];
  const model = chartModel(options, {
    kind,
    width,
    height,
    title,
    description: t('chart.noDataDescription'),
    marks,
    table: table ?? { caption: title, columns: [], rows: [] },
  });
  return { ...model, empty: true };
}

export interface LegendEntry extends Paint {
  label: string;
  swatch: LegendItem['swatch'];
  class: string;
}

const SWATCH = 14;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;

/**
 * Lays legend entries out in rows from (x, y), wrapping before `maxWidth`.
 * Returns the items and the height they take.
 */
export function legendRows(entries: readonly LegendEntry[], x: number, y: number, maxWidth: number): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let cursor = x;
  let row = 0;
  for (const entry of entries) {
    const width = SWATCH + SWATCH_GAP + textWidth(entry.label) + 2;
    if (cursor > x && cursor + width > x + maxWidth) {
      cursor = x;
      row++;
    }
    // Rows start a little down: the tops of Han characters rise above the swatch.
    items.push({ ...entry, x: cursor, y: y + LEGEND_TOP + row * (LINE_HEIGHT + 4) });
    cursor += width + ITEM_GAP;
  }
  return { items, height: entries.length === 0 ? 0 : LEGEND_TOP + (row + 1) * (LINE_HEIGHT + 4) };
}

const LEGEND_TOP = 2;

/** The legend's label sits to the right of its swatch, on this baseline. */
export function legendLabelPosition(item: LegendItem): { x: number; y: number } {
  return { x: item.x + SWATCH + SWATCH_GAP, y: item.y + SWATCH - 1 };
}

export const LEGEND_SWATCH = SWATCH;

/** Plain text for a text mark, in the chart's ink unless said otherwise. */
export function label(x: number, y: number, text: string, anchor: TextMark['anchor'] = 'start', extra: Partial<TextMark> = {}): TextMark {
  return { type: 'text', x, y, text, anchor, fill: INK, class: 'chart-text', ...extra };
}

/** `part` as a percentage of `whole`, to one decimal; 0 when there is no whole. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}
