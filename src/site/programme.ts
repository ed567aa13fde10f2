/**
 * `/<year>/`: one programme — its figures, overdue projects and its projects first, then
 * its report and charts. The projects beyond a page of cards are on numbered pages
 * (`/<year>/2/`…, src/site/list.ts); the overdue ones beyond the first few on their filter's list.
 */
import { programmeCharts, type NamedChart } from './chart-models.ts';
import { moneyCoverage, type MoneyCoverage } from '../model/money.ts';
import type { ProgrammeView } from '../model/site.ts';
import { countedFigures, type GroupFigures } from '../model/stats.ts';
import { dataDate } from '../model/summary.ts';
import type { Money } from '../schemas/common.ts';
import { placeName, projectCard, themeName, type ProjectCard } from './cards.ts';
import { filterOptions, type FilterOption } from './filter.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { pageCount, pageSlice, PROJECTS_PER_PAGE, SHOWN_BEFORE_LINK, type Pager } from './paging.ts';
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
  /** Projects on this site: the five counts below add up to it, none overlapping. */
  entered: number;
  completed: number;
  /** Under way (in progress or delayed) and not past the deadline, as on the table of places. */
  inProgress: number;
  /** Past the deadline, no completion reported, whatever the status. */
  overdue: number;
  /** Not started and not past the deadline. */
  planned: number;
  /** Suspended or cancelled, and not past the deadline. */
  halted: number;
  /** The tiles whose status list (the status filter) holds exactly the projects they count. */
  listed: ListedStatus[];
  /** The newest baseline or update among the projects. */
  asOf?: string;
  budget: MoneyCoverage;
}

/** The statuses a tile of counted projects may link to the list of. */
export type ListedStatus = 'completed' | 'in-progress' | 'planned';

export function programmeFigures(programme: ProgrammeView): ProgrammeFigures {
  const { data, projects } = programme;
  const counts = countedFigures(projects);
  const { planned } = counts;
  // A status list counts every project of that status, the overdue ones too: a tile links to it only when they are the same projects.
  const listCount = (status: ListedStatus) => projects.filter((p) => p.state.status === status).length;
  const tileCount: Record<ListedStatus, number> = { completed: counts.completed, 'in-progress': counts.inProgress, planned };
  const listed = (['completed', 'in-progress', 'planned'] as const).filter(
    (status) => tileCount[status] > 0 && tileCount[status] === listCount(status) && (status !== 'in-progress' || !projects.some((p) => p.state.status === 'delayed')),
  );
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
    entered: counts.total,
    completed: counts.completed,
    inProgress: counts.inProgress,
    overdue: counts.overdue,
    planned,
    halted: counts.halted,
    listed,
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

/**
 * The first few of a programme's overdue projects, for a page that shows other things
 * too; with more of them, the page links to their list (`/<year>/status/overdue/`).
 */
export interface OverdueList {
  items: OverdueItem[];
  /** How many there are in all. */
  count: number;
}

// Overdue projects all have a due date: being past it is what makes them overdue.
export function overdueList(programme: ProgrammeView): OverdueList {
  const overdue = programme.projects.filter((p) => p.state.overdue);
  return { items: overdue.slice(0, SHOWN_BEFORE_LINK).map((p) => ({ id: p.id, title: p.data.title, plannedEnd: p.data.plannedEnd! })), count: overdue.length };
}

type ProgrammeCharts = ReturnType<typeof programmeCharts>;

/**
 * The programme's charts its page draws below the report: those the report does not
 * draw itself, so that no chart is shown twice. The bars of promised against published
 * projects are left out: they put a declared figure and counted ones on one scale. So is
 * the budget chart when too few projects have a budget for the figures to show their sum
 * (MONEY_COVERAGE): it would pass a few budgets off as the programme's.
 */
function ownCharts(charts: ProgrammeCharts, body: BodyData | undefined, budgetShown: boolean, periodsShown: boolean): Partial<Record<Exclude<keyof ProgrammeCharts, 'committed'>, NamedChart>> {
  const inReport = new Set(Object.values(body?.charts ?? {}).map((chart) => chart.name));
  const shown = Object.entries(charts).filter(
    ([key, chart]) => key !== 'committed' && !(key === 'budget' && !budgetShown) && !(key === 'periods' && !periodsShown) && !inReport.has(chart.name),
  );
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
  overdue: OverdueList;
  /** How many projects the programme has. */
  projectCount: number;
  /** The first page of them; marked for the filter script with the places below the programme's region when that is all of them. */
  projects: ProjectCard[];
  pager: Pager;
  filters: FilterOption[];
  /**
   * Set where the programme has too many projects for the chart of every project's
   * planned period (a row each) to stay on the page: the page says why it is not there.
   */
  periodsLeftOut?: true;
}

export const programmePage = pageKind<ProgrammePageData>({
  view: 'programme',
  pages: (model) => model.programmes.map((programme) => ({ key: String(programme.data.year), path: String(programme.data.year) })),
  data(model, key, locale) {
    const programme = model.programmeByYear.get(Number(key))!;
    const { data, stats } = programme;
    const body = bodyData(model, programme, locale);
    const figures = programmeFigures(programme);
    const pages = pageCount(programme.projects.length, PROJECTS_PER_PAGE);
    // One page of many cannot be filtered in place: its filter links open the filtered lists.
    const region = pages === 1 ? data.region : undefined;
    // The chart of planned periods draws a row per project: no more rows than a page of cards.
    const periodsShown = programme.projects.length <= PROJECTS_PER_PAGE;
    return {
      frame: frame(model, locale, String(data.year)),
      year: data.year,
      title: data.title,
      ...(data.summary ? { summary: data.summary } : {}),
      published: data.published,
      figures,
      charts: ownCharts(programmeCharts(model, programme, locale), body, figures.budget.total !== undefined, periodsShown),
      ...(body ? { body } : {}),
      themes: stats.byTheme.map((row) => ({ ...row, name: themeName(model, row.id) })),
      places: stats.byDistrict.map((row) => ({ ...row, name: placeName(model, row.id) })),
      overdue: overdueList(programme),
      projectCount: programme.projects.length,
      projects: pageSlice(programme.projects, 1, PROJECTS_PER_PAGE).map((p) => projectCard(model, p, region)),
      pager: { page: 1, pages },
      filters: filterOptions(model, programme, locale),
      ...(periodsShown ? {} : { periodsLeftOut: true as const }),
    };
  },
});
