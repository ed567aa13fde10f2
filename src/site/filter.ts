/**
 * `/<year>/status/<status>/`, `/<year>/themes/<id>/`, `/<year>/districts/<id>/`: a
 * programme's projects filtered by one value, one page per value that has projects.
 */
import { translator } from '../i18n/index.ts';
import { matchesFilter, programmeFilters, type FilterDimension } from '../model/filters.ts';
import type { ProgrammeView, SiteModel } from '../model/site.ts';
import type { Locale, Status } from '../schemas/common.ts';
import { placeName, projectCard, themeName, themeShort, type ProjectCard } from './cards.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

/** A value a programme's projects can be filtered by, with its label in the page's language. */
export interface FilterOption {
  dimension: FilterDimension;
  value: string;
  label: string;
  count: number;
}

/** Every filter of a programme, labelled as its filter links show them (themes by their short name). */
export function filterOptions(model: SiteModel, programme: ProgrammeView, locale: Locale): FilterOption[] {
  const t = translator(locale);
  return programmeFilters(programme).map(({ dimension, value, count }) => ({
    dimension,
    value,
    label: dimension === 'status' ? t(`status.${value as Status}`) : dimension === 'theme' ? themeShort(model, value) : placeName(model, value),
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
  projects: ProjectCard[];
}

export const filterPage = pageKind<FilterPageData>({
  view: 'filter',
  pages: (model) =>
    model.programmes.flatMap((programme) => {
      const year = programme.data.year;
      return programmeFilters(programme).map(({ dimension, value }) => ({ key: `${year}/${dimension}/${value}`, path: `${year}/${SEGMENT[dimension]}/${value}` }));
    }),
  data(model, key, locale) {
    const [year, dimension, value] = key!.split('/') as [string, FilterDimension, string];
    const programme = model.programmeByYear.get(Number(year))!;
    const { region } = programme.data;
    const filters = filterOptions(model, programme, locale);
    const valueLabel = dimension === 'theme' ? themeName(model, value) : filters.find((f) => f.dimension === dimension && f.value === value)!.label;
    return {
      frame: frame(model, locale, `${year}/${SEGMENT[dimension]}/${value}`),
      year: programme.data.year,
      programmeTitle: programme.data.title,
      dimension,
      value,
      valueLabel,
      filters,
      projects: programme.projects.filter((p) => matchesFilter(p, dimension, value, model.tree, region)).map((p) => projectCard(model, p)),
    };
  },
});
