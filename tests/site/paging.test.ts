/**
 * Pages of bounded weight: the benchmark's corpus at 300 and at 1,200 projects, every
 * page's data made as the build makes it. A page shows at most a page of any list, so
 * that the heaviest page is hardly heavier at four times the projects; and every list cut
 * into pages holds each of its items once, in order, on as many pages as its pager says.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DATE, generateCorpus } from '../../bench/corpus.ts';
import { writeCorpus } from '../../bench/measure.ts';
import { checkContent, siteContentOf } from '../../src/check/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/model/site.ts';
import type { DistrictPageData } from '../../src/site/district.ts';
import type { FilterPageData } from '../../src/site/filter.ts';
import { pageData, sitePages, type Page, type PageData } from '../../src/site/index.ts';
import type { ListPageData } from '../../src/site/list.ts';
import { LISTED_IN_FULL, PROJECTS_PER_PAGE, SHOWN_BEFORE_LINK, UPDATES_PER_PAGE } from '../../src/site/paging.ts';
import type { ProgrammePageData } from '../../src/site/programme.ts';
import { SUMMARY_ROWS, type SummaryPageData } from '../../src/site/summary.ts';
import type { ThemePageData } from '../../src/site/theme.ts';
import type { UpdatesPageData } from '../../src/site/updates.ts';

const temp = mkdtempSync(join(tmpdir(), 'minsheng-paging-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Site {
  model: SiteModel;
  pages: Page[];
  data: Map<Page, PageData>;
}

async function siteOf(projects: number): Promise<Site> {
  const content = join(temp, String(projects));
  writeCorpus(content, generateCorpus({ projects }).files);
  const checked = await checkContent({ contentDir: content, today: BUILD_DATE, lang: 'en', cwd: temp });
  if (checked.errors > 0) throw new Error(`The corpus of ${projects} projects has errors.`);
  const model = buildSiteModel(siteContentOf(checked.content)!, BUILD_DATE);
  const pages = sitePages(model);
  return { model, pages, data: new Map(pages.map((page) => [page, pageData(model, page, 'zh-Hans')])) };
}

const weight = (data: PageData): number => Buffer.byteLength(JSON.stringify(data));

/** The longest array anywhere in a page's data: the longest list it shows. */
function longestList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestList));
  if (value !== null && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longestList));
  return 0;
}

const ofView = <D extends PageData>(site: Site, view: Page['view']): [Page, D][] =>
  [...site.data].filter(([page]) => page.view === view) as [Page, D][];

let small: Site;
let large: Site;

beforeAll(async () => {
  small = await siteOf(300);
  large = await siteOf(1200);
}, 240_000);

describe('pages of bounded weight', () => {
  it('makes the heaviest page hardly heavier at four times the projects', () => {
    const heaviest = (site: Site) => Math.max(...[...site.data.values()].map(weight));
    expect(large.model.projects).toHaveLength(1200);
    // A page listing every project would weigh nearly four times as much. What may still grow is what the places bound:
    // more of them hold a project (the whole region's map and table of places, a programme's chart by place), 1.35 times here.
    expect(heaviest(large)).toBeLessThanOrEqual(heaviest(small) * 1.5);
  });

  it('shows no list longer than a page, or than the places, themes and months, which do not grow with projects', () => {
    // What a page may list in full: the places (a table of them, the map), never more than at 300 projects.
    const bounds = new Map<Page['view'], number>();
    for (const [page, data] of small.data) bounds.set(page.view, Math.max(SUMMARY_ROWS, bounds.get(page.view) ?? 0, longestList(data)));
    const over = [...large.data].filter(([page, data]) => longestList(data) > bounds.get(page.view)!).map(([page]) => page.path);
    expect(over).toEqual([]);
  });

  it('cuts every list of projects into pages of a fixed size, and shows the first few overdue projects with a link to all', () => {
    for (const [, data] of ofView<ProgrammePageData>(large, 'programme')) {
      expect(data.projects).toHaveLength(Math.min(PROJECTS_PER_PAGE, data.projectCount));
      expect(data.overdue.items.length).toBeLessThanOrEqual(SHOWN_BEFORE_LINK);
      // Every card goes without the filter script's marks once the list has pages: the script would filter one page as if it were all.
      expect(data.projects.some((card) => card.filter)).toBe(data.pager.pages === 1);
    }
    for (const view of ['filter', 'list'] as const) for (const [, data] of ofView<FilterPageData | ListPageData>(large, view)) expect(data.projects.length).toBeLessThanOrEqual(PROJECTS_PER_PAGE);
    for (const [, data] of ofView<UpdatesPageData>(large, 'updates')) expect(data.updates.length).toBeLessThanOrEqual(UPDATES_PER_PAGE);
    for (const [, data] of ofView<SummaryPageData>(large, 'summary')) {
      expect(data.rows).toHaveLength(Math.min(SUMMARY_ROWS, data.entered));
      expect(data.recent!.updates.length).toBe(Math.min(UPDATES_PER_PAGE, data.recent!.count));
    }
  });

  it('holds each project of a programme once, in order, on its pages: the first on the programme page, the others on /<year>/<n>/', () => {
    for (const programme of large.model.programmes) {
      const year = programme.data.year;
      const first = large.data.get(large.pages.find((p) => p.view === 'programme' && p.key === String(year))!) as ProgrammePageData;
      const rest = ofView<ListPageData>(large, 'list').filter(([, data]) => data.of.kind === 'programme' && data.of.year === year);
      expect(rest.map(([page]) => page.path)).toEqual(Array.from({ length: first.pager.pages - 1 }, (_, i) => `${year}/${i + 2}`));
      expect(rest.every(([, data]) => data.pager.pages === first.pager.pages)).toBe(true);
      expect([first, ...rest.map(([, data]) => data)].flatMap((data) => data.projects.map((card) => card.id))).toEqual(programme.projects.map((p) => p.id));
    }
  });

  it('holds each project of a filter once on its pages, numbered as their pager says', () => {
    const lists = Map.groupBy(ofView<FilterPageData>(large, 'filter'), ([, data]) => `${data.year}/${data.dimension}/${data.value}`);
    expect([...lists.values()].some((pages) => pages.length > 1)).toBe(true);
    for (const pages of lists.values()) {
      const [, first] = pages[0]!;
      expect(pages.map(([, data]) => data.pager)).toEqual(pages.map((_, i) => ({ page: i + 1, pages: pages.length })));
      const ids = pages.flatMap(([, data]) => data.projects.map((card) => card.id));
      expect(ids).toHaveLength(first.count);
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages.map(([page]) => page.path)).toEqual(pages.map((_, i) => (i === 0 ? pages[0]![0].path : `${pages[0]![0].path}/${i + 1}`)));
    }
  });

  it('shows a place or theme with many projects by year, each year’s projects on lists of their own', () => {
    const root = large.data.get(large.pages.find((p) => p.view === 'district' && p.key === large.model.site.region)!) as DistrictPageData;
    expect(root.years).toBeUndefined();
    expect(root.yearLists!.map((y) => y.year)).toEqual([2025, 2024, 2023, 2022, 2021]);
    for (const { year, figures } of root.yearLists!) {
      const lists = ofView<ListPageData>(large, 'list').filter(([, data]) => data.of.kind === 'place' && data.of.id === root.id && data.of.year === year);
      expect(lists[0]![0].path).toBe(`districts/${root.id}/${year}`);
      const ids = lists.flatMap(([, data]) => data.projects.map((card) => card.id));
      expect(ids).toHaveLength(figures.total);
      expect(new Set(ids).size).toBe(figures.total);
      // Overdue first within the year, as on a place's own page.
      const overdue = lists.flatMap(([, data]) => data.projects.map((card) => card.overdue));
      expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    }
    for (const [page, data] of ofView<ThemePageData>(large, 'theme')) {
      expect(data.projects).toBeUndefined();
      const listed = ofView<ListPageData>(large, 'list').filter(([, list]) => list.of.kind === 'theme' && list.of.id === page.key);
      expect(listed.reduce((sum, [, list]) => sum + list.projects.length, 0)).toBe(data.count);
    }
  });

  it('keeps a place with few projects as it was: every project on its page, no lists by year', () => {
    const few = ofView<DistrictPageData>(small, 'district').filter(([, data]) => data.figures.total > 0 && data.figures.total <= LISTED_IN_FULL);
    expect(few.length).toBeGreaterThan(0);
    for (const [, data] of few) {
      expect(data.yearLists).toBeUndefined();
      expect(data.years!.reduce((sum, y) => sum + y.projects.length, 0)).toBe(data.figures.total);
      expect(small.pages.some((p) => p.path.startsWith(`districts/${data.id}/`))).toBe(false);
    }
  });

  it('cuts a month of updates into pages, each update once', () => {
    const months = Map.groupBy(
      ofView<UpdatesPageData>(large, 'updates').filter(([, data]) => data.month),
      ([, data]) => data.month!,
    );
    expect([...months.values()].some((pages) => pages.length > 1)).toBe(true);
    for (const [month, pages] of months) {
      const ids = pages.flatMap(([, data]) => data.updates.map((u) => u.id));
      expect(ids).toEqual(large.model.updates.filter((u) => u.data.date.startsWith(month)).map((u) => u.id));
      expect(pages.map(([page]) => page.path)).toEqual(pages.map((_, i) => (i === 0 ? `updates/${month}` : `updates/${month}/${i + 1}`)));
    }
  });
});
