/**
 * The Astro side of minsheng: the checker runs before Astro reads a single entry (the
 * build refuses content the checker rejects; `astro dev` shows the problems and goes
 * on), and pictures referenced by entries are copied beside the pages.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHART_RECORD, FULL_BUILD_ENV, finishBuild, isStale, readCached, removeLeftovers, startBuild, writeCached, type BuildStart, type ChartRecord } from './build/incremental.ts';
import { renderSvg, toCsv } from './charts/index.ts';
import { checkContent, formatProblem, formatSummary, messageLang, siteContentOf, type CheckedContent } from './check/index.ts';
import { MEDIA_PREFIX, PREVIEW_ENV, projectRoot } from './config.ts';
import { convertPage, scriptConverter } from './i18n/convert.ts';
import { LOCALE_SEGMENT, convertedLocale } from './i18n/locales.ts';
import { buildDate } from './model/dates.ts';
import { buildSiteModel, type SiteModel } from './model/site.ts';
import { keepableFiles, scopeFingerprint } from './lib/fingerprints.ts';
import { allCharts, chartGroups, hasFiles } from './lib/site-charts.ts';
import type { Site } from './schemas/site.ts';

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
  let site: Site | undefined;
  let checked: CheckedContent | undefined;
  let started: BuildStart | undefined;
  let cache = '';
  const today = () => buildDate(process.env, siteTimeZone(contentDir));
  return {
    name: 'minsheng',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
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
        site = result.content.site?.data;
        checked = result.content;
        imagePaths = result.content.projects.flatMap((p) => (p.data.images ?? []).map((image) => join(dirname(p.file.absolutePath), image.src)));
        if (command === 'build') {
          cache = fileURLToPath(config.cacheDir);
          started = startBuild({ root: projectRoot(), out: fileURLToPath(config.outDir), cache, full: process.env[FULL_BUILD_ENV] === '1' });
          logger.info(started.fresh ? 'building every page' : 'rebuilding what changed since the last build');
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
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const input = checked && siteContentOf(checked);
        if (!input || !site || !started) return;
        const model = buildSiteModel(input, today());
        writeConvertedLocale(out, site, logger);
        const charts = writeChartFiles(out, model, cache, logger);
        for (const source of new Set(imagePaths)) {
          const target = join(out, MEDIA_PREFIX, relative(contentDir, source));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(source, target);
        }
        // Kept pages and charts are older than this build but current; anything else that old
        // is a leftover. A fresh build started from an empty folder and has none.
        if (!started.fresh) {
          const kept = new Set([...keepableFiles(model), ...charts]);
          const removed = removeLeftovers(out, kept, started.startedAt);
          if (removed > 0) logger.info(`removed ${removed} files the site no longer has`);
        }
        finishBuild({ out, cache, code: started.code });
      },
    },
  };
}

/** Pages of the default locale: every `index.html` outside the locale folders and the file folders. */
function defaultLocalePages(out: string): string[] {
  // Only pages are converted; the folders of files hold no index.html worth converting.
  const skip = new Set([...Object.values(LOCALE_SEGMENT), '_astro', 'media', 'charts']);
  const pages: string[] = [];
  const walk = (dir: string, top: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!(top && skip.has(entry.name))) walk(join(dir, entry.name), false);
      } else if (entry.name === 'index.html') pages.push(join(dir, entry.name));
    }
  };
  walk(out, true);
  return pages.sort();
}

/**
 * Writes the other Chinese script's pages, converted from the default locale's (see
 * src/i18n/convert.ts): those whose page was rendered since the last conversion.
 */
function writeConvertedLocale(out: string, site: Site, logger: { info(message: string): void }): void {
  const to = convertedLocale(site);
  if (!to) return;
  const started = performance.now();
  const convert = scriptConverter(site.defaultLocale, to);
  const pages = defaultLocalePages(out);
  let converted = 0;
  for (const page of pages) {
    const target = join(out, LOCALE_SEGMENT[to], relative(out, page));
    if (!isStale(target, page)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, convertPage(readFileSync(page, 'utf8'), { convert, from: site.defaultLocale, to, baseUrl: site.baseUrl }));
    converted++;
  }
  logger.info(`${to}: converted ${converted} pages in ${Math.round(performance.now() - started)} ms (${pages.length - converted} unchanged)`);
}

/**
 * `/charts/<name>.svg` and `.csv`: every chart of the site as files, from the same models
 * the pages draw (src/lib/site-charts.ts). Written here rather than as Astro routes: a
 * large site has tens of thousands of them, and a route costs about a millisecond each.
 * A group whose fingerprint is the one it was drawn for last build keeps its files.
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
    if (before?.key === key && before.files.every((file) => existsSync(join(out, file)))) {
      record[group.id] = before;
      continue;
    }
    const files: string[] = [];
    for (const chart of group.charts().filter(hasFiles)) {
      const base = join(out, 'charts', chart.name);
      mkdirSync(dirname(base), { recursive: true });
      writeFileSync(`${base}.svg`, renderSvg(chart.model));
      writeFileSync(`${base}.csv`, toCsv(chart.model));
      files.push(`charts/${chart.name}.svg`, `charts/${chart.name}.csv`);
      drawn++;
    }
    record[group.id] = { key, files };
  }
  writeCached(cache, CHART_RECORD, record);
  logger.info(`charts: drew ${drawn} charts as SVG and CSV in ${Math.round(performance.now() - started)} ms`);
  return Object.values(record).flatMap((group) => group.files);
}
