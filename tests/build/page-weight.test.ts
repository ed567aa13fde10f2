/**
 * No page grows with the site: the benchmark's corpus built at 150 and at 600 projects,
 * the heaviest HTML page of the larger site hardly heavier than that of the smaller, and both
 * under 200 KB. The lists cut into pages lead from page to page with an accessible pager
 * whose every link opens a page of the site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { writeCorpus } from '../../bench/measure.ts';
import { sharedBuild } from '../shared-build.ts';

const temp = mkdtempSync(join(tmpdir(), 'minsheng-page-weight-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every HTML page of a built site, by its path below the site, with its size in bytes. */
function pageSizes(dist: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' })) if (path.endsWith('.html')) sizes.set(path, statSync(join(dist, path)).size);
  return sizes;
}

const heaviest = (sizes: Map<string, number>): [string, number] => [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a));

async function built(projects: number): Promise<string> {
  const content = join(temp, String(projects));
  writeCorpus(content, generateCorpus({ projects }).files);
  return sharedBuild(content);
}

let small: string;
let large: string;

beforeAll(async () => {
  small = await built(150);
  large = await built(600);
}, 900_000);

describe('pages of bounded weight', () => {
  it('keeps the heaviest page of 600 projects as light as that of 150, and under 200 KB', () => {
    const [smallPath, smallSize] = heaviest(pageSizes(small));
    const [largePath, largeSize] = heaviest(pageSizes(large));
    expect(smallSize, smallPath).toBeLessThan(200 * 1024);
    expect(largeSize, largePath).toBeLessThan(200 * 1024);
    // Listing every project would make it nearly four times as heavy; what grows is bounded by the places (more of them hold a project).
    expect(largeSize, `${largePath} against ${smallPath}`).toBeLessThanOrEqual(smallSize * 1.25);
  });

  it('leads through a programme’s projects page by page, the current page marked, every link a page of the site', () => {
    const html = readFileSync(join(large, '2024/2/index.html'), 'utf8');
    const pager = html.slice(html.indexOf('<nav class="pager"'), html.indexOf('</nav>', html.indexOf('<nav class="pager"')));
    expect(pager).toContain('aria-label="列表分页"');
    expect(pager).toMatch(/第 2 页，共 \d+ 页/);
    expect(pager).toContain('<a rel="prev" href="/2024/">');
    expect(pager).toContain('<a rel="next" href="/2024/3/">');
    expect(pager).toMatch(/<a href="\/2024\/2\/" aria-label="第 2 页" aria-current="page">2<\/a>/);
    expect(html).toContain('<a href="/data/projects.csv">projects.csv</a>');
    const programme = readFileSync(join(large, 'en/2024/index.html'), 'utf8');
    expect(programme).toContain('<a rel="next" href="/en/2024/2/">Next page</a>');
    // One page of many cannot be filtered in place: the filter links open the filtered lists.
    expect(programme).not.toContain('/assets/filters.js');
    // The first overdue projects, and a link to them all.
    const overdue = programme.slice(programme.indexOf('id="overdue"'), programme.indexOf('id="projects"'));
    expect(overdue.match(/<li>/g)).toHaveLength(20);
    expect(overdue).toMatch(/<a href="\/en\/2024\/status\/overdue\/">All projects past their deadline \(\d+\)<\/a>/);
  });

  it('links every pager of the site to pages that exist', () => {
    const missing: string[] = [];
    let pagers = 0;
    for (const path of pageSizes(large).keys()) {
      const html = readFileSync(join(large, path), 'utf8');
      const at = html.indexOf('<nav class="pager"');
      if (at < 0) continue;
      pagers++;
      const nav = html.slice(at, html.indexOf('</nav>', at));
      for (const [, href] of nav.matchAll(/href="([^"]+)"/g)) if (!existsSync(join(large, href!, 'index.html'))) missing.push(`${path} → ${href}`);
    }
    expect(pagers).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('shows the whole region by year, each year’s figures linking to its list', () => {
    const html = readFileSync(join(large, 'districts/yunxi/index.html'), 'utf8');
    expect(html).not.toContain('class="project-card"');
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(html).toMatch(new RegExp(`<a href="/districts/yunxi/${year}/">${year}年的全部项目（120）</a>`));
      expect(existsSync(join(large, `districts/yunxi/${year}/index.html`))).toBe(true);
    }
  });
});
