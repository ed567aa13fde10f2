/**
 * The Astro side of minsheng: the checker runs before Astro reads a single entry (the
 * build refuses content the checker rejects; `astro dev` shows the problems and goes
 * on), and pictures referenced by entries are copied beside the pages.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHART_RECORD, FULL_BUILD_ENV, OUT_MAY_HOLD_OTHERS_ENV, claimOutputs, finishBuild, mergeStaged, readCached, renderedPaths, replaceOutputs, startBuild, writeCached, writeIfChanged, type BuildStart, type ChartRecord, type PathRecord } from './build/incremental.ts';
import { renderSvg, toCsv } from './charts/index.ts';
import { checkContent, formatProblem, formatSummary, messageLang, siteContentOf, type CheckResult } from './check/index.ts';
import { MEDIA_PREFIX, PREVIEW_ENV, ROOT_ENV, projectRoot } from './config.ts';
import { convertPage, scriptConverter } from './i18n/convert.ts';
import { convertedLocale } from './i18n/locales.ts';
import { buildDate } from './model/dates.ts';
import type { SiteModel } from './model/site.ts';
import { copyMedia, copySiteFile, siteFiles } from './lib/media.ts';
import { PREVIEW_DESPITE_ERRORS_ENV, isContentPath, previewChecks, printProblems, problemPageMiddleware } from './dev/problems.ts';
import { fileInside, isInside, resolveInside } from './lib/paths.ts';
import { SITE_FILES_FOLDER } from './lib/urls.ts';
import { getSiteModel, holdContent } from './site/content.ts';
import { findChart, pageChartFiles } from './site/charts.ts';
import { chartFileMeta } from './site/chart-models.ts';
import { pageFile, renderedRoutes, sitePages, withLocale } from './site/routes.ts';

/** Settings of site.json read leniently, before the checker has run: it reports a broken file itself. */
function siteSettings(contentDir: string): { timeZone?: string; defaultLocale?: string } {
  // Only a file inside the content folder: a link out, or a pipe that would never end, the checker reports.
  const found = resolveInside(contentDir, join(contentDir, 'site.json'));
  if (!found.ok) return {};
  try {
    return JSON.parse(readFileSync(found.real, 'utf8').replace(/^\uFEFF/, '')) as { timeZone?: string; defaultLocale?: string };
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

const MIME: Record<string, string> = { '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml' };

export default function minsheng(options: { contentDir: string }): AstroIntegration {
  const { contentDir } = options;
  let imagePaths: string[] = [];
  /** The check at start, which the preview begins with. */
  let firstCheck: CheckResult | undefined;
  /** The language of what the build says to the user: the site's. */
  let messagesIn: 'en' | 'zh' = 'en';
  let started: BuildStart | undefined;
  /** The records of the output being built, in the cache (src/build/incremental.ts). */
  let records = '';
  let out = '';
  const today = () => buildDate(process.env, siteTimeZone(contentDir));
  return {
    name: 'minsheng',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        process.env[PREVIEW_ENV] = command === 'dev' ? '1' : '';
        if (command !== 'build' && command !== 'dev') return;
        const lang = messageLang(siteDefaultLocale(contentDir), process.env.MINSHENG_LANG);
        messagesIn = lang;
        const result = await checkContent({ contentDir, today: today(), lang, cwd: projectRoot() });
        if (command === 'dev') {
          // The preview goes on whatever the content holds: see 'astro:server:setup'.
          printProblems(result, lang, logger);
          firstCheck = result;
          return;
        }
        for (const problem of result.problems) {
          const line = formatProblem(problem, lang);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        const summary = formatSummary(result, lang);
        // Every problem is printed above. Nothing is written yet.
        if (result.errors > 0) endOnRefusal(new ContentError(summary));
        // Printed whatever Astro's log level: the one line a press officer looks for.
        console.log(summary);
        // Rolldown's warning that MDX's "use astro:head-inject" marker may not survive bundling
        // is about Astro's own code, which handles it; shown for every report, it only alarms.
        const onwarn = (warning: { code?: string }, warn: (warning: never) => void) => {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning as never);
        };
        updateConfig({ vite: { build: { rollupOptions: { onwarn } } } });
        // The pages read these entries: nothing is read or validated a second time (src/site/content.ts).
        holdContent(siteContentOf(result.content)!, today(), false);
        imagePaths = [
          ...result.content.projects.flatMap((p) => (p.data.images ?? []).map((image) => join(dirname(p.file.absolutePath), image.src))),
          // Pictures that bodies show, found by the checker.
          ...[...result.content.projects, ...result.content.updates, ...result.content.programmes].flatMap((entry) => entry.file.pictures ?? []),
        ];
        // Refused again before anything is written, should the checker ever let one through.
        for (const path of imagePaths) fileInside(contentDir, path);
        if (command === 'build') {
          out = fileURLToPath(config.outDir);
          try {
            started = await startBuild({
              root: projectRoot(),
              out,
              cache: fileURLToPath(config.cacheDir),
              content: contentDir,
              full: process.env[FULL_BUILD_ENV] === '1',
              mayHoldOthers: process.env[OUT_MAY_HOLD_OTHERS_ENV] === '1',
              lang,
              // Shown even when only warnings are: a build that waits says why.
              log: (message) => logger.warn(message),
            });
          } catch (error) {
            endOnRefusal(error);
          }
          records = started.records;
          logger.info(started.fresh ? 'building every page' : 'rebuilding what changed since the last build');
          updateConfig({ outDir: pathToFileURL(join(started.target, '/')) });
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro may start a server inside a build (to sync or prerender): only the preview is served from here.
        if (process.env[PREVIEW_ENV] !== '1') return;
        // Every content problem, at start and after every save, in the terminal; while any
        // error stands, the browser gets the list instead of a page (src/dev/problems.ts).
        // The preview shows drafts and scheduled entries, marked; a build never includes them.
        const show = (result: CheckResult) => {
          const content = siteContentOf(result.content);
          if (content) holdContent(content, today(), true);
        };
        const checks = previewChecks({ contentDir, cwd: projectRoot(), today, lang: () => messageLang(siteDefaultLocale(contentDir), process.env.MINSHENG_LANG), logger, onChecked: show }, firstCheck);
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!isContentPath(contentDir, path)) return;
          checks.recheck().then(
            () => server.ws.send({ type: 'full-reload', path: '*' }),
            (error: unknown) => logger.error(String((error as Error)?.message ?? error)),
          );
        });
        // Tests that look at how refused content would render (tests/build/preview-probe.ts) ask for the pages themselves.
        if (process.env[PREVIEW_DESPITE_ERRORS_ENV] !== '1') server.middlewares.use(problemPageMiddleware(checks));
        // Chart files while previewing, from the content as it is now.
        server.middlewares.use(async (req, res, next) => {
          const match = /^\/charts\/(.+)\.(svg|csv)$/.exec(req.url?.split('?')[0] ?? '');
          if (!match) return next();
          await checks.latest();
          const chart = findChart(getSiteModel(), decodeURIComponent(match[1]!));
          if (!chart) return next();
          res.setHeader('Content-Type', match[2] === 'svg' ? 'image/svg+xml; charset=utf-8' : 'text/csv; charset=utf-8');
          res.end(match[2] === 'svg' ? renderSvg(chart.model, chartFileMeta(getSiteModel())) : toCsv(chart.model));
        });
        // Serve pictures and the site's own files straight from content/ while previewing.
        server.middlewares.use((req, res, next) => {
          const own = `/${SITE_FILES_FOLDER}/`;
          const below = req.url?.startsWith(MEDIA_PREFIX) ? req.url.slice(MEDIA_PREFIX.length) : req.url?.startsWith(own) ? req.url.slice(1) : undefined;
          if (below === undefined) return next();
          let path: string;
          try {
            path = join(contentDir, decodeURIComponent(below.split('?')[0]!));
          } catch {
            return next();
          }
          // `/files/…` serves content/files/ only, as the build publishes it.
          if (!req.url!.startsWith(MEDIA_PREFIX) && !isInside(join(contentDir, SITE_FILES_FOLDER), path)) return next();
          const found = resolveInside(contentDir, path);
          if (!found.ok) return next();
          res.setHeader('Content-Type', MIME[extname(path).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(found.real).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        try {
          // Started only by a build whose content passed the checker and is held for the pages.
          if (!started) return;
          const built = fileURLToPath(dir);
          const start = started;
          // Every file Astro wrote (pages, stylesheets, public files, endpoints), relative to the output.
          const { files: written, written: moved, kept } = mergeStaged(built, start);
          logger.info(`moved ${moved} files that changed into the output (${kept} came out the same)`);
          // Each file is claimed for the output's record before it is written (src/build/output.ts).
          const claim = (files: string[]) => claimOutputs(start, files);
          const model = getSiteModel();
          const pages = renderedPaths(records, 'pages');
          const converted = writeConvertedLocale(out, model, pages, claim, logger);
          const charts = writeChartFiles(out, model, records, pages, claim, logger);
          const media = [...new Set(imagePaths)].map((source) => {
            claim([posix(join(MEDIA_PREFIX.slice(1), relative(contentDir, source)))]);
            return copyMedia(contentDir, out, source);
          });
          // The site's own files (content/files/ → /files/), as they are.
          const ownFiles = siteFiles(contentDir).map((source) => {
            claim([posix(relative(contentDir, source))]);
            return copySiteFile(contentDir, out, source);
          });
          // Every file that follows from the content, whether written by this build or kept from the last.
          const outputs = [...Object.keys(pages.keys), ...converted, ...Object.keys(renderedPaths(records, 'place-feeds').keys), ...charts, ...media, ...ownFiles, ...written];
          const removed = replaceOutputs(out, start.ledger.owned, outputs);
          if (removed > 0) logger.info(`removed ${removed} files the site no longer has`);
          finishBuild(start, outputs);
          console.log(messagesIn === 'en' ? `The site is in ${out} (${outputs.length} files).` : `网站已生成在 ${out}（${outputs.length} 个文件）。`);
        } catch (error) {
          endOnRefusal(error);
        }
      },
    },
  };
}

/** Errors whose message says all there is to say: content problems, output folders that are not the site's. */
export const isRefusal = (error: unknown): boolean => ['ContentError', 'BuildRefused'].includes((error as Error)?.name);

/**
 * A refused build (content with errors, an output folder that is not the site's, a file
 * in the way) says all there is to say: run from `npm run build`, the message is printed
 * and the build ends, without Astro's English "an unhandled error occurred while running
 * the hook" and its stack before it.
 */
function endOnRefusal(error: unknown): never {
  if (isRefusal(error) && process.env[ROOT_ENV]) {
    console.error(`\n${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}

/** A path relative to the output with `/` between folders, as the records keep them. */
const posix = (path: string) => path.split(sep).join('/');

/**
 * Writes the other Chinese script's pages, converted from the default locale's pages that
 * this build rendered (see src/i18n/convert.ts); the others' copies are current. Returns
 * every converted page, relative to the output.
 */
function writeConvertedLocale(out: string, model: SiteModel, pages: PathRecord, claim: (files: string[]) => void, logger: { info(message: string): void }): string[] {
  const { site } = model;
  const to = convertedLocale(site);
  if (!to) return [];
  const started = performance.now();
  const convert = scriptConverter(site.defaultLocale, to, site.scriptExceptions);
  const rendered = new Set(pages.rendered);
  const pairs = sitePages(model).map((page) => ({ source: pageFile(withLocale(page, site.defaultLocale, model)), target: pageFile(withLocale(page, to, model)) }));
  const files = pairs.map(({ target }) => target);
  claim(files);
  let converted = 0;
  for (const { source, target } of pairs) {
    if (!rendered.has(source)) continue;
    writeIfChanged(join(out, target), convertPage(readFileSync(join(out, source), 'utf8'), { convert, from: site.defaultLocale, to, baseUrl: site.baseUrl }));
    converted++;
  }
  logger.info(`${to}: converted ${converted} pages in ${Math.round(performance.now() - started)} ms (${files.length - converted} unchanged)`);
  return files;
}

/**
 * `/charts/<name>.svg` and `.csv`: every chart of the site as files, from the same data the
 * pages draw (src/site/charts.ts). Written here rather than as Astro routes: a large site
 * has tens of thousands of them, and a route costs about a millisecond each. A page kept
 * from the last build keeps its chart files; a page rendered again writes its charts again.
 * Returns every chart file of the site, relative to the output.
 */
function writeChartFiles(out: string, model: SiteModel, records: string, pages: PathRecord, claim: (files: string[]) => void, logger: { info(message: string): void }): string[] {
  const started = performance.now();
  const last = readCached<ChartRecord>(records, CHART_RECORD) ?? {};
  const record: ChartRecord = {};
  let drawn = 0;
  const meta = chartFileMeta(model);
  for (const route of renderedRoutes(model)) {
    const page = pageFile(route);
    const key = pages.keys[page];
    const before = last[page];
    if (key && before?.key === key) {
      record[page] = before;
      continue;
    }
    const charts = pageChartFiles(model, route);
    const files = charts.flatMap((chart) => [`charts/${chart.name}.svg`, `charts/${chart.name}.csv`]);
    claim(files);
    for (const chart of charts) {
      const base = join(out, 'charts', chart.name);
      writeIfChanged(`${base}.svg`, renderSvg(chart.model, meta));
      writeIfChanged(`${base}.csv`, toCsv(chart.model));
      drawn++;
    }
    record[page] = { key: key ?? '', files };
  }
  writeCached(records, CHART_RECORD, record);
  logger.info(`charts: drew ${drawn} charts as SVG and CSV in ${Math.round(performance.now() - started)} ms`);
  return [...new Set(Object.values(record).flatMap((page) => page.files))];
}
