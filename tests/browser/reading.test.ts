/**
 * The site as a reader meets it: pages complete without JavaScript, the keyboard reaches
 * everything with focus visible, the language switch keeps the page, search and filters
 * work, and nothing is requested from anywhere but 127.0.0.1.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser.ts';
import { LOCALE_PREFIXES, PAGE_KINDS } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const site = (path: string) => `${inject('siteUrl')}${path}`;

async function withPage<T>(run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const { context, outside } = await guardedContext(browser, options);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const result = await run(page);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

describe('without JavaScript', () => {
  const noScript = { javaScriptEnabled: false };

  it.each(LOCALE_PREFIXES)('every chart, list and filter view is there (%s)', async (prefix) => {
    await withPage(async (page) => {
      const count = async (path: string, selector: string) => {
        await page.goto(site(`${prefix}${path}`));
        return page.locator(selector).count();
      };
      expect(await count(PAGE_KINDS.home, 'figure.chart svg.chart__svg--wide[role="img"]')).toBeGreaterThanOrEqual(2);
      // The report's charts and the page's own; the budget chart is left out below half coverage (1 of 8 projects here).
      expect(await count(PAGE_KINDS.programme, 'figure.chart svg.chart__svg--wide[role="img"]')).toBeGreaterThanOrEqual(5);
      expect(await count(PAGE_KINDS.programme, 'figure.chart--budget-treemap, figure.chart--budget-bars')).toBe(0);
      expect(await count(PAGE_KINDS.programme, '.project-card')).toBe(8);
      expect(await count(PAGE_KINDS.project, 'figure.chart svg.chart__svg--wide[role="img"]')).toBe(3);
      // The demo's places have centres but no boundaries: no map, only the status and theme charts of 平湖市, and a table of places.
      expect(await count(PAGE_KINDS.district, 'figure.chart svg.chart__svg--wide[role="img"]')).toBe(2);
      expect(await count(PAGE_KINDS.districts, 'figure.chart svg.chart__svg--wide[role="img"]')).toBe(0);
      expect(await count(PAGE_KINDS.districts, 'table.place-table tbody tr')).toBeGreaterThanOrEqual(20);
      expect(await count(PAGE_KINDS.theme, 'figure.chart svg.chart__svg--wide[role="img"]')).toBe(1);
      expect(await count(PAGE_KINDS.updates, '.update-item')).toBeGreaterThanOrEqual(15);
      // Every chart's data is there as a table.
      await page.goto(site(`${prefix}${PAGE_KINDS.programme}`));
      expect(await page.locator('figure.chart details table caption').count()).toBe(await page.locator('figure.chart').count());
      // A filter link opens its pre-rendered view.
      await page.click('.filters a[data-dimension="status"][data-value="completed"]');
      expect(page.url()).toBe(site(`${prefix}/2022/status/completed/`));
      expect(await page.locator('.project-card').count()).toBe(2);
    }, noScript);
  });

  it('search says how to browse instead', async () => {
    await withPage(async (page) => {
      await page.goto(site(PAGE_KINDS.search));
      expect(await page.locator('noscript').count()).toBe(1);
      await page.click('text=地区');
      expect(page.url()).toBe(site('/districts/'));
    }, noScript);
  });
});

describe('the keyboard', () => {
  it('skips to the content first', async () => {
    await withPage(async (page) => {
      await page.goto(site(PAGE_KINDS.project));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      expect(await page.locator('.skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });

  it.each([PAGE_KINDS.programme, PAGE_KINDS.project, PAGE_KINDS.search, `/en${PAGE_KINDS.district}`])('reaches every link and control of %s, with focus visible', async (path) => {
    await withPage(async (page) => {
      await page.goto(site(path));
      // Controls inside closed <details> become reachable once opened; open them all.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const focusable = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
          .filter((el) => el.getClientRects().length > 0 || el.classList.contains('skip-link'))
          .map((el, i) => {
            el.dataset.keyboardCheck = String(i);
            return i;
          }),
      );
      const reached = new Set<string>();
      for (let step = 0; step < focusable.length + 5; step++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { id: el.dataset.keyboardCheck, visible, what: el.outerHTML.slice(0, 80) };
        });
        if (!state) continue;
        expect(state.visible, `no visible focus on ${state.what}`).toBe(true);
        if (state.id) reached.add(state.id);
      }
      expect(reached.size).toBe(focusable.length);
    });
  });
});

describe('languages', () => {
  it('the switch keeps the reader on the same page', async () => {
    await withPage(async (page) => {
      await page.goto(site(PAGE_KINDS.project));
      await page.click('.languages a[hreflang="zh-Hant"]');
      expect(page.url()).toBe(site(`/zh-hant${PAGE_KINDS.project}`));
      expect(await page.textContent('h1')).toBe('平湖市中醫院遷建');
      await page.click('.languages a[hreflang="en"]');
      expect(page.url()).toBe(site(`/en${PAGE_KINDS.project}`));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.click('.languages a[hreflang="zh-Hans"]');
      expect(page.url()).toBe(site(PAGE_KINDS.project));
    });
  });
});

describe('search over http', () => {
  const results = async (page: Page, query: string) => {
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent !== '');
    return page.$$eval('#search-results a', (links) => links.map((a) => a.textContent));
  };

  it('finds Chinese words, never 嘉善 for 嘉兴, in either script', async () => {
    await withPage(async (page) => {
      await page.goto(site(PAGE_KINDS.search));
      expect((await results(page, '中医院'))[0]).toBe('平湖市中医院迁建');
      // The 嘉善 project's text never says 嘉兴; the place 嘉善县 does (it lies in 嘉兴市).
      expect(await results(page, '嘉善')).toContain('嘉善县县镇村三级联动破难');
      const jiaxing = await results(page, '嘉兴');
      expect(jiaxing[0]).toBe('嘉兴市');
      expect(jiaxing).not.toContain('嘉善县县镇村三级联动破难');
      expect(await results(page, '醫院')).toContain('平湖市中医院迁建');
      expect(await results(page, '不存在的词语')).toEqual([]);
      expect(await page.textContent('#search-status')).toBe('没有找到与“不存在的词语”相关的内容');
    });
  });

  it('shows each project result with its status and the day of its data, and every date in the page language', async () => {
    await withPage(async (page) => {
      await page.goto(site(`${PAGE_KINDS.search}?q=中医院`));
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      const first = page.locator('#search-results li').first();
      expect(await first.locator('.status svg.status-mark').count()).toBe(1);
      expect(await first.locator('.as-of').textContent()).toMatch(/^数据更新至 \d{4}年\d{1,2}月(\d{1,2}日)?$/);
      expect(await page.textContent('#search-results')).not.toMatch(/\d{4}-\d{2}/);
      await page.goto(site(`/en${PAGE_KINDS.search}?q=中医院`));
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      expect(await page.locator('#search-results li .as-of').first().textContent()).toMatch(/^Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4}$/);
      const updates = await page.$$eval('#search-results li', (items) => items.filter((li) => li.querySelector('.search-kind')?.textContent === 'Update').map((li) => li.querySelector('.search-shown')?.textContent));
      expect(updates.length).toBeGreaterThan(0);
      for (const date of updates) expect(date).toMatch(/^(\d{1,2} )?[A-Z][a-z]+ \d{4}$/);
    });
  });

  it('shows Traditional titles on Traditional pages, and keeps the query in the address', async () => {
    await withPage(async (page) => {
      await page.goto(site(`/zh-hant${PAGE_KINDS.search}?q=博物館`));
      await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
      const first = page.locator('#search-results a').first();
      expect(await first.textContent()).toBe('平湖博物館新館');
      expect(await first.getAttribute('href')).toBe(site('/zh-hant/projects/2022/bowuguan-xinguan/'));
      await first.click();
      expect(await page.textContent('h1')).toBe('平湖博物館新館');
    });
  });
});

describe('filters with JavaScript', () => {
  it('filter the full list in place, combine, and clear', async () => {
    await withPage(async (page) => {
      await page.goto(site(PAGE_KINDS.programme));
      const shown = () => page.locator('.project-card:visible').count();
      expect(await shown()).toBe(8);
      await page.click('.filters a[data-dimension="status"][data-value="completed"]');
      expect(page.url()).toBe(site('/2022/?status=completed'));
      expect(await shown()).toBe(2);
      expect(await page.textContent('.filters__shown')).toBe('显示 2 / 8 个项目');
      await page.click('.filters a[data-dimension="theme"][data-value="jiankang"]');
      expect(await shown()).toBe(1);
      await page.click('.filters__all a');
      expect(await shown()).toBe(8);
      // A filtered address opens filtered.
      await page.goto(site('/2022/?theme=youxue'));
      expect(await shown()).toBe(1);
    });
  });
});
