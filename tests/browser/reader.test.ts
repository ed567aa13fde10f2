/**
 * What a reader can trust, on the demo and on the test fixture, in every language: chart
 * text that neither collides nor crosses an axis, near body size on a phone and a desktop,
 * readable in dark mode; no emoji, and status marks that print; nothing cut off at 360 px
 * and prose lines near 40 Han characters; stale projects marked, progress lines that stop
 * at the last observation, tile rows of one kind of figure; the overdue filter with and
 * without script; the programme and theme indexes and a 404 in every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE, ROOT } from '../helpers.ts';
import { guardedContext, launch } from './browser.ts';
import { FIXTURE_PAGE_KINDS, LOCALE_PREFIXES, PAGE_KINDS } from './pages.ts';
import { serve } from './server.ts';

/** A built site under test: the demo (built by global-setup) or the fixture (built here). */
interface Site {
  name: string;
  content: string;
  kinds: Record<keyof typeof PAGE_KINDS, string>;
  /** Projects whose progress history would run past the last observation unless stopped there. */
  histories: readonly string[];
  dir: () => string;
  url: () => string;
}

let fixtureSite: { dir: string; url: string; close: () => Promise<void> } | undefined;

const DEMO: Site = {
  name: 'demo',
  content: join(ROOT, 'content'),
  kinds: PAGE_KINDS,
  histories: [PAGE_KINDS.project],
  dir: () => inject('siteDir'),
  url: () => inject('siteUrl'),
};

/** The fixture's build day is 2026-11-22; 西区幼儿园 (planned, last reported 2022) is stale and overdue. */
const STALE_PROJECT = '/projects/2022/youeryuan/';

const FIXTURE_SITE: Site = {
  name: 'fixture',
  content: FIXTURE,
  kinds: FIXTURE_PAGE_KINDS,
  histories: [FIXTURE_PAGE_KINDS.project, STALE_PROJECT],
  dir: () => fixtureSite!.dir,
  url: () => fixtureSite!.url,
};

const SITES = [DEMO, FIXTURE_SITE] as const;

/** The programme whose overdue filter is tried: both sites have overdue projects in 2022. */
const YEAR = 2022;

/** Pages that #15 adds, or that the page-kind list leaves out, in every language. */
const MORE_PAGES = ['/programmes/', '/themes/', `/${YEAR}/summary/`, `/${YEAR}/status/overdue/`, '/archive/', '/data/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  const out = join(inject('workDir'), 'fixture');
  const run = buildSite(FIXTURE, out, join(inject('workDir'), 'fixture-cache'));
  if (run.status !== 0) throw new Error(`The fixture did not build:\n${run.stdout}\n${run.stderr}`);
  const server = await serve(out);
  fixtureSite = { dir: out, ...server };
});
afterAll(async () => {
  await browser?.close();
  await fixtureSite?.close();
});

async function withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
  const { context, outside } = await guardedContext(browser, options);
  try {
    const page = await context.newPage();
    // A missing hook should fail in seconds, not wait out the default half minute.
    page.setDefaultTimeout(5000);
    const result = await run(page);
    expect(outside).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** Opens a page that must exist, and waits for its fonts, since text is measured. */
async function open(page: Page, site: Site, path: string): Promise<void> {
  const response = await page.goto(`${site.url()}${path}`);
  expect(response?.status(), `${site.name} ${path}`).toBe(200);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const PHONE = { viewport: { width: 360, height: 800 } };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

// ---------------------------------------------------------------------------------------
// Charts

type Rgb = [number, number, number];
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface ChartText extends Box {
  text: string;
  /** Rendered size in CSS pixels: font size times the SVG's scale. */
  px: number;
  /** Its fill, and the opaque colour behind it (the mark, halo or chart background it sits on). */
  ink: Rgb;
  behind: Rgb;
}
interface ChartFacts {
  name: string;
  texts: ChartText[];
  axes: Box[];
  background: Rgb;
}
interface PageFacts {
  charts: ChartFacts[];
  page: Rgb;
  bodyPx: number;
}

/**
 * Runs in the page: every visible chart's text boxes, sizes and colours, its axis lines and
 * its background, the page's background and body text size. Colours are read through a
 * canvas so that any CSS colour syntax comes back as sRGB bytes.
 */
function measureCharts(AXES: string): PageFacts {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  type Rgba = [number, number, number, number];
  const rgba = (colour: string): Rgba | undefined => {
    if (!colour || colour === 'none' || colour.startsWith('url(')) return undefined;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = 'rgba(0, 0, 0, 0)';
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: Rgba, below: [number, number, number]): [number, number, number] =>
    [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])) as [number, number, number];
  const canvasColour = (): [number, number, number] =>
    getComputedStyle(document.documentElement).colorScheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255];
  /** The colour an element's box shows through to: its own and its ancestors' backgrounds. */
  const backdrop = (from: Element | null): [number, number, number] => {
    const layers: Rgba[] = [];
    for (let el = from; el; el = el.parentElement) {
      const colour = rgba(getComputedStyle(el).backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] === 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), canvasColour());
  };
  const fillOf = (el: Element): Rgba | undefined => {
    const fill = getComputedStyle(el).fill;
    const pattern = /^url\("?#([^")]+)"?\)/.exec(fill)?.[1];
    if (pattern) {
      const tile = document.getElementById(pattern)?.querySelector('.chart-pattern__background');
      return tile ? rgba(getComputedStyle(tile).fill) : undefined;
    }
    const colour = rgba(fill);
    if (!colour) return undefined;
    const opacity = Number(getComputedStyle(el).fillOpacity) * Number(getComputedStyle(el).opacity);
    return [colour[0], colour[1], colour[2], colour[3] * opacity];
  };
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const SHAPES = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon']);

  const charts: ChartFacts[] = [];
  document.querySelectorAll('figure.chart svg').forEach((svg, index) => {
    const frame = svg.getBoundingClientRect();
    if (frame.width === 0 || frame.height === 0) return;
    svg.scrollIntoView({ block: 'center' });
    const rect = svg.querySelector('.chart-background');
    const behindSvg = backdrop(svg);
    const rectFill = rect ? fillOf(rect) : undefined;
    const background = rectFill ? over(rectFill, behindSvg) : behindSvg;
    const texts: ChartText[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      const style = getComputedStyle(text);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || !text.textContent?.trim()) continue;
      const ctm = text.getScreenCTM()!;
      // What the text sits on: the shapes under its centre, top first, down to the chart background.
      const layers: Rgba[] = [];
      const halo = rgba(style.stroke);
      if (style.paintOrder.startsWith('stroke') && halo && parseFloat(style.strokeWidth) >= 2) layers.push(halo);
      if (!layers.some((l) => l[3] === 1)) {
        for (const el of document.elementsFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2)) {
          if (!svg.contains(el) || el === svg) break;
          if (el === rect || !SHAPES.has(el.tagName.toLowerCase())) continue;
          const fill = fillOf(el);
          if (fill && fill[3] > 0) layers.push(fill);
          if (fill && fill[3] === 1) break;
        }
      }
      const behind = layers.reduceRight((below, layer) => over(layer, below), background);
      const ink = rgba(style.fill);
      texts.push({
        text: text.textContent.trim(),
        ...box(r),
        px: parseFloat(style.fontSize) * Math.hypot(ctm.a, ctm.b),
        ink: ink ? over(ink, behind) : behind,
        behind,
      });
    }
    const axes = [...svg.querySelectorAll(AXES)].map((line) => box(line.getBoundingClientRect()));
    charts.push({ name: `#${index + 1} ${svg.getAttribute('class') ?? ''}`, texts, axes, background });
  });
  return { charts, page: backdrop(document.body), bodyPx: parseFloat(getComputedStyle(document.body).fontSize) };
}

/** Lines that text must stay off: axes, the baseline bars grow from, the "today" rule (src/charts/render-svg.ts, time.ts). */
const AXES = '.chart-axis__line, .chart-baseline, .chart-today';

/** Tolerance of every box comparison, in CSS pixels. */
const SLACK = 0.5;

const intersects = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

function textCollisions(chart: ChartFacts): string[] {
  const found: string[] = [];
  chart.texts.forEach((a, i) => {
    for (const b of chart.texts.slice(i + 1)) if (intersects(a, b)) found.push(`${chart.name}: "${a.text}" × "${b.text}"`);
  });
  return found;
}

/** Text that an axis line runs through (a line's box has no width or no height, so only the text's box shrinks). */
function axisCrossings(chart: ChartFacts): string[] {
  return chart.texts.flatMap((text) =>
    chart.axes
      .filter((line) => line.left < text.right - SLACK && line.right > text.left + SLACK && line.top < text.bottom - SLACK && line.bottom > text.top + SLACK)
      .map(() => `${chart.name}: "${text.text}"`),
  );
}

/** At 360 px chart text is at least 13 px; at 1280 px at most 1.15 × body text. One line per chart, naming the worst text. */
function sizeProblems(chart: ChartFacts, width: number, bodyPx: number): string[] {
  const phone = width <= 360;
  const wrong = chart.texts.filter((t) => (phone ? t.px < 13 - 0.05 : t.px > 1.15 * bodyPx + 0.05));
  if (wrong.length === 0) return [];
  const worst = wrong.reduce((a, b) => ((phone ? b.px < a.px : b.px > a.px) ? b : a));
  const rule = phone ? '< 13 px' : `> 1.15 × ${bodyPx} px`;
  return [`${chart.name}: ${wrong.length} of ${chart.texts.length} texts ${rule}, e.g. "${worst.text}" at ${worst.px.toFixed(1)} px`];
}

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** A chart's background "follows the page" when it is no further from it than a faint tint (a white slab on a dark page is ~18:1). */
const FOLLOWS_PAGE = 1.5;

function darkProblems(chart: ChartFacts, page: Rgb): string[] {
  const found: string[] = [];
  const apart = contrast(chart.background, page);
  if (apart > FOLLOWS_PAGE) found.push(`${chart.name}: background rgb(${chart.background.map(Math.round).join(',')}) on page rgb(${page.join(',')})`);
  for (const t of chart.texts) {
    const ratio = contrast(t.ink, t.behind);
    if (ratio < 4.5) found.push(`${chart.name}: "${t.text}" contrast ${ratio.toFixed(2)}`);
  }
  return found;
}

/**
 * Home, a programme, a project with history and milestones, a place, a theme, the places index.
 * The first four always have charts; a place may answer with a table instead.
 */
const chartPages = (site: Site) => [
  { path: site.kinds.home, charted: true },
  { path: site.kinds.programme, charted: true },
  { path: site.kinds.project, charted: true },
  { path: site.kinds.theme, charted: true },
  { path: site.kinds.district, charted: false },
  { path: site.kinds.districts, charted: false },
];

/** Each way a page is read: loaded once, then resized and switched between colour schemes in place. */
const VIEWS = [
  { width: 360, scheme: 'light' },
  { width: 360, scheme: 'dark' },
  { width: 1280, scheme: 'dark' },
  { width: 1280, scheme: 'light' },
] as const;

describe.each(SITES)('charts on the $name', (site) => {
  const cases = LOCALE_PREFIXES.flatMap((prefix) => chartPages(site).map(({ path, charted }) => ({ path: `${prefix}${path}`, charted })));
  it.each(cases)('$path at 360 and 1280 px, light and dark', async ({ path, charted }) => {
    const problems = await withPage(PHONE, async (page) => {
      await open(page, site, path);
      const found: Record<string, unknown> = {};
      for (const { width, scheme } of VIEWS) {
        await page.setViewportSize({ width, height: width === 360 ? 800 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const facts = await page.evaluate(measureCharts, AXES);
        found[`${width} px ${scheme}`] = {
          ...(charted && facts.charts.length === 0 ? { charts: 'none shown' } : {}),
          overlappingText: facts.charts.flatMap(textCollisions),
          textOnAxis: facts.charts.flatMap(axisCrossings),
          textSize: facts.charts.flatMap((chart) => sizeProblems(chart, width, facts.bodyPx)),
          dark: scheme === 'dark' ? facts.charts.flatMap((chart) => darkProblems(chart, facts.page)) : [],
        };
      }
      return found;
    });
    const none = { overlappingText: [], textOnAxis: [], textSize: [], dark: [] };
    expect(problems).toEqual(Object.fromEntries(VIEWS.map(({ width, scheme }) => [`${width} px ${scheme}`, none])));
  });
});

// ---------------------------------------------------------------------------------------
// Glyphs

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Pictographs that fonts draw as emoji, or as an empty box where no emoji font is installed; © ® ™ are ordinary text. */
const EMOJI = /(?![©®™])\p{Extended_Pictographic}/gu;

describe.each(SITES)('glyphs on the $name', (site) => {
  it('no built page holds an emoji code point', () => {
    const files = htmlFiles(site.dir());
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => {
      const emoji = [...new Set([...readFileSync(file, 'utf8').matchAll(EMOJI)].map((m) => `${m[0]} U+${m[0].codePointAt(0)!.toString(16).toUpperCase()}`))];
      return emoji.length > 0 ? [`${file.slice(site.dir().length)}: ${emoji.join(', ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it.each(LOCALE_PREFIXES.flatMap((prefix) => [site.kinds.programme, site.kinds.project].map((path) => `${prefix}${path}`)))(
    'status marks on %s are visible in print',
    async (path) => {
      const marks = await withPage(DESKTOP, async (page) => {
        await open(page, site, path);
        await page.emulateMedia({ media: 'print' });
        return page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
          const shows = (colour: string) => {
            if (!colour || colour === 'none') return false;
            if (colour.startsWith('url(')) return true;
            canvas.clearRect(0, 0, 1, 1);
            canvas.fillStyle = 'rgba(0, 0, 0, 0)';
            canvas.fillStyle = colour;
            canvas.fillRect(0, 0, 1, 1);
            return canvas.getImageData(0, 0, 1, 1).data[3]! > 0;
          };
          // Each status badge's mark: an inline SVG (.status-mark) or a glyph (.status__shape).
          return [...document.querySelectorAll('.status')].map((badge) => {
            const mark = badge.querySelector('.status-mark, .status__shape');
            if (!mark) return { mark: badge.textContent?.trim() ?? '', visible: false };
            const r = mark.getBoundingClientRect();
            const shapes = [...mark.querySelectorAll('path, circle, rect, ellipse, polygon, polyline, line, use')];
            const inked = shapes.length > 0
              ? shapes.some((s) => {
                  const style = getComputedStyle(s);
                  return shows(style.fill) || (shows(style.stroke) && parseFloat(style.strokeWidth) > 0);
                })
              : Boolean(mark.textContent?.trim()) && shows(getComputedStyle(mark).color);
            const visible = r.width > 0 && r.height > 0 && getComputedStyle(mark).visibility !== 'hidden' && inked;
            return { mark: badge.textContent?.trim() ?? '', visible };
          });
        });
      });
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.filter((m) => !m.visible)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------
// Phone and type

/** Runs in the page: what reaches past the right edge without a scroll container to hold it, and table cells too narrow for two characters. */
function cutOff() {
  const width = document.documentElement.clientWidth;
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
  const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
  const outside = new Set<Element>();
  const past: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || r.right <= width + 1) continue;
    let held = false;
    for (let up = el.parentElement; up && !held; up = up.parentElement) held = scrolls(up) && up.getBoundingClientRect().right <= width + 1;
    if (held) continue;
    // The outermost element past the edge is reported; its children are there because it is.
    if (!(el.parentElement && outside.has(el.parentElement))) past.push(name(el));
    outside.add(el);
  }
  const crushed = [...document.querySelectorAll('table th, table td')]
    .filter((cell) => {
      const r = cell.getBoundingClientRect();
      const style = getComputedStyle(cell);
      const inner = r.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return r.width > 0 && [...(cell.textContent ?? '').trim()].length >= 2 && inner < 2 * parseFloat(style.fontSize);
    })
    .map(name);
  return { scrollsSideways: document.documentElement.scrollWidth > width, pastTheEdge: past.slice(0, 8), crushedCells: crushed.slice(0, 8) };
}

/** Runs in the page: the most Han characters a line of `.prose p` holds (its content width over the width of 中 set in it). */
function proseMeasure(): number[] {
  return [...document.querySelectorAll('.prose p')]
    .filter((p) => p.getBoundingClientRect().width > 0)
    .map((p) => {
      const style = getComputedStyle(p);
      const probe = document.createElement('span');
      probe.textContent = '中';
      p.append(probe);
      const han = probe.getBoundingClientRect().width;
      probe.remove();
      return (p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / han;
    });
}

describe.each(SITES)('phone and type on the $name', (site) => {
  const paths = LOCALE_PREFIXES.flatMap((prefix) => [...Object.values(site.kinds), ...MORE_PAGES].map((path) => `${prefix}${path}`));
  it.each(paths)('%s has nothing cut off at 360 px', async (path) => {
    const found = await withPage(PHONE, async (page) => {
      await open(page, site, path);
      return page.evaluate(cutOff);
    });
    expect(found).toEqual({ scrollsSideways: false, pastTheEdge: [], crushedCells: [] });
  });

  it('the 404 page has nothing cut off at 360 px', async () => {
    const found = await withPage(PHONE, async (page) => {
      await page.goto(`${site.url()}/no-such-page/`);
      return page.evaluate(cutOff);
    });
    expect(found).toEqual({ scrollsSideways: false, pastTheEdge: [], crushedCells: [] });
  });

  const prosePages = LOCALE_PREFIXES.flatMap((prefix) => [site.kinds.programme, site.kinds.project, site.kinds.correction].map((path) => `${prefix}${path}`));
  it.each(prosePages)('prose on %s holds at most ~42 Han characters a line at 1280 px, reading mode included', async (path) => {
    const widest = await withPage(DESKTOP, async (page) => {
      await open(page, site, path);
      const normal = await page.evaluate(proseMeasure);
      await page.check('#reading-mode');
      const reading = await page.evaluate(proseMeasure);
      expect(normal.length).toBeGreaterThan(0);
      return { normal: Math.round(Math.max(...normal)), reading: Math.round(Math.max(...reading)) };
    });
    expect(widest.normal).toBeLessThanOrEqual(42);
    expect(widest.reading).toBeLessThanOrEqual(42);
  });
});

// ---------------------------------------------------------------------------------------
// Dates, lines and figures

describe('a stale project on the fixture', () => {
  it.each(LOCALE_PREFIXES)('shows the staleness mark on its page and its card (%s)', async (prefix) => {
    const seen = await withPage(DESKTOP, async (page) => {
      /** Whether the project's mark shows: on its own page, or on its card in a list. */
      const markShown = (card: string | undefined) =>
        page.evaluate((project) => {
          const scope = project
            ? [...document.querySelectorAll('.project-card')].find((c) => c.querySelector(`a[href$="${project}"]`))
            : document.querySelector('main');
          const mark = scope?.querySelector('.stale-mark');
          const r = mark?.getBoundingClientRect();
          return Boolean(mark && r && r.width > 0 && r.height > 0 && (mark.textContent?.trim() || mark.querySelector('svg title')));
        }, card);
      await open(page, FIXTURE_SITE, `${prefix}${STALE_PROJECT}`);
      const onPage = await markShown(undefined);
      await open(page, FIXTURE_SITE, `${prefix}/${YEAR}/`);
      return { onPage, onCard: await markShown(STALE_PROJECT) };
    });
    expect(seen).toEqual({ onPage: true, onCard: true });
  });
});

describe.each(SITES)('progress lines on the $name', (site) => {
  const paths = LOCALE_PREFIXES.flatMap((prefix) => site.histories.map((path) => `${prefix}${path}`));
  it.each(paths)('%s at 360 and 1280 px ends at the last observation', async (path) => {
    const drawings = await withPage(PHONE, async (page) => {
      await open(page, site, path);
      const seen = [];
      for (const viewport of [PHONE.viewport, DESKTOP.viewport]) {
        await page.setViewportSize(viewport);
        seen.push(
          ...(await page.evaluate(() =>
            [...document.querySelectorAll<SVGSVGElement>('figure.chart svg.chart__svg--progress-history')]
              .filter((svg) => svg.getBoundingClientRect().width > 0)
              .map((svg) => {
                const last = Math.max(...[...svg.querySelectorAll<SVGCircleElement>('circle.chart-dot')].map((dot) => dot.cx.baseVal.value));
                const lines = [...svg.querySelectorAll<SVGPathElement>('path.chart-line')].map((line) => {
                  const box = line.getBBox();
                  return { end: line.getPointAtLength(line.getTotalLength()).x, right: box.x + box.width };
                });
                return { width: innerWidth, last, lines };
              }),
          )),
        );
      }
      return seen;
    });
    expect(drawings.map((d) => d.width)).toEqual([360, 1280]);
    for (const { last, lines } of drawings) {
      expect(Number.isFinite(last)).toBe(true);
      for (const line of lines) {
        expect(line.end).toBeCloseTo(last, 0);
        expect(line.right).toBeLessThanOrEqual(last + SLACK);
      }
    }
  });
});

/** What a programme declares in its own file (`commitments: 128`), by year. */
function declaredCommitments(site: Site): Map<number, number | undefined> {
  const dir = join(site.content, 'programmes');
  return new Map(
    readdirSync(dir)
      .filter((file) => /^\d{4}\.mdx?$/.test(file))
      .map((file) => {
        const front = readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '';
        const declared = /^commitments:\s*(\d+)\s*$/m.exec(front)?.[1];
        return [Number(file.slice(0, 4)), declared === undefined ? undefined : Number(declared)] as const;
      }),
  );
}

describe.each(SITES)('tile rows on the $name', (site) => {
  const programmes = [...declaredCommitments(site)];
  const cases = LOCALE_PREFIXES.flatMap((prefix) => programmes.map(([year, commitments]) => ({ path: `${prefix}/${year}/`, commitments })));
  it.each(cases)('$path never mixes declared and counted figures', async ({ path, commitments }) => {
    const { rows, entries } = await withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, site, path);
      return page.evaluate(() => ({
        rows: [...document.querySelectorAll('.figures')].map((row) => ({
          kind: row.getAttribute('data-figures'),
          values: [...row.querySelectorAll('.figures__item dd')].map((dd) => (dd.textContent ?? '').replace(/[\s,，]/g, '')),
        })),
        entries: document.querySelectorAll('.project-card').length,
      }));
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.kind).filter((kind) => kind !== 'counted' && kind !== 'declared')).toEqual([]);
    const number = (value: string) => /^\D*?(\d+(?:\.\d+)?)\D*$/.exec(value)?.[1];
    const values = (kind: string) => rows.filter((row) => row.kind === kind).flatMap((row) => row.values.map(number));
    // The programme's own count of promises is declared; the entries on this site are counted.
    if (commitments !== undefined && commitments !== entries) expect(values('counted')).not.toContain(String(commitments));
    if (commitments !== entries) expect(values('declared')).not.toContain(String(entries));
  });

  it.each(LOCALE_PREFIXES)('every tile row on the home page says which kind it is (%s)', async (prefix) => {
    const kinds = await withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, site, `${prefix}/`);
      return page.evaluate(() => [...document.querySelectorAll('.figures')].map((row) => row.getAttribute('data-figures')));
    });
    expect(kinds.filter((kind) => kind !== 'counted' && kind !== 'declared')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Overdue filter, indexes, 404

/** Runs in the page: each card's project link, whether it is overdue, and whether it is shown. */
const cards = () =>
  [...document.querySelectorAll<HTMLElement>('.project-card')].map((card) => ({
    project: card.querySelector('a')?.getAttribute('href') ?? '',
    overdue: card.querySelector('.status--overdue') !== null,
    shown: !card.hidden && card.getClientRects().length > 0,
  }));

const OVERDUE_LINK = '.filters a[data-dimension="status"][data-value="overdue"]';

describe.each(SITES)('the overdue filter on the $name', (site) => {
  it.each(LOCALE_PREFIXES)('works without script (%s)', async (prefix) => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, site, `${prefix}/${YEAR}/`);
      const overdue = (await page.evaluate(cards)).filter((card) => card.overdue).map((card) => card.project);
      expect(overdue.length).toBeGreaterThan(0);
      await page.click(OVERDUE_LINK);
      expect(new URL(page.url()).pathname).toBe(`${prefix}/${YEAR}/status/overdue/`);
      const listed = await page.evaluate(cards);
      expect(listed.filter((card) => !card.overdue)).toEqual([]);
      expect(listed.map((card) => card.project).sort()).toEqual(overdue.sort());
    });
  });

  it.each(LOCALE_PREFIXES)('works with script (%s)', async (prefix) => {
    await withPage({}, async (page) => {
      await open(page, site, `${prefix}/${YEAR}/`);
      await page.click(OVERDUE_LINK);
      const shown = await page.evaluate(cards);
      expect(new URL(page.url()).pathname).toBe(`${prefix}/${YEAR}/`);
      expect(shown.some((card) => card.overdue)).toBe(true);
      expect(shown.filter((card) => card.shown !== card.overdue)).toEqual([]);
    });
  });
});

/** The folders of a built site's programme or theme pages, from its default-language tree. */
const builtPages = (site: Site, kind: 'programmes' | 'themes') =>
  kind === 'programmes'
    ? readdirSync(site.dir()).filter((name) => /^\d{4}$/.test(name)).map((year) => `/${year}/`)
    : readdirSync(join(site.dir(), 'themes'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/themes/${entry.name}/`);

describe.each(SITES)('navigation on the $name', (site) => {
  const cases = LOCALE_PREFIXES.flatMap((prefix) => (['programmes', 'themes'] as const).map((kind) => ({ prefix, kind })));
  it.each(cases)('$prefix/$kind/ links to every one in its language', async ({ prefix, kind }) => {
    const expected = builtPages(site, kind).map((path) => `${prefix}${path}`);
    expect(expected.length).toBeGreaterThan(0);
    const links = await withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, site, `${prefix}/${kind}/`);
      return page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => new URL(a.href).pathname));
    });
    expect(expected.filter((path) => !links.includes(path))).toEqual([]);
  });

  it.each(LOCALE_PREFIXES)('a missing page under "%s" answers in every language, with each language\'s search', async (prefix) => {
    const found = await withPage({ javaScriptEnabled: false }, async (page) => {
      const response = await page.goto(`${site.url()}${prefix}/no-such-page/`);
      expect(response?.status()).toBe(404);
      return page.evaluate(() => {
        /** Text written in a language: the element's own text, less the parts marked as another language. */
        const textIn = (lang: string) =>
          [...document.querySelectorAll('[lang]')]
            .filter((el) => el.getAttribute('lang')!.toLowerCase() === lang.toLowerCase())
            .map((el) => {
              const copy = el.cloneNode(true) as Element;
              copy.querySelectorAll('script, style, noscript, template, title').forEach((n) => n.remove());
              copy.querySelectorAll('[lang]').forEach((n) => {
                if (n.getAttribute('lang')!.toLowerCase() !== lang.toLowerCase()) n.remove();
              });
              return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
            })
            .join(' ');
        return {
          'zh-Hans': /\p{Script=Han}/u.test(textIn('zh-Hans')),
          'zh-Hant': /\p{Script=Han}/u.test(textIn('zh-Hant')),
          en: /[A-Za-z]{3}/.test(textIn('en')),
          searches: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => new URL(a.href).pathname).filter((path) => path.endsWith('/search/')),
        };
      });
    });
    expect({ ...found, searches: [...new Set(found.searches)].sort() }).toEqual({
      'zh-Hans': true,
      'zh-Hant': true,
      en: true,
      searches: ['/en/search/', '/search/', '/zh-hant/search/'],
    });
  });
});
