/**
 * The rows of a spreadsheet file, from its bytes: CSV in the encodings Excel and WPS save
 * (UTF-8 with or without BOM, UTF-16 with BOM, GB18030 on Chinese Windows), or an .xlsx
 * workbook. Reading the file from disk is the caller's business.
 */
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import type { Message } from './messages.ts';
import type { Cell } from './values.ts';

export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE with BOM' | 'UTF-16BE with BOM' | 'GB18030';

export type SheetRows = { rows: Cell[][]; encoding: string; sheet?: string; sheets?: string[] } | { fatal: Message };

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

export function readCsv(bytes: Uint8Array, file: string): SheetRows {
  const { text, encoding } = decodeText(bytes);
  try {
    // Empty lines are kept, so that record n is spreadsheet row n + 1.
    const rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    return { rows, encoding };
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { fatal: { key: 'fatal.csv', params: { file, line: lines ?? 1, detail: message } } };
  }
}

/** The rows of one sheet of an .xlsx workbook: the first, or the one named. */
export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<SheetRows> {
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
  return { rows: chosen.data as Cell[][], encoding: 'xlsx', sheet: chosen.sheet, sheets: names };
}
