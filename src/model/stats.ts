/**
 * Figures of a programme: how many projects were promised, written and completed, and
 * counts and budgets by status, theme and place.
 */
import { STATUSES, type Money, type Status } from '../schemas/common.ts';
import type { Project } from '../schemas/project.ts';
import { rollUp, type DistrictTree } from './districts.ts';
import type { Entry } from './entry.ts';
import { moneyCoverage, sumMoney, type MoneyCoverage } from './money.ts';
import type { ProjectState } from './state.ts';

/** A project with its derived state, as the statistics need it. */
export type StatefulProject = Entry<Project> & { state: ProjectState };

export type StatusCounts = Record<Status, number>;

/**
 * Projects counted the one way every tile row and table of this site counts them, so that
 * the parts add up to the total and a project is in exactly one of them: completed; under
 * way (in progress or delayed) and not past its deadline; past its deadline with no
 * completion reported, whatever its status; not started; suspended or cancelled.
 */
export interface CountedFigures {
  total: number;
  completed: number;
  inProgress: number;
  overdue: number;
  planned: number;
  halted: number;
}

export function countedFigures(projects: readonly StatefulProject[]): CountedFigures {
  const counts: CountedFigures = { total: projects.length, completed: 0, inProgress: 0, overdue: 0, planned: 0, halted: 0 };
  for (const { state } of projects) {
    if (state.status === 'completed') counts.completed++;
    else if (state.overdue) counts.overdue++;
    else if (state.status === 'in-progress' || state.status === 'delayed') counts.inProgress++;
    else if (state.status === 'planned') counts.planned++;
    else counts.halted++;
  }
  return counts;
}

export interface GroupFigures {
  id: string;
  total: number;
  /** By status as written (the charts stack these). */
  byStatus: StatusCounts;
  /** As tiles and tables count them: see {@link countedFigures}. */
  counted: CountedFigures;
  /** How many have a budget; their sum only when enough do (the same rule as the programme's figures). */
  budget: MoneyCoverage;
}

export interface ProgrammeStats {
  /** Projects promised, when the programme says. */
  committed?: number;
  /** Projects written as entries and published. */
  entered: number;
  completed: number;
  overdue: number;
  byStatus: StatusCounts;
  /** In the programme's theme order, then any other theme used. */
  byTheme: GroupFigures[];
  /** The places directly below the region, each counting the projects of places below it. */
  byDistrict: GroupFigures[];
  budget: Money[];
}

export function countByStatus(projects: readonly StatefulProject[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const project of projects) counts[project.state.status]++;
  return counts;
}

/** Count, statuses and budget of one group of projects. */
export function groupFigures(id: string, projects: readonly StatefulProject[]): GroupFigures {
  return { id, total: projects.length, byStatus: countByStatus(projects), counted: countedFigures(projects), budget: moneyCoverage(projects.map((p) => p.data.budget)) };
}

/** Figures of the projects of each programme year, newest year first; the id is the year. */
export function figuresByYear(projects: readonly (StatefulProject & { year: number })[]): GroupFigures[] {
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => groupFigures(String(year), projects.filter((p) => p.year === year)));
}

export interface StatsOptions {
  /** Theme ids in display order. */
  themeOrder: readonly string[];
  tree: DistrictTree;
  /** The place the programme covers. */
  region: string;
  committed?: number;
}

export function programmeStats(projects: readonly StatefulProject[], options: StatsOptions): ProgrammeStats {
  const themeIds = [...options.themeOrder];
  for (const project of projects) if (!themeIds.includes(project.data.theme)) themeIds.push(project.data.theme);
  const byTheme = themeIds.map((id) => groupFigures(id, projects.filter((p) => p.data.theme === id)));

  const region = options.tree.nodes.get(options.region);
  const rolled = rollUp(options.tree, projects);
  const byDistrict = (region?.children ?? []).map((child) => groupFigures(child.id, rolled.get(child.id) ?? [])).filter((g) => g.total > 0);

  const byStatus = countByStatus(projects);
  return {
    ...(options.committed !== undefined ? { committed: options.committed } : {}),
    entered: projects.length,
    completed: byStatus.completed,
    overdue: projects.filter((p) => p.state.overdue).length,
    byStatus,
    byTheme,
    byDistrict,
    budget: sumMoney(projects.map((p) => p.data.budget)),
  };
}
