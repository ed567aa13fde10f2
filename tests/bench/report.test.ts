/**
 * The targets of the performance issue, judged from measurements: passed, failed, or not
 * measured when the run did not include the size a target is about.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, judgeTargets, type Machine, type SizeResult } from '../../bench/report.ts';

const machine: Machine = { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 24 * 2 ** 30, node: 'v24.0.0', platform: 'linux', loadAtStart: [0, 0, 0], loadAtEnd: [0, 0, 0] };

function result(projects: number, overrides: { buildMs?: number; bareMs?: number; updateMs?: number; scriptBytes?: number; htmlCssBytes?: number; failed?: string; rewritten?: number } = {}): SizeResult {
  const buildMs = overrides.buildMs ?? 10_000;
  const bareMs = overrides.bareMs ?? 8_000;
  const ok = overrides.failed === undefined;
  return {
    projects,
    updates: projects * 4,
    contentFiles: projects * 5 + 400,
    charts: { count: 100, ms: 50, perSecond: 2000, svgBytes: 1000, checkMs: 10, modelMs: 5 },
    minsheng: {
      build: ok ? { ok, wallMs: buildMs, maxRssKiB: 1_000_000, phases: {}, pages: 10, pagesPerSecond: 1, output: { bytes: 1, files: 1 } } : { ok, wallMs: 1000, phases: {}, error: overrides.failed! },
      ...(ok
        ? {
            projectPage: { path: 'projects/2021/a/index.html', htmlBytes: 1, cssBytes: 1, scriptBytes: overrides.scriptBytes ?? 0, scripts: overrides.scriptBytes ? ['/assets/x.js'] : [], htmlCssBytes: overrides.htmlCssBytes ?? 40_000, medianHtmlBytes: 1, count: 1 },
            publishUpdate: { ok: true, wallMs: overrides.updateMs ?? 3000, phases: {}, effect: { changed: 20, changedPages: 10, rewritten: overrides.rewritten ?? 20 } },
          }
        : {}),
    },
    reference: { build: { ok: true, wallMs: bareMs, phases: {}, pages: projects } },
    ...(ok ? { ratio: buildMs / bareMs } : {}),
  };
}

const verdicts = (results: SizeResult[]) => Object.fromEntries(judgeTargets(results, machine).map((t) => [t.id, t.pass]));

describe('the targets', () => {
  it('pass when every measurement is within its limit', () => {
    expect(verdicts([result(1000), result(5000, { buildMs: 15_000, bareMs: 10_000 }), result(20000)])).toEqual({
      'build-ratio': true,
      'publish-time': true,
      'publish-scope': true,
      'large-site': true,
      'page-script': true,
      'page-weight': true,
    });
  });

  it('fail on each limit crossed', () => {
    expect(verdicts([result(5000, { buildMs: 15_001, bareMs: 10_000, updateMs: 7000, scriptBytes: 944, htmlCssBytes: 60_001, rewritten: 4000 }), result(20000, { failed: 'out of memory' })])).toEqual({
      'build-ratio': false,
      'publish-time': false,
      'publish-scope': false,
      'large-site': false,
      'page-script': false,
      'page-weight': false,
    });
  });

  it('are not measured when the run left out their size', () => {
    const targets = judgeTargets([result(1000)], machine);
    const ratio = targets.find((t) => t.id === 'build-ratio')!;
    expect(ratio.pass).toBeUndefined();
    expect(ratio.measured).toBe('not measured: add 5000 to --sizes');
    expect(targets.find((t) => t.id === 'large-site')!.pass).toBeUndefined();
    expect(targets.find((t) => t.id === 'publish-time')!.pass).toBe(true);
  });

  it('are printed with their verdicts under the tables, a failed build as "failed"', () => {
    const results = [result(1000), result(20000, { failed: 'exit code 134: JavaScript heap out of memory' })];
    const text = formatReport({ options: { sizes: [1000, 20000], updatesPerProject: 4, seed: 1, buildDate: '2026-06-30' }, machine, results, targets: judgeTargets(results, machine) });
    expect(text).toContain('- [FAIL] 20,000 projects build on a 24 GB, 2-core machine: failed on 24 GB, 2 cores: exit code 134: JavaScript heap out of memory');
    expect(text).toContain('- [not measured] At 5,000 projects');
    expect(text).toContain('- 20,000 projects, minsheng build: exit code 134: JavaScript heap out of memory');
    expect(text.split('\n').find((line) => line.startsWith('| 20,000 '))).toContain('failed');
  });
});
