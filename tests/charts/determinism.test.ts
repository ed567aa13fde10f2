/** The same input gives the same bytes: no clock, no random ids, no time zone, numbers rounded. */
import { afterEach, describe, expect, test } from 'vitest';
import { renderSvg, toCsv } from '../../src/charts/index.ts';
import { CASES } from './cases.ts';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('determinism', () => {
  for (const { name, draw } of CASES) {
    test(`${name} renders byte-identical twice, in any time zone`, () => {
      process.env.TZ = 'Asia/Shanghai';
      const first = renderSvg(draw({ id: name, locale: 'zh-Hans' }));
      process.env.TZ = 'America/Los_Angeles';
      const second = renderSvg(draw({ id: name, locale: 'zh-Hans' }));
      expect(second).toBe(first);
      expect(toCsv(draw({ id: name, locale: 'zh-Hans' }))).toBe(toCsv(draw({ id: name, locale: 'zh-Hans' })));
    });

    test(`${name} writes no number with more than two decimals`, () => {
      const svg = renderSvg(draw({ id: name, locale: 'zh-Hans' }));
      expect(svg.match(/\d\.\d{3,}/g)).toBeNull();
    });

    test(`${name} derives every id from the given prefix`, () => {
      const svg = renderSvg(draw({ id: `page-${name}`, locale: 'zh-Hans' }));
      const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`page-${name}-`)).toBe(true);
      for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    });
  }
});
