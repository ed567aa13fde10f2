/**
 * CSV as RFC 4180 writes it and Excel reads it: UTF-8 with a byte-order mark (without one,
 * Excel on Chinese Windows reads the file as GB18030 and garbles it), CRLF line ends, and
 * quotes only around cells that need them.
 */

export type Cell = string | number | boolean | undefined | null;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when RFC 4180 requires it (a comma, quote or line break), quotes doubled. */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row and the rows, every line ended by CRLF; with the BOM unless `bom: false`. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: { bom?: boolean } = {}): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} cells; expected ${header.length}, one per column.`);
  }
  return (options.bom === false ? '' : BOM) + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
