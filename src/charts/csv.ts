/**
 * A chart's data table as CSV, as served at `/charts/<name>.csv`: RFC 4180 (comma
 * separated, CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled), UTF-8.
 */
import type { ChartModel } from './types.ts';

export interface CsvOptions {
  /**
   * Start with a byte-order mark. On by default: Excel, which most readers of these
   * reports open CSV files with, reads UTF-8 Chinese correctly only with one.
   */
  bom?: boolean;
}

/** Quotes a field when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row (each column's CSV label) and one line per table row, with raw values. */
export function toCsv(model: Pick<ChartModel, 'table'>, options: CsvOptions = {}): string {
  const { columns, rows } = model.table;
  const lines = [
    columns.map((column) => csvField(column.csvLabel ?? column.label)),
    ...rows.map((row) => columns.map((column) => csvField(row[column.key]?.value ?? ''))),
  ];
  return (options.bom === false ? '' : '\uFEFF') + lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
