/**
 * What `npm run import` prints about a plan: one line per entry, every refused row with
 * its row number, column and reason, the notes, and a count.
 */
import type { ImportPlan, PlannedEntry } from './plan.ts';
import { formatRowProblem, render, type Message, type MessageLang } from './messages.ts';

function shownValue(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (value !== null && typeof value === 'object' && 'amount' in value) return String((value as { amount: number }).amount);
  return String(value);
}

export function entryLine(entry: PlannedEntry, path: string, lang: MessageLang): string {
  switch (entry.action) {
    case 'create': {
      const { title, theme, districts, status, progress } = entry.data;
      return render({ key: 'report.new', params: { path, id: entry.id, title, theme, places: districts.join(', '), status, progress } }, lang);
    }
    case 'update': {
      const changes = entry.changes.map((c) => `${c.field} ${shownValue(c.from)} → ${shownValue(c.to)}`).join(lang === 'en' ? '; ' : '；');
      return render({ key: 'report.updated', params: { path, id: entry.id, changes } }, lang);
    }
    case 'dated': {
      const { data, from } = entry;
      const changes = [
        data.progress === undefined || data.progress === from.progress ? undefined : `progress ${from.progress} → ${data.progress}`,
        data.status === undefined ? undefined : `status ${from.status} → ${data.status}`,
      ].filter((c) => c !== undefined);
      return render({ key: 'report.dated', params: { path, project: data.projects.join(', '), kind: data.kind, changes: changes.join(lang === 'en' ? '; ' : '；') } }, lang);
    }
    case 'none':
      return render({ key: 'report.unchanged', params: { path } }, lang);
  }
}

export interface ReportOptions {
  /** The sheet's file name, as row problems name it. */
  file: string;
  lang: MessageLang;
  dryRun: boolean;
  /** How a path below the content folder is shown: `content/projects/2024/x.md`. */
  show: (pathBelowContent: string) => string;
}

export function reportLines(plan: ImportPlan, options: ReportOptions): string[] {
  const { lang, file } = options;
  const count = (action: PlannedEntry['action']) => plan.entries.filter((e) => e.action === action).length;
  const summary: Message = {
    key: 'report.summary',
    params: {
      rows: plan.projectRows,
      created: count('create'),
      updated: count('update'),
      unchanged: count('none'),
      dated: plan.updates ? count('dated') : '',
      rejected: new Set(plan.rejected.map((p) => p.row)).size,
      dry: options.dryRun ? 1 : '',
    },
  };
  return [
    ...plan.entries.map((entry) => entryLine(entry, options.show(entry.path), lang)),
    ...plan.rejected.map((problem) => formatRowProblem(file, problem, lang)),
    ...plan.notes.map((note) => render(note, lang)),
    render(summary, lang),
  ];
}
