/**
 * The files of the site that are not pages: the search index and its script, the open
 * data, the feeds, the sitemaps, robots.txt and the archive downloads. They are written
 * here, after the pages, by both ways of building the site — `astro build` (src/integration.ts)
 * and a publish without Astro (src/publish/publish.ts) — so that the two cannot differ.
 * As Astro routes they cost a render each and would exist only inside `astro build`.
 *
 * Each file is claimed for the output before it is written, and written only when its
 * bytes differ from the output's. A place feed whose data is the one the last build wrote
 * it from is not made again (its fingerprint is recorded like a page's).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles } from '../data/files.ts';
import { localePrefix } from '../i18n/locales.ts';
import { oncePerObject } from '../config.ts';
import { fileUrls } from '../lib/urls.ts';
import type { SiteModel } from '../model/site.ts';
import { searchFiles } from '../search/files.ts';
import { archivesOf } from '../site/archive.ts';
import { feedXml, placeFeedData, siteFeedData } from '../site/feeds.ts';
import { fingerprintOf } from '../site/kind.ts';
import { allRoutes } from '../site/routes.ts';
import { sitemapFiles } from '../site/sitemaps.ts';
import { SEARCH_STATE, copyIfChanged, pathsToRender, readCached, renderedPaths, writeCached, writeIfChanged } from './incremental.ts';
import { parseSearchState, serializeSearchState } from '../search/shard-update.ts';

export interface SiteFilesContext {
  out: string;
  /** This output's records (src/build/incremental.ts): the fingerprints and tokens of the last build. */
  records: string;
  /** Claims files for the output before they are written (src/build/output.ts). */
  claim(files: string[]): void;
  log(message: string): void;
}

/** The sitemap files of the last build, with the fingerprint of the addresses they list. */
const SITEMAP_RECORD = 'sitemaps.json';

/** A path of the output (relative, with `/`) from a site address (`/feed.xml`). */
const fileOf = (address: string) => address.replace(/^\//, '');

/**
 * Writes every file of the site that is not a page, and returns them all (relative to the
 * output, with `/`), whether written now or kept.
 */
export async function writeSiteFiles(model: SiteModel, context: SiteFilesContext): Promise<string[]> {
  const { out, claim } = context;
  const files: string[] = [];
  const write = (path: string, text: string) => {
    claim([path]);
    writeIfChanged(join(out, path), text);
    files.push(path);
  };
  const timed = async (what: string, step: () => unknown) => {
    const started = performance.now();
    await step();
    context.log(`site files: ${what} in ${Math.round(performance.now() - started)} ms`);
  };

  await timed('search index', () => {
    // Updated from what the last build made them from: only the files that may differ come
    // with a text; the others are as the last build wrote them, and are claimed as they are.
    // A kept file someone removed from the output is made again, with all the others.
    const statePath = join(context.records, SEARCH_STATE);
    let search = searchFiles(model, parseSearchState(existsSync(statePath) ? readFileSync(statePath) : undefined));
    if (!search.kept.every((file) => existsSync(join(out, file)))) search = searchFiles(model);
    for (const file of search.files) write(file.path, file.text);
    claim(search.kept);
    files.push(...search.kept);
    mkdirSync(context.records, { recursive: true });
    writeFileSync(statePath, serializeSearchState(search.state));
  });

  await timed('open data', () => {
    for (const file of dataFiles(model)) write(`data/${file.path}`, file.text);
  });

  await timed('feeds', async () => {
    write(fileOf(fileUrls.feed()), await feedXml(siteFeedData(model)));
    // Place feeds: only those whose data changed are made again; the others are kept as they are.
    const places = [...model.tree.nodes.keys()].map((id) => ({ id, file: fileOf(fileUrls.districtFeed(id)), data: placeFeedData(model, id) }));
    const changed = pathsToRender(
      'place-feeds',
      places.map((place) => ({ ...place, key: fingerprintOf(place.data) })),
    );
    claim(places.map((place) => place.file));
    for (const place of changed) writeIfChanged(join(out, place.file), await feedXml(place.data));
    files.push(...Object.keys(renderedPaths(context.records, 'place-feeds').keys));
  });

  await timed('sitemaps', () => {
    const { site } = model;
    // Search engines need absolute addresses: no sitemap without a `baseUrl`.
    if (site.baseUrl) {
      // A sitemap lists addresses only: while the site has the same pages, the files stay as they are.
      const routes = allRoutes(model);
      const key = fingerprintOf([site.baseUrl, site.locales, site.defaultLocale, routes.map((route) => [route.locale, route.path])]);
      const last = readCached<{ key: string; files: string[] }>(context.records, SITEMAP_RECORD);
      if (last?.key === key && last.files.every((file) => existsSync(join(out, file)))) {
        claim(last.files);
        files.push(...last.files);
      } else {
        const written = sitemapTexts(model, routes).map((file) => {
          write(file.path, file.text);
          return file.path;
        });
        writeCached(context.records, SITEMAP_RECORD, { key, files: written });
      }
    }
    write('robots.txt', robotsText(model));
  });

  await timed('archive downloads', () => {
    // The year's zip and WACZ, when `npm run archive` has made them, copied as they are.
    for (const file of [...archivesOf(model).values()].flat()) {
      const path = `archive/${file.name}`;
      claim([path]);
      copyIfChanged(file.path, join(out, path));
      files.push(path);
    }
  });
  return files;
}

/** `/sitemap.xml` (and, past 50,000 addresses, the files it indexes): every page in every language, with its alternates. */
function sitemapTexts(model: SiteModel, routes = allRoutes(model)): { path: string; text: string }[] {
  const { site } = model;
  if (!site.baseUrl) return [];
  // Each address is listed once as a page and once as an alternate of each of its languages: made once.
  const addresses = new Map<string, string>();
  const address = (locale: Parameters<typeof localePrefix>[0], path: string) => {
    const local = `${localePrefix(locale, site)}/${path}${path ? '/' : ''}`;
    let found = addresses.get(local);
    if (found === undefined) addresses.set(local, (found = new URL(local, site.baseUrl).href));
    return found;
  };
  const entries = routes.map((route) => ({
    loc: address(route.locale, route.path),
    alternates: site.locales.map((hreflang) => ({ hreflang, href: address(hreflang, route.path) })),
  }));
  return sitemapFiles(entries, (name) => new URL(`/${name}.xml`, site.baseUrl).href).map((file) => ({ path: `${file.name}.xml`, text: file.xml }));
}

/** `/robots.txt`: everything may be read; it points at the sitemap when there is one. */
const robotsText = (model: SiteModel) => ['User-agent: *', 'Allow: /', ...(model.site.baseUrl ? [`Sitemap: ${new URL('/sitemap.xml', model.site.baseUrl).href}`] : []), ''].join('\n');

/**
 * One file of the site that is not a page, as `writeSiteFiles` would write it, for the
 * preview (`npm run dev`), which serves them from the content as it is now: its text, or the
 * file to send as it is. Undefined for a path that is not one of them. Made once for each
 * version of the content (the model).
 */
export async function previewSiteFile(model: SiteModel, path: string): Promise<{ text: string } | { file: string } | undefined> {
  if (path === 'robots.txt') return { text: robotsText(model) };
  if (path === fileOf(fileUrls.feed())) return { text: await feedXml(siteFeedData(model)) };
  const place = /^districts\/([^/]+)\/feed\.xml$/.exec(path)?.[1];
  if (place !== undefined) return model.tree.nodes.has(place) ? { text: await feedXml(placeFeedData(model, place)) } : undefined;
  if (path.startsWith('data/')) {
    const found = dataFiles(model).find((file) => `data/${file.path}` === path);
    return found && { text: found.text };
  }
  if (path.startsWith('archive/')) {
    const found = [...archivesOf(model).values()].flat().find((file) => `archive/${file.name}` === path);
    return found && { file: found.path };
  }
  if (/^sitemap[^/]*\.xml$/.test(path)) {
    const found = sitemapTexts(model).find((file) => file.path === path);
    return found && { text: found.text };
  }
  const search = previewSearch(model).get(path);
  return search === undefined ? undefined : { text: search };
}

/** The search files of a model, made once for it (the preview asks for them one by one). */
const previewSearch = oncePerObject((model: SiteModel) => new Map(searchFiles(model).files.map((file) => [file.path, file.text])));
