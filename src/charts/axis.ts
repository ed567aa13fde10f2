/** Axes of linear scales (counts, percents, money), and the spacing of tick labels. Time axes are in `time.ts`. */
import type { ScaleLinear } from 'd3-scale';
import { LINE_HEIGHT, textWidth } from './common.ts';
import type { Axis, Tick } from './types.ts';

/** Keeps every other tick until no two labels on a bottom axis overlap. */
export function thinTicks(ticks: readonly Tick[], gap = 8): Tick[] {
  let kept = [...ticks];
  const overlaps = (list: Tick[]) =>
    list.some((tick, i) => i > 0 && tick.at - list[i - 1]!.at < (textWidth(tick.label) + textWidth(list[i - 1]!.label)) / 2 + gap);
  while (kept.length > 1 && overlaps(kept)) kept = kept.filter((_, i) => i % 2 === 0);
  return kept;
}

export interface LinearAxisOptions {
  orient: Axis['orient'];
  /** Where the axis line is: x of a left axis, y of a bottom one. */
  at: number;
  format: (value: number) => string;
  /** Length of the gridlines across the plot; none when absent. */
  grid?: number;
  /** Leave out fractional ticks, for counts of projects. */
  integer?: boolean;
  count?: number;
}

export function linearAxis(scale: ScaleLinear<number, number>, options: LinearAxisOptions): Axis {
  const [r0, r1] = scale.range() as [number, number];
  const start = Math.min(r0, r1);
  const length = Math.abs(r1 - r0);
  const values = scale.ticks(options.count ?? Math.max(2, Math.floor(length / (options.orient === 'left' ? 40 : 80))));
  const ticks = values
    .filter((value) => !options.integer || Number.isInteger(value))
    .map((value) => ({ at: scale(value), label: options.format(value), value }));
  // Labels on a left axis stack up: each needs a line's height.
  const gap = ticks.length > 1 ? Math.abs(ticks[1]!.at - ticks[0]!.at) : Infinity;
  const every = Math.ceil(LINE_HEIGHT / gap);
  const spaced = options.orient === 'bottom' ? thinTicks(ticks) : ticks.filter((_, i) => i % every === 0);
  const [d0, d1] = scale.domain() as [number, number];
  return {
    orient: options.orient,
    x: options.orient === 'left' ? options.at : start,
    y: options.orient === 'left' ? start : options.at,
    length,
    ticks: spaced,
    domain: [d0, d1],
    ...(options.grid !== undefined ? { grid: options.grid } : {}),
  };
}
