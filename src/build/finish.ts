/**
 * What every build does once its pages are in the output, whichever way they were
 * rendered (`astro build`, src/integration.ts, or a publish through the view bundle,
 * src/publish/publish.ts): the pages of the converted Chinese script, the chart files, the
 * pictures and the site's own files, the files that are not pages (src/build/site-files.ts);
 * then what the site no longer has is removed and the build's records are made final.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { renderSvg, toCsv } from '../charts/index.ts';
import { MEDIA_PREFIX } from '../config.ts';
import { convertPage, scriptConverter } from '../i18n/convert.ts';
import { convertedLocale } from '../i18n/locales.ts';
import { copyMedia, copySiteFile, siteFiles } from '../lib/media.ts';
import type { SiteModel } from '../model/site.ts';
import { chartFileMeta } from '../site/chart-models.ts';
import { pageChartFiles } from '../site/charts.ts';
import { fingerprintOf } from '../site/kind.ts';
import { pageFile, renderedRoutes, sitePages, withLocale } from '../site/routes.ts';
import { CHART_RECORD, claimOutputs, finishBuild, readCached, renderedPaths, replaceOutputs, writeCached, writeIfChanged, type BuildStart, type ChartRecord, type PathRecord } from './incremental.ts';
import { writeSiteFiles } from './site-files.ts';

export interface FinishOptions {
  start: BuildStart;
  model: SiteModel;
  contentDir: string;
  /** Pictures the entries show (absolute paths inside the content folder), found by the checker. */
  pictures: readonly string[];
  /** The files the pages' renderer wrote besides the pages of the default and rendered locales (stylesheets, public files, 404.html). */
  rendered: readonly string[];
  /** Which renderer wrote the pages, for the build record. */
  via: 'astro' | 'publish';
  log(message: string): void;
}

/** Finishes a build whose pages are written; returns how many files the site has. */
export async function finishSite(options: FinishOptions): Promise<number> {
  const { start, model, contentDir, log } = options;
  const { out, records } = start;
  const claim = (files: string[]) => claimOutputs(start, files);
  const pages = renderedPaths(records, 'pages');
  const converted = writeConvertedLocale(out, model, pages, claim, log);
  const charts = writeChartFiles(out, model, records, pages, claim, log);
  const media = [...new Set(options.pictures)].map((source) => {
    claim([posix(join(MEDIA_PREFIX.slice(1), relative(contentDir, source)))]);
    return copyMedia(contentDir, out, source);
  });
  // The site's own files (content/files/ → /files/), as they are.
  const ownFiles = siteFiles(contentDir).map((source) => {
    claim([posix(relative(contentDir, source))]);
    return copySiteFile(contentDir, out, source);
  });
  const other = await writeSiteFiles(model, { out, records, claim, log });
  // Every file that follows from the content, whether written by this build or kept from the last.
  const outputs = [...Object.keys(pages.keys), ...converted, ...charts, ...media, ...ownFiles, ...other, ...options.rendered];
  const removed = replaceOutputs(out, start.ledger.owned, outputs);
  if (removed > 0) log(`removed ${removed} files the site no longer has`);
  finishBuild(start, outputs, options.via);
  return new Set(outputs).size;
}

/** A path relative to the output with `/` between folders, as the records keep them. */
const posix = (path: string) => path.split(sep).join('/');

/**
 * Writes the other Chinese script's pages, converted from the default locale's pages that
 * this build rendered (see src/i18n/convert.ts); the others' copies are current. Returns
 * every converted page, relative to the output.
 */
function writeConvertedLocale(out: string, model: SiteModel, pages: PathRecord, claim: (files: string[]) => void, log: (message: string) => void): string[] {
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
  log(`${to}: converted ${converted} pages in ${Math.round(performance.now() - started)} ms (${files.length - converted} unchanged)`);
  return files;
}

/**
 * `/charts/<name>.svg` and `.csv`: every chart of the site as files, from the same data the
 * pages draw (src/site/charts.ts). A large site has tens of thousands of them: a page kept
 * from the last build keeps its chart files; a page rendered again writes its charts again.
 * Returns every chart file of the site, relative to the output.
 */
function writeChartFiles(out: string, model: SiteModel, records: string, pages: PathRecord, claim: (files: string[]) => void, log: (message: string) => void): string[] {
  const started = performance.now();
  const last = readCached<ChartRecord>(records, CHART_RECORD) ?? {};
  const record: ChartRecord = {};
  let drawn = 0;
  const meta = chartFileMeta(model);
  // A chart file also shows what is said of the whole site (its data date): files drawn with other words are drawn again.
  const metaKey = fingerprintOf(meta);
  for (const route of renderedRoutes(model)) {
    const page = pageFile(route);
    const key = pages.keys[page] ? `${pages.keys[page]} ${metaKey}` : undefined;
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
  log(`charts: drew ${drawn} charts as SVG and CSV in ${Math.round(performance.now() - started)} ms`);
  return [...new Set(Object.values(record).flatMap((page) => page.files))];
}
