/**
 * The chart model: everything a chart shows, as plain data. Chart functions compute it
 * (scales, positions, paths, the text alternative and the data table); `render-svg.ts`,
 * `csv.ts` and `Chart.astro` only write it out. Being plain data, a model can be
 * compared in tests, serialised, and rendered the same way inline and as a file.
 */
import type { Locale } from '../schemas/common.ts';

/** What every chart function accepts besides its data. */
export interface ChartOptions {
  /**
   * Prefix of every id inside the chart (title, description, patterns), unique within
   * its page, e.g. "status-2023". Ids come from here, never from a counter or a random
   * number, so that the same input gives the same bytes.
   */
  id: string;
  locale: Locale;
  /** Replaces the chart's default title. */
  title?: string;
  /**
   * Width of the drawing in SVG units; the height follows from the data. When absent the
   * chart is laid out twice, for a narrow and for a wide container (see `responsive`).
   */
  width?: number;
  /** The date of the data (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the latest observation the chart shows. */
  asOf?: string;
}

/** Paint of a mark, written as SVG presentation attributes (never `style`, which the CSP forbids). */
export interface Paint {
  /** A colour `#rrggbb`, `none`, or `url(#…)` of a pattern in {@link ChartModel.patterns}. */
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** `stroke-dasharray`, e.g. "4 3". */
  dash?: string;
}

interface MarkBase extends Paint {
  /** Class names, for the site's CSS (print and forced-colours rules). */
  class: string;
  /** Shown as a tooltip: the mark's datum in words, e.g. "已完成：12 项". */
  tip?: string;
}

export interface RectMark extends MarkBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PathMark extends MarkBase {
  type: 'path';
  d: string;
}

export interface LineMark extends MarkBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CircleMark extends MarkBase {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** In SVG units; the chart's base size when absent. Never below 12. */
  size?: number;
  bold?: boolean;
  /** A white outline behind the letters, for text over shapes of any colour (map labels). */
  halo?: boolean;
  /**
   * Layout hints, used up by the layout step (`layout.ts`) and absent from a finished
   * model: places to try when this one is taken, a group of labels that move together,
   * and a priority (higher is placed first; 0 when absent).
   */
  alternatives?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
  group?: string;
  priority?: number;
  /** Lines of the data (the segments of a line chart) that this label must not lie across. */
  avoid?: { x1: number; y1: number; x2: number; y2: number }[];
}

export type Mark = RectMark | PathMark | LineMark | CircleMark | TextMark;

export interface Tick {
  /** Position along the axis: x on a bottom axis, y on a left one. */
  at: number;
  label: string;
  /** The value the tick stands for: a number, or an ISO date on a time axis. */
  value: number | string;
  /** A bottom tick's label set from the tick rightwards rather than centred on it (clear of a left axis's labels). */
  anchor?: 'start';
}

export interface Axis {
  orient: 'bottom' | 'left';
  /** Start of the axis line, which runs `length` units right (bottom) or down (left). */
  x: number;
  y: number;
  length: number;
  ticks: Tick[];
  /** The scale's domain: numbers, or ISO dates `YYYY-MM-DD` on a time axis. */
  domain: [number, number] | [string, string];
  /** Length of the gridlines drawn across the plot from each tick; none when absent. */
  grid?: number;
}

/** A legend entry: a swatch drawn like the marks it stands for, and its name. */
export interface LegendItem extends Paint {
  /** Top-left corner of the swatch. */
  x: number;
  y: number;
  label: string;
  swatch: 'rect' | 'circle';
  class: string;
}

/** A repeating tile that fills marks, so that a status is told by texture as well as colour. */
export interface Pattern {
  id: string;
  /** Side of the square tile. */
  size: number;
  background: string;
  /** Colour of the lines or dots. */
  ink: string;
  /** The tile's lines or dots; empty for a plain fill. */
  d: string;
  class: string;
}

export interface Column {
  key: string;
  label: string;
  /** Right-aligned in the table. */
  numeric?: boolean;
  /** Header in the CSV when it differs, e.g. with the unit of the raw values: "投资（元）". */
  csvLabel?: string;
}

export interface Cell {
  /** As the table shows it: "1.24亿元", "2020年4月", "45%". */
  text: string;
  /** As the CSV holds it: the raw number or the date as written (`2020-04`). */
  value: string | number;
}

export type Row = Record<string, Cell>;

/** The chart's data as a table: shown beside the chart and downloadable as CSV. */
export interface DataTable {
  caption: string;
  columns: Column[];
  rows: Row[];
}

/** What is drawn at one width: the geometry of a chart, without its words and data. */
export interface ChartLayout {
  /** The id prefix of {@link ChartOptions.id}. */
  id: string;
  width: number;
  height: number;
  viewBox: string;
  patterns: Pattern[];
  /** Drawn first, behind the marks. */
  axes: Axis[];
  /** Drawn in order, later marks on top. */
  marks: Mark[];
  legend: LegendItem[];
}

export interface ChartModel extends ChartLayout {
  /** Which chart this is, e.g. "status-breakdown"; also a CSS modifier class. */
  kind: string;
  locale: Locale;
  /** The date of the data, when known: see {@link ChartOptions.asOf}. */
  asOf?: string;
  /**
   * The same chart laid out for a wide container. The model's own geometry is the narrow
   * one; pages show one or the other by the width of the screen.
   */
  wide?: ChartLayout;
  title: string;
  /** The text alternative: the key figures in a sentence or two. */
  description: string;
  /** True for the "no data" figure drawn when there is nothing to chart. */
  empty: boolean;
  table: DataTable;
}
