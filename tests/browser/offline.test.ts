/**
 * The archived record of a demo year opened from disk, as an archivist would: every link
 * followed, every page loads, charts are drawn, search answers with links that work from
 * disk, and not one request leaves the files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EPOCH, ROOT } from '../helpers.ts';
import { guardedContext, launch } from './browser.ts';

let browser: Browser;
let site: string;

beforeAll(async () => {
  // Archiving freezes the year in its content folder: work on a copy.
  const work = join(inject('workDir'), 'offline');
  mkdirSync(work, { recursive: true });
  cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/archive.ts'), '--year', '2022', '--content', join(work, 'content'), '--out', join(work, 'archive')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, MINSHENG_CACHE: join(work, 'cache') },
  });
  if (run.status !== 0) throw new Error(`The archive was not written:\n${run.stdout}\n${run.stderr}`);
  site = join(work, 'archive', '2022', 'data', 'site');
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the archived year from file://', () => {
  it('follows every link to a page that loads, with no request off the disk', async () => {
    const { context, outside } = await guardedContext(browser);
    const page = await context.newPage();
    const failed: string[] = [];
    // A request the next navigation cut short (a favicon still loading on a busy machine) is
    // ERR_ABORTED; a file missing from disk fails otherwise and is caught.
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText;
      if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${error})`);
    });
    page.on('pageerror', (error) => failed.push(error.message));
    const start = pathToFileURL(join(site, 'index.html')).href;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const url = queue.shift()!;
      await page.goto(url);
      expect(await page.title(), url).not.toBe('');
      // Links, and every file the page loads: stylesheets, icon, scripts, pictures.
      const links = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
        elements.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src),
      );
      for (const link of links) {
        const target = link.split('#')[0]!;
        if (!target.startsWith('file:')) continue;
        expect(existsSync(new URL(target)), `${url} links to ${target}`).toBe(true);
        if (target.endsWith('.html') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    // The year's pages in three languages, at the least.
    expect(seen.size).toBeGreaterThan(60);
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('draws charts and says it is the archived record', async () => {
    const { context, outside } = await guardedContext(browser);
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(site, '2022', 'index.html')).href);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.archive-banner').count()).toBe(1);
    // Stylesheets load from disk: the page is laid out, not raw.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(outside).toEqual([]);
    await context.close();
  });

  it('answers searches, in either script, with links that open from disk', async () => {
    const { context, outside } = await guardedContext(browser);
    const page = await context.newPage();
    for (const [path, query, title] of [
      ['search/index.html', '中医院', '平湖市中医院迁建'],
      ['zh-hant/search/index.html', '醫院', '平湖市中醫院遷建'],
    ] as const) {
      await page.goto(pathToFileURL(join(site, path)).href);
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
      const first = page.locator('#search-results a').first();
      expect(await first.textContent()).toBe(title);
      expect(await first.getAttribute('href')).toMatch(/^file:.*\/projects\/2022\/zhongyiyuan-qianjian\/index\.html$/);
      await first.click();
      expect(await page.textContent('h1')).toBe(title);
    }
    expect(outside).toEqual([]);
    await context.close();
  });
});
