/**
 * `npm run verify-archive -- <dir or .zip> [--sha256 <digest>] [--lang en|zh]`: recomputes every checksum of an
 * archive written by `npm run archive` and names each file that differs, is missing or
 * is extra, one line each; exit 1 then, 0 with a one-line summary when all is well.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatFinding, formatVerification, say, zipMessage } from '../src/archive/messages.ts';
import { digestFinding, verifyBag, type BagFiles, type Finding } from '../src/archive/verify.ts';
import { readZip, withoutTopFolder, ZipReadError } from '../src/archive/zip.ts';
import { isWacz, verifyWacz } from '../src/archive/verify-wacz.ts';
import { messageLang } from '../src/check/index.ts';
import { contentDir } from '../src/config.ts';
import { siteDefaultLocale } from '../src/integration.ts';
import type { MessageLang } from '../src/check/messages.ts';
import { ARCHIVE_ZIP_LIMITS, binarySize } from '../src/lib/limits.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run verify-archive -- <archive folder, .zip or .wacz> [--sha256 <digest>] [--lang en|zh]

Checks an archive written by npm run archive: every file listed in manifest-sha256.txt and
tagmanifest-sha256.txt is there with the same SHA-256, each is listed once, no file is
unlisted, and the Payload-Oxum of bag-info.txt matches. A .zip is read directly, without
unpacking it. A .wacz is checked against its datapackage.json: every resource it lists
is there with the same SHA-256 and size, none is unlisted, and datapackage-digest.json
holds the digest of datapackage.json. Symbolic links in a folder are reported and never
followed.
  --sha256 <digest>   also compare with a digest kept elsewhere, so that an archive
                      rewritten together with its manifests is caught: for a .zip, the
                      sha256 of the zip file; for a folder, the sha256 of its
                      tagmanifest-sha256.txt. /archive/ publishes both, and npm run
                      archive prints both.
Prints one line for each file that differs, is missing or is extra, and exits 1; prints
one line and exits 0 when everything matches. Messages are in the archived site's
language, or as --lang says. A zip of more than ${binarySize(ARCHIVE_ZIP_LIMITS.fileBytes + 1)}, of more than
${ARCHIVE_ZIP_LIMITS.entries.toLocaleString('en')} entries, unpacking to more than ${binarySize(ARCHIVE_ZIP_LIMITS.unpackedBytes)} or an entry to more than ${ARCHIVE_ZIP_LIMITS.ratio} times its packed
size, is not read; nor is a folder holding more.`;

const { values, positionals } = parseCommand(usage, { lang: { type: 'string' }, sha256: { type: 'string' } });
// Until an archive says its site's language, messages are in that of the project's site.
const fallback = messageLang(siteDefaultLocale(contentDir()), values.lang);
if (positionals.length !== 1) {
  console.error(say('verify.which', fallback, { found: positionals.join(' ') }));
  if (fallback === 'en') console.error(`\n${usage}`);
  process.exit(2);
}
const target = positionals[0]!;

/** The language of the archived site, read from its content, unless --lang says otherwise. */
function language(files: BagFiles): MessageLang {
  const site = files.get('data/content/site.json');
  let locale: string | undefined;
  try {
    locale = site ? (JSON.parse(new TextDecoder().decode(site).replace(/^\uFEFF/, '')) as { defaultLocale?: string }).defaultLocale : undefined;
  } catch {
    locale = undefined;
  }
  return locale === undefined ? fallback : messageLang(locale, values.lang);
}

/**
 * The regular files below a folder, by `/`-separated path, walked without following links:
 * a link (to `/`, say) or a pipe is reported, never read. The sizes are added up before
 * anything is read, so that a folder too large to hold is refused instead.
 */
function readFolder(dir: string): { files: Map<string, Uint8Array>; odd: Finding[] } | { tooLarge: true } {
  const found: { path: string; full: string }[] = [];
  const odd: Finding[] = [];
  let bytes = 0;
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    for (const name of readdirSync(join(dir, folder)).sort()) {
      const path = folder === '' ? name : `${folder}/${name}`;
      const full = join(dir, path);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) odd.push({ kind: 'link', path });
      else if (stat.isDirectory()) pending.push(path);
      else if (!stat.isFile()) odd.push({ kind: 'special', path });
      else {
        bytes += stat.size;
        found.push({ path, full });
        if (bytes > ARCHIVE_ZIP_LIMITS.unpackedBytes || found.length > ARCHIVE_ZIP_LIMITS.entries) return { tooLarge: true };
      }
    }
  }
  return { files: new Map(found.map(({ path, full }) => [path, readFileSync(full)])), odd };
}

if (!existsSync(target)) {
  console.error(say('verify.notFound', fallback, { path: target }));
  process.exit(1);
}
if (values.sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(values.sha256)) {
  console.error(say('verify.badDigest', fallback, { found: values.sha256 }));
  process.exit(2);
}
let files: BagFiles;
const findings: Finding[] = [];
/** What --sha256 is compared with: the tag manifest of a folder, the zip or WACZ itself. */
let digested: [subject: string, bytes: Uint8Array | null | undefined];
if (statSync(target).isDirectory()) {
  const read = readFolder(target);
  if ('tooLarge' in read) {
    console.error(say('verify.folderLimit', fallback, { path: target, limit: binarySize(ARCHIVE_ZIP_LIMITS.unpackedBytes), entries: ARCHIVE_ZIP_LIMITS.entries }));
    process.exit(1);
  }
  files = read.files;
  digested = ['tagmanifest-sha256.txt', files.get('tagmanifest-sha256.txt')];
  findings.push(...read.odd);
} else {
  try {
    // The size first: a file past the limit is never read into memory.
    const size = statSync(target).size;
    if (size > ARCHIVE_ZIP_LIMITS.fileBytes) throw new ZipReadError({ kind: 'fileSize', found: size, limit: ARCHIVE_ZIP_LIMITS.fileBytes });
    const bytes = readFileSync(target);
    const unpacked = readZip(bytes, ARCHIVE_ZIP_LIMITS);
    files = isWacz(unpacked) ? unpacked : withoutTopFolder(unpacked);
    digested = [target, bytes];
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    console.error(zipMessage(target, error.problem, fallback));
    process.exit(1);
  }
}
// A WACZ is checked against its data package; it holds no site.json to say its language.
const wacz = isWacz(files);
const lang = wacz ? fallback : language(files);
const checked = wacz ? verifyWacz(files) : verifyBag(files);
if ('uncheckable' in checked) {
  console.error(say('verify.waczUncheckable', lang, { path: target }));
  process.exit(1);
}
const digest = values.sha256 === undefined ? undefined : digestFinding(values.sha256, ...digested);
checked.findings.unshift(...(digest ? [digest] : []), ...findings);
for (const finding of checked.findings) console.log(formatFinding(finding, lang));
console.log(formatVerification(checked, lang));
process.exit(checked.findings.length > 0 ? 1 : 0);
