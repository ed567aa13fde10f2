/**
 * axe-core with the WCAG 2.2 A and AA rules on every kind of page in every language:
 * no violations. Also in reading mode and in dark colours, which change every colour.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch } from './browser.ts';
import { allPages, PAGE_KINDS } from './pages.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation { id: string; help: string; nodes: { target: string[] }[] }

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The page's violations, each as "rule: help (selectors)". */
async function violations(path: string, options: { colorScheme?: 'light' | 'dark'; reading?: boolean } = {}): Promise<string[]> {
  // axe is injected as a script, which the page's CSP would refuse.
  const { context, outside } = await guardedContext(browser, { bypassCSP: true, colorScheme: options.colorScheme ?? 'light' });
  try {
    const page = await context.newPage();
    await page.goto(`${inject('siteUrl')}${path}`);
    if (options.reading) await page.check('#reading-mode');
    await page.addScriptTag({ content: AXE });
    const found = (await page.evaluate(
      (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
      TAGS,
    )) as AxeViolation[];
    expect(outside).toEqual([]);
    return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  } finally {
    await context.close();
  }
}

describe('WCAG 2.2 AA with axe-core', () => {
  it.each(allPages())('%s has no violations', async (path) => {
    expect(await violations(path)).toEqual([]);
  });

  it.each([PAGE_KINDS.project, PAGE_KINDS.programme, PAGE_KINDS.search])('%s has none in dark colours or in reading mode either', async (path) => {
    expect(await violations(path, { colorScheme: 'dark' })).toEqual([]);
    expect(await violations(path, { reading: true })).toEqual([]);
    expect(await violations(path, { reading: true, colorScheme: 'dark' })).toEqual([]);
  });
});
