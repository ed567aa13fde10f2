/**
 * A body as page data: the reference to its rendered text, and for a report (`.mdx`) the
 * data of every chart it draws, found from the component uses the checker recorded. A
 * page that shows a report therefore changes when a chart in it does, even a chart of a
 * project of another year.
 */
import type { ComponentUse } from '../check/read.ts';
import { programmeCharts, projectCharts, type NamedChart } from './chart-models.ts';
import type { Entry } from '../model/entry.ts';
import type { SiteModel } from '../model/site.ts';
import type { Locale } from '../schemas/common.ts';
import { bodyRef, type BodyRef } from './bodies.ts';

export interface BodyData {
  ref: BodyRef;
  /** The locale the report's components draw in. */
  locale: Locale;
  /** The charts its components draw, by {@link useKey}. */
  charts: Record<string, NamedChart>;
}

/** Which chart a component use draws: how the page data files it and the component finds it. */
export const useKey = (name: string, props: Readonly<Record<string, unknown>>): string => `${name}:${String(props.year ?? props.id ?? '')}`;

const YEAR_CHARTS = { StatusChart: 'status', ThemeChart: 'byTheme', DistrictChart: 'byDistrict', BudgetChart: 'budget', PeriodsChart: 'periods' } as const;
const PROJECT_CHARTS = { ProgressChart: 'history', ProjectTimeline: 'milestones' } as const;

function chartOfUse(model: SiteModel, use: ComponentUse, locale: Locale): NamedChart | undefined {
  if (use.name in YEAR_CHARTS) {
    const programme = model.programmeByYear.get(Number(use.props.year));
    return programme && programmeCharts(model, programme, locale)[YEAR_CHARTS[use.name as keyof typeof YEAR_CHARTS]];
  }
  if (use.name in PROJECT_CHARTS) {
    const project = model.projectById.get(String(use.props.id));
    const wanted = PROJECT_CHARTS[use.name as keyof typeof PROJECT_CHARTS];
    return project && projectCharts(model, project, locale).find((chart) => chart.name.endsWith(`/${wanted}`));
  }
  return undefined;
}

/** The body of an entry as page data, or undefined when it has none. */
export function bodyData(model: SiteModel, entry: Entry<unknown>, locale: Locale): BodyData | undefined {
  const ref = bodyRef(entry);
  if (!ref) return undefined;
  const charts: Record<string, NamedChart> = {};
  for (const use of entry.uses ?? []) {
    const chart = chartOfUse(model, use, locale);
    if (chart) charts[useKey(use.name, use.props)] = chart;
  }
  return { ref, locale, charts };
}
