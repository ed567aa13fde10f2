/**
 * `npm run verify-archive -- <dir or .zip> [--lang en|zh]`: recomputes every checksum of an
 * archive written by `npm run archive` and names each file that differs, is missing or
 * is extra, one line each; exit 1 then, 0 with a one-line summary when all is well.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatFinding, formatVerification, say } from '../src/archive/messages.ts';
import { verifyBag, type BagFiles } from '../src/archive/verify.ts';
import { readZip, withoutTopFolder, ZipReadError } from '../src/archive/zip.ts';
import { messageLang } from '../src/check/index.ts';
import type { MessageLang } from '../src/check/messages.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run verify-archive -- <archive folder or .zip> [--lang en|zh]

Checks an archive written by npm run archive: every file listed in manifest-sha256.txt and
tagmanifest-sha256.txt is there with the same SHA-256, no file is unlisted, and the
Payload-Oxum of bag-info.txt matches. A .zip is read directly, without unpacking it.
Prints one line for each file that differs, is missing or is extra, and exits 1; prints
one line and exits 0 when everything matches. Messages are in the archived site's
language, or as --lang says.`;

const { values, positionals } = parseCommand(usage, { lang: { type: 'string' } });
if (positionals.length !== 1) {
  console.error(`Expected one archive folder or .zip file.\n\n${usage}`);
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
  return messageLang(locale, values.lang);
}

function readFolder(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

const fallback = messageLang(undefined, values.lang);
if (!existsSync(target)) {
  console.error(say('verify.notFound', fallback, { path: target }));
  process.exit(1);
}
let files: BagFiles;
if (statSync(target).isDirectory()) {
  files = readFolder(target);
} else {
  try {
    files = withoutTopFolder(readZip(readFileSync(target)));
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    console.error(say('verify.badZip', fallback, { path: target, detail: error.message }));
    process.exit(1);
  }
}
const lang = language(files);
const result = verifyBag(files);
for (const finding of result.findings) console.log(formatFinding(finding, lang));
console.log(formatVerification(result, lang));
process.exit(result.findings.length > 0 ? 1 : 0);
