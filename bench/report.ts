/**
 * The benchmark's results: their shape (the JSON it writes), the targets of the
 * performance issue judged against them, and the tables it prints.
 */
import type { RebuildEffect } from './measure.ts';
import type { Phases, RunResult } from './run.ts';

export interface BuildResult extends RunResult {
  /** `index.html` files written. */
  pages?: number;
  pagesPerSecond?: number;
  output?: { bytes: number; files: number };
}

export interface RebuildResult extends RunResult {
  /** Which files the rebuild changed and which it wrote again. */
  effect?: RebuildEffect;
}

export interface ChartsResult {
  /** Every chart of the site in every rendered locale, as `/charts/` holds them. */
  count: number;
  /** Computing every chart model and rendering it with `renderSvg`. */
  ms: number;
  perSecond: number;
  svgBytes: number;
  /** Reading and checking the content, then building the site model: what precedes the charts. */
  checkMs: number;
  modelMs: number;
}

export interface SizeResult {
  projects: number;
  updates: number;
  contentFiles: number;
  charts: ChartsResult | { error: string };
  minsheng: {
    build: BuildResult;
    /** The heaviest project page of the default locale. */
    projectPage?: { path: string; htmlBytes: number; cssBytes: number; scriptBytes: number; scripts: string[]; htmlCssBytes: number; medianHtmlBytes: number; count: number };
    searchIndex?: { bytes: number; gzipBytes: number };
    publishUpdate?: RebuildResult;
  };
  reference: {
    build: BuildResult;
    publishUpdate?: RebuildResult;
  };
  /** minsheng's full build time over the bare Astro build's, measured in the same run. */
  ratio?: number;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-, 5- and 15-minute load averages when the run started and ended: others' work skews timings. */
  loadAtStart: number[];
  loadAtEnd: number[];
}

export interface Target {
  id: string;
  text: string;
  /** What was measured, in words. */
  measured: string;
  /** Undefined when this run did not measure it (e.g. the size was not among `--sizes`). */
  pass?: boolean;
}

export interface BenchReport {
  options: { sizes: number[]; updatesPerProject: number; seed: number; buildDate: string; commit?: string; modified?: boolean; nodeOptions?: string };
  machine: Machine;
  results: SizeResult[];
  targets: Target[];
}

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mib = (kib: number | undefined) => (kib === undefined ? '–' : String(Math.round(kib / 1024)));
const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));
const count = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en-US'));
const or = <T>(ok: boolean, value: T): T | string => (ok ? value : 'failed');

/** 60 KB as the issue writes it, in bytes (1 KB = 1,000 bytes throughout the report). */
export const PAGE_LIMIT_BYTES = 60_000;
export const PUBLISH_LIMIT_MS = 7_000;
export const RATIO_LIMIT = 1.5;

export function judgeTargets(results: readonly SizeResult[], machine: Machine): Target[] {
  const at = (projects: number) => results.find((r) => r.projects === projects);
  const targets: Target[] = [];

  const mid = at(5000);
  targets.push({
    id: 'build-ratio',
    text: `At 5,000 projects + 20,000 updates the complete site builds within ${RATIO_LIMIT}× the bare Astro build of the same projects`,
    ...(!mid
      ? { measured: 'not measured: add 5000 to --sizes' }
      : mid.ratio === undefined
        ? { measured: `a build failed: ${mid.minsheng.build.error ?? mid.reference.build.error}`, pass: false }
        : { measured: `${mid.ratio.toFixed(2)}× (${seconds(mid.minsheng.build.wallMs)} s against ${seconds(mid.reference.build.wallMs)} s)`, pass: mid.ratio <= RATIO_LIMIT }),
  });

  const published = results.filter((r) => r.minsheng.publishUpdate);
  const updates = published.map((r) => `${count(r.projects)}: ${r.minsheng.publishUpdate!.ok ? `${seconds(r.minsheng.publishUpdate!.wallMs)} s` : 'failed'}`);
  targets.push({
    id: 'publish-time',
    text: `Publishing one update (add one update file, rebuild) takes under ${PUBLISH_LIMIT_MS / 1000} s`,
    measured: published.length ? updates.join('; ') : 'not measured: every full build failed',
    ...(published.length ? { pass: published.every((r) => r.minsheng.publishUpdate!.ok && r.minsheng.publishUpdate!.wallMs < PUBLISH_LIMIT_MS) } : {}),
  });
  const scoped = published.filter((r) => r.minsheng.publishUpdate!.effect);
  targets.push({
    id: 'publish-scope',
    text: 'Publishing one update rebuilds only what it affects (no file written again unchanged)',
    measured: scoped.length
      ? scoped.map((r) => { const e = r.minsheng.publishUpdate!.effect!; return `${count(r.projects)}: ${count(e.changed)} files changed (${count(e.changedPages)} pages), ${count(e.rewritten)} written`; }).join('; ')
      : 'not measured',
    ...(scoped.length ? { pass: scoped.every((r) => r.minsheng.publishUpdate!.effect!.rewritten <= r.minsheng.publishUpdate!.effect!.changed) } : {}),
  });

  const large = at(20000);
  const memory = `${Math.round(machine.memoryBytes / 2 ** 30)} GB, ${machine.cpus} cores`;
  targets.push({
    id: 'large-site',
    text: '20,000 projects build on a 24 GB, 2-core machine',
    ...(!large
      ? { measured: 'not measured: add 20000 to --sizes' }
      : large.minsheng.build.ok
        ? { measured: `built in ${seconds(large.minsheng.build.wallMs)} s, peak ${mib(large.minsheng.build.maxRssKiB)} MiB, on ${memory}`, pass: true }
        : { measured: `failed on ${memory}: ${large.minsheng.build.error}`, pass: false }),
  });

  const pages = results.filter((r) => r.minsheng.projectPage);
  targets.push({
    id: 'page-script',
    text: 'A project page needs 0 bytes of script to read (judged on the script it loads)',
    measured: pages.length
      ? pages.map((r) => { const page = r.minsheng.projectPage!; return `${count(r.projects)}: ${count(page.scriptBytes)} B${page.scripts.length ? ` (${page.scripts.join(', ')})` : ''}`; }).join('; ')
      : 'not measured',
    ...(pages.length ? { pass: pages.every((r) => r.minsheng.projectPage!.scriptBytes === 0) } : {}),
  });
  targets.push({
    id: 'page-weight',
    text: `A project page weighs ≤ ${PAGE_LIMIT_BYTES / 1000} KB of HTML+CSS (the heaviest project page)`,
    measured: pages.length ? pages.map((r) => `${count(r.projects)}: ${kb(r.minsheng.projectPage!.htmlCssBytes)} KB`).join('; ') : 'not measured',
    ...(pages.length ? { pass: pages.every((r) => r.minsheng.projectPage!.htmlCssBytes <= PAGE_LIMIT_BYTES) } : {}),
  });
  return targets;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

const phase = (phases: Phases, name: keyof Phases) => seconds(phases[name]);

export function formatReport(report: BenchReport): string {
  const { results, targets, machine } = report;
  const out: string[] = [];
  out.push('Build (full builds with fresh caches; "1 update" = add one update file and rebuild with the same cache)');
  out.push(
    table(
      ['projects', 'updates', 'build s', 'peak RSS MiB', 'pages', 'pages/s', '1 update s', 'bare build s', 'bare RSS MiB', 'bare 1 update s', 'ratio ×', 'charts', 'charts/s'],
      results.map((r) => {
        const m = r.minsheng.build;
        const b = r.reference.build;
        const charts = 'count' in r.charts ? r.charts : undefined;
        return [
          count(r.projects), count(r.updates),
          or(m.ok, seconds(m.wallMs)), mib(m.maxRssKiB), count(m.pages), m.pagesPerSecond?.toFixed(0) ?? '–',
          r.minsheng.publishUpdate ? or(r.minsheng.publishUpdate.ok, seconds(r.minsheng.publishUpdate.wallMs)) : '–',
          or(b.ok, seconds(b.wallMs)), mib(b.maxRssKiB),
          r.reference.publishUpdate ? or(r.reference.publishUpdate.ok, seconds(r.reference.publishUpdate.wallMs)) : '–',
          r.ratio?.toFixed(2) ?? '–',
          charts ? count(charts.count) : 'failed', charts ? charts.perSecond.toFixed(0) : '–',
        ];
      }),
    ),
  );
  out.push('', 'Output (1 KB = 1,000 bytes; the project page is the heaviest of the default locale; median is its HTML alone)');
  out.push(
    table(
      ['projects', 'output MB', 'files', 'page HTML KB', 'page CSS KB', 'page script B', 'page HTML+CSS KB', 'median HTML KB', 'search index KB', 'gzip KB', '1 update: files changed', 'files written'],
      results.map((r) => {
        const m = r.minsheng;
        const page = m.projectPage;
        const effect = m.publishUpdate?.effect;
        return [
          count(r.projects), m.build.output ? (m.build.output.bytes / 1e6).toFixed(1) : '–', count(m.build.output?.files),
          kb(page?.htmlBytes), kb(page?.cssBytes), count(page?.scriptBytes), kb(page?.htmlCssBytes), kb(page?.medianHtmlBytes),
          kb(m.searchIndex?.bytes), kb(m.searchIndex?.gzipBytes),
          effect ? `${count(effect.changed)} (${count(effect.changedPages)} pages)` : '–', count(effect?.rewritten),
        ];
      }),
    ),
  );
  out.push('', 'Where the time goes (seconds, from the arrival of the log lines; minsheng reads its content once, in the checker: its "content sync" is Node\'s start and the check)');
  out.push(
    table(
      ['projects', 'setup', 'content sync', 'bundle', 'render pages', 'after render', 'zh-Hant conversion', 'bare setup', 'bare content sync', 'bare bundle', 'bare render'],
      results.map((r) => {
        const m = r.minsheng.build.phases;
        const b = r.reference.build.phases;
        return [count(r.projects), phase(m, 'setupMs'), phase(m, 'contentSyncMs'), phase(m, 'bundleMs'), phase(m, 'renderMs'), phase(m, 'afterRenderMs'), phase(m, 'conversionMs'), phase(b, 'setupMs'), phase(b, 'contentSyncMs'), phase(b, 'bundleMs'), phase(b, 'renderMs')];
      }),
    ),
  );
  const failures = results.flatMap((r) => [
    ...[['minsheng build', r.minsheng.build], ['minsheng 1 update', r.minsheng.publishUpdate], ['bare build', r.reference.build], ['bare 1 update', r.reference.publishUpdate]]
      .filter((entry): entry is [string, RunResult] => entry[1] !== undefined && !(entry[1] as RunResult).ok)
      .map(([what, run]) => `${count(r.projects)} projects, ${what}: ${run.error}`),
    ...('error' in r.charts ? [`${count(r.projects)} projects, charts: ${r.charts.error}`] : []),
  ]);
  if (failures.length) out.push('', 'Failed', ...failures.map((f) => `- ${f}`));
  out.push('', 'Targets');
  for (const target of targets) out.push(`- [${target.pass === undefined ? 'not measured' : target.pass ? 'pass' : 'FAIL'}] ${target.text}: ${target.measured}`);
  out.push('', `Machine: ${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${machine.loadAtEnd.map((l) => l.toFixed(2)).join(' ')} at end`);
  return out.join('\n');
}
