/**
 * Every chart's standalone SVG pinned as a file, from the shared fixtures: a change
 * to any chart shows up as a reviewable diff of markup (and opens in a browser).
 * Update on purpose with `npx vitest run tests/charts -u`.
 */
import { describe, expect, test } from 'vitest';
import { renderSvg } from '../../src/charts/index.ts';
import { CASES } from './cases.ts';

describe('chart snapshots', () => {
  for (const { name, draw } of CASES) {
    test(`${name} (zh-Hans)`, async () => {
      await expect(renderSvg(draw({ id: name, locale: 'zh-Hans' }))).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
    });
  }

  // Every chart draws the same "no data" figure (see empty.test.ts); one file pins it.
  test('no data', async () => {
    const { drawEmpty } = CASES.find((c) => c.name === 'status-breakdown')!;
    await expect(renderSvg(drawEmpty({ id: 'no-data', locale: 'zh-Hans' }))).toMatchFileSnapshot('./__snapshots__/no-data.svg');
  });

  // English moves every label: the longer words must fit as well as the Chinese ones.
  for (const name of ['progress-history', 'status-breakdown', 'planned-periods', 'trend']) {
    test(`${name} (en)`, async () => {
      const { draw } = CASES.find((c) => c.name === name)!;
      await expect(renderSvg(draw({ id: name, locale: 'en' }))).toMatchFileSnapshot(`./__snapshots__/${name}.en.svg`);
    });
  }
});
