/**
 * How pages meet a reader on a cheap phone and at high zoom: nothing scrolls sideways at
 * 360 px, and at 200 % zoom (a 640 px wide viewport at twice the pixel density) the
 * header's parts and the page's blocks do not overlap.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser.ts';
import { allPages } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function withPage<T>(options: { width: number; height: number; scale: number }, run: (page: Page) => Promise<T>): Promise<T> {
  const { context, outside } = await guardedContext(browser, { viewport: { width: options.width, height: options.height }, deviceScaleFactor: options.scale });
  try {
    const result = await run(await context.newPage());
    expect(outside).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** How far the page reaches past the right edge of the viewport, in CSS pixels. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Children of the given containers that overlap a sibling by more than a pixel. */
const overlaps = (page: Page, containers: string) =>
  page.evaluate((selector) => {
    const found: string[] = [];
    for (const container of document.querySelectorAll(selector)) {
      const boxes = [...container.children]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) found.push(`${boxes[i]!.el.outerHTML.slice(0, 60)} × ${boxes[j]!.el.outerHTML.slice(0, 60)}`);
        }
      }
    }
    return found;
  }, containers);

describe('on a 360 px phone', () => {
  it.each(allPages())('%s does not scroll sideways', async (path) => {
    expect(await withPage({ width: 360, height: 740, scale: 2 }, async (page) => {
      await page.goto(`${inject('siteUrl')}${path}`);
      return overflow(page);
    })).toBeLessThanOrEqual(0);
  });

  it('does not scroll sideways in reading mode either', async () => {
    expect(await withPage({ width: 360, height: 740, scale: 2 }, async (page) => {
      await page.goto(`${inject('siteUrl')}/projects/2022/zhongyiyuan-qianjian/`);
      await page.check('#reading-mode');
      return overflow(page);
    })).toBeLessThanOrEqual(0);
  });
});

describe('at 200 % zoom', () => {
  it.each(allPages())('%s keeps its parts apart', async (path) => {
    const result = await withPage({ width: 640, height: 400, scale: 2 }, async (page) => {
      await page.goto(`${inject('siteUrl')}${path}`);
      return {
        overflow: await overflow(page),
        header: await overlaps(page, '.site-header .wrap, .site-header nav ul'),
        blocks: await overlaps(page, 'main, main section, main article, .facts, .facts > div, .figures, .project-card, .filters ul'),
      };
    });
    expect(result).toEqual({ overflow: result.overflow <= 0 ? result.overflow : 'scrolls sideways', header: [], blocks: [] });
  });
});
