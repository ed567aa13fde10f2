/** With nothing to draw, every chart says so in a figure of its own rather than throwing or drawing a blank. */
import { describe, expect, test } from 'vitest';
import { renderSvg } from '../../src/charts/index.ts';
import { CASES } from './cases.ts';

describe('no data', () => {
  for (const { name, drawEmpty } of CASES) {
    test(`${name} draws the "no data" figure`, () => {
      const zh = drawEmpty({ id: name, locale: 'zh-Hans' });
      const en = drawEmpty({ id: name, locale: 'en' });
      expect(zh.empty).toBe(true);
      expect(zh.kind).toBe(CASES.find((c) => c.name === name)!.draw({ id: name, locale: 'zh-Hans' }).kind);
      expect(zh.marks.filter((m) => m.type === 'text').map((m) => m.type === 'text' && m.text)).toEqual(['暂无数据']);
      expect(en.marks.filter((m) => m.type === 'text').map((m) => m.type === 'text' && m.text)).toEqual(['No data']);
      expect(zh.description).toBe('暂无数据：还没有可以画成图的内容。');
      expect(zh.table.rows).toEqual([]);
      expect(renderSvg(zh)).toContain('>暂无数据</text>');
    });
  }
});
