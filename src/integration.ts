/**
 * The Astro side of minsheng: the checker runs before Astro reads a single entry (the
 * build refuses content the checker rejects; `astro dev` shows the problems and goes
 * on), and pictures referenced by entries are copied beside the pages.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishSite } from './build/finish.ts';
import { previewSiteFile } from './build/site-files.ts';
import { ASTRO_FILES, FULL_BUILD_ENV, NOT_FOUND_PAGE, OUT_MAY_HOLD_OTHERS_ENV, mergeStaged, renderedPaths, startBuild, writeCached, type BuildStart } from './build/incremental.ts';
import { renderSvg, toCsv } from './charts/index.ts';
import { checkContent, messageLang, siteContentOf, type CheckResult } from './check/index.ts';
import { MEDIA_PREFIX, PREVIEW_ENV, ROOT_ENV, VIEW_BUNDLE_ENV, projectRoot } from './config.ts';
import { buildDate } from './model/dates.ts';
import { checkForBuild, ContentError } from './build/checked.ts';
import { PREVIEW_DESPITE_ERRORS_ENV, isContentPath, previewChecks, printProblems, problemPageMiddleware } from './dev/problems.ts';
import { isInside, resolveInside } from './lib/paths.ts';
import { SITE_FILES_FOLDER } from './lib/urls.ts';
import { prepareViews } from './publish/views.ts';
import { getSiteModel, holdContent } from './site/content.ts';
import { findChart } from './site/charts.ts';
import { chartFileMeta } from './site/chart-models.ts';

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

export { ContentError };

/** The type a host would give each file of the site that is not a page (src/build/site-files.ts). */
function contentTypeOf(path: string): string {
  const type: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.xml': 'application/xml', '.txt': 'text/plain', '.zip': 'application/zip', '.wacz': 'application/zip' };
  const found = path.endsWith('feed.xml') ? 'application/atom+xml' : (type[extname(path)] ?? 'application/octet-stream');
  return found.startsWith('text/') || found.endsWith('json') || found.endsWith('xml') ? `${found}; charset=utf-8` : found;
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
        // Bundling the views for publishing (src/publish/views.ts) reads the config but builds no site.
        if (process.env[VIEW_BUNDLE_ENV] === '1') return;
        process.env[PREVIEW_ENV] = command === 'dev' ? '1' : '';
        if (command !== 'build' && command !== 'dev') return;
        const lang = messageLang(siteDefaultLocale(contentDir), process.env.MINSHENG_LANG);
        messagesIn = lang;
        if (command === 'dev') {
          // The preview goes on whatever the content holds: see 'astro:server:setup'.
          const result = await checkContent({ contentDir, today: today(), lang, cwd: projectRoot() });
          printProblems(result, lang, logger);
          firstCheck = result;
          return;
        }
        try {
          imagePaths = (await checkForBuild({ contentDir, today: today(), lang, cwd: projectRoot(), cache: fileURLToPath(config.cacheDir), rereadAll: process.env[FULL_BUILD_ENV] === '1', logger })).pictures;
        } catch (error) {
          endOnRefusal(error);
        }
        // Rolldown's warning that MDX's "use astro:head-inject" marker may not survive bundling
        // is about Astro's own code, which handles it; shown for every report, it only alarms.
        const onwarn = (warning: { code?: string }, warn: (warning: never) => void) => {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning as never);
        };
        updateConfig({ vite: { build: { rollupOptions: { onwarn } } } });
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
        // The search index, open data, feeds, sitemaps and archive downloads, as a build writes them (src/build/site-files.ts).
        server.middlewares.use(async (req, res, next) => {
          let path: string;
          try {
            path = decodeURIComponent((req.url ?? '/').split('?')[0]!).slice(1);
          } catch {
            return next();
          }
          if (!/^(?:search\/|assets\/search\.js$|data\/|archive\/|feed\.xml$|districts\/[^/]+\/feed\.xml$|sitemap[^/]*\.xml$|robots\.txt$)/.test(path)) return next();
          await checks.latest();
          const found = await previewSiteFile(getSiteModel(), path);
          if (!found) return next();
          res.setHeader('Content-Type', contentTypeOf(path));
          if ('text' in found) res.end(found.text);
          else createReadStream(found.file).pipe(res);
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
      'astro:build:done': async ({ dir, logger }) => {
        try {
          // Started only by a build whose content passed the checker and is held for the pages.
          if (!started) return;
          const built = fileURLToPath(dir);
          const start = started;
          // Every file Astro wrote (pages, stylesheets, public files, 404.html), relative to the output.
          const { files: written, written: moved, kept } = mergeStaged(built, start);
          logger.info(`moved ${moved} files that changed into the output (${kept} came out the same)`);
          const model = getSiteModel();
          // What a publish without Astro keeps as this build wrote it: everything but the pages (src/publish/publish.ts).
          const pages = renderedPaths(records, 'pages').keys;
          writeCached(records, ASTRO_FILES, written.filter((file) => !(file in pages) && file !== NOT_FOUND_PAGE));
          // The views, bundled for the next publish, once for each version of the code.
          const unusable = await prepareViews({ root: projectRoot(), cache: start.cache, code: start.code, out, model });
          if (unusable) logger.warn(messagesIn === 'en' ? `Publishing without a full build is off for this version of the code: ${unusable}.` : `此版本代码无法跳过完整构建发布：${unusable}。`);
          const count = await finishSite({ start, model, contentDir, pictures: imagePaths, rendered: written, via: 'astro', log: (message) => logger.info(message) });
          console.log(siteReady(out, count, messagesIn));
        } catch (error) {
          endOnRefusal(error);
        }
      },
    },
  };
}

/** The last line of a build: where the site is. */
export const siteReady = (out: string, count: number, lang: 'en' | 'zh') => (lang === 'en' ? `The site is in ${out} (${count} files).` : `网站已生成在 ${out}（${count} 个文件）。`);

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
