/**
 * The import as a pure function: the rows of a sheet and the content they go into, in;
 * the entries to write, the rows refused with their reasons, and notes, out. Nothing here
 * reads or writes a file; `scripts/import.ts` does, and only after this has decided.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { issueMessage } from '../check/schema-issues.ts';
import { mojibake } from '../check/rules.ts';
import type { SourceFile } from '../check/read.ts';
import { compareDates } from '../model/dates.ts';
import type { Money, Status } from '../schemas/common.ts';
import type { Programme } from '../schemas/programme.ts';
import { ProjectSchema, type Project } from '../schemas/project.ts';
import type { ContentIndex } from '../scaffold/content.ts';
import { broughtIssues, historyIssues } from '../scaffold/history.ts';
import { FIELDS, TOTAL_WORDS, headerExamples, normalizeWord, readHeaders, type ColumnBinding, type Field, type Mapping } from './columns.ts';
import { editFrontmatter, editJson, markdownEntry, ordered } from './edit.ts';
import type { Message, MessageLang } from './messages.ts';
import { resolvePlace, resolveTheme } from './resolve.ts';
import {
  cellText,
  holdsFractions,
  isEmpty,
  parseAmount,
  parseDate,
  parseId,
  parseProgress,
  parseStatus,
  splitList,
  type Cell,
  type Parsed,
} from './values.ts';

/** The fields of a project in the order of the content format: new files list them so, new fields go in their place. */
export const PROJECT_FIELDS = Object.keys(ProjectSchema.shape);

/** The header row is looked for among this many rows, below a table title or two. */
const HEADER_SEARCH_ROWS = 10;

export interface ImportOptions {
  year: number;
  /** The day of the import, `YYYY-MM-DD`: the `asOf` of what the sheet says. */
  today: string;
  /** Change existing entries; without it a row whose entry exists is refused. */
  update: boolean;
  /** Name projects after their rows (row-012) when the sheet has no id column. */
  rowIds: boolean;
  mapping: Mapping;
  /** The language of messages built here from other text (field names in lists). */
  lang: MessageLang;
  /** How the content folder is shown in messages, e.g. `content`. */
  contentLabel: string;
}

export interface Sheet {
  /** The file name as messages show it. */
  file: string;
  rows: Cell[][];
}

export interface RowProblem {
  /** The row as the spreadsheet numbers it: the first row is 1. */
  row: number;
  /** The header of the column, as the sheet writes it. */
  column?: string;
  message: Message;
}

interface Planned {
  row: number;
  /** The project id, `<year>/<id>`. */
  id: string;
  /** Path below the content folder, e.g. `projects/2024/new-library.md`. */
  path: string;
}

export type PlannedEntry =
  | (Planned & { action: 'create'; text: string; data: Project })
  | (Planned & { action: 'update'; text: string; data: Project; changes: { field: string; from: unknown; to: unknown }[]; surgical: boolean })
  | (Planned & { action: 'none' });

export interface ImportPlan {
  /** The row of the headers, 1-based. */
  headerRow: number;
  /** Rows that describe a project (not empty, not a heading or a total). */
  projectRows: number;
  entries: PlannedEntry[];
  rejected: RowProblem[];
  notes: Message[];
}

export type ImportResult = { plan: ImportPlan } | { fatal: Message[] };

/** What a row says, field by field, in the form of the content format. */
interface RowValues {
  id?: string;
  title?: string;
  summary?: string;
  leadDepartment?: string;
  partners?: string[];
  leadOfficial?: string;
  districts?: string[];
  theme?: string;
  budget?: Money;
  start?: string;
  plannedEnd?: string;
  completed?: string;
  progress?: number;
  status?: Status;
  tags?: string[];
  notes?: string;
}

/** Fields a new project cannot do without, and that have no default. */
const REQUIRED: readonly Field[] = ['title', 'leadDepartment'];

interface Context {
  year: number;
  options: ImportOptions;
  content: ContentIndex;
  programme: Programme;
  bindings: ColumnBinding[];
  fractions: boolean;
}

function fieldLabel(field: Field): string {
  return `${field} (${headerExamples(field)})`;
}

function findHeader(rows: readonly Cell[][], mapping: Mapping) {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const reading = readHeaders(rows[index] ?? [], mapping);
    if (reading.bindings.some((b) => b.field === 'title')) return { index, reading };
  }
  return undefined;
}

/** Text damaged in a conversion (U+FFFD, "??" in Chinese, spliced pinyin), in the checker's words. */
function damage(value: string): Message | undefined {
  const found = mojibake(value);
  return found && { key: `check:${found.key}`, ...(found.params ? { params: found.params } : {}) };
}

function plainText(cell: Cell): Parsed<string> | undefined {
  const value = cellText(cell);
  if (value === '') return undefined;
  const problem = damage(value);
  return problem ? { problem } : { value };
}

function textList(cell: Cell): Parsed<string[]> | undefined {
  const items = splitList(cell);
  if (items.length === 0) return undefined;
  const problem = items.map(damage).find((p) => p !== undefined);
  return problem ? { problem } : { value: items };
}

function places(cell: Cell, context: Context): Parsed<string[]> | undefined {
  const ids: string[] = [];
  for (const name of splitList(cell)) {
    const place = resolvePlace(name, context.content.districts);
    if ('problem' in place) return place;
    if (!ids.includes(place.value)) ids.push(place.value);
  }
  return ids.length === 0 ? undefined : { value: ids };
}

/** Reads one cell into its field. */
function readCell(binding: ColumnBinding, cell: Cell, context: Context): Parsed<unknown> | undefined {
  switch (binding.field) {
    case 'id':
      return parseId(cell, context.year);
    case 'title':
    case 'summary':
    case 'leadDepartment':
    case 'leadOfficial':
    case 'notes':
      return plainText(cell);
    case 'partners':
    case 'tags':
      return textList(cell);
    case 'districts':
      return places(cell, context);
    case 'theme':
      return isEmpty(cell) ? undefined : resolveTheme(cellText(cell), context.content.themes);
    case 'budget': {
      const amount = parseAmount(cell, binding.unitPower);
      return amount && 'value' in amount ? { value: { amount: amount.value, currency: 'CNY' } } : amount;
    }
    case 'start':
    case 'plannedEnd':
    case 'completed':
      return parseDate(cell);
    case 'progress':
      return parseProgress(cell, context.fractions);
    case 'status':
      return parseStatus(cell, context.options.mapping);
  }
}

function readRow(cells: readonly Cell[], row: number, context: Context): { values: RowValues; problems: RowProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const binding of context.bindings) {
    const parsed = readCell(binding, cells[binding.index], context);
    if (parsed === undefined) continue;
    if ('problem' in parsed) problems.push({ row, column: binding.header, message: parsed.problem });
    else values[binding.field] = parsed.value;
  }
  return { values: values as RowValues, problems };
}

/** The header of the column holding `field`, if the sheet has one. */
function columnOf(field: string, context: Context): string | undefined {
  return context.bindings.find((b) => b.field === field)?.header;
}

function problemAt(row: number, field: string, message: Message, context: Context): RowProblem {
  const column = columnOf(field, context);
  return column === undefined ? { row, message } : { row, column, message };
}

/** The checks of content-format.md on one project's own fields. */
function projectProblems(data: Project, row: number, context: Context): RowProblem[] {
  const problems: RowProblem[] = [];
  const { start, plannedEnd } = data;
  if (start !== undefined && plannedEnd !== undefined && compareDates(start, plannedEnd) > 0) {
    problems.push(problemAt(row, 'start', { key: 'row.dateOrder', params: { start, end: plannedEnd } }, context));
  }
  if (data.status === 'completed' && data.progress !== 100) {
    problems.push(problemAt(row, 'progress', { key: 'row.completedProgress', params: { found: data.progress } }, context));
  }
  if (data.status !== 'completed' && data.completed !== undefined) {
    problems.push(problemAt(row, 'completed', { key: 'row.completedStatus', params: { status: data.status } }, context));
  }
  return problems;
}

/** The problems this row would bring to the project's record of updates, on the progress column. */
function historyProblems(id: string, data: Project, before: Project | undefined, row: number, context: Context): RowProblem[] {
  const { lang } = context.options;
  const updates = context.content.updates;
  const where = (updateId: string | undefined) =>
    updateId === undefined ? (lang === 'en' ? 'this row' : '本行') : (context.content.files.updates.get(updateId)?.path ?? updateId);
  const issues = broughtIssues(before === undefined ? [] : historyIssues({ id, data: before }, updates), historyIssues({ id, data }, updates));
  return issues.map((issue) => {
    const { step } = issue;
    const message: Message =
      issue.kind === 'completedBelow100'
        ? { key: 'row.completedUpdate', params: { where: where(step.updateId), date: step.date, progress: step.progress, id } }
        : {
            key: 'row.progressDecrease',
            params: { from: issue.previous.progress, fromWhere: where(issue.previous.updateId), fromDate: issue.previous.date, to: step.progress, toWhere: where(step.updateId), toDate: step.date },
          };
    return problemAt(row, 'progress', message, context);
  });
}

/** Schema problems of an entry, in the checker's words, each on the column of its field. */
function schemaProblems(data: unknown, row: number, context: Context): RowProblem[] {
  const result = ProjectSchema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const message = issueMessage(issue, context.options.lang);
    return problemAt(row, String(issue.path[0] ?? ''), { ...message, key: `check:${message.key}` }, context);
  });
}

/** The frontmatter of a written file read back: what was written is what was meant, or this is a bug. */
function assertRoundTrip(text: string, data: Project): void {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  const back = ProjectSchema.parse(yaml.load(frontmatter));
  if (!isDeepStrictEqual(back, data)) throw new Error(`The entry written does not read back as the entry meant:\n${text}`);
}

function newEntry(id: string, values: RowValues, row: number, context: Context): { entry?: PlannedEntry; problems: RowProblem[] } {
  const { year, options, programme } = context;
  const problems: RowProblem[] = [];
  for (const field of REQUIRED) {
    if (values[field as keyof RowValues] !== undefined) continue;
    const column = columnOf(field, context);
    if (column !== undefined) problems.push({ row, column, message: { key: 'cell.required' } });
    else problems.push({ row, message: { key: 'row.noColumn', params: { field: fieldLabel(field), headers: headerExamples(field) } } });
  }
  const theme = values.theme ?? (programme.themes.length === 1 ? programme.themes[0] : undefined);
  if (theme === undefined) {
    const column = columnOf('theme', context);
    if (column !== undefined) problems.push({ row, column, message: { key: 'cell.required' } });
    else problems.push({ row, message: { key: 'row.noColumn', params: { field: fieldLabel('theme'), headers: headerExamples('theme') } } });
  }
  if (problems.length > 0) return { problems };

  // A completion date or a completed status means 100 %; otherwise the status follows progress.
  const statedCompleted = values.status === 'completed' || (values.status === undefined && values.completed !== undefined);
  const progress = values.progress ?? (statedCompleted ? 100 : 0);
  const status: Status = values.status ?? (values.completed !== undefined || progress === 100 ? 'completed' : progress === 0 ? 'planned' : 'in-progress');
  const completed = values.completed ?? (status === 'completed' ? options.today : undefined);
  const data = ordered(
    {
      title: values.title,
      summary: values.summary,
      programme: year,
      theme,
      districts: values.districts ?? [programme.region],
      status,
      progress,
      asOf: options.today,
      leadDepartment: values.leadDepartment,
      partners: values.partners,
      leadOfficial: values.leadOfficial,
      budget: values.budget,
      start: values.start,
      plannedEnd: values.plannedEnd,
      completed,
      tags: values.tags,
    },
    PROJECT_FIELDS,
  );
  const invalid = schemaProblems(data, row, context);
  if (invalid.length > 0) return { problems: invalid };
  const project = ProjectSchema.parse(data);
  const ruleProblems = [...projectProblems(project, row, context), ...historyProblems(`${year}/${id}`, project, undefined, row, context)];
  if (ruleProblems.length > 0) return { problems: ruleProblems };
  const text = markdownEntry(data, values.notes ?? '');
  assertRoundTrip(text, project);
  return { entry: { action: 'create', row, id: `${year}/${id}`, path: `projects/${year}/${id}.md`, text, data: project }, problems: [] };
}

/** Fields a sheet can change in an existing entry: every column but the id (which names it) and the notes (which never replace a body). */
const UPDATABLE = FIELDS.filter((field): field is Exclude<(typeof FIELDS)[number], 'id' | 'notes'> => field !== 'id' && field !== 'notes');

function updatedEntry(id: string, file: SourceFile, values: RowValues, row: number, context: Context): { entry?: PlannedEntry; problems: RowProblem[]; notes: Message[] } {
  const { options } = context;
  const path = `projects/${file.id}.${file.format}`;
  const shownPath = file.path;
  const parsed = ProjectSchema.safeParse(file.data);
  if (!parsed.success) return { problems: [{ row, message: { key: 'row.invalidExisting', params: { path: shownPath } } }], notes: [] };
  const existing = parsed.data;
  if (options.rowIds && columnOf('id', context) === undefined && values.title !== undefined && values.title !== existing.title) {
    return { problems: [{ row, message: { key: 'row.moved', params: { id: file.id, existing: existing.title, path: shownPath, found: values.title } } }], notes: [] };
  }

  const changes: Record<string, unknown> = {};
  for (const field of UPDATABLE) {
    const value = values[field];
    if (value !== undefined && !isDeepStrictEqual(value, existing[field])) changes[field] = value;
  }
  // Status and progress are true as of a day: the sheet's are true on the day of the import.
  if ((changes.status !== undefined || changes.progress !== undefined) && existing.asOf !== options.today) changes.asOf = options.today;
  const becomesCompleted = changes.status === 'completed';
  if (becomesCompleted && values.progress === undefined && existing.progress !== 100) changes.progress = 100;
  if (becomesCompleted && values.completed === undefined && existing.completed === undefined) changes.completed = options.today;
  const merged = { ...existing, ...changes } as Project;

  if (existing.status === 'completed' && merged.status !== 'completed' && values.completed === undefined && existing.completed !== undefined) {
    return { problems: [problemAt(row, 'status', { key: 'row.reopen', params: { status: merged.status, path: shownPath, completed: existing.completed } }, context)], notes: [] };
  }
  const invalid = schemaProblems(merged, row, context);
  if (invalid.length > 0) return { problems: invalid, notes: [] };
  const project = ProjectSchema.parse(merged);
  const problems = [...projectProblems(project, row, context), ...historyProblems(`${context.year}/${id}`, project, existing, row, context)];
  if (problems.length > 0) return { problems, notes: [] };

  const notes: Message[] = [];
  const notesColumn = columnOf('notes', context);
  if (notesColumn !== undefined && values.notes !== undefined && values.notes !== (file.body ?? '').trim()) {
    notes.push({ key: 'report.bodyKept', params: { row, column: notesColumn, path: shownPath } });
  }
  const base = { row, id: `${context.year}/${id}`, path };
  if (Object.keys(changes).length === 0) return { entry: { ...base, action: 'none' }, problems: [], notes };
  const edited = file.format === 'json' ? editJson(file.text, changes, PROJECT_FIELDS) : editFrontmatter(file.text, changes, PROJECT_FIELDS);
  if (!edited.surgical) notes.push({ key: 'report.rewritten', params: { path: shownPath } });
  const changeList = PROJECT_FIELDS.filter((field) => field in changes).map((field) => ({ field, from: existing[field as keyof Project], to: changes[field] }));
  return { entry: { ...base, action: 'update', text: edited.text, data: project, changes: changeList, surgical: edited.surgical }, problems: [], notes };
}

/** Rows with one filled cell are section headings (一、优学平湖); rows titled 合计 are sums. */
function skippedRow(cells: readonly Cell[], row: number, context: Context): Message | undefined {
  const filled = cells.filter((cell) => !isEmpty(cell));
  const titleColumn = context.bindings.find((b) => b.field === 'title')!;
  const title = cellText(cells[titleColumn.index]);
  const first = cellText(filled[0]);
  const total = [title, first].find((t) => TOTAL_WORDS.some((w) => normalizeWord(w) === normalizeWord(t)));
  if (total !== undefined) return { key: 'report.skippedTotal', params: { row, text: total } };
  if (filled.length === 1) return { key: 'report.skippedHeading', params: { row, text: first } };
  return undefined;
}

function checkColumns(sheet: Sheet, context: Omit<Context, 'fractions'>): Message[] {
  const { options, programme, bindings } = context;
  const has = (field: Field) => bindings.some((b) => b.field === field);
  const fatal: Message[] = [];
  if (!has('id') && !options.rowIds) fatal.push({ key: 'fatal.noIds', params: { file: sheet.file } });
  // Under --update the rows may all name existing entries; a new one without these columns is refused row by row.
  if (options.update) return fatal;
  const missing = REQUIRED.filter((field) => !has(field));
  if (missing.length > 0) {
    fatal.push({ key: 'fatal.missingColumns', params: { file: sheet.file, fields: missing.map(fieldLabel).join(', '), headers: missing.map(headerExamples).join(', ') } });
  }
  if (!has('theme') && programme.themes.length !== 1) {
    fatal.push({ key: 'fatal.themes', params: { file: sheet.file, year: options.year, themes: programme.themes.join(', ') } });
  }
  return fatal;
}

export function planImport(sheet: Sheet, content: ContentIndex, options: ImportOptions): ImportResult {
  const { year } = options;
  const programme = content.programmes.find((p) => p.id === String(year))?.data;
  if (programme === undefined) {
    const years = content.programmes.map((p) => p.id).join(', ');
    return { fatal: [{ key: 'fatal.year', params: { year, folder: `${options.contentLabel}/programmes/`, years } }] };
  }
  if (sheet.rows.every((cells) => cells.every(isEmpty))) return { fatal: [{ key: 'fatal.empty', params: { file: sheet.file } }] };
  const header = findHeader(sheet.rows, options.mapping);
  if (header === undefined) {
    const first = sheet.rows.find((cells) => cells.some((c) => !isEmpty(c))) ?? [];
    return { fatal: [{ key: 'fatal.noTitle', params: { file: sheet.file, headers: first.filter((c) => !isEmpty(c)).map(cellText).join(', ') } }] };
  }
  const { bindings, ignored, conflicts } = header.reading;
  if (conflicts.length > 0) {
    return { fatal: conflicts.map((c) => ({ key: 'fatal.duplicateColumn', params: { file: sheet.file, field: c.field, first: c.headers[0], second: c.headers[1] } })) };
  }
  const base = { year, options, content, programme, bindings };
  const fatal = checkColumns(sheet, base);
  if (fatal.length > 0) return { fatal };

  const dataRows = sheet.rows.map((cells, index) => ({ cells, row: index + 1 })).slice(header.index + 1);
  const progressColumn = bindings.find((b) => b.field === 'progress');
  const fractions = progressColumn !== undefined && holdsFractions(dataRows.map((r) => r.cells[progressColumn.index]));
  const context: Context = { ...base, fractions };
  const notes: Message[] = [];
  if (fractions) notes.push({ key: 'report.fractions', params: { column: progressColumn!.header } });
  if (ignored.length > 0) notes.push({ key: 'report.ignored', params: { columns: ignored.join(', ') } });

  const entries: PlannedEntry[] = [];
  const rejected: RowProblem[] = [];
  const rowsOfId = new Map<string, number[]>();
  let projectRows = 0;
  for (const { cells, row } of dataRows) {
    if (cells.every(isEmpty)) continue;
    const skipped = skippedRow(cells, row, context);
    if (skipped) {
      notes.push(skipped);
      continue;
    }
    projectRows++;
    const { values, problems } = readRow(cells, row, context);
    const idColumn = columnOf('id', context);
    const id = values.id ?? (idColumn === undefined ? `row-${String(row).padStart(3, '0')}` : undefined);
    if (id === undefined) {
      if (!problems.some((p) => p.column === idColumn)) problems.unshift({ row, column: idColumn!, message: { key: 'cell.required' } });
      rejected.push(...problems);
      continue;
    }
    rowsOfId.set(id, [...(rowsOfId.get(id) ?? []), row]);
    const file = content.files.projects.get(`${year}/${id}`);
    if (file && !options.update) problems.push({ row, message: { key: 'row.exists', params: { id: `${year}/${id}`, path: file.path } } });
    if (problems.length > 0) {
      rejected.push(...problems);
      continue;
    }
    const planned = file ? updatedEntry(id, file, values, row, context) : { ...newEntry(id, values, row, context), notes: [] };
    rejected.push(...planned.problems);
    notes.push(...planned.notes);
    if (planned.entry) entries.push(planned.entry);
  }

  // Two rows with one id: either could be meant, so neither is written.
  for (const [id, rows] of rowsOfId) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((r) => r !== row).join(', ');
      rejected.push({ row, message: { key: 'row.duplicate', params: { id: `${year}/${id}`, rows: others } } });
    }
    for (let i = entries.length - 1; i >= 0; i--) if (rows.includes(entries[i]!.row)) entries.splice(i, 1);
  }
  rejected.sort((a, b) => a.row - b.row);
  return { plan: { headerRow: header.index + 1, projectRows, entries, rejected, notes } };
}
