/**
 * The phases a publish without Astro logs itself, read from its output lines by the bench.
 */
import { describe, expect, it } from 'vitest';
import { publishPhase } from '../../bench/run.ts';

describe('a logged publish phase', () => {
  it('is read from "publish: <step> in <n> ms", its counts written "#" so that sizes compare', () => {
    expect(publishPhase('publish: content checked in 500 ms')).toEqual({ phase: 'content checked', ms: 500, step: 'content checked' });
    expect(publishPhase('publish: 1222 pages compared, 46 changed in 1221 ms')).toEqual({ phase: '# pages compared, # changed', ms: 1221, step: '1222 pages compared, 46 changed' });
    expect(publishPhase('publish: 46 pages rendered in 1113 ms')).toEqual({ phase: '# pages rendered', ms: 1113, step: '46 pages rendered' });
  });

  it('takes a prefix before it, a fraction, and no "in" or space before "ms"', () => {
    expect(publishPhase('12:00:01 [minsheng] publish: search shards in 95.5 ms')).toMatchObject({ phase: 'search shards', ms: 95.5 });
    expect(publishPhase('publish: write   20ms  ')).toMatchObject({ phase: 'write', ms: 20 });
  });

  it('is not any other line', () => {
    for (const line of ['publish: render', 'published 3 pages in 20 ms', 'prepublish: render in 20 ms', '[build] 57 page(s) built in 1840ms', 'publish: 20 ms']) {
      expect(publishPhase(line), line).toBeUndefined();
    }
  });
});
