/**
 * `npm run bench` end to end at a tiny size: it builds both sites, reports every field,
 * cleans up after itself, and leaves no build running when interrupted. Timings are never
 * asserted (the machine is shared); only that each was measured and makes sense.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../bench/report.ts';
import { ROOT } from '../helpers.ts';

const BENCH = join(ROOT, 'scripts/bench.ts');
const temp = mkdtempSync(join(tmpdir(), 'minsheng-bench-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The temporary folder a run announced on stderr. */
const workFolder = (stderr: string) => /working in (\S+);/.exec(stderr)?.[1];

describe('npm run bench -- --sizes 30', () => {
  let run: SpawnSyncReturns<string>;
  let report: BenchReport;

  beforeAll(() => {
    run = spawnSync(process.execPath, [BENCH, '--sizes', '30', '--json', join(temp, 'bench.json')], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
    if (run.status !== 0) throw new Error(`npm run bench failed:\n${run.stdout}\n${run.stderr}`);
    report = JSON.parse(readFileSync(join(temp, 'bench.json'), 'utf8')) as BenchReport;
  }, 900_000);

  it('prints the tables, the targets and the machine', () => {
    for (const heading of ['Full build (', 'Publish one update (', 'Output (', 'Search (', 'Where the time goes in a full build', 'Where the time goes in publishing', 'Targets', 'Machine: ']) {
      expect(run.stdout.split('\n').some((line) => line.startsWith(heading)), heading).toBe(true);
    }
    expect(run.stdout).toMatch(/^\| 30 +\| +120 \|/m);
    expect(run.stdout).toContain(`JSON written to ${join(temp, 'bench.json')}`);
  });

  it('measures the complete build: time, memory, pages, cost per page, output, the largest page and a project page', () => {
    const [result] = report.results;
    expect(report.results).toHaveLength(1);
    expect(result!.projects).toBe(30);
    expect(result!.updates).toBe(120);
    const { build, projectPage } = result!.minsheng;
    expect(build.ok).toBe(true);
    expect(build.wallMs).toBeGreaterThan(0);
    expect(build.maxRssKiB).toBeGreaterThan(0);
    // Every project, update and place in three locales at least.
    expect(build.pages).toBeGreaterThan(3 * (30 + 120));
    expect(build.pagesPerSecond).toBeGreaterThan(0);
    expect(build.msPerPage).toBeCloseTo(build.wallMs / build.pages!, 6);
    expect(build.output!.files).toBeGreaterThan(build.pages!);
    expect(build.output!.bytes).toBeGreaterThan(0);
    expect(build.output!.largestHtml!.path).toMatch(/\.html$/);
    expect(build.output!.largestHtml!.bytes).toBeGreaterThan(projectPage!.htmlBytes - 1);
    // At 30 projects no page comes near 200 KB.
    expect(build.output!.heavyHtml).toBe(0);
    for (const phase of ['setupMs', 'contentSyncMs', 'bundleMs', 'renderMs', 'afterRenderMs', 'conversionMs'] as const) expect(build.phases[phase], phase).toBeGreaterThanOrEqual(0);
    expect(projectPage!.path).toMatch(/^projects\/\d{4}\/[a-z0-9-]+\/index\.html$/);
    expect(projectPage!.htmlBytes).toBeGreaterThan(0);
    expect(projectPage!.cssBytes).toBeGreaterThan(0);
    expect(projectPage!.scriptBytes).toBeGreaterThanOrEqual(0);
    expect(projectPage!.htmlCssBytes).toBe(projectPage!.htmlBytes + projectPage!.cssBytes);
    expect(projectPage!.count).toBe(30);
  });

  it('measures what typical queries fetch from the sharded search, and its largest shard', () => {
    const search = report.results[0]!.minsheng.search!;
    if (!('queries' in search)) throw new Error(`search not measured: ${JSON.stringify(search)}`);
    expect(search.queries).toHaveLength(15);
    for (const query of search.queries) {
      expect(query.query).toMatch(/^\p{Script=Han}+ \p{Script=Han}+$/u);
      expect(query.files[0]).toBe('search/index.js');
      expect(query.bytes).toBeGreaterThan(0);
    }
    expect(search.maxBytes).toBe(Math.max(...search.queries.map((q) => q.bytes)));
    expect(search.medianBytes).toBeLessThanOrEqual(search.maxBytes);
    expect(search.largestShard.path).toMatch(/^search\/.+\.js$/);
    expect(search.largestShard.bytes).toBeGreaterThan(0);
    expect(run.stdout).toContain(search.largestShard.path);
  });

  it('publishes one update with the same cache, and tells which files changed', () => {
    const update = report.results[0]!.minsheng.publishUpdate!;
    expect(update.ok).toBe(true);
    expect(update.wallMs).toBeGreaterThan(0);
    // At least the new update's page, in each locale.
    expect(update.effect!.changedPages).toBeGreaterThanOrEqual(3);
    expect(update.effect!.changed).toBeGreaterThanOrEqual(update.effect!.changedPages);
    expect(update.effect!.rewritten).toBeGreaterThan(0);
    expect(update.maxRssKiB).toBeGreaterThan(0);
  });

  it('builds the bare Astro site of the same projects, one page each, and the ratio of the two', () => {
    const { reference, ratio, pageCostRatio, publishRatio } = report.results[0]!;
    expect(reference.build.ok).toBe(true);
    expect(reference.build.pages).toBe(30);
    expect(reference.build.maxRssKiB).toBeGreaterThan(0);
    expect(reference.publishUpdate!.ok).toBe(true);
    expect(reference.publishUpdate!.effect!.changedPages).toBe(1);
    expect(reference.build.msPerPage).toBeCloseTo(reference.build.wallMs / 30, 6);
    expect(reference.publishUpdate!.maxRssKiB).toBeGreaterThan(0);
    expect(ratio).toBeGreaterThan(0);
    expect(pageCostRatio).toBeCloseTo(report.results[0]!.minsheng.build.msPerPage! / reference.build.msPerPage!, 6);
    expect(publishRatio).toBeCloseTo(report.results[0]!.minsheng.publishUpdate!.wallMs / reference.publishUpdate!.wallMs, 6);
  });

  it('renders every chart of the site and counts charts per second', () => {
    const charts = report.results[0]!.charts;
    expect('count' in charts && charts.count).toBeGreaterThan(0);
    expect('perSecond' in charts && charts.perSecond).toBeGreaterThan(0);
    expect('svgBytes' in charts && charts.svgBytes).toBeGreaterThan(0);
  });

  it('judges every target and describes the machine', () => {
    expect(report.targets.map((t) => t.id)).toEqual(['build-ratio', 'build-per-page', 'publish-time', 'publish-vs-bare', 'publish-scope', 'large-site', 'page-size', 'query-bytes', 'page-script', 'page-weight']);
    // Sizes the run left out leave their targets open; within the limits at 30 projects, those about 20,000 stay open too.
    for (const id of ['build-ratio', 'build-per-page', 'publish-vs-bare', 'large-site', 'page-size', 'query-bytes']) expect(report.targets.find((t) => t.id === id)!.pass, id).toBeUndefined();
    expect(typeof report.targets.find((t) => t.id === 'page-weight')!.pass).toBe('boolean');
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.memoryBytes).toBeGreaterThan(0);
    expect(report.machine.node).toMatch(/^v\d+/);
    expect(report.options).toMatchObject({ sizes: [30], updatesPerProject: 4, buildDate: '2026-06-30' });
  });

  it('removes its temporary folder', () => {
    const folder = workFolder(run.stderr);
    expect(folder).toBeDefined();
    expect(existsSync(folder!)).toBe(false);
  });
});

describe('npm run bench, interrupted', () => {
  it('stops the build it started, removes its folder and exits 130', async () => {
    const child = spawn(process.execPath, [BENCH, '--sizes', '30'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('minsheng build (log:')) resolve();
      });
    });
    // Let the build get going before the interruption.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const folder = workFolder(stderr)!;
    expect(existsSync(folder)).toBe(false);
    const processes = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout;
    expect(processes.split('\n').filter((line) => line.includes(folder))).toEqual([]);
  }, 120_000);

  it('refuses sizes that are not numbers of projects', () => {
    const run = spawnSync(process.execPath, [BENCH, '--sizes', '1000,lots'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--sizes takes whole numbers of projects');
  });
});
