/**
 * What the benchmark counts in a built site: the bytes a reader downloads for a page, and
 * which files a rebuild changed or merely wrote again.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareSnapshots, outputStats, pageWeight, projectPages, snapshot } from '../../bench/measure.ts';

let out: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'minsheng-bench-measure-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('the weight of a page', () => {
  it('adds linked and inline CSS, and counts script loaded or inline but not data blocks', () => {
    write('_astro/site.css', 'x'.repeat(700));
    write('assets/menu.js', 'y'.repeat(300));
    write('projects/2022/a/print.css', 'z'.repeat(50));
    const html = [
      '<!DOCTYPE html><html><head>',
      '<link rel="stylesheet" href="/_astro/site.css">',
      "<link rel='stylesheet' href='print.css' media=print>",
      '<link rel="icon" href="/favicon.svg">',
      '<style>p{}</style>',
      '<script type="application/ld+json">{"@type":"Project"}</script>',
      '<script src="/assets/menu.js"></script>',
      '<script>let a=1</script>',
      '</head><body>项目</body></html>',
    ].join('');
    write('projects/2022/a/index.html', html);
    expect(pageWeight(out, 'projects/2022/a/index.html')).toEqual({
      path: 'projects/2022/a/index.html',
      htmlBytes: Buffer.byteLength(html),
      cssBytes: 700 + 50 + 'p{}'.length,
      scriptBytes: 300 + 'let a=1'.length,
      scripts: ['/assets/menu.js', 'inline'],
    });
  });

  it('finds the heaviest project page of the default locale and the median', () => {
    write('projects/2022/a/index.html', 'a'.repeat(100));
    write('projects/2022/b/index.html', 'b'.repeat(300));
    write('projects/2023/c/index.html', 'c'.repeat(200));
    write('en/projects/2022/d/index.html', 'd'.repeat(900));
    const pages = projectPages(out)!;
    expect(pages.heaviest.path).toBe('projects/2022/b/index.html');
    expect(pages.medianHtmlBytes).toBe(200);
    expect(pages.count).toBe(3);
  });

  it('counts pages as index.html files, and every file and byte of the output', () => {
    write('index.html', 'home');
    write('en/index.html', 'home');
    write('404.html', 'gone');
    write('feed.xml', '<feed/>');
    expect(outputStats(out)).toEqual({ pages: 2, files: 4, bytes: 4 + 4 + 4 + 7, largestHtml: { path: '404.html', bytes: 4 }, heavyHtml: 0 });
  });

  it('names the largest HTML file of any locale, and counts those at or over a weight', () => {
    write('index.html', 'h'.repeat(100));
    write('districts/yunxi/index.html', '县'.repeat(100));
    write('en/districts/yunxi/index.html', 'x'.repeat(299));
    write('zh-hant/districts/yunxi/index.html', '縣'.repeat(100));
    // Data files are not pages, however large.
    write('data/projects.csv', 'c'.repeat(5000));
    const stats = outputStats(out, 250);
    // Both Chinese pages weigh 300 bytes (3 bytes a character); the first in path order is named.
    expect(stats.largestHtml).toEqual({ path: 'districts/yunxi/index.html', bytes: 300 });
    expect(stats.heavyHtml).toBe(3);
    expect(outputStats(out, 300).heavyHtml).toBe(2);
    expect(outputStats(out, 301).heavyHtml).toBe(0);
  });
});

describe('the effect of a rebuild', () => {
  it('tells the files whose content changed from those only written again', () => {
    write('index.html', 'home');
    write('projects/a/index.html', 'a');
    write('projects/b/index.html', 'b');
    write('feed.xml', '<feed/>');
    const before = snapshot(out);
    const later = new Date(Date.now() + 60_000);
    write('projects/a/index.html', 'a, updated');
    write('updates/new/index.html', 'new');
    write('projects/b/index.html', 'b');
    // File times are coarse: written again within the same tick, a file may keep its time.
    for (const page of ['projects/a/index.html', 'projects/b/index.html']) utimesSync(join(out, page), later, later);
    rmSync(join(out, 'feed.xml'));
    expect(compareSnapshots(before, snapshot(out))).toEqual({ changed: 3, changedPages: 2, rewritten: 3 });
  });
});
