/**
 * CSV as RFC 4180 writes it and Excel reads it: UTF-8 with a byte-order mark (without one,
 * Excel on Chinese Windows reads the file as GB18030 and garbles it), CRLF line ends, and
 * quotes only around cells that need them.
 *
 * Every CSV the site publishes (`/data/*.csv`, `/charts/*.csv` and their copies in the
 * archive) goes through `csvField`, so that text from content can never become a formula
 * in a spreadsheet (below).
 */

export type Cell = string | number | boolean | undefined | null;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * What a spreadsheet may read as the start of a formula or a command (`=HYPERLINK(…)`,
 * `+cmd|' /C calc'!A0`, `@SUM(…)`): the characters OWASP lists for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number such as -3.5 or +12: no spreadsheet reads one as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * True for text that a spreadsheet could run as a formula. Text that is a plain number
 * (a negative amount such as -3.5) is not: no spreadsheet reads it as anything but a number.
 */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * One field, quoted when RFC 4180 requires it (a comma, quote or line break), quotes doubled.
 * Formula-like text is made inert as OWASP recommends: a single quote in front, and the cell
 * always quoted. Numbers stay numbers; the JSON files keep the text exactly as written.
 */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const neutralised = startsLikeFormula(value);
  const text = neutralised ? `'${value}` : value;
  return neutralised || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row and the rows, every line ended by CRLF; with the BOM unless `bom: false`. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: { bom?: boolean } = {}): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} cells; expected ${header.length}, one per column.`);
  }
  return (options.bom === false ? '' : BOM) + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
