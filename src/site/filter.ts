/**
 * `/<year>/status/<status>/`, `/<year>/themes/<id>/`, `/<year>/districts/<id>/`: a
 * programme's projects filtered by one value, one page per value that has projects.
 * Besides the statuses, the status filter has `overdue` (`/<year>/status/overdue/`):
 * projects past their deadline with no completion reported, whatever their status.
 * A long list is cut into numbered pages: `/<year>/status/completed/2/`…
 */
import { translator } from '../i18n/index.ts';
import { matchesFilter, programmeFilters, type FilterDimension, type FilterValue } from '../model/filters.ts';
import type { ProgrammeView, ProjectView, SiteModel } from '../model/site.ts';
import type { Locale, Status } from '../schemas/common.ts';
import { placeName, projectCard, themeName, themeShort, type ProjectCard } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { pageCount, pagedKey, pageNumbers, pagePath, pageSlice, PROJECTS_PER_PAGE, splitPagedKey, type Pager } from './paging.ts';

/** A value a programme's projects can be filtered by, with its label in the page's language. */
export interface FilterOption {
  dimension: FilterDimension;
  value: string;
  label: string;
  count: number;
}

/** The status filter's value for overdue projects: not a status, a project of any open status can be past its deadline. */
export const OVERDUE = 'overdue';

/** Every value of every filter that has projects, in display order: overdue right after the statuses. */
function filterValues(programme: ProgrammeView): FilterValue[] {
  const values = programmeFilters(programme);
  const { overdue } = programme.stats;
  if (overdue === 0) return values;
  const statuses = values.filter((v) => v.dimension === 'status').length;
  return [...values.slice(0, statuses), { dimension: 'status', value: OVERDUE, count: overdue }, ...values.slice(statuses)];
}

function shows(model: SiteModel, project: ProjectView, dimension: FilterDimension, value: string, region: string): boolean {
  return dimension === 'status' && value === OVERDUE ? project.state.overdue : matchesFilter(project, dimension, value, model.tree, region);
}

/** Every filter of a programme, labelled as its filter links show them (themes by their short name). */
export function filterOptions(model: SiteModel, programme: ProgrammeView, locale: Locale): FilterOption[] {
  const t = translator(locale);
  return filterValues(programme).map(({ dimension, value, count }) => ({
    dimension,
    value,
    label: dimension === 'status' ? t(value === OVERDUE ? 'status.overdue' : `status.${value as Status}`) : dimension === 'theme' ? themeShort(model, value) : placeName(model, value),
    count,
  }));
}

const SEGMENT: Record<FilterDimension, string> = { status: 'status', theme: 'themes', district: 'districts' };

export interface FilterPageData extends PageData {
  year: number;
  programmeTitle: string;
  dimension: FilterDimension;
  value: string;
  /** The value as the page's title names it (a theme by its full name). */
  valueLabel: string;
  filters: FilterOption[];
  /** How many projects the filter holds, on every page. */
  count: number;
  /** This page of them. */
  projects: ProjectCard[];
  pager: Pager;
}

export const filterPage = pageKind<FilterPageData>({
  view: 'filter',
  pages: (model) =>
    model.programmes.flatMap((programme) => {
      const year = programme.data.year;
      return filterValues(programme).flatMap(({ dimension, value, count }) =>
        pageNumbers(count, PROJECTS_PER_PAGE).map((page) => ({ key: pagedKey(`${year}/${dimension}/${value}`, page), path: pagePath(`${year}/${SEGMENT[dimension]}/${value}`, page) })),
      );
    }),
  data(model, pagedFilter, locale) {
    const { key, page } = splitPagedKey(pagedFilter!);
    const [year, dimension, value] = key.split('/') as [string, FilterDimension, string];
    const programme = model.programmeByYear.get(Number(year))!;
    const { region } = programme.data;
    const filters = filterOptions(model, programme, locale);
    const valueLabel = dimension === 'theme' ? themeName(model, value) : filters.find((f) => f.dimension === dimension && f.value === value)!.label;
    const projects = programme.projects.filter((p) => shows(model, p, dimension, value, region));
    return {
      frame: frame(model, locale, pagePath(`${year}/${SEGMENT[dimension]}/${value}`, page)),
      year: programme.data.year,
      programmeTitle: programme.data.title,
      dimension,
      value,
      valueLabel,
      filters,
      count: projects.length,
      projects: pageSlice(projects, page, PROJECTS_PER_PAGE).map((p) => projectCard(model, p)),
      pager: { page, pages: pageCount(projects.length, PROJECTS_PER_PAGE) },
    };
  },
});
