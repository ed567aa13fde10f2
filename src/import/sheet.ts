/**
 * The rows of a spreadsheet file, from its bytes: CSV in the encodings Excel and WPS save
 * (UTF-8 with or without BOM, UTF-16 with BOM, GB18030 on Chinese Windows), or an .xlsx
 * workbook. Reading the file from disk is the caller's business.
 */
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { readZip, ZipReadError } from '../archive/zip.ts';
import { readCellFormats, WorkbookFormatError, type FormatGrid, type WorkbookParts } from './formats.ts';
import { startsLikeFormula } from '../data/csv.ts';
import { binarySize, XLSX_LIMITS } from '../lib/limits.ts';
import type { Message } from './messages.ts';
import type { Cell } from './values.ts';

export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE with BOM' | 'UTF-16BE with BOM' | 'GB18030';

export type SheetRows = { rows: Cell[][]; encoding: string; sheet?: string; sheets?: string[]; formats?: FormatGrid } | { fatal: Message };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The text of a CSV file. A BOM says the encoding; otherwise text that is valid UTF-8 is
 * UTF-8 (GB18030 text of any length practically never is), and anything else is GB18030,
 * which also covers GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE with BOM' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE with BOM' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/** Excel's "Unicode text" is tab-separated, and European Excel separates with semicolons: the first line tells. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * A cell the site's CSV files (and `npm run export`) made inert with a ' in front of
 * formula-like text (`'=SUM(…)`, see src/data/csv.ts) reads as the text it stands for.
 */
function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && startsLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}

export function readCsv(bytes: Uint8Array, file: string): SheetRows {
  const refused = sheetSizeProblem(bytes.length, file);
  if (refused) return refused;
  const { text, encoding } = decodeText(bytes);
  try {
    // Empty lines are kept, so that record n is spreadsheet row n + 1.
    const rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    return { rows: rows.map((cells) => cells.map(withoutFormulaGuard)), encoding };
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { fatal: { key: 'fatal.csv', params: { file, line: lines ?? 1, detail: message } } };
  }
}

/** A sheet file too large to be one of projects, refused before it is read (CSV and .xlsx alike). */
export function sheetSizeProblem(bytes: number, file: string): { fatal: Message } | undefined {
  if (bytes <= XLSX_LIMITS.fileBytes) return undefined;
  return { fatal: { key: 'fatal.sheetSize', params: { file, found: binarySize(bytes), limit: binarySize(XLSX_LIMITS.fileBytes) } } };
}

/**
 * Why a workbook is not handed to the xlsx reader, which unpacks whatever a zip holds: a
 * zip bomb of 1 MB unpacks to gigabytes. Every part is unpacked here first, each bounded
 * by its stated size and all within XLSX_LIMITS, so that the reader gets the same parts.
 * A file that is no zip at all goes on to the reader, which tells an old .xls. Returns the
 * parts, from which the cells' number formats are read.
 */
function unpackWorkbook(bytes: Uint8Array, file: string): { fatal: Message } | { parts?: WorkbookParts } {
  let parts: Map<string, Uint8Array | null>;
  try {
    parts = readZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), XLSX_LIMITS);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    const problem = error.problem;
    switch (problem.kind) {
      case 'notZip':
        return {};
      case 'fileSize':
        return sheetSizeProblem(problem.found, file) ?? {};
      case 'entries':
        return { fatal: { key: 'fatal.xlsxEntries', params: { file, found: problem.found, limit: problem.limit } } };
      case 'unpacked':
        return { fatal: { key: 'fatal.xlsxUnpacked', params: { file, found: binarySize(problem.found), limit: binarySize(problem.limit) } } };
      case 'ratio':
        return { fatal: { key: 'fatal.xlsxRatio', params: { file, name: problem.name, found: problem.found, limit: problem.limit } } };
      default:
        return { fatal: { key: 'fatal.xlsx', params: { file, detail: error.message } } };
    }
  }
  const broken = [...parts].find(([, data]) => data === null)?.[0];
  return broken === undefined ? { parts } : { fatal: { key: 'fatal.xlsx', params: { file, detail: `${broken} cannot be unpacked, or unpacks to more than its stated size` } } };
}

/** The rows of one sheet of an .xlsx workbook: the first, or the one named. */
export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<SheetRows> {
  const tooLarge = sheetSizeProblem(bytes.length, file);
  if (tooLarge) return tooLarge;
  const unpacked = unpackWorkbook(bytes, file);
  if ('fatal' in unpacked) return unpacked;
  let sheets: Awaited<ReturnType<typeof readExcelFile>>;
  try {
    sheets = await readExcelFile(Buffer.from(bytes));
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'XLS_FILE_NOT_SUPPORTED') return { fatal: { key: 'fatal.xls', params: { file } } };
    return { fatal: { key: 'fatal.xlsx', params: { file, detail: message } } };
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (chosen === undefined) return { fatal: { key: 'fatal.sheet', params: { file, sheet: sheet ?? '', sheets: names.join(', ') } } };
  const read = { rows: chosen.data as Cell[][], encoding: 'xlsx', sheet: chosen.sheet, sheets: names };
  if (!unpacked.parts) return read;
  // The values alone do not say what a cell shows (70 % is stored as 0.7): each cell's number format does.
  try {
    return { ...read, formats: readCellFormats(unpacked.parts, chosen.sheet) };
  } catch (error) {
    if (!(error instanceof WorkbookFormatError)) throw error;
    return { fatal: { key: 'fatal.xlsx', params: { file, detail: error.message } } };
  }
}
