/** `/<year>/`: one programme — its report, figures by status, theme and place, and all its projects. */
import { programmeCharts } from '../lib/site-charts.ts';
import type { GroupFigures, ProgrammeStats } from '../model/stats.ts';
import type { Money } from '../schemas/common.ts';
import { placeName, projectCard, themeName, type ProjectCard } from './cards.ts';
import { filterOptions, type FilterOption } from './filter.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { bodyData, type BodyData } from './report.ts';

/** What the headline figures of a programme show (src/components/Figures.astro). */
export interface ProgrammeFigures {
  committed?: number;
  entered: number;
  completed: number;
  inProgress: number;
  overdue: number;
  budget: Money[];
}

export const programmeFigures = (stats: ProgrammeStats): ProgrammeFigures => ({
  ...(stats.committed !== undefined ? { committed: stats.committed } : {}),
  entered: stats.entered,
  completed: stats.completed,
  inProgress: stats.byStatus['in-progress'],
  overdue: stats.overdue,
  budget: stats.budget,
});

/** A row of a table of figures by theme or place: the view makes its link from the id. */
export type NamedFigures = GroupFigures & { name: string };

export interface ProgrammePageData extends PageData {
  year: number;
  title: string;
  summary?: string;
  published: string;
  figures: ProgrammeFigures;
  charts: ReturnType<typeof programmeCharts>;
  /** The programme's report. */
  body?: BodyData;
  themes: NamedFigures[];
  places: NamedFigures[];
  overdue: { id: string; title: string; plannedEnd: string }[];
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
      figures: programmeFigures(stats),
      charts: programmeCharts(model, programme, locale),
      ...(body ? { body } : {}),
      themes: stats.byTheme.map((row) => ({ ...row, name: themeName(model, row.id) })),
      places: stats.byDistrict.map((row) => ({ ...row, name: placeName(model, row.id) })),
      // Overdue projects all have a due date: being past it is what makes them overdue.
      overdue: programme.projects.filter((p) => p.state.overdue).map((p) => ({ id: p.id, title: p.data.title, plannedEnd: p.data.plannedEnd! })),
      projects: programme.projects.map((p) => projectCard(model, p, data.region)),
      filters: filterOptions(model, programme, locale),
    };
  },
});
