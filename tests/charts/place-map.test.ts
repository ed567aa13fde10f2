/** The map of places: boundaries drawn in place, dots sized by count, every place labelled and in the table. */
import { describe, expect, test } from 'vitest';
import { placeMap } from '../../src/charts/index.ts';
import { areaPlaces, dotPlaces } from './fixtures.ts';
import { marksOf } from './marks.ts';

/** The bounding box of an SVG path made of M/L/Z commands with absolute coordinates. */
function bounds(d: string): [number, number, number, number] {
  const numbers = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = numbers.map((p) => p[0]);
  const ys = numbers.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('placeMap from boundaries', () => {
  const model = placeMap(areaPlaces, { id: 'pm', locale: 'zh-Hans' });
  const areas = marksOf(model, 'path', 'chart-area');

  test('draws each place as its own shape inside the drawing, not as the world around it', () => {
    // GeoJSON rings run anticlockwise; drawn unwound, d3 would fill everything but the place.
    expect(areas).toHaveLength(2);
    const [east, west] = areas.map((a) => bounds(a.d));
    for (const [x0, y0, x1, y1] of [east!, west!]) {
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(model.width);
      expect(y1).toBeLessThanOrEqual(model.height);
      expect(x1 - x0).toBeLessThan(model.width / 2 + 1);
    }
    // 西区 lies west of 东区.
    expect(west![2]).toBeCloseTo(east![0], 1);
  });

  test('shades the busier place darker and labels both with name and count', () => {
    expect(areas[0]!.fill).not.toBe(areas[1]!.fill);
    expect(marksOf(model, 'text', 'chart-label').map((l) => l.text)).toEqual(['东区 12 项', '西区 3 项']);
    expect(marksOf(model, 'text', 'chart-note')[0]!.text).toBe('颜色越深，项目越多');
  });
});

describe('placeMap from centres', () => {
  const model = placeMap(dotPlaces, { id: 'pm', locale: 'zh-Hans' });
  const dots = marksOf(model, 'circle', 'chart-dot');

  test('sizes dots so that their areas follow the counts, largest drawn first', () => {
    expect(dots.map((d) => d.tip)).toEqual(['东区 12 项', '西区 3 项', '湖畔街道 1 项']);
    const ratio = (dots[0]!.r / dots[1]!.r) ** 2;
    expect(ratio).toBeCloseTo(12 / 3, 1);
  });

  test('puts north up and east right', () => {
    const [dongqu, xiqu, hupan] = dots;
    expect(dongqu!.cx).toBeGreaterThan(xiqu!.cx);
    expect(hupan!.cy).toBeLessThan(xiqu!.cy);
  });

  test('keeps a place without a location in the table only', () => {
    expect(model.table.rows.map((r) => r.place!.text)).toEqual(['东区', '西区', '湖畔街道', '未定位']);
    expect(marksOf(model, 'text', 'chart-label').some((l) => l.text.startsWith('未定位'))).toBe(false);
  });

  test('centres a single place instead of failing to fit a point', () => {
    const one = placeMap([dotPlaces[0]!], { id: 'pm', locale: 'en' });
    const [dot] = marksOf(one, 'circle', 'chart-dot');
    expect([dot!.cx, Number.isFinite(dot!.cy)]).toEqual([one.width / 2, true]);
  });
});
