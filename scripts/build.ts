/**
 * `npm run build [-- --content <dir>] [--out <dir>] [--full] [--out-may-hold-other-files]`:
 * checks the content (the build stops on any error) and writes the static site.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageLang } from '../src/check/index.ts';
import { CACHE_ENV, CONTENT_ENV, OUT_ENV, ROOT_ENV, cacheDir, contentDir, outDir } from '../src/config.ts';
import { FULL_BUILD_ENV, OUT_MAY_HOLD_OTHERS_ENV, assertOutFolder } from '../src/build/incremental.ts';
import { isRefusal, siteDefaultLocale, siteReady, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { publish } from '../src/publish/publish.ts';
import { isInside } from '../src/lib/paths.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run build -- [--content <dir>] [--out <dir>] [--full] [--out-may-hold-other-files] [--verbose]

Checks the content folder (default: content/) and builds the site into the output folder
(default: dist/). Nothing is written when the content has errors.

A rebuild renders only the pages whose content changed since the last build into the same
folder, without a full Astro build when only the content changed; any change to the code
builds everything. --full builds everything regardless.

The output folder must not be the content folder or the project folder, nor lie inside
or above one of them. A build deletes only files that builds wrote into it (listed in
its .minsheng/files). A first build into a folder that holds other files refuses, unless
--out-may-hold-other-files is given: then those files are kept, never overwritten or
deleted. One build at a time writes a folder. --verbose also prints Astro's progress.`;

const { values } = parseCommand(usage, { full: { type: 'boolean' }, 'out-may-hold-other-files': { type: 'boolean' }, verbose: { type: 'boolean' } });
if (values.full) process.env[FULL_BUILD_ENV] = '1';
if (values['out-may-hold-other-files']) process.env[OUT_MAY_HOLD_OTHERS_ENV] = '1';
// `npm run bench` reads the build's peak memory from here: a parent process cannot see its child's.
const report = process.env.MINSHENG_REPORT;
if (report) process.on('exit', () => writeFileSync(report, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, ms: Math.round(performance.now()) })));
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Every path is fixed now, against the project folder, before the working folder may change.
const root = process.cwd();
Object.assign(process.env, { [ROOT_ENV]: root, [CONTENT_ENV]: contentDir(), [OUT_ENV]: outDir(), [CACHE_ENV]: cacheDir() });
try {
  // Before anything is written, the cache folder included (the integration asks again, for `astro build`).
  assertOutFolder({ out: outDir(), content: contentDir(), root, cache: cacheDir(), mayHoldOthers: values['out-may-hold-other-files'] }, messageLang(siteDefaultLocale(contentDir()), process.env.MINSHENG_LANG));
  // Astro writes into a staging folder in the cache (src/build/incremental.ts). For a
  // folder outside the project, Astro keeps the compiled pages in .astro/ of the working
  // folder and deletes them when done, so two such builds from one install would break
  // each other. Each site's build therefore works from its own cache folder, where a link
  // to node_modules lets the compiled pages find their packages.
  const work = cacheDir();
  if (!isInside(root, work)) {
    mkdirSync(work, { recursive: true });
    const modules = join(work, 'node_modules');
    if (!existsSync(modules)) symlinkSync(join(root, 'node_modules'), modules, process.platform === 'win32' ? 'junction' : 'dir');
    process.chdir(work);
  }
  // Astro's progress lines are in English and mean little to a press office: warnings and
  // errors are shown, and the checker's summary and the result (src/integration.ts); --verbose shows them all.
  // `npm run bench` asks through the environment (MINSHENG_VERBOSE=1): it also times versions of this command that had no --verbose.
  const verbose = (values.verbose || process.env.MINSHENG_VERBOSE === '1') && !process.env.CI;
  // When only the content changed since the last full build, the pages whose data changed
  // are rendered without Astro's build (src/publish/publish.ts); anything else goes through it.
  const lang = messageLang(siteDefaultLocale(contentDir()), process.env.MINSHENG_LANG);
  const published = values.full
    ? undefined
    : await publish({
        root,
        contentDir: contentDir(),
        out: outDir(),
        cache: cacheDir(),
        today: buildDate(process.env, siteTimeZone(contentDir())),
        lang,
        mayHoldOthers: values['out-may-hold-other-files'],
        log: (message) => verbose && console.log(message),
        warn: (message) => console.warn(message),
      });
  if (published !== undefined) console.log(siteReady(join(outDir(), '/'), published, lang));
  else {
    // Loaded only for a full build: a publish does without it.
    const { build } = await import('astro');
    await build({ root, logLevel: verbose ? 'info' : 'warn' });
  }
} catch (error) {
  // A stack trace would only hide the message.
  if (isRefusal(error)) {
    console.error(`\n${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
