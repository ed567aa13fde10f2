/**
 * The checker's rules on a project's record (src/check/rules.ts, checkProgress), for
 * tools that are about to change it: progress never goes down except through a
 * correction, and an update that leaves a project completed leaves it at 100 %. A tool
 * compares the issues before and after its change and refuses the ones it would bring.
 */
import type { Entry } from '../model/entry.ts';
import { projectHistory, type StateStep } from '../model/state.ts';
import type { Project } from '../schemas/project.ts';
import type { Update } from '../schemas/update.ts';

export type HistoryIssue =
  | { kind: 'decrease'; previous: StateStep; step: StateStep }
  | { kind: 'completedBelow100'; step: StateStep };

export function historyIssues(project: Entry<Project>, updates: readonly Entry<Update>[]): HistoryIssue[] {
  const history = projectHistory(project, updates);
  const issues: HistoryIssue[] = [];
  history.forEach((step, i) => {
    if (step.updateId !== undefined && step.status === 'completed' && step.progress < 100) issues.push({ kind: 'completedBelow100', step });
    const previous = history[i - 1];
    if (previous && step.progress < previous.progress && step.kind !== 'correction') issues.push({ kind: 'decrease', previous, step });
  });
  return issues;
}

/** The issues of `after` that `before` does not have: those a change would bring. */
export function broughtIssues(before: readonly HistoryIssue[], after: readonly HistoryIssue[]): HistoryIssue[] {
  const known = new Set(before.map((issue) => JSON.stringify(issue)));
  return after.filter((issue) => !known.has(JSON.stringify(issue)));
}
