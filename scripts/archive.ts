/**
 * `npm run archive -- --year <year> [--content <dir>] [--out <dir>]`: the offline archive of
 * a year (interfaces.md), then the year frozen. The content is checked first and nothing is
 * written unless the whole run succeeds; the content folder changes by one line of the
 * programme and one checksum list, and only at the end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byPath, makeBag, sha256 } from '../src/archive/bagit.ts';
import { contentPath, freezeProgramme, frozenList, frozenListPath, yearFiles } from '../src/archive/frozen.ts';
import { say, type ArchiveKey } from '../src/archive/messages.ts';
import { offlineSite } from '../src/archive/offline.ts';
import { ARCHIVING_ENV, archiveNames, archivesDir } from '../src/archive/names.ts';
import { NoProgrammeError, selectYear, type YearSelection } from '../src/archive/select.ts';
import { buildWacz } from '../src/archive/wacz.ts';
import { STATE_FOLDER } from '../src/build/output.ts';
import { zip, zipTime } from '../src/archive/zip.ts';
import { checkContent, formatProblem, messageLang } from '../src/check/index.ts';
import type { MessageLang } from '../src/check/messages.ts';
import { displayPath, readContent } from '../src/check/read.ts';
import { contentDir } from '../src/config.ts';
import { labelText } from '../src/i18n/data.ts';
import { scriptConverter } from '../src/i18n/convert.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate, compareDates, formatDate } from '../src/model/dates.ts';
import { LOCALES, type Locale } from '../src/schemas/common.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run archive -- --year <year> [--content <dir>] [--out <dir>] [--force] [--lang en|zh]

Writes the offline archive of one programme year and freezes the year:
  <out>/<year>/               a BagIt bag: data/site/ (the site of that year with relative
                              links, opened from disk), data/data/ (its open data) and
                              data/content/ (its source files, as written)
  <out>/minsheng-<year>.zip   the bag, zipped
  <out>/minsheng-<year>.wacz  the site as a web archive for replay tools
Then sets "frozen: true" in the programme (that line only) and writes
content/frozen/<year>.sha256, the checksums of every file of the year.

The output folder defaults to archive/ beside the content folder, where the build finds
the archives for the /archive/ page. Dates come from SOURCE_DATE_EPOCH when it is set:
two runs on the same content with the same SOURCE_DATE_EPOCH give the same bytes.
Nothing is written when the content has errors or the site does not build. Two things
happen only with --force: replacing an earlier archive of the year (the bag folder, the
zip or the WACZ), and archiving a year that is not over (today, in the site's time zone,
is on or before 31 December of it): once frozen, the year's drafts can only be
published as corrections.`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseCommand(usage, { year: { type: 'string' }, lang: { type: 'string' }, force: { type: 'boolean' } });
if (!values.year || !/^\d{4}$/.test(values.year)) {
  console.error(`--year must be a year such as 2022${values.year ? `, not "${values.year}"` : ''}.\n\n${usage}`);
  process.exit(2);
}
const year = Number(values.year);
const content = contentDir();
const out = values.out ? resolve(values.out) : archivesDir(content);
const lang: MessageLang = messageLang(siteDefaultLocale(content), values.lang);
const print = (key: ArchiveKey, params: Record<string, string | number> = {}) => console.log(say(key, lang, params));

const fromEnv = process.env.SOURCE_DATE_EPOCH?.trim();
if (!fromEnv) console.warn(say('archive.clock', lang));
const epoch = fromEnv ? Number(fromEnv) : Math.floor(Date.now() / 1000);
if (!Number.isInteger(epoch)) {
  console.error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${fromEnv}".`);
  process.exit(2);
}
const timeZone = siteTimeZone(content);
const today = buildDate({ SOURCE_DATE_EPOCH: String(epoch) }, timeZone);

// 1. The content must pass the checker, frozen years included.
const checked = await checkContent({ contentDir: content, today, lang });
const errors = checked.problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  for (const problem of errors) console.error(formatProblem(problem, lang));
  console.error(say('archive.contentErrors', lang));
  process.exit(1);
}
const site = checked.content.site!.data;
let selection: YearSelection;
try {
  selection = selectYear(checked.content, year, today, content);
} catch (error) {
  if (!(error instanceof NoProgrammeError)) throw error;
  console.error(say('archive.noProgramme', lang, { year, expected: displayPath(join(content, 'programmes', `${year}.mdx`)) }));
  process.exit(1);
}
const bagDir = join(out, String(year));
if (existsSync(bagDir) && !existsSync(join(bagDir, 'bagit.txt'))) {
  console.error(say('archive.notBag', lang, { path: displayPath(bagDir) }));
  process.exit(1);
}
const zipPath = join(out, archiveNames(year).zip);
const waczPath = join(out, archiveNames(year).wacz);
// An archive is a record: replacing one is a decision, never a side effect of running again.
const earlier = [bagDir, zipPath, waczPath].filter((path) => existsSync(path));
// --force answers each of the two decisions below; without it each one found is named.
const decisions: string[] = [];
if (earlier.length > 0) {
  decisions.push(say('archive.exists', lang, { paths: earlier.map((path) => (path === bagDir ? `${displayPath(path)}/` : displayPath(path))).join(', '), count: earlier.length }));
}
// Freezing a year that is still running would leave its drafts publishable only as corrections.
if (compareDates(today, `${year}-12-31`) <= 0) {
  const draftFiles = new Set(checked.files.filter((f) => (f.data as { draft?: unknown } | undefined)?.draft === true).map((f) => contentPath(content, f.absolutePath)));
  const drafts = selection.left.filter((l) => l.reason === 'unpublished' && draftFiles.has(l.path)).map((l) => l.path);
  decisions.push(say('archive.yearNotOver', lang, { year, today, next: `${year + 1}-01-01`, drafts: drafts.join(', '), count: drafts.length }));
}
if (decisions.length > 0 && !values.force) {
  for (const decision of decisions) console.error(decision);
  process.exit(1);
}

/** Every file below a folder by `/`-separated path. */
function readTree(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

function writeTree(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

/** Steps 2–6, in a temporary folder that is removed however they end; the exit code. */
async function archive(selection: YearSelection): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'minsheng-archive-'));
  try {
    // 2. The year's content as it will stand once frozen, so that the archive shows the frozen
    //    programme and a second run on the frozen content gives the same bytes.
    const programmePath = join(content, selection.programme);
    const programmeBefore = readFileSync(programmePath, 'utf8');
    const programmeAfter = freezeProgramme(programmeBefore, displayPath(programmePath));
    const yearContent = new Map<string, Uint8Array>(
      selection.paths.map((path) => [path, path === selection.programme ? new TextEncoder().encode(programmeAfter) : readFileSync(join(content, path))]),
    );
    const workContent = join(work, 'content');
    writeTree(workContent, yearContent);
    // The build's checker sees a frozen year: give it the list of what it was built from.
    const workFiles = yearFiles(readContent(workContent).files, year).map((f) => ({ path: contentPath(workContent, f.absolutePath), bytes: readFileSync(f.absolutePath) }));
    writeTree(workContent, new Map([[frozenListPath(year), new TextEncoder().encode(frozenList(workFiles))]]));

    // 3. The site of that year, built as `npm run build` builds it.
    print('archive.building', { year });
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--content', workContent, '--out', join(work, 'site')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), MINSHENG_CACHE: join(work, 'cache'), [ARCHIVING_ENV]: String(year), CI: '1' },
    });
    if (built.status !== 0) {
      console.error(`${built.stdout}\n${built.stderr}`);
      console.error(say('archive.buildFailed', lang));
      return 1;
    }
    // The build's record of what it wrote is the build's, not the site's: it stays out of the archive.
    const siteFiles = new Map([...readTree(join(work, 'site'))].filter(([path]) => !path.startsWith(`${STATE_FOLDER}/`)));

    // 4. The bag: the site made to work from disk, its open data, the content as written.
    const madeOn = (locale: Locale) => formatDate(today, locale);
    const toTraditional = scriptConverter('zh-Hans', 'zh-Hant', site.scriptExceptions);
    const offline = offlineSite(siteFiles, {
      baseUrl: site.baseUrl,
      banner: (pageLang) => {
        const locale = (LOCALES as readonly string[]).includes(pageLang) ? (pageLang as Locale) : site.defaultLocale;
        const l = labelText(locale);
        const banner = { text: l('archive.banner', { year, date: madeOn(locale) }), ...(site.baseUrl ? { live: { label: l('archive.bannerLive'), href: site.baseUrl } } : {}) };
        // Traditional pages are converted from Simplified ones after the build; so is their banner.
        return locale === 'zh-Hant' ? { ...banner, text: toTraditional(banner.text), ...(banner.live ? { live: { ...banner.live, label: toTraditional(banner.live.label) } } : {}) } : banner;
      },
    });
    const payload = new Map<string, Uint8Array>();
    for (const [path, bytes] of offline.files) payload.set(`site/${path}`, bytes);
    for (const [path, bytes] of siteFiles) if (path.startsWith('data/') && path !== 'data/index.html') payload.set(path, bytes);
    for (const [path, bytes] of yearContent) payload.set(`content/${path}`, bytes);
    const description = labelText(site.defaultLocale)('archive.description', { title: site.title, year, date: madeOn(site.defaultLocale) });
    const bag = makeBag(payload, {
      organization: site.publisher,
      description,
      date: today,
      extra: [['External-Identifier', `minsheng-${year}`], ['Minsheng-Year', String(year)]],
    });

    // 5. Written out: the bag, the zip, the WACZ.
    const mtime = zipTime(epoch, timeZone);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const zipped = await zip(new Map([...bag].map(([path, bytes]) => [`${archiveNames(year).folder}/${path}`, bytes])), { mtime, compress: true });
    const wacz = await buildWacz(offline.files, {
      origin: `http://localhost/minsheng-${year}/`,
      date: new Date(epoch * 1000),
      title: `${site.title} ${year}`,
      description,
      software: `minsheng ${version}`,
      mtime,
    });
    rmSync(bagDir, { recursive: true, force: true });
    writeTree(bagDir, bag);
    writeFileSync(zipPath, zipped);
    writeFileSync(waczPath, wacz);

    // 6. The year frozen: one line of the programme, and the checksums of every file of the year.
    if (programmeAfter !== programmeBefore) writeFileSync(programmePath, programmeAfter);
    const listPath = join(content, frozenListPath(year));
    const listText = frozenList(yearFiles(checked.files, year).map((f) => ({ path: contentPath(content, f.absolutePath), bytes: readFileSync(f.absolutePath) })));
    mkdirSync(dirname(listPath), { recursive: true });
    writeFileSync(listPath, listText);

    const pages = [...offline.files.keys()].filter((path) => path.endsWith('.html')).length;
    print('archive.done', { year, content: yearContent.size, pages });
    const bytes = [...bag.values()].reduce((sum, b) => sum + b.length, 0);
    console.log(`  ${say('archive.bag', lang, { path: `${displayPath(bagDir)}/`, files: bag.size, bytes, sha256: sha256(bag.get('tagmanifest-sha256.txt')!) })}`);
    for (const [path, data] of [[zipPath, zipped], [waczPath, wacz]] as const) {
      console.log(`  ${say('archive.file', lang, { path: displayPath(path), bytes: data.length, sha256: sha256(data) })}`);
    }
    print('archive.frozen', { year });
    console.log(`  ${say(programmeAfter !== programmeBefore ? 'archive.programmeEdited' : 'archive.programmeKept', lang, { path: displayPath(programmePath) })}`);
    console.log(`  ${say('archive.list', lang, { path: displayPath(listPath), files: listText.split('\n').length - 1, sha256: sha256(new TextEncoder().encode(listText)) })}`);
    const unpublished = selection.left.filter((l) => l.reason === 'unpublished').map((l) => l.path);
    if (unpublished.length > 0) print('archive.leftUnpublished', { today, paths: unpublished.join(', ') });
    for (const left of selection.left.filter((l) => l.reason === 'outside')) print('archive.leftOutside', { path: left.path, others: left.others!.join(', ') });
    const outside = [...new Set(offline.outside.map((o) => o.link))].sort(byPath);
    if (outside.length > 0) print('archive.outsideLinks', { links: outside.join(', ') });
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exit(await archive(selection));
