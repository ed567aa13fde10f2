/**
 * What every chart shares: sizes, rounding, text measurement, the "no data" figure,
 * legends and table cells.
 */
import { formatter } from '../lib/format.ts';
import type { Locale } from '../schemas/common.ts';
import { chartTranslator } from './messages.ts';
import { GRID, INK, MUTED } from './palette.ts';
import type { Cell, ChartModel, ChartOptions, DataTable, LegendItem, Mark, Paint, TextMark } from './types.ts';

/**
 * Charts are drawn for a phone first: at 400 units wide and 15-unit text, a chart that
 * fills a 360 px screen (328 px inside the page margins) still shows its text at 12 px.
 */
export const DEFAULT_WIDTH = 400;
export const FONT_SIZE = 15;
export const LINE_HEIGHT = 20;
/** The smallest text any chart writes, in SVG units. */
export const MIN_FONT_SIZE = 12;

/** Two decimals: enough for a screen, and stable across platforms in snapshots. */
export function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded; // no "-0" in the markup
}

/**
 * Estimated width of a line of text. No fonts are measured at build time, so this errs
 * wide: Han characters and full-width punctuation take 1 em, everything else 0.62 em.
 */
export function textWidth(text: string, size = FONT_SIZE): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return ems * size;
}

/** The text cut with "…" to fit `width`; the full text stays in the tooltip and the table. */
export function truncate(text: string, width: number, size = FONT_SIZE): string {
  if (textWidth(text, size) <= width) return text;
  let cut = [...text];
  while (cut.length > 1 && textWidth(`${cut.join('')}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.join('')}…`;
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
export type ModelParts = Omit<ChartModel, 'id' | 'viewBox' | 'empty' | 'patterns' | 'axes' | 'legend'> &
  Partial<Pick<ChartModel, 'patterns' | 'axes' | 'legend'>>;

/** Assembles a chart model: the id from the options, the viewBox, every number rounded. */
export function chartModel(options: ChartOptions, parts: ModelParts): ChartModel {
  const width = round(parts.width);
  const height = round(parts.height);
  return {
    kind: parts.kind,
    id: options.id,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    title: options.title ?? parts.title,
    description: parts.description,
    empty: false,
    patterns: parts.patterns ?? [],
    axes: (parts.axes ?? []).map((axis) => ({ ...roundNumbers(axis), ticks: axis.ticks.map(roundNumbers) })),
    marks: parts.marks.map(roundNumbers),
    legend: (parts.legend ?? []).map(roundNumbers),
    table: { ...parts.table, caption: options.title ?? parts.table.caption },
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
    const width = SWATCH + SWATCH_GAP + textWidth(entry.label);
    if (cursor > x && cursor + width > x + maxWidth) {
      cursor = x;
      row++;
    }
    items.push({ ...entry, x: cursor, y: y + row * (LINE_HEIGHT + 4) });
    cursor += width + ITEM_GAP;
  }
  return { items, height: entries.length === 0 ? 0 : (row + 1) * (LINE_HEIGHT + 4) };
}

/** The legend's label sits to the right of its swatch, on this baseline. */
export function legendLabelPosition(item: LegendItem): { x: number; y: number } {
  return { x: item.x + SWATCH + SWATCH_GAP, y: item.y + SWATCH - 2 };
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
