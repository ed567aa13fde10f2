/**
 * What the report components of a body draw from while it renders: set by Body.astro from
 * the page data, because MDX components receive only the props the author wrote.
 */
import type { NamedChart } from '../../site/chart-models.ts';
import type { Locale } from '../../schemas/common.ts';

export interface ReportLocals {
  locale: Locale;
  /** The charts of the report, by `useKey` (src/site/report.ts). */
  charts: Readonly<Record<string, NamedChart>>;
  /** Charts drawn by reports on this page so far: numbers their element ids apart. */
  drawn: number;
}

/** A suffix that keeps ids unique when a report draws a chart the page also shows. */
export function reportChartSuffix(report: ReportLocals): string {
  report.drawn += 1;
  return `-report-${report.drawn}`;
}
