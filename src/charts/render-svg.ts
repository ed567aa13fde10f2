/**
 * Chart model → SVG markup. Only writes out what the model says: every position, colour
 * and word was decided by the chart function. The same body goes inline into pages
 * (`Chart.astro`) and into the standalone `.svg` files, so the two never differ.
 */
import { formatDate } from '../model/dates.ts';
import { FONT_SIZE, LEGEND_SWATCH, legendLabelPosition, round, wideModel } from './common.ts';
import { axisLabels } from './layout.ts';
import { chartTranslator } from './messages.ts';
import { GRID, INK, MUTED, PAPER } from './palette.ts';
import { wrapText } from './text.ts';
import type { Axis, ChartLayout, ChartModel, LegendItem, Mark, Paint, Pattern } from './types.ts';
import { escapeXml } from '../lib/xml.ts';

/** The site's font stack (see `src/styles/global.css`), for standalone files that have no stylesheet. */
export const FONT_FAMILY =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

const TICK_SIZE = 5;


type AttributeValue = string | number | undefined;

/**
 * ` name="value"` for each defined value, in the order given, so output is stable.
 * Numbers are rounded here too: sums made while writing (tick offsets, gridline ends)
 * would otherwise show float noise such as 8.29000000000002.
 */
function attributes(values: Record<string, AttributeValue>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(typeof value === 'number' ? round(value) : value))}"`)
    .join('');
}

function paint(p: Paint): Record<string, AttributeValue> {
  return { fill: p.fill, stroke: p.stroke, 'stroke-width': p.strokeWidth, 'stroke-dasharray': p.dash };
}

/** An element, with its tooltip as a `<title>` child when it has one. */
function element(name: string, attrs: Record<string, AttributeValue>, content?: string): string {
  return content === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

function tip(text: string | undefined): string | undefined {
  return text === undefined ? undefined : `<title>${escapeXml(text)}</title>`;
}

export function markSvg(mark: Mark): string {
  const common = { class: mark.class, ...paint(mark) };
  switch (mark.type) {
    case 'rect':
      return element('rect', { x: mark.x, y: mark.y, width: mark.width, height: mark.height, ...common }, tip(mark.tip));
    case 'path':
      return element('path', { d: mark.d, ...common }, tip(mark.tip));
    case 'line':
      return element('line', { x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2, ...common }, tip(mark.tip));
    case 'circle':
      return element('circle', { cx: mark.cx, cy: mark.cy, r: mark.r, ...common }, tip(mark.tip));
    case 'text':
      return element(
        'text',
        {
          x: mark.x,
          y: mark.y,
          'text-anchor': mark.anchor,
          'font-size': mark.size,
          'font-weight': mark.bold ? 'bold' : undefined,
          ...common,
          ...(mark.halo ? { class: `${mark.class} chart-halo`, stroke: PAPER, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } : {}),
        },
        // Text says what it says: a tooltip on it would only repeat it.
        escapeXml(mark.text),
      );
  }
}

function patternSvg(pattern: Pattern): string {
  const tile = element('rect', { width: pattern.size, height: pattern.size, fill: pattern.background, class: 'chart-pattern__background' });
  const ink = pattern.d ? element('path', { d: pattern.d, fill: pattern.ink, stroke: pattern.ink, 'stroke-width': 1.5, class: 'chart-pattern__ink' }) : '';
  return element(
    'pattern',
    { id: pattern.id, patternUnits: 'userSpaceOnUse', width: pattern.size, height: pattern.size, class: pattern.class },
    tile + ink,
  );
}

function axisSvg(axis: Axis): string {
  const lines: string[] = [];
  const bottom = axis.orient === 'bottom';
  for (const tick of axis.ticks) {
    if (axis.grid !== undefined) {
      lines.push(
        bottom
          ? element('line', { x1: tick.at, y1: axis.y, x2: tick.at, y2: axis.y - axis.grid, stroke: GRID, class: 'chart-grid' })
          : element('line', { x1: axis.x, y1: tick.at, x2: axis.x + axis.grid, y2: tick.at, stroke: GRID, class: 'chart-grid' }),
      );
    }
  }
  lines.push(
    bottom
      ? element('line', { x1: axis.x, y1: axis.y, x2: axis.x + axis.length, y2: axis.y, stroke: INK, class: 'chart-axis__line' })
      : element('line', { x1: axis.x, y1: axis.y, x2: axis.x, y2: axis.y + axis.length, stroke: INK, class: 'chart-axis__line' }),
  );
  // Labels where the layout step measured them (layout.ts).
  const labels = axisLabels(axis);
  axis.ticks.forEach((tick, i) => {
    const text = labels[i]!;
    lines.push(
      bottom
        ? element('line', { x1: tick.at, y1: axis.y, x2: tick.at, y2: axis.y + TICK_SIZE, stroke: INK, class: 'chart-axis__tick' })
        : element('line', { x1: axis.x - TICK_SIZE, y1: tick.at, x2: axis.x, y2: tick.at, stroke: INK, class: 'chart-axis__tick' }),
    );
    lines.push(element('text', { x: text.x, y: text.y, 'text-anchor': text.anchor, fill: MUTED, class: text.class }, escapeXml(text.text)));
  });
  return element('g', { class: `chart-axis chart-axis--${axis.orient}` }, `\n${lines.join('\n')}\n`);
}

function legendSvg(items: readonly LegendItem[]): string {
  const parts = items.map((item) => {
    const swatchPaint = { class: `chart-legend__swatch ${item.class}`, ...paint(item) };
    const swatch =
      item.swatch === 'circle'
        ? element('circle', { cx: item.x + LEGEND_SWATCH / 2, cy: item.y + LEGEND_SWATCH / 2, r: LEGEND_SWATCH / 2 - 1, ...swatchPaint })
        : element('rect', { x: item.x, y: item.y, width: LEGEND_SWATCH, height: LEGEND_SWATCH, ...swatchPaint });
    const at = legendLabelPosition(item);
    return swatch + element('text', { x: at.x, y: at.y, fill: INK, class: 'chart-text chart-legend__label' }, escapeXml(item.label));
  });
  return element('g', { class: 'chart-legend' }, `\n${parts.join('\n')}\n`);
}

/** Ids of the `<title>` and `<desc>` elements, which name and describe the image. */
export function labelIds(model: Pick<ChartModel, 'id'>): { title: string; desc: string } {
  return { title: `${model.id}-title`, desc: `${model.id}-desc` };
}

/** Everything inside `<svg>` after `<title>` and `<desc>`: patterns, background, axes, marks, legend. */
export function svgBody(model: ChartLayout): string {
  const parts: string[] = [];
  if (model.patterns.length > 0) parts.push(element('defs', {}, model.patterns.map(patternSvg).join('')));
  // The page's stylesheet paints it in the page's background (charts.css); as a file it stays white.
  parts.push(element('rect', { width: model.width, height: model.height, fill: PAPER, class: 'chart-background' }));
  for (const axis of model.axes) parts.push(axisSvg(axis));
  for (const mark of model.marks) parts.push(markSvg(mark));
  if (model.legend.length > 0) parts.push(legendSvg(model.legend));
  return parts.join('\n');
}

/** Attributes of the `<svg>` element of an inline chart. */
export function svgAttributes(model: ChartModel): Record<string, string | number> {
  const ids = labelIds(model);
  return {
    viewBox: model.viewBox,
    role: 'img',
    'aria-labelledby': `${ids.title} ${ids.desc}`,
    'font-size': FONT_SIZE,
    class: `chart__svg chart__svg--${model.kind}`,
  };
}

/** What a downloaded chart says about itself, below the drawing. */
export interface ChartFileMeta {
  /** Where the data comes from, e.g. the site's name and address. */
  source?: string;
  publisher?: string;
  /** Licence of the data, e.g. "CC BY 4.0". */
  licence?: string;
  /** The date of the data when the chart has none of its own (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date?: string;
}

const FILE_PAD = 20;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 15;
const NOTE_SIZE = 13;

/** Lines of text from `y` down, each `size` tall with some leading; returns the markup and the next free y. */
function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs: Record<string, AttributeValue>): { svg: string[]; y: number } {
  const step = Math.round(size * 1.35);
  const svg = lines.map((line, i) => element('text', { x, y: y + size + i * step, 'font-size': size, ...attrs }, escapeXml(line)));
  return { svg, y: y + lines.length * step };
}

/**
 * A standalone SVG document, as served at `/charts/<name>.svg`: the wide layout on a
 * solid background, headed by its title and description and footed by its source,
 * publisher, date and licence, so that a copy taken anywhere still says what it is.
 */
export function renderSvg(chart: ChartModel, meta: ChartFileMeta = {}): string {
  const model = wideModel(chart);
  const t = chartTranslator(model.locale);
  // Named by the chart's own id: the file holds one drawing.
  const ids = labelIds(chart);
  const inner = model.width;
  const width = inner + 2 * FILE_PAD;
  const title = textBlock(wrapText(model.title, inner, TITLE_SIZE, true), FILE_PAD, FILE_PAD - 4, TITLE_SIZE, { 'font-weight': 'bold', fill: INK, class: 'chart-file__title' });
  const subtitle = textBlock(wrapText(model.description, inner, SUBTITLE_SIZE), FILE_PAD, title.y + 4, SUBTITLE_SIZE, { fill: MUTED, class: 'chart-file__subtitle' });
  const chartTop = subtitle.y + 16;
  const date = model.asOf ?? meta.date;
  const notes = [
    meta.source ? t('chart.file.source', { source: meta.source }) : undefined,
    meta.publisher ? t('chart.file.publisher', { publisher: meta.publisher }) : undefined,
    date ? t('chart.file.date', { date: formatDate(date, model.locale) }) : undefined,
    meta.licence ? t('chart.file.licence', { licence: meta.licence }) : undefined,
  ].filter((note): note is string => note !== undefined);
  const footer = textBlock(
    notes.flatMap((note) => wrapText(note, inner, NOTE_SIZE)),
    FILE_PAD,
    chartTop + model.height + 12,
    NOTE_SIZE,
    { fill: MUTED, class: 'chart-file__note' },
  );
  const height = footer.y + FILE_PAD;
  const open = `<svg${attributes({
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${round(width)} ${round(height)}`,
    role: 'img',
    'aria-labelledby': `${ids.title} ${ids.desc}`,
    'font-size': FONT_SIZE,
    'font-family': FONT_FAMILY,
    class: `chart__svg chart__svg--${model.kind}`,
  })}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    open,
    element('title', { id: ids.title }, escapeXml(model.title)),
    element('desc', { id: ids.desc }, escapeXml(model.description)),
    element('rect', { width, height, fill: PAPER, class: 'chart-file__background' }),
    ...title.svg,
    ...subtitle.svg,
    element('g', { transform: `translate(${FILE_PAD} ${round(chartTop)})` }, `\n${svgBody(model)}\n`),
    ...footer.svg,
    '</svg>',
    '',
  ].join('\n');
}
