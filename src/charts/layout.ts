/**
 * The layout step every chart goes through (from `chartModel`): text boxes measured with
 * the fonts' metrics, then each label placed where it overlaps no other text, crosses no
 * axis line and stays on the drawing. A label tries its own position, then each of its
 * alternatives; when none is free it is left out of the drawing (the data table keeps
 * it), never cut short. Lines that only mark a moment (the "today" rule) give way:
 * they are broken where a label lies across them.
 */
import { FONT_SIZE, LEGEND_SWATCH, legendLabelPosition } from './common.ts';
import { ASCENT, DESCENT, measureText } from './text.ts';
import type { Axis, LegendItem, LineMark, Mark, TextMark, Tick } from './types.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a text mark may go instead of where it is. */
export interface TextPosition {
  x: number;
  y: number;
  anchor: TextMark['anchor'];
}

/** Room kept clear around every text box. */
const CLEARANCE = 1;
const TICK_SIZE = 5;

export function textBox(mark: Pick<TextMark, 'x' | 'y' | 'text' | 'anchor' | 'size' | 'bold'>): Box {
  const size = mark.size ?? FONT_SIZE;
  const width = measureText(mark.text, size, mark.bold);
  const left = mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - width : mark.x - width / 2;
  return { left, right: left + width, top: mark.y - ASCENT * size, bottom: mark.y + DESCENT * size };
}

export function boxesOverlap(a: Box, b: Box, clearance = CLEARANCE): boolean {
  return a.left < b.right + clearance && b.left < a.right + clearance && a.top < b.bottom + clearance && b.top < a.bottom + clearance;
}

/** Whether the segment crosses the box (Liang–Barsky clipping). */
export function segmentHitsBox(line: Pick<LineMark, 'x1' | 'y1' | 'x2' | 'y2'>, box: Box, clearance = CLEARANCE): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  const edges: [number, number][] = [
    [-dx, line.x1 - (box.left - clearance)],
    [dx, box.right + clearance - line.x1],
    [-dy, line.y1 - (box.top - clearance)],
    [dy, box.bottom + clearance - line.y1],
  ];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The tick labels of an axis as text marks: where the SVG writer puts them. */
export function axisLabels(axis: Axis): TextMark[] {
  return axis.ticks.map((tick) =>
    axis.orient === 'bottom'
      ? { type: 'text', x: tick.at, y: axis.y + TICK_SIZE + FONT_SIZE + 3, text: tick.label, anchor: tick.anchor ?? 'middle', class: 'chart-text chart-axis__label' }
      : { type: 'text', x: axis.x - TICK_SIZE - 3, y: tick.at + FONT_SIZE / 3, text: tick.label, anchor: 'end', class: 'chart-text chart-axis__label' },
  );
}

/**
 * Room kept between the labels of two axes meeting at a corner, in ems: browsers give CJK
 * text a taller box (ascent and descent of about 1.16 and 0.29 em) than {@link textBox}
 * assumes, and the "0%" of a left axis sits just above the first date of a bottom one.
 */
const CORNER_CLEARANCE = 0.4;

/**
 * The axes with every bottom tick label that would meet a left axis's labels moved clear:
 * set from its tick rightwards when that is free of the left labels and of its
 * neighbours, else left out (with its tick). The left axis's labels stay as they are.
 */
export function clearAxisCorners(axes: readonly Axis[], width: number): Axis[] {
  const leftLabels = axes.filter((axis) => axis.orient === 'left').flatMap(axisLabels).map(textBox);
  if (leftLabels.length === 0) return [...axes];
  const meetsLeft = (box: Box) => leftLabels.some((other) => boxesOverlap(box, other, CORNER_CLEARANCE * FONT_SIZE));
  return axes.map((axis) => {
    if (axis.orient !== 'bottom') return axis;
    const boxes = axisLabels(axis).map(textBox);
    if (!boxes.some(meetsLeft)) return axis;
    const ticks = axis.ticks.flatMap((tick, i): Tick[] => {
      if (!meetsLeft(boxes[i]!)) return [tick];
      const moved = { ...tick, anchor: 'start' as const };
      const box = textBox(axisLabels({ ...axis, ticks: [moved] })[0]!);
      const clear = !meetsLeft(box) && box.right <= width && boxes.every((other, j) => j === i || !boxesOverlap(box, other, 8));
      return clear ? [moved] : [];
    });
    return { ...axis, ticks };
  });
}

function padded(box: Box, vertical: number): Box {
  return { ...box, top: box.top - vertical, bottom: box.bottom + vertical };
}

/** The line of an axis, which no text may cross. */
export function axisLine(axis: Axis): Pick<LineMark, 'x1' | 'y1' | 'x2' | 'y2'> {
  return axis.orient === 'bottom'
    ? { x1: axis.x, y1: axis.y, x2: axis.x + axis.length, y2: axis.y }
    : { x1: axis.x, y1: axis.y, x2: axis.x, y2: axis.y + axis.length };
}

/** The boxes a legend fills: each swatch and its name. */
export function legendBoxes(items: readonly LegendItem[]): Box[] {
  return items.flatMap((item) => {
    const at = legendLabelPosition(item);
    return [
      { left: item.x, top: item.y, right: item.x + LEGEND_SWATCH, bottom: item.y + LEGEND_SWATCH },
      textBox({ x: at.x, y: at.y, text: item.label, anchor: 'start' }),
    ];
  });
}

const hasClass = (mark: Mark, name: string) => mark.class.split(' ').includes(name);

/** Lines no text may cross: axis lines and the baselines bars stand on. */
function barriers(axes: readonly Axis[], marks: readonly Mark[]): Pick<LineMark, 'x1' | 'y1' | 'x2' | 'y2'>[] {
  return [...axes.map(axisLine), ...marks.filter((m): m is LineMark => m.type === 'line' && hasClass(m, 'chart-baseline'))];
}

export interface Drawing {
  width: number;
  height: number;
  axes: readonly Axis[];
  marks: readonly Mark[];
  legend: readonly LegendItem[];
}

/** A text mark as a chart function gives it: with places to try and a group to move with. */
export type PlacedText = TextMark & {
  alternatives?: TextPosition[];
  /** Marks of one group move together (to the same alternative) or are left out together. */
  group?: string;
  /** Higher goes first and so gets the best place; 0 when absent. */
  priority?: number;
};

/** The marks with every label placed or left out, and the lines that give way broken around the labels. */
export function placeLabels(drawing: Drawing): Mark[] {
  const inside = (box: Box) => box.left >= -0.5 && box.top >= -0.5 && box.right <= drawing.width + 0.5 && box.bottom <= drawing.height + 0.5;
  const lines = barriers(drawing.axes, drawing.marks);
  // Axis labels are given the corner's extra room above and below: a label set just above
  // or below a tick label reads as part of the axis, and browsers' CJK boxes are taller.
  const taken: Box[] = [...drawing.axes.flatMap(axisLabels).map((mark) => padded(textBox(mark), CORNER_CLEARANCE * (mark.size ?? FONT_SIZE))), ...legendBoxes(drawing.legend)];
  const free = (box: Box) => inside(box) && !taken.some((other) => boxesOverlap(box, other)) && !lines.some((line) => segmentHitsBox(line, box));

  const texts = drawing.marks.map((mark, index) => ({ mark, index })).filter((m): m is { mark: PlacedText; index: number } => m.mark.type === 'text');
  const groups = new Map<string, { mark: PlacedText; index: number }[]>();
  for (const entry of texts) {
    const key = entry.mark.group ?? `#${entry.index}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const ordered = [...groups.values()].sort((a, b) => (b[0]!.mark.priority ?? 0) - (a[0]!.mark.priority ?? 0));

  const placed = new Map<number, TextMark>();
  for (const members of ordered) {
    const tries = Math.max(...members.map((m) => (m.mark.alternatives?.length ?? 0) + 1));
    for (let k = 0; k < tries; k++) {
      const candidates = members.map(({ mark }) => {
        const { alternatives, group, priority, avoid, ...text } = mark;
        const position = k === 0 ? undefined : alternatives?.[k - 1];
        return position ? { ...text, ...position } : k === 0 ? text : undefined;
      });
      if (candidates.some((c) => c === undefined)) continue;
      const boxes = candidates.map((c) => textBox(c!));
      const clash = boxes.some(
        (box, i) =>
          !free(box) ||
          boxes.some((other, j) => j < i && boxesOverlap(box, other)) ||
          (members[i]!.mark.avoid ?? []).some((segment) => segmentHitsBox(segment, box)),
      );
      if (clash) continue;
      taken.push(...boxes);
      members.forEach((m, i) => placed.set(m.index, candidates[i]!));
      break;
    }
  }

  const labelBoxes = [...placed.values()].map(textBox);
  return drawing.marks.flatMap((mark, index): Mark[] => {
    if (mark.type === 'text') return placed.has(index) ? [placed.get(index)!] : [];
    if (mark.type === 'line' && hasClass(mark, 'chart-today')) return breakAround(mark, labelBoxes);
    return [mark];
  });
}

/** A vertical line cut into the pieces between the boxes lying across it. */
function breakAround(line: LineMark, boxes: readonly Box[]): LineMark[] {
  const gap = 3;
  const top = Math.min(line.y1, line.y2);
  const bottom = Math.max(line.y1, line.y2);
  const cuts = boxes
    .filter((box) => segmentHitsBox(line, box, 0))
    .map((box) => [Math.max(top, box.top - gap), Math.min(bottom, box.bottom + gap)] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces: LineMark[] = [];
  let from = top;
  for (const [start, end] of cuts) {
    if (start > from) pieces.push({ ...line, y1: from, y2: start });
    from = Math.max(from, end);
  }
  if (bottom > from) pieces.push({ ...line, y1: from, y2: bottom });
  return pieces;
}

/**
 * What the layout rules forbid, found in a finished drawing: pairs of text boxes that
 * overlap, text across an axis line or a baseline, text off the drawing. Empty when the
 * drawing is clean; the tests hold every chart to it.
 */
export function layoutProblems(drawing: Drawing): string[] {
  const texts = [
    ...drawing.axes.flatMap(axisLabels).map((m) => ({ text: m.text, box: textBox(m) })),
    ...drawing.legend.map((item) => ({ text: item.label, box: legendBoxes([item])[1]! })),
    ...drawing.marks.filter((m): m is TextMark => m.type === 'text').map((m) => ({ text: m.text, box: textBox(m) })),
  ];
  const problems: string[] = [];
  texts.forEach((a, i) => {
    texts.slice(i + 1).forEach((b) => {
      if (boxesOverlap(a.box, b.box, 0)) problems.push(`"${a.text}" overlaps "${b.text}"`);
    });
    if (a.box.left < -0.5 || a.box.top < -0.5 || a.box.right > drawing.width + 0.5 || a.box.bottom > drawing.height + 0.5) problems.push(`"${a.text}" runs off the drawing`);
    for (const line of barriers(drawing.axes, drawing.marks)) if (segmentHitsBox(line, a.box, 0)) problems.push(`"${a.text}" crosses an axis line`);
    for (const line of drawing.marks.filter((m): m is LineMark => m.type === 'line' && hasClass(m, 'chart-today'))) {
      if (segmentHitsBox(line, a.box, 0)) problems.push(`"${a.text}" is cut by the today line`);
    }
  });
  return problems;
}
