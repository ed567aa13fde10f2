/**
 * `npm run import -- <file.csv|file.xlsx> --year <year>`: a spreadsheet of projects, one
 * per row, into entries of content/projects/<year>/. The decisions are made by
 * `planImport` (src/import/plan.ts); this file reads the files, prints, and writes.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { messageLang } from '../src/check/index.ts';
import { displayPath, readContent } from '../src/check/read.ts';
import { contentDir } from '../src/config.ts';
import { IMPORT_GUIDE, type Mapping } from '../src/import/columns.ts';
import { readMapping } from '../src/import/mapping.ts';
import { render, type Message, type MessageLang } from '../src/import/messages.ts';
import { planImport } from '../src/import/plan.ts';
import { reportLines } from '../src/import/report.ts';
import { readCsv, readXlsx, sheetSizeProblem, type SheetRows } from '../src/import/sheet.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { indexContent } from '../src/scaffold/content.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run import -- <file.csv|file.xlsx> --year <year> [--update] [--dry-run]
         [--updates] [--as-of <day>] [--sheet <name>] [--mapping <file.json>] [--ids row]
         [--lang en|zh] [--content <dir>]

Turns a spreadsheet of projects, one per row, into entries content/projects/<year>/<id>.md,
and a monthly progress sheet into dated updates content/updates/<day>-<id>.md.
Prints a line for each entry, and each row it could not take with the row number, the
column and the reason; nothing is written for those rows, the others are written. An
existing entry is never changed without --update, and its baseline (status, progress,
asOf) never by a sheet. Exits 1 when any row was refused or the sheet could not be
imported at all (then nothing is written).

  --year <year>       the programme the projects belong to (content/programmes/<year>.mdx)
  --updates           a progress or status that differs from where a project stands
                      becomes a dated update (content/updates/), as of the sheet's day
  --as-of <day>       the day the sheet's figures are true, e.g. 2026-11-30 (default: the
                      day its title states, 截至2026年11月30日, else today; --updates needs a day)
  --update            change the descriptive fields of existing entries (name, department,
                      places, budget, dates…) where the sheet's cell differs
  --dry-run           print what would be written; write nothing
  --sheet <name>      the sheet of an .xlsx workbook to read (default: the first)
  --mapping <file>    a JSON file naming the site's own headers and status words
  --ids row           name the projects after their rows when the sheet has no id column
                      (default: after their names)
  --lang en|zh        the language of the messages (default: the site's)
  --content <dir>     the content folder (default: content/)

${IMPORT_GUIDE}`;

const { values, positionals } = parseCommand(usage, {
  year: { type: 'string' },
  update: { type: 'boolean' },
  updates: { type: 'boolean' },
  'as-of': { type: 'string' },
  'dry-run': { type: 'boolean' },
  sheet: { type: 'string' },
  mapping: { type: 'string' },
  ids: { type: 'string' },
  lang: { type: 'string' },
});
if (positionals.length !== 1) {
  console.error(`${positionals.length === 0 ? 'Which spreadsheet? Give the path of a .csv or .xlsx file.' : `One spreadsheet at a time; found ${positionals.join(', ')}.`}\n\n${usage}`);
  process.exit(2);
}

const dir = contentDir();
const lang: MessageLang = messageLang(siteDefaultLocale(dir), values.lang);
const sheetPath = positionals[0]!;
const file = basename(sheetPath);

function fail(messages: readonly Message[]): never {
  for (const message of messages) console.error(render(message, lang));
  console.error(lang === 'en' ? 'Nothing was imported.' : '没有导入任何内容。');
  process.exit(1);
}

function readBytes(path: string, shown: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    fail([{ key: 'fatal.read', params: { file: shown, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message } }]);
  }
}

async function readRows(): Promise<SheetRows> {
  const extension = extname(sheetPath).toLowerCase();
  if (extension === '.xls') return { fatal: { key: 'fatal.xls', params: { file } } };
  if (extension !== '.csv' && extension !== '.xlsx') return { fatal: { key: 'fatal.extension', params: { file } } };
  if (extension === '.csv' && values.sheet !== undefined) return { fatal: { key: 'fatal.csvSheet' } };
  // A file too large to be a sheet of projects is refused before it is read.
  const tooLarge = sheetSizeProblem(statSync(sheetPath, { throwIfNoEntry: false })?.size ?? 0, file);
  if (tooLarge) return tooLarge;
  const bytes = readBytes(sheetPath, sheetPath);
  if (extension === '.csv') return readCsv(bytes, file);
  return readXlsx(bytes, file, values.sheet);
}

// Every reason to refuse the whole import is found before anything is written.
const year = values.year !== undefined && /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
if (year === undefined) fail([{ key: 'fatal.yearMissing', params: { found: values.year ?? '' } }]);
if (values.ids !== undefined && values.ids !== 'row') fail([{ key: 'fatal.ids', params: { found: values.ids } }]);
let mapping: Mapping = { columns: {}, status: {} };
if (values.mapping !== undefined) {
  const read = readMapping(new TextDecoder().decode(readBytes(values.mapping, values.mapping)), values.mapping, lang);
  if ('fatal' in read) fail(read.fatal);
  mapping = read.mapping;
}
const sheet = await readRows();
if ('fatal' in sheet) fail([sheet.fatal]);

const content = indexContent(readContent(dir).files);
const today = buildDate(process.env, siteTimeZone(dir));
const contentLabel = displayPath(dir);
const result = planImport({ file, rows: sheet.rows, ...(sheet.formats ? { formats: sheet.formats } : {}) }, content, {
  year,
  today,
  ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
  update: values.update === true,
  updates: values.updates === true,
  rowIds: values.ids === 'row',
  mapping,
  lang,
  contentLabel,
});
if ('fatal' in result) fail(result.fatal);
const { plan } = result;

const dryRun = values['dry-run'] === true;
const show = (path: string) => displayPath(join(dir, path));
console.log(render({ key: 'report.start', params: { file, sheet: sheet.sheet ?? '', encoding: sheet.encoding, header: plan.headerRow, folder: `${show(`projects/${year}`)}/`, dry: dryRun ? 1 : '' } }, lang));
if (plan.updates) console.log(render({ key: 'report.asOf', params: { asOf: plan.asOf, folder: `${show('updates')}/` } }, lang));
if (sheet.sheets && sheet.sheets.length > 1 && values.sheet === undefined) {
  console.log(render({ key: 'report.sheets', params: { count: sheet.sheets.length, sheets: sheet.sheets.join(', ') } }, lang));
}
for (const line of reportLines(plan, { file, lang, dryRun, show })) console.log(line);

if (!dryRun) {
  for (const entry of plan.entries) {
    if (entry.action === 'none') continue;
    const target = join(dir, entry.path);
    mkdirSync(dirname(target), { recursive: true });
    // "wx" fails rather than overwrite a file that appeared since the content was read.
    writeFileSync(target, entry.text, { flag: entry.action === 'update' ? 'w' : 'wx' });
  }
}
process.exit(plan.rejected.length > 0 ? 1 : 0);
