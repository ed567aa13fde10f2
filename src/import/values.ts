/**
 * Cell values as press offices type them: Chinese dates, amounts in 万元 and 亿元,
 * percentages, status words, lists. Each parser either returns the value in the form of
 * the content format or says what it found and what it expects; none of them guesses.
 */
import { isValidPartialDate, type Status } from '../schemas/common.ts';
import { statusOf, type Mapping } from './columns.ts';
import type { CellFormat } from './formats.ts';
import type { Message } from './messages.ts';

/** A cell as the readers give it: CSV cells are strings, .xlsx cells may be numbers, booleans or dates. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Parsed<T> = { value: T } | { problem: Message };

export function isEmpty(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The text of a cell, trimmed; a date cell reads as its day. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Full-width digits, letters and punctuation (２０２４，％，￥) as their ASCII forms; no spaces. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The problem's `found` as the user typed it, or as the sheet shows it: 1.2 formatted as a percentage is 120%. */
function found(cell: Cell, format?: CellFormat): string {
  if (typeof cell === 'number' && format === 'percent') return `${roundPercent(cell * 100)}%`;
  return typeof cell === 'number' ? String(cell) : cellText(cell);
}

/** Words that say a value is not known yet: an optional field left out, never a value. */
const UNKNOWN_WORDS = ['待定', '暂无', '无', '未定', '不详', '待明确', '暂未确定', '—', '——', '-', '--', '/', '／', 'n/a', 'na', 'tbd'];

export function isUnknownWord(cell: Cell): boolean {
  const text = cellText(cell).normalize('NFKC').toLowerCase();
  return text !== '' && UNKNOWN_WORDS.some((word) => word.normalize('NFKC').toLowerCase() === text);
}

/**
 * Text that a spreadsheet program would run as a formula when the value is written back
 * into a sheet or a CSV opened in Excel (OWASP "CSV injection"): it begins with =, + or @,
 * or with - followed by something other than a number.
 */
export function looksLikeFormula(cell: Cell): boolean {
  return typeof cell === 'string' && /^\s*(?:[=+@]|-(?!\s*[\d.]|\s*$))/.test(cell);
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * Day 0 of Excel's serial dates. Excel counts a 29 February 1900 that never was, so
 * serials from 61 on (1 March 1900) are counted from 30 December 1899.
 */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** Serial dates outside these years are far more likely other numbers than dates. */
const SERIAL_YEARS = { from: 1950, to: 2100 };
/** Whole numbers in this range are years, not serial dates (which would fall in 1905). */
const YEARS = { from: 1900, to: 2100 };

function fromSerial(serial: number): string | undefined {
  const date = new Date(EXCEL_DAY_ZERO + Math.floor(serial) * DAY);
  const year = date.getUTCFullYear();
  if (year < SERIAL_YEARS.from || year > SERIAL_YEARS.to) return undefined;
  return date.toISOString().slice(0, 10);
}

function fromNumber(value: number): string | undefined {
  if (Number.isInteger(value) && value >= YEARS.from && value <= YEARS.to) return String(value);
  return value > 0 ? fromSerial(value) : undefined;
}

const CHINESE_DATE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?$/;
const SEPARATED_DATE = /^(\d{4})(?:([./-])(\d{1,2})(?:\2(\d{1,2}))?)?$/;
const DIGITS_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** A year, then words that name a part of it or of a month without saying which day: 年底, 5月上旬, 第三季度. */
const VAGUE_DATE = /^\d{4}年?(?:\d{1,2}月)?(?:底|末|初|中|中旬|上旬|下旬|前|以前|之前|内|左右|上半年|下半年|第?[一二三四1-4]季度|q[1-4])$/i;

function partialDate(year: string, month?: string, day?: string): string {
  return [year, month === undefined ? undefined : pad(month), day === undefined ? undefined : pad(day)].filter((p) => p !== undefined).join('-');
}

/**
 * A date at the precision written: `2024年5月` → `2024-05`, `2024.05.20` → `2024-05-20`,
 * `2024年` → `2024`, Excel dates and serial numbers → the day. Undefined for an empty cell.
 */
export function parseDate(cell: Cell, format?: CellFormat): Parsed<string> | undefined {
  if (isEmpty(cell)) return undefined;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { problem: { key: 'cell.date', params: { found: '' } } };
    // .xlsx dates carry no time zone: the reader gives the day at midnight UTC.
    return { value: atPrecision(cell.toISOString().slice(0, 10), format) };
  }
  if (typeof cell === 'number') {
    // A date format the reader does not know as one (some of the Chinese built-ins) leaves the serial number.
    const value = format === 'year' || format === 'month' || format === 'day' ? fromSerial(cell) : fromNumber(cell);
    return value === undefined ? { problem: { key: 'cell.date', params: { found: found(cell) } } } : { value: atPrecision(value, format) };
  }
  const text = compact(String(cell));
  let date: string | undefined;
  const chinese = CHINESE_DATE.exec(text);
  const separated = SEPARATED_DATE.exec(text);
  const digits = DIGITS_DATE.exec(text);
  if (chinese) date = partialDate(chinese[1]!, chinese[2], chinese[3]);
  else if (separated) date = partialDate(separated[1]!, separated[3], separated[4]);
  else if (digits) date = partialDate(digits[1]!, digits[2], digits[3]);
  else if (/^\d{5}(?:\.\d+)?$/.test(text)) date = fromSerial(Number(text));
  else if (VAGUE_DATE.test(text)) return { problem: { key: 'cell.dateVague', params: { found: found(cell) } } };
  if (date === undefined) return { problem: { key: 'cell.date', params: { found: found(cell) } } };
  if (!isValidPartialDate(date)) return { problem: { key: 'cell.dateInvalid', params: { found: found(cell) } } };
  return { value: date };
}

/** A day cut to what the cell's format shows: 2026-12-01 shown as 2026年12月 is 2026-12. */
function atPrecision(day: string, format: CellFormat | undefined): string {
  if (format === 'year') return day.slice(0, 4);
  if (format === 'month') return day.slice(0, 7);
  return day;
}

/** Powers of ten of a yuan, by the unit an amount writes. */
const AMOUNT_UNITS: Record<string, number> = { 元: 0, 万元: 4, 万: 4, 亿元: 8, 亿: 8 };
const AMOUNT = /^(¥|rmb|cny|人民币)?(\d+(?:\.\d+)?)(亿元|亿|万元|万|元)?$/i;
const GROUPED = /\d{1,3}(?:,\d{3})+(?!\d)/g;

/** `decimal` × 10^places, exactly: 1.24 × 10^8 is 124000000, not 124000000.00000001. */
function shift(decimal: string, places: number): number {
  const [whole, fraction = ''] = decimal.split('.');
  const digits = fraction.padEnd(places, '0');
  return Number(`${whole}${digits.slice(0, places)}.${digits.slice(places) || '0'}`);
}

/** A number in plain decimal notation (no exponent): for {@link shift}, and what the export writes so that this reads it back. */
export function decimalText(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * An amount in yuan. An amount that writes its unit (`1.24亿`, `4500万元`, `¥500,000`,
 * `500000元`) counts in it; a bare number counts in the column's unit (`unitPower`:
 * 4 for a 万元 column), and is refused when the column names none.
 */
export function parseAmount(cell: Cell, unitPower: number | undefined): Parsed<number> | undefined {
  if (isEmpty(cell)) return undefined;
  const unreadable: Parsed<number> = { problem: { key: 'cell.amount', params: { found: found(cell) } } };
  let digits: string;
  let power = unitPower;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return unreadable;
    digits = decimalText(cell);
  } else if (typeof cell === 'string') {
    // Thousands separators only where they group by three, so that "1,5" is not read as 15.
    const text = compact(cell).replace(GROUPED, (group) => group.replace(/,/g, ''));
    const match = AMOUNT.exec(text);
    if (!match) return unreadable;
    const [, currency, number, unit] = match;
    digits = number!;
    // "¥500,000" states yuan, whatever the column says, unless it also writes 万 or 亿.
    if (unit !== undefined) power = AMOUNT_UNITS[unit];
    else if (currency !== undefined) power = 0;
  } else return unreadable;
  if (power === undefined) return { problem: { key: 'cell.amountUnit', params: { found: found(cell) } } };
  return { value: shift(digits, power) };
}

/** Fractions times 100 can land a hair off: 0.29 × 100 is 28.999999999999996. */
function roundPercent(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Progress in percent points, as the sheet shows it: `80`, `80%`, `80.5`, and a number
 * cell formatted as a percentage (Excel stores 80 % as 0.8). Nothing is rescaled by
 * guessing: a plain number between 0 and 1 (0.8: 0.8 % or 80 %?) and a value outside
 * 0–100 are refused.
 */
export function parseProgress(cell: Cell, format?: CellFormat): Parsed<number> | undefined {
  if (isEmpty(cell)) return undefined;
  const problem: Parsed<number> = { problem: { key: 'cell.progress', params: { found: found(cell, format) } } };
  let value: number;
  let plain: boolean;
  if (typeof cell === 'number') {
    plain = format !== 'percent';
    value = plain ? cell : cell * 100;
  } else if (typeof cell === 'string') {
    const match = /^(\d+(?:\.\d+)?)(%)?$/.exec(compact(cell));
    if (!match) return problem;
    plain = match[2] === undefined;
    value = Number(match[1]);
  } else return problem;
  // Offices write progress both as percent points and as fractions; which one 0.4 is, only the office knows.
  if (plain && value > 0 && value < 1) return { problem: { key: 'cell.progressAmbiguous', params: { found: decimalText(value) } } };
  value = roundPercent(value);
  return value >= 0 && value <= 100 ? { value } : problem;
}

export function parseStatus(cell: Cell, mapping: Mapping): Parsed<Status> | undefined {
  if (isEmpty(cell)) return undefined;
  const status = statusOf(cellText(cell), mapping);
  return status === undefined ? { problem: { key: 'cell.status', params: { found: found(cell) } } } : { value: status };
}

/** `a、b，c; d` → `[a, b, c, d]`: the separators Chinese and English lists use, and line breaks. */
export function splitList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[、，,；;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const ID = /^[a-z0-9-]+$/;

/** An entry id from the id column: `new-library`, or `2024/new-library` when the year is the import's. */
export function parseId(cell: Cell, year: number): Parsed<string> | undefined {
  if (isEmpty(cell)) return undefined;
  const text = cellText(cell);
  const [first, second, ...rest] = text.split('/');
  if (second !== undefined && rest.length === 0 && /^\d{4}$/.test(first!)) {
    if (Number(first) !== year) return { problem: { key: 'cell.idYear', params: { found: text, year } } };
    if (ID.test(second)) return { value: second };
  } else if (ID.test(text)) return { value: text };
  return { problem: { key: 'cell.id', params: { found: text } } };
}
