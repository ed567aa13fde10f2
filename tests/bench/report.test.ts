/**
 * The targets of the performance issues, judged from measurements: passed, failed, or not
 * measured when the run did not include the size a target is about; and the tables that
 * print the figures beside the bare Astro site's.
 */
import { describe, expect, it } from 'vitest';
import { compareWithBare, formatReport, judgeTargets, type BenchReport, type Machine, type SizeResult } from '../../bench/report.ts';
import type { SearchResult } from '../../bench/search.ts';

const machine: Machine = { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 24 * 2 ** 30, node: 'v24.0.0', platform: 'linux', loadAtStart: [0, 0, 0], loadAtEnd: [0, 0, 0] };

interface Overrides {
  buildMs?: number;
  bareMs?: number;
  pages?: number;
  barePages?: number;
  updateMs?: number;
  bareUpdateMs?: number;
  scriptBytes?: number;
  htmlCssBytes?: number;
  failed?: string;
  rewritten?: number;
  largestHtml?: number;
  heavyHtml?: number;
  queryBytes?: number[];
  search?: SizeResult['minsheng']['search'];
  logged?: Record<string, number>;
  loggedSteps?: string[];
  rssKiB?: number;
}

function search(bytes: number[]): SearchResult {
  const queries = bytes.map((b, i) => ({ query: `query ${i}`, files: [`search/t/${i}.js`], bytes: b }));
  const sorted = [...bytes].sort((a, b) => a - b);
  const max = Math.max(...bytes);
  return { largestShard: { path: 'search/t/7f.js', bytes: 90_000 }, queries, medianBytes: sorted[Math.floor(sorted.length / 2)]!, maxBytes: max, heaviestQuery: `query ${bytes.indexOf(max)}` };
}

function result(projects: number, o: Overrides = {}): SizeResult {
  const buildMs = o.buildMs ?? 10_000;
  const bareMs = o.bareMs ?? 8_000;
  const pages = o.pages ?? projects * 16;
  const barePages = o.barePages ?? projects;
  const ok = o.failed === undefined;
  const minsheng: SizeResult['minsheng'] = {
    build: ok
      ? { ok, wallMs: buildMs, maxRssKiB: o.rssKiB ?? 1_000_000, phases: { setupMs: 1000, renderMs: 5000 }, pages, pagesPerSecond: pages / (buildMs / 1000), msPerPage: buildMs / pages, output: { bytes: 1, files: 1, largestHtml: { path: 'districts/yunxi/index.html', bytes: o.largestHtml ?? 150_000 }, heavyHtml: o.heavyHtml ?? 0 } }
      : { ok, wallMs: 1000, phases: {}, error: o.failed! },
    ...(ok
      ? {
          projectPage: { path: 'projects/2021/a/index.html', htmlBytes: 1, cssBytes: 1, scriptBytes: o.scriptBytes ?? 0, scripts: o.scriptBytes ? ['/assets/x.js'] : [], htmlCssBytes: o.htmlCssBytes ?? 40_000, medianHtmlBytes: 1, count: 1 },
          search: o.search ?? search(o.queryBytes ?? [50_000, 120_000, 80_000]),
          publishUpdate: { ok: true, wallMs: o.updateMs ?? 3000, maxRssKiB: 500_000, phases: {}, ...(o.logged ? { logged: o.logged, loggedSteps: o.loggedSteps ?? Object.keys(o.logged) } : {}), effect: { changed: 20, changedPages: 10, rewritten: o.rewritten ?? 20 } },
        }
      : {}),
  };
  const reference: SizeResult['reference'] = {
    build: { ok: true, wallMs: bareMs, maxRssKiB: 400_000, phases: {}, pages: barePages, msPerPage: bareMs / barePages },
    publishUpdate: { ok: true, wallMs: o.bareUpdateMs ?? 7_000, maxRssKiB: 300_000, phases: {} },
  };
  return { projects, updates: projects * 4, contentFiles: projects * 5 + 400, charts: { count: 100, ms: 50, perSecond: 2000, svgBytes: 1000, checkMs: 10, modelMs: 5 }, minsheng, reference, ...compareWithBare(minsheng, reference) };
}

const verdicts = (results: SizeResult[]) => Object.fromEntries(judgeTargets(results, machine).map((t) => [t.id, t.pass]));
/** A target's verdict and figures (an absent verdict reads as `pass: undefined`). */
const target = (results: SizeResult[], id: string) => { const t = judgeTargets(results, machine).find((t) => t.id === id)!; return { pass: t.pass, measured: t.measured }; };
const report = (results: SizeResult[]): BenchReport => ({ options: { sizes: results.map((r) => r.projects), updatesPerProject: 4, seed: 1, buildDate: '2026-06-30' }, machine, results, targets: judgeTargets(results, machine) });
/** The row of a size in the table under `heading`, split into its cells. */
function row(text: string, heading: string, projects: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const line = lines.slice(start).find((l) => l.startsWith(`| ${projects} `));
  expect(line, `${heading} / ${projects}`).toBeDefined();
  return line!.split('|').slice(1, -1).map((cell) => cell.trim());
}
/** The header cells of the table under `heading`. */
const header = (text: string, heading: string) => { const lines = text.split('\n'); return lines[lines.findIndex((l) => l.startsWith(heading)) + 1]!.split('|').slice(1, -1).map((c) => c.trim()); };
/** A row as an object keyed by its table's headers. */
const cells = (text: string, heading: string, projects: string) => Object.fromEntries(header(text, heading).map((h, i) => [h, row(text, heading, projects)[i]]));

describe('the ratios to the bare site', () => {
  it('compare the full build, the cost per page and publishing, each measured in the same run', () => {
    const r = result(5000, { buildMs: 120_000, bareMs: 8_000, pages: 80_000, barePages: 5000, updateMs: 4_000, bareUpdateMs: 8_000 });
    expect(r.ratio).toBe(15);
    // 1.5 ms per page against 1.6 ms.
    expect(r.pageCostRatio).toBeCloseTo(1.5 / 1.6, 10);
    expect(r.publishRatio).toBe(0.5);
  });

  it('are left out where a side failed', () => {
    const r = result(5000, { failed: 'out of memory' });
    expect(r).not.toHaveProperty('ratio');
    expect(r).not.toHaveProperty('pageCostRatio');
    expect(r).not.toHaveProperty('publishRatio');
    const bareFailed = compareWithBare(result(5000).minsheng, { build: { ok: true, wallMs: 1, phases: {}, pages: 1, msPerPage: 1 }, publishUpdate: { ok: false, wallMs: 1, phases: {}, error: 'exit code 1' } });
    expect(Object.keys(bareFailed).sort()).toEqual(['pageCostRatio', 'ratio']);
  });
});

describe('the targets', () => {
  it('pass when every measurement is within its limit', () => {
    expect(verdicts([result(1000), result(5000, { buildMs: 15_000, bareMs: 10_000 }), result(20000)])).toEqual({
      'build-ratio': true,
      'build-per-page': true,
      'publish-time': true,
      'publish-vs-bare': true,
      'publish-scope': true,
      'large-site': true,
      'page-size': true,
      'query-bytes': true,
      'page-script': true,
      'page-weight': true,
    });
  });

  it('fail on each limit crossed', () => {
    expect(
      verdicts([
        result(5000, { buildMs: 15_001, bareMs: 10_000, pages: 5000, barePages: 5000, updateMs: 7000, bareUpdateMs: 7000, scriptBytes: 944, htmlCssBytes: 60_001, rewritten: 4000, largestHtml: 200_000, heavyHtml: 1, queryBytes: [300_001] }),
        result(20000, { failed: 'out of memory' }),
      ]),
    ).toEqual({
      'build-ratio': false,
      'build-per-page': false,
      'publish-time': false,
      'publish-vs-bare': false,
      'publish-scope': false,
      'large-site': false,
      'page-size': false,
      'query-bytes': false,
      'page-script': false,
      'page-weight': false,
    });
  });

  it('judge the cost per page, not the whole build: more pages may take longer', () => {
    // 16 pages per project at 1.5× the bare cost of a page: 24× the bare build in all.
    const within = result(5000, { buildMs: 120_000, bareMs: 5_000, pages: 80_000, barePages: 5000 });
    expect(target([within], 'build-per-page')).toMatchObject({ pass: true, measured: '1.50× (1.50 ms per page, 80,000 pages in 120.0 s; bare 1.00 ms per page, 5,000 pages in 5.0 s)' });
    expect(target([within], 'build-ratio').pass).toBe(false);
    expect(target([result(5000, { buildMs: 120_001, bareMs: 5_000, pages: 80_000, barePages: 5000 })], 'build-per-page').pass).toBe(false);
  });

  it('compare publishing with the bare rebuild at 5,000, and say whether it is within the aim of 5 s', () => {
    expect(target([result(5000, { updateMs: 4_000, bareUpdateMs: 8_500 })], 'publish-vs-bare')).toMatchObject({ pass: true, measured: '4.0 s against 8.5 s (0.47×); within the aim of 5 s' });
    expect(target([result(5000, { updateMs: 6_000, bareUpdateMs: 8_500 })], 'publish-vs-bare')).toMatchObject({ pass: true, measured: '6.0 s against 8.5 s (0.71×); above the aim of 5 s' });
    expect(target([result(5000, { updateMs: 8_500, bareUpdateMs: 8_500 })], 'publish-vs-bare').pass).toBe(false);
    // Only the size the target names counts.
    expect(target([result(1000, { updateMs: 60_000 })], 'publish-vs-bare')).toEqual({ pass: undefined, measured: 'not measured: add 5000 to --sizes' });
  });

  it('leave publishing uncompared when the bare rebuild failed, and fail it when publishing failed', () => {
    const bareFailed = result(5000);
    bareFailed.reference.publishUpdate = { ok: false, wallMs: 10, phases: {}, error: 'exit code 1: boom' };
    delete bareFailed.publishRatio;
    expect(target([bareFailed], 'publish-vs-bare')).toEqual({ pass: undefined, measured: '3.0 s; not compared: the bare rebuild failed: exit code 1: boom' });
    const publishFailed = result(5000);
    publishFailed.minsheng.publishUpdate = { ok: false, wallMs: 10, phases: {}, error: 'exit code 1: bad' };
    delete publishFailed.publishRatio;
    expect(target([publishFailed], 'publish-vs-bare')).toMatchObject({ pass: false, measured: 'publishing failed: exit code 1: bad' });
  });

  it('hold page size and query bytes open without 20,000 projects, unless a smaller size already crosses the limit', () => {
    const small = [result(1000, { largestHtml: 90_000 }), result(5000, { largestHtml: 150_000, queryBytes: [40_000, 60_000, 250_000] })];
    const pages = target(small, 'page-size');
    expect(pages.pass).toBeUndefined();
    expect(pages.measured).toBe(
      '1,000: largest 90.0 KB (districts/yunxi/index.html), 0 of 200 KB or more; 5,000: largest 150.0 KB (districts/yunxi/index.html), 0 of 200 KB or more; the target is at 20,000: add 20000 to --sizes',
    );
    const queries = target(small, 'query-bytes');
    expect(queries.pass).toBeUndefined();
    expect(queries.measured).toContain('5,000: median 60.0 KB, max 250.0 KB ("query 2") over 3 queries');
    expect(target([result(5000, { largestHtml: 250_000, heavyHtml: 3 })], 'page-size')).toMatchObject({ pass: false, measured: expect.stringContaining('largest 250.0 KB (districts/yunxi/index.html), 3 of 200 KB or more') });
    expect(target([result(5000, { queryBytes: [300_000] }), result(20000, { queryBytes: [300_000] })], 'query-bytes').pass).toBe(true);
  });

  it('say why search was not measured: older code without the fetch counter, or a failure', () => {
    const older = result(20000, { search: { missing: 'the measured code has no src/search/fetches.ts (a single-file index)' } });
    expect(target([older], 'query-bytes')).toEqual({ pass: undefined, measured: '20,000: not measured: the measured code has no src/search/fetches.ts (a single-file index)' });
    const failed = result(20000, { search: { error: 'ENOENT: search/index.js' } });
    expect(target([failed], 'query-bytes').measured).toContain('20,000: failed: ENOENT: search/index.js');
  });

  it('judge the largest site on its peak memory, building and publishing', () => {
    expect(target([result(20000, { rssKiB: 5 * 2 ** 20 })], 'large-site')).toMatchObject({ pass: true, measured: 'built in 10.0 s, peak 5120 MiB; published one update in 3.0 s, peak 488 MiB; on 24.0 GiB, 2 cores' });
  });

  it('are not measured when the run left out their size', () => {
    const targets = judgeTargets([result(1000)], machine);
    const ratio = targets.find((t) => t.id === 'build-ratio')!;
    expect(ratio.pass).toBeUndefined();
    expect(ratio.measured).toBe('not measured: add 5000 to --sizes');
    expect(targets.find((t) => t.id === 'build-per-page')!.pass).toBeUndefined();
    expect(targets.find((t) => t.id === 'large-site')!.pass).toBeUndefined();
    expect(targets.find((t) => t.id === 'publish-time')!.pass).toBe(true);
  });

  it('are printed with their verdicts under the tables, a failed build as "failed"', () => {
    const results = [result(1000), result(20000, { failed: 'exit code 134: JavaScript heap out of memory' })];
    const text = formatReport(report(results));
    expect(text).toContain("- [FAIL] 20,000 projects build within the machine's memory: failed on 24.0 GiB, 2 cores: exit code 134: JavaScript heap out of memory");
    expect(text).toContain('- [not measured] At 5,000 projects');
    expect(text).toContain('- 20,000 projects, minsheng build: exit code 134: JavaScript heap out of memory');
    expect(row(text, 'Full build', '20,000')).toContain('failed');
  });
});

describe('the tables', () => {
  const results = [
    result(1000, { buildMs: 30_000, pages: 16_000, bareMs: 4_000, barePages: 1000, updateMs: 2_500, bareUpdateMs: 3_600, largestHtml: 123_456, logged: { 'read content': 300, render: 1200 } }),
    result(5000, { buildMs: 120_000, pages: 80_000, bareMs: 8_000, barePages: 5000, updateMs: 4_000, bareUpdateMs: 8_000, heavyHtml: 2, largestHtml: 210_000, queryBytes: [10_000, 30_000, 20_000], logged: { '# pages rendered': 2400, 'search shards': 500 }, loggedSteps: ['61 pages rendered', 'search shards'] }),
  ];
  const text = formatReport(report(results));

  it('put the full build per page beside the bare site, with both ratios', () => {
    expect(cells(text, 'Full build', '5,000')).toMatchObject({ pages: '80,000', 'build s': '120.0', 'ms/page': '1.50', 'peak RSS MiB': '977', 'bare pages': '5,000', 'bare build s': '8.0', 'bare ms/page': '1.60', 'bare RSS MiB': '391', 'ratio ×': '15.00', 'per page ×': '0.94' });
  });

  it('put publishing one update beside the bare rebuild, with peak memory and the ratio', () => {
    expect(cells(text, 'Publish one update', '1,000')).toMatchObject({ 'publish s': '2.5', 'peak RSS MiB': '488', 'files changed': '20', 'pages changed': '10', 'files written': '20', 'bare rebuild s': '3.6', 'bare RSS MiB': '293', 'ratio ×': '0.69' });
  });

  it('name the largest page and count the pages of 200 KB or more', () => {
    expect(cells(text, 'Output', '1,000')).toMatchObject({ 'largest page KB': '123.5', 'largest page': 'districts/yunxi/index.html', 'pages ≥ 200 KB': '0' });
    expect(cells(text, 'Output', '5,000')).toMatchObject({ 'largest page KB': '210.0', 'pages ≥ 200 KB': '2' });
  });

  it('line up columns holding Chinese, two columns a character', () => {
    const chinese = formatReport(report([result(1000, { search: { ...search([1, 2]), heaviestQuery: '临江县 幼儿园' } }), result(5000)]));
    const lines = chinese.split('\n');
    const searchRows = lines.slice(lines.findIndex((l) => l.startsWith('Search'))).filter((l) => l.startsWith('| ')).slice(0, 3);
    const width = (l: string) => [...l].reduce((n, c) => n + (/\p{Script=Han}/u.test(c) ? 2 : 1), 0);
    expect(searchRows).toHaveLength(3);
    expect(new Set(searchRows.map(width)).size).toBe(1);
    expect(searchRows[1]).toMatch(/\| 临江县 幼儿园 +\|/);
  });

  it('give the largest shard and the median and largest bytes a query fetches', () => {
    expect(text).toContain('over 3 typical two-word queries');
    expect(cells(text, 'Search', '5,000')).toMatchObject({ 'largest shard KB': '90.0', 'largest shard': 'search/t/7f.js', 'query median KB': '20.0', 'query max KB': '30.0', 'heaviest query': 'query 1', 'whole index KB': '–' });
  });

  it('show "–" for search where the measured code cannot count it, and say why', () => {
    const older = formatReport(report([result(1000, { search: { missing: 'the measured code has no src/search/fetches.ts (a single-file index)' } })]));
    expect(cells(older, 'Search', '1,000')).toMatchObject({ 'largest shard KB': '–', 'query median KB': '–', 'query max KB': '–' });
    expect(older).toContain('1,000 projects, search: not measured: the measured code has no src/search/fetches.ts');
    const failed = formatReport(report([result(1000, { search: { error: 'no shard for 临江' } })]));
    expect(failed).toContain('- 1,000 projects, search: no shard for 临江');
  });

  it("show a publish's own logged phases, and Astro's as \"–\" when it ran without Astro", () => {
    expect(header(text, 'Where the time goes in publishing')).toEqual(['projects', 'setup', 'content sync', 'bundle', 'render pages', 'after render', 'zh-Hant conversion', 'read content', 'render', '# pages rendered', 'search shards']);
    expect(row(text, 'Where the time goes in publishing', '1,000')).toEqual(['1,000', '–', '–', '–', '–', '–', '–', '0.3', '1.2', '–', '–']);
    expect(row(text, 'Where the time goes in publishing', '5,000')).toEqual(['5,000', '–', '–', '–', '–', '–', '–', '–', '–', '2.4', '0.5']);
    // The counts behind "#", where a step has them.
    expect(text).toContain('\n5,000 projects, publish: 61 pages rendered\n');
    expect(text).not.toContain('1,000 projects, publish:');
    expect(row(text, 'Where the time goes in a full build', '1,000').slice(0, 5)).toEqual(['1,000', '1.0', '–', '–', '5.0']);
  });
});
