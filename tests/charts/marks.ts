/** Picking marks out of a chart model, and checking lengths against data, for the structural tests. */
import { expect } from 'vitest';
import type { ChartModel, CircleMark, LineMark, Mark, PathMark, RectMark, TextMark } from '../../src/charts/index.ts';

type ByType = { rect: RectMark; text: TextMark; circle: CircleMark; line: LineMark; path: PathMark };

export function marksOf<T extends keyof ByType>(model: ChartModel, type: T, className: string): ByType[T][] {
  return model.marks.filter((m: Mark): m is ByType[T] => m.type === type && m.class.split(' ').includes(className));
}

/**
 * Lengths in proportion to values: each length over its value equals the first one's,
 * within what rounding every number to two decimals can add (0.005 on each length).
 */
export function expectProportional(lengths: readonly number[], values: readonly number[]): void {
  expect(lengths).toHaveLength(values.length);
  const unit = lengths[0]! / values[0]!;
  lengths.forEach((length, i) => {
    const slack = 0.005 * (1 + values[i]! / values[0]!) + 1e-9;
    expect(Math.abs(length - values[i]! * unit)).toBeLessThanOrEqual(slack);
  });
}
