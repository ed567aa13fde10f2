/**
 * Lists of projects cut into pages (src/site/paging.ts), where the page a list belongs to
 * holds other things or too many projects:
 * - `/<year>/<n>/`: page n (from 2) of a programme's projects; page 1 is on `/<year>/`;
 * - `/districts/<id>/<year>/` (and `…/<n>/`): a place's projects of one programme year,
 *   for a place whose own page shows each year's figures rather than every project;
 * - `/themes/<id>/<year>/` (and `…/<n>/`): the same for a theme.
 * A page's data is its slice of the list and the number of pages, so that a change to one
 * project renders again the page it is on, not the whole list.
 */
import { ancestry } from '../model/districts.ts';
import type { ProjectView, SiteModel } from '../model/site.ts';
import { projectCard, type Named, type ProjectCard } from './cards.ts';
import { byYear, listedByYear } from './district.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';
import { pageCount, pagedKey, pageNumbers, pagePath, pageSlice, PROJECTS_PER_PAGE, splitPagedKey, type Pager } from './paging.ts';
import { themeProjects } from './theme.ts';

/** Whose list it is. */
export type ListOf =
  | { kind: 'programme'; year: number; title: string }
  | { kind: 'place'; year: number; id: string; name: string; /** From the root down to the place itself. */ chain: Named[] }
  | { kind: 'theme'; year: number; id: string; name: string };

export interface ListPageData extends PageData {
  of: ListOf;
  projects: ProjectCard[];
  pager: Pager;
}

interface List {
  /** The key without the page: `programme/2024`, `place/<id>/2024`, `theme/<id>/2024`. */
  key: string;
  /** The path of its first page. */
  path: string;
  projects: ProjectView[];
  /** The first page is another kind's (the programme's own page). */
  fromPage: number;
}

const programmeList = (model: SiteModel, year: number): List => ({
  key: `programme/${year}`,
  path: String(year),
  projects: model.programmeByYear.get(year)?.projects ?? [],
  fromPage: 2,
});

const placeList = (id: string, year: number, projects: readonly ProjectView[]): List => ({
  key: `place/${id}/${year}`,
  path: `districts/${id}/${year}`,
  projects: byYear(projects).find((group) => group.year === year)?.projects ?? [],
  fromPage: 1,
});

const themeList = (id: string, year: number, projects: readonly ProjectView[]): List => ({
  key: `theme/${id}/${year}`,
  path: `themes/${id}/${year}`,
  projects: byYear(projects).find((group) => group.year === year)?.projects ?? [],
  fromPage: 1,
});

const yearsOf = (projects: readonly ProjectView[]): number[] => [...new Set(projects.map((p) => p.year))].sort((a, b) => b - a);

/** Every list of the site: a programme's beyond its first page, and a place's or theme's by year where its page does not hold them. */
function lists(model: SiteModel): List[] {
  const found: List[] = model.programmes.map((programme) => programmeList(model, programme.data.year));
  for (const id of model.tree.nodes.keys()) {
    const projects = model.projectsByDistrict.get(id) ?? [];
    if (listedByYear(projects)) found.push(...yearsOf(projects).map((year) => placeList(id, year, projects)));
  }
  for (const theme of model.themes) {
    const projects = themeProjects(model, theme.id);
    if (listedByYear(projects)) found.push(...yearsOf(projects).map((year) => themeList(theme.id, year, projects)));
  }
  return found;
}

/** The list a key names (without its page), from the model. */
function listOf(model: SiteModel, key: string): { list: List; of: ListOf } {
  const parts = key.split('/');
  const kind = parts[0];
  const year = Number(parts.at(-1));
  const id = parts.slice(1, -1).join('/');
  if (kind === 'programme') {
    const programme = model.programmeByYear.get(year)!;
    return { list: programmeList(model, year), of: { kind, year, title: programme.data.title } };
  }
  if (kind === 'place') {
    const node = model.tree.nodes.get(id)!;
    return {
      list: placeList(id, year, model.projectsByDistrict.get(id) ?? []),
      of: { kind, year, id, name: node.data.name, chain: ancestry(node).map((n) => ({ id: n.id, name: n.data.name })) },
    };
  }
  const theme = model.themeById.get(id)!;
  return { list: themeList(id, year, themeProjects(model, id)), of: { kind: 'theme', year, id, name: theme.data.name } };
}

export const listPage = pageKind<ListPageData>({
  view: 'list',
  pages: (model) =>
    lists(model).flatMap((list) =>
      pageNumbers(list.projects.length, PROJECTS_PER_PAGE)
        .filter((page) => page >= list.fromPage)
        .map((page) => ({ key: pagedKey(list.key, page), path: pagePath(list.path, page) })),
    ),
  data(model, key, locale) {
    const { key: listKey, page } = splitPagedKey(key!);
    const { list, of } = listOf(model, listKey);
    return {
      frame: frame(model, locale, pagePath(list.path, page)),
      of,
      projects: pageSlice(list.projects, page, PROJECTS_PER_PAGE).map((p) => projectCard(model, p)),
      pager: { page, pages: pageCount(list.projects.length, PROJECTS_PER_PAGE) },
    };
  },
});
