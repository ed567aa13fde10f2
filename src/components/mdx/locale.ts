/**
 * The locale a report is being rendered in. Views set it on `Astro.locals` before they
 * render an MDX body, because MDX components receive only the props the author wrote.
 */
import type { SiteModel } from '../../model/site.ts';
import type { Locale } from '../../schemas/common.ts';

export interface ReportLocals {
  reportLocale?: Locale;
  /** Charts drawn by reports on this page so far: numbers their element ids apart. */
  reportCharts?: number;
}

/** A suffix that keeps ids unique when a report draws a chart the page also shows. */
export function reportChartSuffix(locals: unknown): string {
  const report = locals as ReportLocals;
  report.reportCharts = (report.reportCharts ?? 0) + 1;
  return `-report-${report.reportCharts}`;
}

export function mdxLocale(locals: unknown, model: SiteModel): Locale {
  return (locals as ReportLocals).reportLocale ?? model.site.defaultLocale;
}
