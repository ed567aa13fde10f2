/**
 * A chart's data table as CSV, as served at `/charts/<name>.csv`, written by the same
 * RFC 4180 writer as the open data (src/data/csv.ts).
 */
import { toCsv as writeCsv } from '../data/csv.ts';
import type { ChartModel } from './types.ts';

export interface CsvOptions {
  /**
   * Start with a byte-order mark. On by default: Excel, which most readers of these
   * reports open CSV files with, reads UTF-8 Chinese correctly only with one.
   */
  bom?: boolean;
}

/** The header row (each column's CSV label) and one line per table row, with raw values. */
export function toCsv(model: Pick<ChartModel, 'table'>, options: CsvOptions = {}): string {
  const { columns, rows } = model.table;
  return writeCsv(
    columns.map((column) => column.csvLabel ?? column.label),
    rows.map((row) => columns.map((column) => row[column.key]?.value ?? '')),
    options,
  );
}
