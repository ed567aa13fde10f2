/**
 * A project's current state and its history: the baseline (status and progress as of
 * `asOf`) followed by the updates that list it, in date order; the latest wins.
 */
import type { Status } from '../schemas/common.ts';
import type { Project } from '../schemas/project.ts';
import { STALE_AFTER_DAYS } from '../schemas/site.ts';
import type { Update, UpdateKind } from '../schemas/update.ts';
import { compareDates } from './dates.ts';
import type { Entry } from './entry.ts';

/** One point of a project's history. */
export interface StateStep {
  date: string;
  status: Status;
  progress: number;
  /** The update that set it; absent for the baseline. */
  updateId?: string;
  kind?: UpdateKind;
}

export interface ProjectState {
  status: Status;
  progress: number;
  /** When it was completed, while it is. */
  completed?: string;
  /** The latest dated fact about the project: its baseline or its newest update. */
  asOf: string;
  /** Past its planned end and neither completed nor cancelled. */
  overdue: boolean;
  /**
   * Still open (neither completed nor cancelled) and nothing dated about it for more than
   * the site's staleness period before today: its status may no longer be true.
   */
  stale: boolean;
  /** Baseline first, then every update that stated a status or progress. */
  history: StateStep[];
}

/** Updates in the order they happened: by date, then by id (the file name) on the same day. */
export function chronological<T extends Entry<{ date: string }>>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => compareDates(a.data.date, b.data.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The step an update makes from the previous one. A `completion` update means the
 * project is completed, and a completed project is at 100 % unless the update says otherwise.
 */
export function applyUpdate(previous: StateStep, update: Entry<Update>): StateStep | undefined {
  const { status: statedStatus, progress: statedProgress, kind, date } = update.data;
  const status = statedStatus ?? (kind === 'completion' ? 'completed' : undefined);
  if (status === undefined && statedProgress === undefined) return undefined;
  const nextStatus = status ?? previous.status;
  const progress = statedProgress ?? (nextStatus === 'completed' ? 100 : previous.progress);
  return { date, status: nextStatus, progress, updateId: update.id, kind };
}

/**
 * The history of one project from its baseline and the updates given (those that do not
 * list the project are ignored).
 */
export function projectHistory(project: Entry<Project>, updates: readonly Entry<Update>[]): StateStep[] {
  const baseline: StateStep = { date: project.data.asOf, status: project.data.status, progress: project.data.progress };
  const own = chronological(updates.filter((u) => u.data.projects.includes(project.id)));
  // The baseline takes its place in time, before the updates of its own day; an update
  // older than the baseline that states only one of status and progress borrows the other from it.
  const cut = own.findIndex((u) => compareDates(u.data.date, baseline.date) >= 0);
  const events = cut === -1 ? [...own, baseline] : [...own.slice(0, cut), baseline, ...own.slice(cut)];
  const steps: StateStep[] = [];
  let previous = baseline;
  for (const event of events) {
    const step = event === baseline ? baseline : applyUpdate(previous, event as Entry<Update>);
    if (step) {
      steps.push(step);
      previous = step;
    }
  }
  return steps;
}

/**
 * The project as of `today`. `staleAfterDays` is site.json's period after which an open
 * project's last report is too old to stand for today without a warning.
 */
export function currentState(project: Entry<Project>, updates: readonly Entry<Update>[], today: string, staleAfterDays = STALE_AFTER_DAYS): ProjectState {
  const history = projectHistory(project, updates);
  const latest = history.at(-1)!;
  const own = updates.filter((u) => u.data.projects.includes(project.id)).map((u) => u.data.date);
  const asOf = [project.data.asOf, ...own].reduce((a, b) => (compareDates(b, a) > 0 ? b : a));
  let completed: string | undefined;
  if (latest.status === 'completed') {
    // The day it became completed: the first step of the final completed run.
    let index = history.length - 1;
    while (index > 0 && history[index - 1]!.status === 'completed') index--;
    const first = history[index]!;
    completed = first.updateId === undefined ? (project.data.completed ?? first.date) : first.date;
  }
  const plannedEnd = project.data.plannedEnd;
  // A completed or cancelled project's status is final: an old report of it stays true.
  const open = latest.status !== 'completed' && latest.status !== 'cancelled';
  const overdue = plannedEnd !== undefined && open && compareDates(endOf(plannedEnd), today) < 0;
  const stale = open && daysBetween(endOf(asOf), today) > staleAfterDays;
  return { status: latest.status, progress: latest.progress, ...(completed ? { completed } : {}), asOf, overdue, stale, history };
}

/** Whole days from one `YYYY-MM-DD` day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day a partial date stands for: a project due "2021-06" is late from 2021-07-01. */
export function endOf(value: string): string {
  if (value.length === 10) return value;
  if (value.length === 4) return `${value}-12-31`;
  const [year, month] = value.split('-').map(Number);
  const last = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}
