/**
 * What each cell of an .xlsx sheet shows, from its number format. read-excel-file gives
 * values only, and a value alone cannot tell 70 % (0.7 formatted as a percentage) from
 * 0.7, nor 2026年12月 (a month) from the first day of that month. So the workbook's own
 * XML is read here: the workbook and its relationships (which file is the sheet), the
 * styles (which format each style has) and the sheet (which style each cell has), from
 * the parts the sheet's reading unpacked already (src/import/sheet.ts).
 */

/** What a number format says about a cell: a percentage, or a date at this precision. */
export type CellFormat = 'percent' | 'year' | 'month' | 'day';

/** The format of each cell by 0-based row and column; `undefined` for General and plain numbers. */
export type FormatGrid = (CellFormat | undefined)[][];

export class WorkbookFormatError extends Error {}

/**
 * Excel's built-in formats that say a percentage or a date (ECMA-376 18.8.30), with the
 * Chinese (zh-CN) meanings of the locale-dependent ids 27–58, which WPS and Excel on
 * Chinese Windows write: 27, 36, 50, 52 and 57 are yyyy"年"m"月", the others a day.
 */
const BUILT_IN: Record<number, CellFormat> = {
  9: 'percent',
  10: 'percent',
  14: 'day',
  15: 'day',
  16: 'day',
  17: 'month',
  22: 'day',
  27: 'month',
  28: 'day',
  29: 'day',
  30: 'day',
  31: 'day',
  36: 'month',
  50: 'month',
  51: 'day',
  52: 'month',
  53: 'day',
  54: 'day',
  57: 'month',
  58: 'day',
};

/**
 * The meaning of a format code: `0%` → percent, `yyyy"年"m"月"` → month, `yyyy-mm-dd` →
 * day, `yyyy` → year. Quoted text, escaped characters, [colours] and [$-804] locale tags
 * are not tokens; an `m` next to `h` or `s` is minutes, not the month.
 */
export function formatKind(code: string): CellFormat | undefined {
  const section = code.split(';')[0] ?? '';
  const tokens = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (tokens.includes('%')) return 'percent';
  if (tokens === 'general' || /e[+-]/.test(tokens)) return undefined;
  const dates = tokens
    .replace(/am\/pm|a\/p|上午\/下午/g, '')
    .replace(/(h+[^a-z]*)m+/g, '$1')
    .replace(/m+([^a-z]*s)/g, '$1');
  if (/d/.test(dates)) return 'day';
  if (/m/.test(dates)) return 'month';
  if (/[ye]/.test(dates)) return 'year';
  return undefined;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    return ENTITIES[name!] ?? whole;
  });
}

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    // Prefixed names (r:id, x:numFmtId) are looked up by their local name.
    found.set(match[1]!.replace(/^[\w.-]+:/, ''), unescapeXml(match[2] ?? match[3] ?? ''));
  }
  return found;
}

/** The start tags named `name` (with any namespace prefix), each with its attributes. */
function tags(xml: string, name: string): Map<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributes(m[1]!));
}

/** The parts of a workbook as `readZip` unpacked them within XLSX_LIMITS: null for a part that could not be unpacked. */
export type WorkbookParts = ReadonlyMap<string, Uint8Array | null>;

/** One part of the workbook as text; undefined when absent. */
function part(parts: WorkbookParts, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const data = parts.get(name);
  if (data === null) throw new WorkbookFormatError(`${name} cannot be unpacked`);
  return data === undefined ? undefined : new TextDecoder().decode(data);
}

/** `worksheets/sheet1.xml` relative to `xl/workbook.xml` → `xl/worksheets/sheet1.xml`. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function relationships(xml: string | undefined): Map<string, string> {
  return new Map(tags(xml ?? '', 'Relationship').map((r) => [r.get('Id') ?? '', r.get('Target') ?? '']));
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The format of each cell style (the `s` of a cell) by its index. */
function styleFormats(xml: string | undefined): (CellFormat | undefined)[] {
  if (xml === undefined) return [];
  const codes = new Map(tags(xml, 'numFmt').map((f) => [Number(f.get('numFmtId')), f.get('formatCode') ?? '']));
  const cellXfs = /<(?:[\w.-]+:)?cellXfs[\s>][\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  return tags(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.get('numFmtId') ?? 0);
    const code = codes.get(id);
    return code !== undefined ? formatKind(code) : BUILT_IN[id];
  });
}

/** "B12" → row 11, column 1 (0-based). */
function cellAddress(ref: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  const column = [...match[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** Each cell's format, from the `s` (style) of its `<c>` element; cells without an `r` follow the previous one. */
function sheetFormats(xml: string, styles: readonly (CellFormat | undefined)[]): FormatGrid {
  const grid: FormatGrid = [];
  let row = -1;
  let column = -1;
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/g)) {
    const attrs = attributes(match[2]!);
    if (match[1] === 'row') {
      const r = Number(attrs.get('r'));
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      column = -1;
      continue;
    }
    const address = cellAddress(attrs.get('r') ?? '');
    if (address) ({ row, column } = address);
    else column++;
    const format = styles[Number(attrs.get('s') ?? 0)];
    if (format !== undefined && row >= 0) (grid[row] ??= [])[column] = format;
  }
  return grid;
}

/**
 * The formats of the cells of one sheet, named as read-excel-file names it. Throws
 * {@link WorkbookFormatError} when the workbook's parts cannot be found or unpacked.
 */
export function readCellFormats(parts: WorkbookParts, sheetName: string): FormatGrid {
  const officeDocument = tags(part(parts, '_rels/.rels') ?? '', 'Relationship').find((r) => (r.get('Type') ?? '').endsWith('/officeDocument'));
  const workbookPath = officeDocument ? resolvePart('', officeDocument.get('Target') ?? '') : 'xl/workbook.xml';
  const workbook = part(parts, workbookPath);
  if (workbook === undefined) throw new WorkbookFormatError(`${workbookPath} is missing`);
  const relsXml = part(parts, relsOf(workbookPath));
  const rels = relationships(relsXml);
  const sheet = tags(workbook, 'sheet').find((s) => s.get('name') === sheetName);
  const target = rels.get(sheet?.get('id') ?? '');
  if (target === undefined) throw new WorkbookFormatError(`the sheet "${sheetName}" is not in ${workbookPath}`);
  const sheetPath = resolvePart(workbookPath, target);
  const stylesTarget = tags(relsXml ?? '', 'Relationship').find((r) => (r.get('Type') ?? '').endsWith('/styles'))?.get('Target');
  const stylesPath = stylesTarget === undefined ? undefined : resolvePart(workbookPath, stylesTarget);
  const sheetXml = part(parts, sheetPath);
  if (sheetXml === undefined) throw new WorkbookFormatError(`${sheetPath} is missing`);
  return sheetFormats(sheetXml, styleFormats(part(parts, stylesPath)));
}
