/**
 * A monthly progress sheet as dated updates (`npm run import -- --updates`): each project
 * whose progress or status the sheet changes gets one update, dated as of the sheet, in
 * content/updates/; its baseline is never touched. The day the sheet speaks for comes from
 * `--as-of` or from its title ("截至2026年11月30日").
 */
import { compareDates } from '../model/dates.ts';
import type { Entry } from '../model/entry.ts';
import { currentState } from '../model/state.ts';
import { zhHans } from '../i18n/zh-Hans.ts';
import type { Status } from '../schemas/common.ts';
import type { Project } from '../schemas/project.ts';
import { UpdateSchema, type Update, type UpdateKind } from '../schemas/update.ts';
import type { ContentIndex } from '../scaffold/content.ts';
import { broughtIssues, historyIssues } from '../scaffold/history.ts';
import { markdownEntry } from './edit.ts';
import type { Message, MessageLang } from './messages.ts';
import { cellText, parseDate, type Cell } from './values.ts';

const AS_OF = /(?:截至|截止)(?:到|于|至)?\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{4}\s*年|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)/;

/** The date a title row states with 截至 or 截止, at the precision written, and the words it was read from. */
export function sheetDay(titleRows: readonly (readonly Cell[])[]): { date: string; text: string } | undefined {
  for (const cells of titleRows) {
    for (const cell of cells) {
      const match = AS_OF.exec(cellText(cell));
      const parsed = match && parseDate(match[1]!.replace(/\s+/g, ''));
      if (match && parsed && 'value' in parsed) return { date: parsed.value, text: match[0] };
    }
  }
  return undefined;
}

/** What a row says about a project's state. */
interface SheetState {
  progress?: number;
  status?: Status;
  completed?: string;
  /** The row corrects an earlier figure: a lower progress is allowed, as an update of kind correction. */
  correction?: boolean;
  /** The remark, the body of the update. */
  notes?: string;
}

type DatedResult =
  | { unchanged: true }
  | { update: { id: string; path: string; text: string; data: Update; from: { status: Status; progress: number } } }
  | { problems: { field: 'progress' | 'status'; message: Message }[] };

function statusWord(status: Status): string {
  return zhHans[`status.${status}`];
}

/** The headline of the update, in the content's language (Chinese): 新医院建设：进度70%. */
function headline(title: string, kind: UpdateKind, progress: number | undefined, status: Status | undefined): string {
  if (kind === 'completion') return `${title}完工`;
  if (kind === 'correction') return progress === undefined ? `更正：${title}` : `更正：${title}进度为${progress}%`;
  const parts = [progress === undefined ? undefined : `进度${progress}%`, status === undefined || (status === 'in-progress' && progress !== undefined) ? undefined : statusWord(status)];
  return `${title}：${parts.filter((p) => p !== undefined).join('，')}`;
}

/**
 * The update a row makes for an existing project, as of `asOf`: nothing when the sheet
 * agrees with where the project stands on that day (so importing a sheet twice adds
 * nothing), else one update of kind progress, completion or (when the row says so)
 * correction, refused when it would make progress go down or clash with later updates.
 */
export function planDatedUpdate(project: Entry<Project>, row: SheetState, asOf: string, content: ContentIndex, lang: MessageLang): DatedResult {
  // Drafts count, as for `npm run new -- update`: the checker orders every update, published or not.
  const recorded = content.updates.filter((u) => compareDates(u.data.date, asOf) <= 0);
  const state = currentState(project, recorded, asOf);
  let status = row.status ?? (row.completed !== undefined || row.progress === 100 ? 'completed' : undefined);
  // Progress above 0 on a project still planned means work has started.
  if (status === undefined && state.status === 'planned' && row.progress !== undefined && row.progress > 0) status = 'in-progress';
  const progressChanges = row.progress !== undefined && row.progress !== state.progress;
  const statusChanges = status !== undefined && status !== state.status;
  if (!progressChanges && !statusChanges) return { unchanged: true };

  const kind: UpdateKind = row.correction ? 'correction' : statusChanges && status === 'completed' ? 'completion' : 'progress';
  const slug = project.id.split('/').at(-1)!;
  const id = `${asOf}-${slug}`;
  const data = UpdateSchema.parse({
    date: asOf,
    title: headline(project.data.title, kind, row.progress, statusChanges ? status : undefined),
    projects: [project.id],
    kind,
    ...(row.progress === undefined ? {} : { progress: row.progress }),
    ...(statusChanges ? { status } : {}),
  });
  const taken = content.files.updates.get(id);
  if (taken) return { problems: [{ field: progressChanges ? 'progress' : 'status', message: { key: 'row.updateExists', params: { path: taken.path, date: asOf } } }] };

  const where = (updateId: string | undefined) =>
    updateId === id ? (lang === 'en' ? 'this sheet' : '本表') : updateId === undefined ? (content.files.projects.get(project.id)?.path ?? project.id) : (content.files.updates.get(updateId)?.path ?? updateId);
  const issues = broughtIssues(historyIssues(project, content.updates), historyIssues(project, [...content.updates, { id, data }]));
  if (issues.length > 0) {
    return {
      problems: issues.map((issue): { field: 'progress'; message: Message } => {
        const { step } = issue;
        if (issue.kind === 'completedBelow100') {
          return { field: 'progress', message: { key: 'row.datedCompletedBelow100', params: { where: where(step.updateId), date: step.date, progress: step.progress } } };
        }
        const { previous } = issue;
        return {
          field: 'progress',
          message: { key: 'row.datedDecrease', params: { from: previous.progress, fromWhere: where(previous.updateId), fromDate: previous.date, to: step.progress, toWhere: where(step.updateId), toDate: step.date } },
        };
      }),
    };
  }
  return { update: { id, path: `updates/${id}.md`, text: markdownEntry(data, row.notes ?? ''), data, from: { status: state.status, progress: state.progress } } };
}
