/**
 * The layout step every chart shares: text measured with the fonts' metrics, labels that
 * never overlap each other or cross an axis line (moved, or left out, never cut short),
 * the narrow and wide layouts, and the downloadable file's title, source and date.
 */
import { describe, expect, test } from 'vitest';
import { layoutProblems, renderSvg, wideModel, type ChartModel, type Mark } from '../../src/charts/index.ts';
import { FONT_SIZE, NARROW_WIDTH, WIDE_WIDTH } from '../../src/charts/common.ts';
import { placeLabels, textBox } from '../../src/charts/layout.ts';
import { measureText, wrapText } from '../../src/charts/text.ts';
import { CASES } from './cases.ts';

describe('text measurement', () => {
  test('sets Han characters and full-width punctuation one em wide, Latin narrower by its letters', () => {
    expect(measureText('进度记录', 15)).toBe(60);
    expect(measureText('（）', 10)).toBe(20);
    expect(measureText('100%', 10)).toBeCloseTo(3 * 6.4 + 9.6, 5);
    expect(measureText('iii', 10)).toBeLessThan(measureText('mmm', 10));
    expect(measureText('Total', 15, true)).toBeGreaterThan(measureText('Total', 15));
  });

  test('wraps Chinese between characters and English between words, never cutting a word', () => {
    expect(wrapText('新建市第一人民医院门诊楼', 90, 15)).toEqual(['新建市第一人', '民医院门诊楼']);
    const english = wrapText('Outpatient building of the first hospital', 150, 15);
    expect(english.length).toBeGreaterThan(1);
    expect(english.join(' ')).toBe('Outpatient building of the first hospital');
    for (const line of wrapText('Outpatient building of the first hospital', 150, 15)) expect(measureText(line, 15)).toBeLessThanOrEqual(150);
    // Closing punctuation stays with the character before it.
    expect(wrapText('一二三，四五', 45, 15)).toEqual(['一二', '三，四', '五']);
  });
});

describe('placing labels', () => {
  const text = (x: number, y: number, value: string, extra: object = {}): Mark => ({ type: 'text', x, y, text: value, anchor: 'middle', class: 'chart-text', ...extra });

  test('moves a label that would overlap another to its first free alternative', () => {
    const marks = placeLabels({
      width: 200,
      height: 100,
      axes: [],
      legend: [],
      marks: [text(100, 40, '95%'), text(100, 42, '80%', { alternatives: [{ x: 100, y: 70, anchor: 'middle' }] })],
    });
    expect(marks.map((m) => (m.type === 'text' ? [m.text, m.y] : []))).toEqual([['95%', 40], ['80%', 70]]);
    expect(marks.some((m) => 'alternatives' in m)).toBe(false);
  });

  test('leaves out a label with no free place rather than cutting it short', () => {
    const marks = placeLabels({ width: 200, height: 100, axes: [], legend: [], marks: [text(100, 40, '95%'), text(100, 42, '80%')] });
    expect(marks.map((m) => (m.type === 'text' ? m.text : ''))).toEqual(['95%']);
  });

  test('keeps text off axis lines and off the drawing', () => {
    const axis = { orient: 'left' as const, x: 50, y: 0, length: 100, ticks: [], domain: [0, 1] as [number, number] };
    const marks = placeLabels({
      width: 200,
      height: 100,
      axes: [axis],
      legend: [],
      marks: [text(50, 50, '跨轴'), text(198, 50, '出界'), text(120, 50, '留下')],
    });
    expect(marks.map((m) => (m.type === 'text' ? m.text : ''))).toEqual(['留下']);
  });

  test('places labels of higher priority first', () => {
    const marks = placeLabels({ width: 200, height: 100, axes: [], legend: [], marks: [text(100, 40, '甲'), text(100, 40, '乙', { priority: 1 })] });
    expect(marks.map((m) => (m.type === 'text' ? m.text : ''))).toEqual(['乙']);
  });

  test('breaks the today line where a label lies across it', () => {
    const today: Mark = { type: 'line', x1: 100, y1: 0, x2: 100, y2: 100, class: 'chart-today' };
    const marks = placeLabels({ width: 200, height: 100, axes: [], legend: [], marks: [today, text(100, 50, '竣工验收')] });
    const pieces = marks.filter((m) => m.type === 'line');
    expect(pieces).toHaveLength(2);
    const box = textBox({ x: 100, y: 50, text: '竣工验收', anchor: 'middle' });
    for (const piece of pieces) expect(piece.type === 'line' && (piece.y2 <= box.top || piece.y1 >= box.bottom)).toBe(true);
  });
});

describe('every chart, narrow and wide, in Chinese and English', () => {
  const layouts = (model: ChartModel) => [model, wideModel(model)];
  for (const { name, draw } of CASES) {
    for (const locale of ['zh-Hans', 'en'] as const) {
      const model = draw({ id: name, locale });
      test(`${name} (${locale}): no text overlaps other text, crosses an axis line or leaves the drawing`, () => {
        for (const layout of layouts(model)) expect(layoutProblems(layout)).toEqual([]);
      });
    }

    test(`${name} is laid out at ${NARROW_WIDTH} and ${WIDE_WIDTH} units, with ids of its own in each`, () => {
      const model = draw({ id: name, locale: 'zh-Hans' });
      expect(model.width).toBe(NARROW_WIDTH);
      expect(model.wide!.width).toBe(WIDE_WIDTH);
      expect(model.wide!.id).toBe(`${name}-wide`);
      expect(JSON.stringify(model.wide)).not.toMatch(new RegExp(`#${name}-status`));
    });
  }

  test('text shows at 13 px or more on a 360 px phone and near body size on a desktop', () => {
    // 360 px less the page's 1rem margins; the wide drawing at most 42rem.
    expect((FONT_SIZE * (360 - 32)) / NARROW_WIDTH).toBeGreaterThanOrEqual(13);
    expect((FONT_SIZE * 42 * 16) / WIDE_WIDTH).toBeLessThanOrEqual(1.15 * 16);
  });
});

describe('the downloadable file', () => {
  const { draw } = CASES.find((c) => c.name === 'progress-history')!;
  const svg = renderSvg(draw({ id: 'ph', locale: 'zh-Hans' }), { source: '平湖民生 https://example.org', publisher: '平湖市人民政府', licence: 'CC BY 4.0', date: '2024-01-01' });

  test('is headed by the title and the description, on a solid background', () => {
    expect(svg).toMatch(/<rect width="[\d.]+" height="[\d.]+" fill="#ffffff" class="chart-file__background"\/>/);
    expect(svg).toContain('class="chart-file__title">进度记录</text>');
    expect(svg).toContain('class="chart-file__subtitle">共 5 次记录');
  });

  test('names its source, publisher, licence, and the date of its data rather than a build day', () => {
    expect(svg).toContain('来源：平湖民生 https://example.org');
    expect(svg).toContain('发布：平湖市人民政府');
    expect(svg).toContain('许可：CC BY 4.0');
    // The history's last record, not the date given for charts without one.
    expect(svg).toContain('数据更新至：2023年5月20日');
  });

  test('draws the wide layout', () => {
    expect(svg).toContain('ph-wide-status-completed');
  });
});
