/**
 * The profile summary that says where a build's CPU time goes: self time by package,
 * by page bundle and by function.
 */
import { describe, expect, it } from 'vitest';
import { owner, summarise } from '../../bench/profile.ts';

describe('the owner of a profiled function', () => {
  it('is the package for code in node_modules, scoped packages included', () => {
    expect(owner('file:///work/main/node_modules/opencc-js/dist/esm/full.js', 'convert')).toBe('opencc-js');
    expect(owner('file:///work/main/node_modules/@astrojs/markdown-remark/dist/index.js', 'x')).toBe('@astrojs/markdown-remark');
  });

  it('is the module a page bundle chunk is named after', () => {
    expect(owner('file:///tmp/b/site/.astro/.prerender/chunks/feed_DWYCY21d.mjs', 'zoneOffset')).toBe('page bundle: feed');
    expect(owner('file:///tmp/b/site/.astro/.prerender/prerender-entry.KFQGjQ1W.mjs', 'x')).toBe('page bundle: prerender-entry');
  });

  it("is the project's file, Node's built-ins or V8's own category otherwise", () => {
    expect(owner('file:///tmp/b/site/src/i18n/convert.ts', 'convertPage')).toBe('src/i18n/convert.ts');
    expect(owner('node:internal/fs/promises', 'writeFile')).toBe('node (built-in)');
    expect(owner('', '(garbage collector)')).toBe('(garbage collector)');
    expect(owner('', 'mkdir')).toBe('(native)');
  });
});

describe('a profile summary', () => {
  it('adds up self time per owner and per function, largest first', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const summary = summarise({
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('convert', 'file:///x/node_modules/opencc-js/a.js') },
        { id: 3, callFrame: frame('segment', 'file:///x/node_modules/opencc-js/a.js') },
        { id: 4, callFrame: frame('(idle)', '') },
      ],
      startTime: 0,
      endTime: 10_000,
      samples: [2, 3, 2, 4],
      timeDeltas: [1000, 2000, 2500, 4500],
    });
    expect(summary.totalMs).toBe(10);
    expect(summary.byOwner).toEqual([['opencc-js', 5.5], ['(idle)', 4.5]]);
    expect(summary.byFunction).toEqual([['(idle) (idle)', 4.5], ['convert opencc-js:1', 3.5], ['segment opencc-js:1', 2]]);
  });
});
