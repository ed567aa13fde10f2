/**
 * `npm run bench -- [--sizes 1000,5000] [--json <file>] [--keep]`: the performance
 * benchmark. For each size it generates a corpus (bench/corpus.ts), builds the complete
 * site and a bare Astro site of the same projects (bench/reference/) one after the other,
 * so that the ratio of the two holds on a busy machine, and prints what it measured.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_DATE, generateCorpus, SOURCE_DATE_EPOCH } from '../bench/corpus.ts';
import { compareSnapshots, fileSize, outputStats, projectPages, snapshot, writeCorpus } from '../bench/measure.ts';
import { compareWithBare, formatReport, judgeTargets, PAGE_SIZE_LIMIT_BYTES, type BenchReport, type BuildResult, type ChartsResult, type Machine, type RebuildResult, type SizeResult } from '../bench/report.ts';
import { runTimed, stopAll, type RunResult } from '../bench/run.ts';
import { measureSearch, typicalQueries, type SearchFetches } from '../bench/search.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run bench -- [--sizes 1000,5000] [--json <file>] [--keep] [--commit <rev>]

Generates a synthetic corpus of each size (projects, with 4 updates each) in a temporary
folder, and measures the complete minsheng build, publishing one update, a bare Astro
build of the same projects, charts rendered per second, the largest page, and the bytes
typical search queries fetch. Prints tables and the targets, then the results as JSON (or
writes them to --json <file>).

  --sizes   numbers of projects, comma-separated (default: 1000,5000; 20000 is measured
            only when asked, being many times slower)
  --json    write the JSON to this file instead of printing it
  --keep    keep the temporary folder (corpus, sites, logs) and print where it is
  --commit  measure this commit (e.g. HEAD) instead of the working tree, which others
            may be editing during a long run

Builds inherit NODE_OPTIONS, e.g. NODE_OPTIONS=--max-old-space-size=8192 for large sizes.
The machine should be otherwise idle: every number here is a wall-clock time.`;

const { values } = parseCommand(usage, { sizes: { type: 'string' }, json: { type: 'string' }, keep: { type: 'boolean' }, commit: { type: 'string' } });
const sizes = (values.sizes ?? '1000,5000').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error(`--sizes takes whole numbers of projects, at least 2 each, such as 1000,5000; found "${values.sizes}".\n\n${usage}`);
  process.exit(2);
}
const UPDATES_PER_PROJECT = 4;
/** The heap `npm run build` gives a build (package.json): three quarters of the memory. */
const HEAP = '--max-old-space-size-percentage=75';
const SEED = 1;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'minsheng-bench-'));
const progress = (message: string) => console.error(`[bench] ${message}`);

function cleanUp(): void {
  if (!values.keep) rmSync(temp, { recursive: true, force: true });
}
// An interrupted benchmark stops its builds, waits for them to end, and removes what it wrote.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    progress(`${signal}: stopping the builds`);
    void stopAll().then(() => {
      cleanUp();
      process.exit(130);
    });
  });
}

const buildEnv = (extra: Record<string, string>) => ({ ...process.env, SOURCE_DATE_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

/** Adds pages, pages/s, the cost of a page and the output's size and largest page to a finished build. */
function withOutput(run: RunResult, outDir: string): BuildResult {
  if (!run.ok) return run;
  const { pages, bytes, files, largestHtml, heavyHtml } = outputStats(outDir, PAGE_SIZE_LIMIT_BYTES);
  return {
    ...run,
    pages,
    pagesPerSecond: pages / (run.wallMs / 1000),
    ...(pages > 0 ? { msPerPage: run.wallMs / pages } : {}),
    output: { bytes, files, ...(largestHtml ? { largestHtml } : {}), heavyHtml },
  };
}

/**
 * What typical queries fetch from a built site, counted by the measured code's own
 * src/search/fetches.ts (the client's logic run against the output). Code from before
 * sharded search has none: then the search is "missing", and the tables show "–".
 */
async function measureSearchOf(site: string, outDir: string): Promise<NonNullable<SizeResult['minsheng']['search']>> {
  const module = join(site, 'src/search/fetches.ts');
  if (!existsSync(module)) return { missing: 'the measured code has no src/search/fetches.ts (a single-file index)' };
  try {
    const search = (await import(pathToFileURL(module).href)) as SearchFetches;
    return measureSearch(outDir, typicalQueries(), search);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Runs a rebuild after `change`, and tells which files of `outDir` it changed and wrote. */
async function rebuild(outDir: string, change: () => void, run: () => Promise<RunResult>): Promise<RebuildResult> {
  const before = snapshot(outDir);
  change();
  const result = await run();
  return result.ok ? { ...result, effect: compareSnapshots(before, snapshot(outDir)) } : result;
}

/**
 * Charts per second, in this process: every chart model of the site computed and rendered
 * to SVG. The code is the measured copy's, like the builds'.
 */
async function measureCharts(site: string, contentDir: string): Promise<ChartsResult> {
  const load = <T>(path: string) => import(pathToFileURL(join(site, path)).href) as Promise<T>;
  const { renderSvg } = await load<typeof import('../src/charts/index.ts')>('src/charts/index.ts');
  const { checkContent, siteContentOf } = await load<typeof import('../src/check/index.ts')>('src/check/index.ts');
  const { CONTENT_ENV } = await load<typeof import('../src/config.ts')>('src/config.ts');
  const { allCharts } = await load<typeof import('../src/site/charts.ts')>('src/site/charts.ts');
  const { buildSiteModel } = await load<typeof import('../src/model/site.ts')>('src/model/site.ts');
  // The map charts read boundaries from the content folder the build would use.
  process.env[CONTENT_ENV] = contentDir;
  const started = performance.now();
  const checked = await checkContent({ contentDir, today: BUILD_DATE, lang: 'en' });
  if (checked.errors > 0) throw new Error(`the generated corpus has ${checked.errors} errors; run the corpus test`);
  const checkedAt = performance.now();
  const model = buildSiteModel(siteContentOf(checked.content)!, BUILD_DATE);
  const modelAt = performance.now();
  let svgBytes = 0;
  const charts = allCharts(model);
  for (const chart of charts) svgBytes += renderSvg(chart.model).length;
  const ms = performance.now() - modelAt;
  return { count: charts.length, ms: Math.round(ms), perSecond: charts.length / (ms / 1000), svgBytes, checkMs: Math.round(checkedAt - started), modelMs: Math.round(modelAt - checkedAt) };
}

/**
 * Where the two sites are built from: copies in the temporary folder, each with a link to
 * the project's node_modules. Astro writes `.astro/` into the folder it runs in and, when
 * the output lies outside it, keeps the pages' server chunks in `.astro/.prerender/`,
 * deleting them when done; a build started meanwhile from the project folder (a test,
 * another site) would take them away mid-build, and ours would take theirs. The copy also
 * keeps edits made to the project during a long run out of the measurement.
 */
function prepareSites(commit: string | undefined): { minsheng: string; reference: string } {
  const minsheng = join(temp, 'sites/minsheng');
  const reference = join(temp, 'sites/reference');
  if (commit) {
    mkdirSync(minsheng, { recursive: true });
    const tree = spawnSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    if (tree.status !== 0) throw new Error(`git archive ${commit} failed: ${tree.stderr.toString().trim()}`);
    const unpacked = spawnSync('tar', ['-x', '-C', minsheng], { input: tree.stdout });
    if (unpacked.status !== 0) throw new Error(`unpacking ${commit} failed: ${unpacked.stderr.toString().trim()}`);
  } else {
    // Everything the build reads; not the demo content, outputs, tests or history.
    const skip = new Set(['node_modules', '.git', '.astro', 'dist', 'archive', 'content', 'tests', 'bench']);
    cpSync(ROOT, minsheng, { recursive: true, filter: (source) => !skip.has(relative(ROOT, source).split(sep)[0]!) });
  }
  cpSync(join(commit ? minsheng : ROOT, 'bench/reference'), reference, { recursive: true });
  for (const site of [minsheng, reference]) symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  return { minsheng, reference };
}

async function measureSize(projects: number, sites: { minsheng: string; reference: string }): Promise<SizeResult> {
  const work = join(temp, `projects-${projects}`);
  const content = join(work, 'content');
  const logs = join(work, 'logs');
  mkdirSync(logs, { recursive: true });
  progress(`${projects} projects: generating the corpus in ${content}`);
  const corpus = generateCorpus({ projects, updatesPerProject: UPDATES_PER_PROJECT, seed: SEED });
  writeCorpus(content, corpus.files);
  const run = (name: string, args: string[], env: Record<string, string>, cwd: string) =>
    runTimed(process.execPath, args, { cwd, env: buildEnv(env), logFile: join(logs, `${name}.log`), reportFile: join(logs, `${name}.report.json`) });

  progress(`${projects} projects: charts`);
  let charts: SizeResult['charts'];
  try {
    charts = await measureCharts(sites.minsheng, content);
  } catch (error) {
    charts = { error: (error as Error).message };
  }

  const dist = join(work, 'dist');
  // As `npm run build` runs it: Node's default heap (about 4 GiB) is too small for the largest sites.
  const minshengArgs = [HEAP, join(sites.minsheng, 'scripts/build.ts'), '--content', content, '--out', dist];
  const minshengEnv = { MINSHENG_CACHE: join(work, 'cache') };
  progress(`${projects} projects: minsheng build (log: ${join(logs, 'minsheng.log')})`);
  const build = withOutput(await run('minsheng', minshengArgs, minshengEnv, sites.minsheng), dist);
  const minsheng: SizeResult['minsheng'] = { build };
  if (build.ok) {
    const pages = projectPages(dist);
    if (pages) {
      const { heaviest } = pages;
      minsheng.projectPage = { ...heaviest, htmlCssBytes: heaviest.htmlBytes + heaviest.cssBytes, medianHtmlBytes: pages.medianHtmlBytes, count: pages.count };
    }
    const index = fileSize(join(dist, 'search-index.js'));
    if (index) minsheng.searchIndex = index;
    progress(`${projects} projects: search, bytes per query`);
    minsheng.search = await measureSearchOf(sites.minsheng, dist);
    progress(`${projects} projects: minsheng, publishing one update`);
    minsheng.publishUpdate = await rebuild(dist, () => writeCorpus(content, [corpus.publish.update]), () => run('minsheng-update', minshengArgs, minshengEnv, sites.minsheng));
  }

  const referenceDist = join(work, 'reference-dist');
  const referenceArgs = [HEAP, join(sites.reference, 'build.ts'), sites.reference];
  const referenceEnv = { BENCH_REFERENCE_CONTENT: content, BENCH_REFERENCE_OUT: referenceDist, BENCH_REFERENCE_CACHE: join(work, 'reference-cache') };
  progress(`${projects} projects: bare Astro build (log: ${join(logs, 'reference.log')})`);
  const referenceBuild = withOutput(await run('reference', referenceArgs, referenceEnv, sites.reference), referenceDist);
  const reference: SizeResult['reference'] = { build: referenceBuild };
  if (referenceBuild.ok) {
    // The bare site has no updates: the nearest equivalent is the update's text added to the project's page.
    progress(`${projects} projects: bare Astro, one project changed`);
    reference.publishUpdate = await rebuild(
      referenceDist,
      () => appendFileSync(join(content, corpus.publish.projectPath), `\n${corpus.publish.paragraph}\n`),
      () => run('reference-update', referenceArgs, referenceEnv, sites.reference),
    );
  }

  if (!values.keep) rmSync(work, { recursive: true, force: true });
  return {
    projects: corpus.projects,
    updates: corpus.updates,
    contentFiles: corpus.files.length,
    charts,
    minsheng,
    reference,
    ...compareWithBare(minsheng, reference),
  };
}

/** The commit measured, and whether the working tree measured differed from it: results compare across commits. */
function revision(): { commit: string; modified: boolean } | undefined {
  const head = spawnSync('git', ['rev-parse', `${values.commit ?? 'HEAD'}^{commit}`], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) return undefined;
  if (values.commit) return { commit: head.stdout.trim(), modified: false };
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return { commit: head.stdout.trim(), modified: status.stdout.trim() !== '' };
}

const cpuList = cpus();
const machine: Machine = {
  cpus: cpuList.length,
  cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
  memoryBytes: totalmem(),
  node: process.version,
  platform: `${platform()} ${release()}`,
  loadAtStart: loadavg(),
  loadAtEnd: [],
};
progress(`working in ${temp}; ${Math.round(freemem() / 2 ** 20)} MiB free`);
// Resolved before copying: others may commit during a long run.
const measured = revision();
const results: SizeResult[] = [];
try {
  const sites = prepareSites(values.commit === undefined ? undefined : (measured?.commit ?? values.commit));
  for (const projects of sizes) {
    try {
      results.push(await measureSize(projects, sites));
    } catch (error) {
      // A fault of the benchmark itself (a full disk, say) loses this size, not the others.
      const failed = { ok: false, wallMs: 0, phases: {}, error: `the benchmark failed: ${(error as Error).message ?? error}` };
      progress(`${projects} projects: ${(error as Error).stack ?? error}`);
      results.push({ projects, updates: projects * UPDATES_PER_PROJECT, contentFiles: 0, charts: { error: failed.error }, minsheng: { build: failed }, reference: { build: failed } });
    }
  }
} finally {
  cleanUp();
}
machine.loadAtEnd = loadavg();

const report: BenchReport = {
  options: { sizes, updatesPerProject: UPDATES_PER_PROJECT, seed: SEED, buildDate: BUILD_DATE, ...(measured ?? {}), ...(process.env.NODE_OPTIONS ? { nodeOptions: process.env.NODE_OPTIONS } : {}) },
  machine,
  results,
  targets: judgeTargets(results, machine),
};
console.log(formatReport(report));
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON written to ${values.json}`);
} else {
  console.log(`\n---------- JSON ----------\n${JSON.stringify(report, null, 2)}`);
}
if (values.keep) console.log(`\nKept: ${temp}`);
