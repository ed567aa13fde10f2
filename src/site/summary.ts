/**
 * `/<year>/summary/`: one programme on a few printed pages for a meeting — what it
 * declared, kept apart from what this site holds, every project in one table (overdue
 * first), and the updates of the last weeks before the data date. A programme of more
 * projects than a few pages hold gets the first of them in that order (the overdue ones
 * first), and the latest of the updates; the page says so, and the open data has them all.
 */
import type { StatusCounts } from '../model/stats.ts';
import { dataDate, recentUpdates, summaryOrder } from '../model/summary.ts';
import type { Money, Status } from '../schemas/common.ts';
import { updateItem, type UpdateItem } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { UPDATES_PER_PAGE } from './paging.ts';

/** Rows of the table of projects: 0.9 KB of HTML each, so about 90 KB, and four printed pages. */
export const SUMMARY_ROWS = 100;

export interface SummaryRow {
  id: string;
  title: string;
  lead: string;
  progress: number;
  status: Status;
  plannedEnd?: string;
  overdue: boolean;
}

export interface SummaryPageData extends PageData {
  year: number;
  title: string;
  summary?: string;
  published: string;
  /** What the programme declared, as it was published. */
  commitments?: number;
  budget?: Money;
  /** What the site holds. */
  entered: number;
  byStatus: StatusCounts;
  overdue: number;
  /** The newest baseline or update among the projects; absent for a programme without projects. */
  asOf?: string;
  /** The day of the build, printed beside the data date. */
  today: string;
  /** Overdue first, then by due date; the first {@link SUMMARY_ROWS} of `entered`. */
  rows: SummaryRow[];
  /** The latest of the updates since `since`, and how many there are in all. */
  recent?: { since: string; updates: UpdateItem[]; count: number };
  /** The months (`YYYY-MM`) whose update lists hold updates of the programme's projects, newest first. */
  months: string[];
}

export const summaryPage = pageKind<SummaryPageData>({
  view: 'summary',
  pages: (model) => model.programmes.map((programme) => ({ key: String(programme.data.year), path: `${programme.data.year}/summary` })),
  data(model, key, locale) {
    const programme = model.programmeByYear.get(Number(key))!;
    const { data, stats } = programme;
    const asOf = dataDate(programme.projects);
    const recent = recentUpdates(model, programme);
    const own = new Set(programme.projects.map((p) => p.id));
    // Updates are listed newest first, so their months come in the order of the monthly lists.
    const months = new Set(model.updates.filter((update) => update.projects.some((p) => own.has(p.id))).map((update) => update.data.date.slice(0, 7)));
    return {
      frame: frame(model, locale, `${data.year}/summary`),
      year: data.year,
      title: data.title,
      ...(data.summary ? { summary: data.summary } : {}),
      published: data.published,
      ...(data.commitments !== undefined ? { commitments: data.commitments } : {}),
      ...(data.budget !== undefined ? { budget: data.budget } : {}),
      entered: stats.entered,
      byStatus: stats.byStatus,
      overdue: stats.overdue,
      ...(asOf !== undefined ? { asOf } : {}),
      today: model.today,
      rows: summaryOrder(programme.projects).slice(0, SUMMARY_ROWS).map((p) => ({
        id: p.id,
        title: p.data.title,
        lead: p.data.leadDepartment,
        progress: p.state.progress,
        status: p.state.status,
        ...(p.data.plannedEnd ? { plannedEnd: p.data.plannedEnd } : {}),
        overdue: p.state.overdue,
      })),
      ...(recent
        ? { recent: { since: recent.since, updates: recent.updates.slice(0, UPDATES_PER_PAGE).map((update) => updateItem(update)), count: recent.updates.length } }
        : {}),
      months: [...months],
    };
  },
});
