/**
 * What WCAG 2.2 AA asks of the charts that can be checked without a browser: a name and
 * a description, text of 12 units or more at 4.5:1, no status told by colour alone,
 * no inline style or script (the site's CSP forbids them), and a drawing that scales.
 */
import { describe, expect, test } from 'vitest';
import { renderSvg, svgAttributes, type TextMark } from '../../src/charts/index.ts';
import { MIN_FONT_SIZE } from '../../src/charts/common.ts';
import { contrast, GRID, INK, MUTED, PAPER, STATUS_STYLES } from '../../src/charts/palette.ts';
import { STATUSES } from '../../src/schemas/common.ts';
import { CASES } from './cases.ts';

describe('accessibility', () => {
  for (const { name, draw } of CASES) {
    const model = draw({ id: name, locale: 'zh-Hans' });
    const svg = renderSvg(model);

    test(`${name} is an image named by its title and described by its summary`, () => {
      expect(svg).toContain(`role="img" aria-labelledby="${name}-title ${name}-desc"`);
      expect(svg).toContain(`<title id="${name}-title">${model.title}</title>`);
      expect(svg).toContain(`<desc id="${name}-desc">`);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(model.description.length).toBeGreaterThan(10);
    });

    test(`${name} has no inline style or script`, () => {
      expect(svg).not.toMatch(/\sstyle=|<style|<script|\son[a-z]+=/i);
    });

    test(`${name} writes text of at least ${MIN_FONT_SIZE} units, at 4.5:1 on its background`, () => {
      const texts = model.marks.filter((m): m is TextMark => m.type === 'text');
      for (const text of texts) expect(text.size ?? 15).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
      // Text on tiles is checked against its tile (treemap tests); haloed text sits on its white halo.
      for (const text of texts.filter((t) => !t.class.includes('chart-tile__label'))) {
        expect(contrast(text.fill!, PAPER)).toBeGreaterThanOrEqual(4.5);
      }
      expect(svg).not.toMatch(/font-size="([0-9]|1[01])(\.\d+)?"/);
    });

    test(`${name} scales inline: a viewBox and no fixed size`, () => {
      const attributes = svgAttributes(model);
      expect(attributes.viewBox).toBe(`0 0 ${model.width} ${model.height}`);
      expect(attributes).not.toHaveProperty('width');
      expect(attributes).not.toHaveProperty('height');
      expect(model.width).toBeLessThanOrEqual(400);
    });
  }

  test('axis and note text and outlines are dark enough', () => {
    expect(contrast(MUTED, PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(INK, PAPER)).toBeGreaterThanOrEqual(4.5);
    // Gridlines are decoration: light on purpose.
    expect(contrast(GRID, PAPER)).toBeLessThan(3);
  });

  test('every status has its own texture and symbol, not only its own colour', () => {
    const looks = STATUSES.map((s) => `${STATUS_STYLES[s].texture}${STATUS_STYLES[s].dash ?? ''}`);
    expect(new Set(looks).size).toBe(STATUSES.length);
    expect(new Set(STATUSES.map((s) => STATUS_STYLES[s].symbol)).size).toBe(STATUSES.length);
  });

  test('texture lines stand out from their background', () => {
    for (const status of STATUSES) {
      const { ink, background, texture } = STATUS_STYLES[status];
      if (texture !== 'solid' && texture !== 'plain') expect(contrast(ink, background)).toBeGreaterThanOrEqual(3);
    }
  });
});
