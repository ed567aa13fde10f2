/**
 * The pieces many pages show, as page data: a project as a card, an update as an item of
 * a list, a place or theme by its name. Each holds what its component draws and no more,
 * so that a page changes when, and only when, something it shows does.
 */
import { filterPlaces } from '../model/filters.ts';
import type { ProjectView, SiteModel, StateChange, Unpublished, UpdateView } from '../model/site.ts';
import type { ProjectState, StateStep } from '../model/state.ts';
import { STALE_AFTER_DAYS } from '../schemas/site.ts';
import type { Status } from '../schemas/common.ts';
import type { UpdateKind } from '../schemas/update.ts';

export interface Named {
  id: string;
  name: string;
}

export const themeName = (model: SiteModel, id: string): string => model.themeById.get(id)?.data.name ?? id;
/** The short name where a theme has one: for cards, chart labels and filters. */
export const themeShort = (model: SiteModel, id: string): string => model.themeById.get(id)?.data.short ?? themeName(model, id);
export const placeName = (model: SiteModel, id: string): string => model.tree.nodes.get(id)?.data.name ?? id;
export const place = (model: SiteModel, id: string): Named => ({ id, name: placeName(model, id) });

/** How recent a project's status is: the day of its last dated fact, and whether that is too old to stand for today. */
export interface Dated {
  asOf: string;
  /** No report for longer than the site's staleness period (see `ProjectState.stale`). */
  stale: boolean;
  /** The staleness period, in days, that a stale project has gone past: the figure its mark names. */
  staleAfterDays?: number;
}

/** The dating of a project's state, as the pages show it beside its status. */
export function dated(model: SiteModel, state: ProjectState): Dated {
  return {
    asOf: state.asOf,
    stale: state.stale,
    ...(state.stale ? { staleAfterDays: model.site.staleAfterDays ?? STALE_AFTER_DAYS } : {}),
  };
}

export interface ProjectCard extends Dated {
  id: string;
  year: number;
  title: string;
  status: Status;
  overdue: boolean;
  progress: number;
  theme: Named;
  places: Named[];
  lead: string;
  plannedEnd?: string;
  unpublished?: Unpublished;
  /** For a programme's filter script: the places below its region the project counts under. */
  filter?: { places: string[] };
}

/** A project as a card; `filterRegion` marks it with the places of a programme's filter. */
export function projectCard(model: SiteModel, project: ProjectView, filterRegion?: string): ProjectCard {
  const { data, state } = project;
  return {
    id: project.id,
    year: project.year,
    title: data.title,
    status: state.status,
    overdue: state.overdue,
    progress: state.progress,
    ...dated(model, state),
    theme: { id: data.theme, name: themeShort(model, data.theme) },
    places: data.districts.map((id) => place(model, id)),
    lead: data.leadDepartment,
    ...(data.plannedEnd ? { plannedEnd: data.plannedEnd } : {}),
    ...(project.unpublished ? { unpublished: project.unpublished } : {}),
    ...(filterRegion !== undefined ? { filter: { places: filterPlaces(project, model.tree, filterRegion) } } : {}),
  };
}

/** What an update changed on one project: the step before it (absent when it came first) and the step it made. */
export interface ChangeItem {
  project: { id: string; title: string };
  from?: StateStep;
  to: StateStep;
}

export const changeItem = (change: StateChange): ChangeItem => ({
  project: { id: change.project.id, title: change.project.data.title },
  ...(change.from ? { from: change.from } : {}),
  to: change.to,
});

export interface UpdateItem {
  id: string;
  date: string;
  kind: UpdateKind;
  title: string;
  unpublished?: Unpublished;
  projects: { id: string; title: string }[];
  changes: ChangeItem[];
}

/** An update as an item of a list; `forProject` keeps only what it changed on that project. */
export function updateItem(update: UpdateView, forProject?: string): UpdateItem {
  return {
    id: update.id,
    date: update.data.date,
    kind: update.data.kind,
    title: update.data.title,
    ...(update.unpublished ? { unpublished: update.unpublished } : {}),
    projects: update.projects.map((p) => ({ id: p.id, title: p.data.title })),
    changes: update.changes.filter((c) => forProject === undefined || c.project.id === forProject).map(changeItem),
  };
}
