/** `/<year>/`: one programme — its figures, overdue projects and all its projects first, then its report and charts. */
import { programmeCharts, type NamedChart } from './chart-models.ts';
import { moneyCoverage, type MoneyCoverage } from '../model/money.ts';
import type { ProgrammeView } from '../model/site.ts';
import type { GroupFigures } from '../model/stats.ts';
import { dataDate } from '../model/summary.ts';
import type { Money } from '../schemas/common.ts';
import { placeName, projectCard, themeName, type ProjectCard } from './cards.ts';
import { filterOptions, type FilterOption } from './filter.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { bodyData, type BodyData } from './report.ts';

/**
 * The headline figures of a programme (src/components/Figures.astro), in two kinds never
 * put side by side: what the programme declared, quoted with the day it was published,
 * and what this site counts among the projects it holds.
 */
export interface ProgrammeFigures {
  year: number;
  /** As the programme published them; absent when it declared neither. */
  declared?: { published: string; commitments?: number; budget?: Money };
  /** Projects on this site. */
  entered: number;
  completed: number;
  inProgress: number;
  overdue: number;
  /** The newest baseline or update among the projects. */
  asOf?: string;
  budget: MoneyCoverage;
}

export function programmeFigures(programme: ProgrammeView): ProgrammeFigures {
  const { data, stats, projects } = programme;
  const asOf = dataDate(projects);
  const declared = data.commitments !== undefined || data.budget !== undefined;
  return {
    year: data.year,
    ...(declared
      ? {
          declared: {
            published: data.published,
            ...(data.commitments !== undefined ? { commitments: data.commitments } : {}),
            ...(data.budget !== undefined ? { budget: data.budget } : {}),
          },
        }
      : {}),
    entered: stats.entered,
    completed: stats.completed,
    inProgress: stats.byStatus['in-progress'],
    overdue: stats.overdue,
    ...(asOf !== undefined ? { asOf } : {}),
    budget: moneyCoverage(projects.map((p) => p.data.budget)),
  };
}

/** A programme's projects past their deadline with no completion reported, as the lists of them show each. */
export interface OverdueItem {
  id: string;
  title: string;
  plannedEnd: string;
}

// Overdue projects all have a due date: being past it is what makes them overdue.
export const overdueItems = (programme: ProgrammeView): OverdueItem[] =>
  programme.projects.filter((p) => p.state.overdue).map((p) => ({ id: p.id, title: p.data.title, plannedEnd: p.data.plannedEnd! }));

type ProgrammeCharts = ReturnType<typeof programmeCharts>;

/**
 * The programme's charts its page draws below the report: those the report does not
 * draw itself, so that no chart is shown twice. The bars of promised against published
 * projects are left out: they put a declared figure and counted ones on one scale.
 */
function ownCharts(charts: ProgrammeCharts, body: BodyData | undefined): Partial<Record<Exclude<keyof ProgrammeCharts, 'committed'>, NamedChart>> {
  const inReport = new Set(Object.values(body?.charts ?? {}).map((chart) => chart.name));
  const shown = Object.entries(charts).filter(([key, chart]) => key !== 'committed' && !inReport.has(chart.name));
  return Object.fromEntries(shown) as Partial<Record<Exclude<keyof ProgrammeCharts, 'committed'>, NamedChart>>;
}

/** A row of a table of figures by theme or place: the view makes its link from the id. */
export type NamedFigures = GroupFigures & { name: string };

export interface ProgrammePageData extends PageData {
  year: number;
  title: string;
  summary?: string;
  published: string;
  figures: ProgrammeFigures;
  /** Only those the report does not draw. */
  charts: ReturnType<typeof ownCharts>;
  /** The programme's report. */
  body?: BodyData;
  themes: NamedFigures[];
  places: NamedFigures[];
  overdue: OverdueItem[];
  /** Marked for the filter script with the places below the programme's region. */
  projects: ProjectCard[];
  filters: FilterOption[];
}

export const programmePage = pageKind<ProgrammePageData>({
  view: 'programme',
  pages: (model) => model.programmes.map((programme) => ({ key: String(programme.data.year), path: String(programme.data.year) })),
  data(model, key, locale) {
    const programme = model.programmeByYear.get(Number(key))!;
    const { data, stats } = programme;
    const body = bodyData(model, programme, locale);
    return {
      frame: frame(model, locale, String(data.year)),
      year: data.year,
      title: data.title,
      ...(data.summary ? { summary: data.summary } : {}),
      published: data.published,
      figures: programmeFigures(programme),
      charts: ownCharts(programmeCharts(model, programme, locale), body),
      ...(body ? { body } : {}),
      themes: stats.byTheme.map((row) => ({ ...row, name: themeName(model, row.id) })),
      places: stats.byDistrict.map((row) => ({ ...row, name: placeName(model, row.id) })),
      overdue: overdueItems(programme),
      projects: programme.projects.map((p) => projectCard(model, p, data.region)),
      filters: filterOptions(model, programme, locale),
    };
  },
});
