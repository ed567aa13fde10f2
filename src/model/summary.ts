/**
 * A programme on one page for a meeting, and what changed between two days: both read
 * the model's own state of each project (src/model/state.ts), never a second reckoning.
 */
import { compareDates, firstDay } from './dates.ts';
import type { ProgrammeView, ProjectView, SiteModel, UpdateView } from './site.ts';
import { endOf } from './state.ts';

/** Days of updates the printed summary lists, counted back from its data date. */
export const RECENT_DAYS = 30;

/** Overdue projects first, then by due date (projects without one last), then as the programme lists them. */
export function summaryOrder(projects: readonly ProjectView[]): ProjectView[] {
  const due = (p: ProjectView) => (p.data.plannedEnd === undefined ? '9999-12-31' : endOf(p.data.plannedEnd));
  return projects
    .map((project, index) => ({ project, index }))
    .sort((a, b) => Number(b.project.state.overdue) - Number(a.project.state.overdue) || due(a.project).localeCompare(due(b.project)) || a.index - b.index)
    .map(({ project }) => project);
}

/**
 * The day the figures speak for: the newest baseline or update among the projects, as
 * written (it may be a month or a year). Undefined for a programme without projects.
 */
export function dataDate(projects: readonly ProjectView[]): string | undefined {
  return projects.map((p) => p.state.asOf).reduce<string | undefined>((a, b) => (a === undefined || compareDates(b, a) > 0 ? b : a), undefined);
}

/** `YYYY-MM-DD` `days` before a full or partial date's first day. */
export function daysBefore(date: string, days: number): string {
  const day = new Date(`${firstDay(date)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

/** Updates about the programme's projects dated in `(from, to]`, newest first (as the model lists them). */
export function updatesBetween(model: SiteModel, programme: ProgrammeView, from: string, to: string): UpdateView[] {
  const own = new Set(programme.projects.map((p) => p.id));
  return model.updates.filter(
    (u) => compareDates(u.data.date, from) > 0 && compareDates(u.data.date, to) <= 0 && u.projects.some((p) => own.has(p.id)),
  );
}

/** The updates of the `RECENT_DAYS` up to the data date. */
export function recentUpdates(model: SiteModel, programme: ProgrammeView): { since: string; updates: UpdateView[] } | undefined {
  const until = dataDate(programme.projects);
  if (until === undefined) return undefined;
  const since = daysBefore(until, RECENT_DAYS);
  return { since, updates: updatesBetween(model, programme, since, until) };
}
