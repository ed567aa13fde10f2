/**
 * `npm run export -- --year <year> [--format xlsx|csv] [--out <file>] [--force]`: the year's
 * projects with where they stand today, in the import's own headers, as a sheet that
 * `npm run import` reads back unchanged. The sheet is made by `exportSheet`
 * (src/export/sheet.ts); this file reads the content and writes the file.
 */
import { statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { messageLang } from '../src/check/index.ts';
import type { MessageLang } from '../src/i18n/messages.ts';
import { displayPath, readContent } from '../src/check/read.ts';
import { contentDir } from '../src/config.ts';
import { render, type Message } from '../src/export/messages.ts';
import { exportSheet, sheetCsv, sheetXlsx } from '../src/export/sheet.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { indexContent } from '../src/scaffold/content.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run export -- --year <year> [--format xlsx|csv] [--out <file>] [--force]
         [--lang en|zh] [--content <dir>]

Writes the year's projects, one row each, with their status and progress as of today
(from their updates), in the headers of npm run import and in Chinese: the sheet imports
back unchanged. The title row states the day of the figures (截至…), which the import
reads as the day the sheet speaks for. Dates keep their precision (2022年12月), the
budget is in 万元, progress in percent. Drafts and projects not yet published are left
out. A CSV is UTF-8 with a BOM, as Excel reads it, and text that a spreadsheet would run
as a formula is written with a ' in front, which the import takes off again.

  --year <year>       the programme (content/programmes/<year>.mdx)
  --format xlsx|csv   the kind of file (default: by the --out file name, else xlsx)
  --out <file>        where to write it (default: 民生实事-<year>.xlsx or .csv here)
  --force             replace the file when it exists (never replaced without it)
  --lang en|zh        the language of the messages (default: the site's)
  --content <dir>     the content folder (default: content/)`;

// --out is the shared option (src/config.ts also reads it as the build's output folder, which this command never builds): here it names the sheet.
const { values } = parseCommand(usage, { year: { type: 'string' }, format: { type: 'string' }, force: { type: 'boolean' }, lang: { type: 'string' } });
const dir = contentDir();
const lang: MessageLang = messageLang(siteDefaultLocale(dir), values.lang);

function fail(messages: readonly Message[], status = 1): never {
  for (const message of messages) console.error(render(message, lang));
  console.error(render({ key: 'export.nothing' }, lang));
  process.exit(status);
}

if (values.year === undefined || !/^\d{4}$/.test(values.year)) fail([{ key: 'export.yearMissing', params: { found: values.year ?? '' } }], 2);
const year = Number(values.year);
const fromOut = values.out === undefined ? undefined : extname(values.out).toLowerCase().slice(1);
const format = values.format ?? (fromOut === 'csv' || fromOut === 'xlsx' ? fromOut : 'xlsx');
if (format !== 'xlsx' && format !== 'csv') fail([{ key: 'export.format', params: { found: format } }], 2);
const out = values.out ?? `民生实事-${year}.${format}`;
const existing = statSync(out, { throwIfNoEntry: false });
if (existing?.isDirectory()) fail([{ key: 'export.folder', params: { path: out, example: join(out, `民生实事-${year}.${format}`) } }]);
if (extname(out).toLowerCase() !== `.${format}`) fail([{ key: 'export.formatMismatch', params: { out, format } }], 2);

const content = indexContent(readContent(dir).files);
if (!content.programmes.some((p) => p.id === String(year))) {
  fail([{ key: 'export.year', params: { year, folder: `${displayPath(join(dir, 'programmes'))}/`, years: content.programmes.map((p) => p.id).join(', ') } }]);
}
if (existing && !values.force) fail([{ key: 'export.exists', params: { path: out } }]);

const today = buildDate(process.env, siteTimeZone(dir));
const sheet = exportSheet(content, year, today);
const bytes = format === 'csv' ? sheetCsv(sheet) : await sheetXlsx(sheet, String(year));
try {
  // "wx" fails rather than replace a file that appeared since it was looked for.
  writeFileSync(out, bytes, { flag: values.force ? 'w' : 'wx' });
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  fail([code === 'EEXIST' ? { key: 'export.exists', params: { path: out } } : { key: 'export.write', params: { path: out, detail: code ?? message } }]);
}
for (const note of sheet.notes) console.log(render(note, lang));
console.log(render({ key: 'export.done', params: { path: out, count: sheet.rows.length, year, asOf: today } }, lang));
