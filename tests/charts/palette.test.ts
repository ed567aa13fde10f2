/** Colours: readable text on any fill, contrast computed as WCAG defines it, theme colours taken from content. */
import { describe, expect, test } from 'vitest';
import { contrast, luminance, SERIES, seriesColor, STATUS_STYLES, textOn } from '../../src/charts/palette.ts';

describe('palette', () => {
  test('computes contrast as WCAG does', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('picks black or white text at 4.5:1 or better on every fill', () => {
    const greys = Array.from({ length: 256 }, (_, i) => `#${i.toString(16).padStart(2, '0').repeat(3)}`);
    const fills = [...SERIES, ...Object.values(STATUS_STYLES).map((s) => s.background), ...greys];
    for (const fill of fills) expect(contrast(textOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });

  test('takes a theme colour from content, else the palette in turn', () => {
    expect(seriesColor(0, '#123456')).toBe('#123456');
    expect(seriesColor(1)).toBe(SERIES[1]);
    expect(seriesColor(SERIES.length)).toBe(SERIES[0]);
  });
});
