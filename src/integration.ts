/**
 * The Astro side of minsheng: the checker runs before Astro reads a single entry (the
 * build refuses content the checker rejects; `astro dev` shows the problems and goes
 * on), and pictures referenced by entries are copied beside the pages.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHART_RECORD, FULL_BUILD_ENV, copyIfChanged, finishBuild, mergeStaged, readCached, renderedPaths, replaceOutputs, startBuild, writeCached, writeIfChanged, type BuildStart, type ChartRecord, type PathRecord } from './build/incremental.ts';
import { renderSvg, toCsv } from './charts/index.ts';
import { checkContent, formatProblem, formatSummary, messageLang, siteContentOf, type CheckedContent } from './check/index.ts';
import { MEDIA_PREFIX, PREVIEW_ENV, projectRoot } from './config.ts';
import { convertPage, scriptConverter } from './i18n/convert.ts';
import { convertedLocale } from './i18n/locales.ts';
import { buildDate } from './model/dates.ts';
import { buildSiteModel, type SiteModel } from './model/site.ts';
import { scopeFingerprint } from './lib/fingerprints.ts';
import { pageFile, sitePages, withLocale } from './lib/routes.ts';
import { allCharts, chartGroups, hasFiles } from './lib/site-charts.ts';

/** Settings of site.json read leniently, before the checker has run: it reports a broken file itself. */
function siteSettings(contentDir: string): { timeZone?: string; defaultLocale?: string } {
  try {
    return JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8').replace(/^\uFEFF/, '')) as { timeZone?: string; defaultLocale?: string };
  } catch {
    return {};
  }
}

/** The site's time zone, Asia/Shanghai unless site.json says otherwise. */
export function siteTimeZone(contentDir: string): string {
  return siteSettings(contentDir).timeZone ?? 'Asia/Shanghai';
}

export function siteDefaultLocale(contentDir: string): string | undefined {
  return siteSettings(contentDir).defaultLocale;
}

export class ContentError extends Error {
  constructor(summary: string) {
    super(summary);
    this.name = 'ContentError';
  }
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml' };

export default function minsheng(options: { contentDir: string }): AstroIntegration {
  const { contentDir } = options;
  let imagePaths: string[] = [];
  let checked: CheckedContent | undefined;
  let started: BuildStart | undefined;
  let cache = '';
  let out = '';
  const today = () => buildDate(process.env, siteTimeZone(contentDir));
  return {
    name: 'minsheng',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        process.env[PREVIEW_ENV] = command === 'dev' ? '1' : '';
        if (command !== 'build' && command !== 'dev') return;
        const lang = messageLang(siteDefaultLocale(contentDir), process.env.MINSHENG_LANG);
        const result = await checkContent({ contentDir, today: today(), lang, cwd: projectRoot() });
        for (const problem of result.problems) {
          const line = formatProblem(problem, lang);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        const summary = formatSummary(result, lang);
        if (result.errors > 0 && command === 'build') throw new ContentError(summary);
        logger.info(summary);
        checked = result.content;
        imagePaths = result.content.projects.flatMap((p) => (p.data.images ?? []).map((image) => join(dirname(p.file.absolutePath), image.src)));
        if (command === 'build') {
          cache = fileURLToPath(config.cacheDir);
          out = fileURLToPath(config.outDir);
          started = startBuild({ root: projectRoot(), out, cache, full: process.env[FULL_BUILD_ENV] === '1' });
          logger.info(started.fresh ? 'building every page' : 'rebuilding what changed since the last build');
          if (started.target !== out) updateConfig({ outDir: pathToFileURL(join(started.target, '/')) });
        }
      },
      'astro:server:setup': ({ server }) => {
        // Chart files while previewing, from the content as it is now.
        server.middlewares.use(async (req, res, next) => {
          const match = /^\/charts\/(.+)\.(svg|csv)$/.exec(req.url?.split('?')[0] ?? '');
          if (!match) return next();
          const now = await checkContent({ contentDir, today: today(), lang: 'en', cwd: projectRoot() });
          const content = siteContentOf(now.content);
          const chart = content && allCharts(buildSiteModel(content, today(), { preview: true })).find((c) => c.name === decodeURIComponent(match[1]!));
          if (!chart) return next();
          res.setHeader('Content-Type', match[2] === 'svg' ? 'image/svg+xml; charset=utf-8' : 'text/csv; charset=utf-8');
          res.end(match[2] === 'svg' ? renderSvg(chart.model) : toCsv(chart.model));
        });
        // Serve pictures straight from content/ while previewing.
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(MEDIA_PREFIX)) return next();
          const path = normalize(join(contentDir, decodeURIComponent(req.url.slice(MEDIA_PREFIX.length).split('?')[0]!)));
          if (!path.startsWith(contentDir) || !existsSync(path) || !statSync(path).isFile()) return next();
          res.setHeader('Content-Type', MIME[extname(path).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const input = checked && siteContentOf(checked);
        if (!input || !started) return;
        const built = fileURLToPath(dir);
        // Every file Astro wrote, relative to where it wrote them.
        const written = [...assets.values()].flat().map((url) => posix(relative(built, fileURLToPath(url))));
        if (built !== out) {
          const { written: moved, kept } = mergeStaged(built, out);
          logger.info(`moved ${moved} files that changed into the output (${kept} came out the same)`);
        }
        const model = buildSiteModel(input, today());
        const pages = renderedPaths(cache, 'pages');
        const converted = writeConvertedLocale(out, model, pages, logger);
        const charts = writeChartFiles(out, model, cache, logger);
        const media = [...new Set(imagePaths)].map((source) => {
          const file = posix(join(MEDIA_PREFIX.slice(1), relative(contentDir, source)));
          copyIfChanged(source, join(out, file));
          return file;
        });
        // Every file that follows from the content, whether written by this build or kept from the last.
        const outputs = [...Object.keys(pages.keys), ...converted, ...Object.keys(renderedPaths(cache, 'place-feeds').keys), ...charts, ...media, ...written];
        const removed = replaceOutputs(out, cache, outputs);
        if (removed > 0) logger.info(`removed ${removed} files the site no longer has`);
        finishBuild({ out, cache, code: started.code });
      },
    },
  };
}

/** A path relative to the output with `/` between folders, as the records keep them. */
const posix = (path: string) => path.split(sep).join('/');

/**
 * Writes the other Chinese script's pages, converted from the default locale's pages that
 * this build rendered (see src/i18n/convert.ts); the others' copies are current. Returns
 * every converted page, relative to the output.
 */
function writeConvertedLocale(out: string, model: SiteModel, pages: PathRecord, logger: { info(message: string): void }): string[] {
  const { site } = model;
  const to = convertedLocale(site);
  if (!to) return [];
  const started = performance.now();
  const convert = scriptConverter(site.defaultLocale, to);
  const rendered = new Set(pages.rendered);
  const files: string[] = [];
  let converted = 0;
  for (const page of sitePages(model)) {
    const source = pageFile(withLocale(page, site.defaultLocale, model));
    const target = pageFile(withLocale(page, to, model));
    files.push(target);
    if (!rendered.has(source)) continue;
    writeIfChanged(join(out, target), convertPage(readFileSync(join(out, source), 'utf8'), { convert, from: site.defaultLocale, to, baseUrl: site.baseUrl }));
    converted++;
  }
  logger.info(`${to}: converted ${converted} pages in ${Math.round(performance.now() - started)} ms (${files.length - converted} unchanged)`);
  return files;
}

/**
 * `/charts/<name>.svg` and `.csv`: every chart of the site as files, from the same models
 * the pages draw (src/lib/site-charts.ts). Written here rather than as Astro routes: a
 * large site has tens of thousands of them, and a route costs about a millisecond each.
 * A group whose fingerprint is the one it was drawn for last build keeps its files, as a
 * page does (src/build/incremental.ts).
 * Returns every chart file of the site, relative to the output.
 */
function writeChartFiles(out: string, model: SiteModel, cache: string, logger: { info(message: string): void }): string[] {
  const started = performance.now();
  const last = readCached<ChartRecord>(cache, CHART_RECORD) ?? {};
  const record: ChartRecord = {};
  let drawn = 0;
  for (const group of chartGroups(model)) {
    const key = scopeFingerprint(model, group.scope);
    const before = last[group.id];
    if (before?.key === key) {
      record[group.id] = before;
      continue;
    }
    const files: string[] = [];
    for (const chart of group.charts().filter(hasFiles)) {
      const base = join(out, 'charts', chart.name);
      writeIfChanged(`${base}.svg`, renderSvg(chart.model));
      writeIfChanged(`${base}.csv`, toCsv(chart.model));
      files.push(`charts/${chart.name}.svg`, `charts/${chart.name}.csv`);
      drawn++;
    }
    record[group.id] = { key, files };
  }
  writeCached(cache, CHART_RECORD, record);
  logger.info(`charts: drew ${drawn} charts as SVG and CSV in ${Math.round(performance.now() - started)} ms`);
  return Object.values(record).flatMap((group) => group.files);
}
