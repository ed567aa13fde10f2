/**
 * `/districts/<id>/`: one place, answer first: how many of its projects are done, in
 * progress and overdue, then its projects by programme year, then the places below it
 * and the charts. A place with more projects than its page lists in full (LISTED_IN_FULL)
 * shows each year's figures with a link to that year's list (src/site/list.ts) instead.
 */
import { districtCharts } from './chart-models.ts';
import { ancestry } from '../model/districts.ts';
import type { ProjectView } from '../model/site.ts';
import { figuresByYear, type GroupFigures } from '../model/stats.ts';
import type { DistrictLevel } from '../schemas/district.ts';
import { projectCard, type Named, type ProjectCard } from './cards.ts';
import { placeFigures, placeRow, type PlaceFigures, type PlaceRow } from './districts.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { LISTED_IN_FULL } from './paging.ts';

/** The projects of one programme year, overdue first. */
export interface YearProjects {
  year: number;
  projects: ProjectCard[];
}

/** A programme year of a place (or theme) with too many projects to list on its page: its figures; its list is a page of its own. */
export interface YearFigures {
  year: number;
  figures: PlaceFigures;
}

/** Whether a place's or theme's projects are too many for its own page, and go on lists by year instead. */
export const listedByYear = (projects: readonly unknown[]): boolean => projects.length > LISTED_IN_FULL;

export interface DistrictPageData extends PageData {
  id: string;
  name: string;
  level: DistrictLevel;
  population?: number;
  areaKm2?: number;
  /** From the root down to the place itself. */
  chain: Named[];
  /** The projects at or below the place. */
  figures: PlaceFigures;
  /** Newest year first: every project, where they fit on the page. */
  years?: YearProjects[];
  /** Newest year first, where they do not: each year's figures, its list a page of its own. */
  yearLists?: YearFigures[];
  /** The places directly below it, each counting the projects at or below it. */
  children: PlaceRow[];
  charts: ReturnType<typeof districtCharts>;
  /** Statuses by year, where the projects span two years or more (one year is its list's heading). */
  byYear: GroupFigures[];
}

/** Newest year first; within a year the overdue projects first, then the model's order (by title). */
export function byYear(projects: readonly ProjectView[]): { year: number; projects: ProjectView[] }[] {
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const own = projects.filter((p) => p.year === year);
    return { year, projects: [...own.filter((p) => p.state.overdue), ...own.filter((p) => !p.state.overdue)] };
  });
}

export const districtPage = pageKind<DistrictPageData>({
  view: 'district',
  pages: (model) => [...model.tree.nodes.keys()].map((id) => ({ key: id, path: `districts/${id}` })),
  data(model, key, locale) {
    const node = model.tree.nodes.get(key!)!;
    const { data } = node;
    const projects = model.projectsByDistrict.get(node.id) ?? [];
    const years = byYear(projects);
    return {
      frame: frame(model, locale, `districts/${node.id}`),
      id: node.id,
      name: data.name,
      level: data.level,
      ...(data.population !== undefined ? { population: data.population } : {}),
      ...(data.areaKm2 !== undefined ? { areaKm2: data.areaKm2 } : {}),
      chain: ancestry(node).map((n) => ({ id: n.id, name: n.data.name })),
      figures: placeFigures(projects),
      ...(listedByYear(projects)
        ? { yearLists: years.map((group) => ({ year: group.year, figures: placeFigures(group.projects) })) }
        : { years: years.map((group) => ({ year: group.year, projects: group.projects.map((p) => projectCard(model, p)) })) }),
      children: node.children.map((child) => placeRow(model, child, 0)),
      charts: districtCharts(model, node, locale),
      byYear: years.length >= 2 ? figuresByYear(projects) : [],
    };
  },
});
