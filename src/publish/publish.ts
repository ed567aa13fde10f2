/**
 * Publishing without `astro build`: when the code is the one the last full build of this
 * output was made with and its views were bundled (src/publish/views.ts), `npm run build`
 * checks the content (re-reading only files that changed, src/check/entry-cache.ts), finds
 * the pages whose data changed, renders those through the bundle, and finishes the site
 * exactly as a build does (src/build/finish.ts). What it writes is what `astro build` would
 * write for the same content; tests/build/publish.test.ts holds it to that, byte for byte.
 *
 * Anything else — a first build, `--full`, a change of the code, an output its records do
 * not describe — goes through `astro build`, which also bundles the views for next time.
 */
import { join } from 'node:path';
import { checkForBuild } from '../build/checked.ts';
import { finishSite } from '../build/finish.ts';
import { ASTRO_FILES, BUILD_RECORD, NOT_FOUND_PAGE, type BuildRecord, claimOutputs, codeFingerprint, pathsToRender, readCached, recordsFolder, startBuild, writeIfChanged } from '../build/incremental.ts';
import type { MessageLang } from '../check/messages.ts';
import { getSiteModel } from '../site/content.ts';
import { fingerprintedRoutes } from '../site/routes.ts';
import { hasViews, openViews } from './views.ts';

export interface PublishOptions {
  root: string;
  contentDir: string;
  out: string;
  cache: string;
  today: string;
  lang: MessageLang;
  mayHoldOthers?: boolean;
  /** Progress lines ("publish: <step> in <n> ms"), for --verbose and `npm run bench`. */
  log(message: string): void;
  /** What the user must see (waiting for a lock). */
  warn(message: string): void;
}

/**
 * Publishes the content into the output when the last full build allows it; returns how
 * many files the site has, or undefined when `astro build` must build it. Throws what a
 * build throws: `ContentError` for content with errors, `BuildRefused` for an output that
 * is not the site's.
 */
export async function publish(options: PublishOptions): Promise<number | undefined> {
  const { root, out, cache, log } = options;
  let mark = performance.now();
  const step = (what: string) => {
    const now = performance.now();
    log(`publish: ${what} in ${Math.round(now - mark)} ms`);
    mark = now;
  };
  const code = codeFingerprint(root);
  if (readCached<BuildRecord>(recordsFolder(cache, out), BUILD_RECORD)?.code !== code || !hasViews(cache, code)) return undefined;
  step('code unchanged since the last full build');
  const { pictures } = await checkForBuild({ contentDir: options.contentDir, today: options.today, lang: options.lang, cwd: root, cache, handOver: true, logger: { error: console.error, warn: console.warn } });
  step('content checked');
  const start = await startBuild({ root, out, cache, content: options.contentDir, mayHoldOthers: options.mayHoldOthers, lang: options.lang, log: options.warn, astro: false });
  const astroFiles = readCached<string[]>(start.records, ASTRO_FILES);
  if (start.fresh || !astroFiles) {
    start.release();
    return undefined;
  }
  try {
    const model = getSiteModel();
    const routes = fingerprintedRoutes(model);
    const changed = pathsToRender('pages', routes);
    step(`${routes.length} pages compared, ${changed.length} changed`);
    const views = await openViews(cache, code);
    claimOutputs(start, [...changed.map(({ file }) => file), NOT_FOUND_PAGE]);
    for (const { route, file } of changed) writeIfChanged(join(out, file), await views.renderPage(route));
    writeIfChanged(join(out, NOT_FOUND_PAGE), await views.renderNotFound());
    step(`${changed.length} pages rendered`);
    const count = await finishSite({ start, model, contentDir: options.contentDir, pictures, rendered: [...astroFiles, NOT_FOUND_PAGE], via: 'publish', log });
    step('site finished');
    return count;
  } catch (error) {
    start.release();
    throw error;
  }
}
