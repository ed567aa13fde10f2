/**
 * Debian's Chromium driven by playwright-core (no browser download), with every request
 * that would leave 127.0.0.1 or the disk recorded, so that tests can say none happened.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface GuardedContext {
  context: BrowserContext;
  /** Every request that went anywhere but 127.0.0.1 or a file. */
  outside: string[];
}

/** A context whose requests off this machine are blocked and recorded. */
export async function guardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext(options);
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' || url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return { context, outside };
}
