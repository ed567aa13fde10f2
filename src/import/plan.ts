/**
 * The import as a pure function: the rows of a sheet and the content they go into, in;
 * the entries to write, the rows refused with their reasons, and notes, out. Nothing here
 * reads or writes a file; `scripts/import.ts` does, and only after this has decided.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { issueMessage } from '../check/schema-issues.ts';
import { mojibake } from '../check/rules.ts';
import type { SourceFile } from '../check/read.ts';
import { compareDates } from '../model/dates.ts';
import type { Entry } from '../model/entry.ts';
import { currentState } from '../model/state.ts';
import { isValidPartialDate, type Money, type Status } from '../schemas/common.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Update } from '../schemas/update.ts';
import { ProjectSchema, type Project } from '../schemas/project.ts';
import type { ContentIndex } from '../scaffold/content.ts';
import { broughtIssues, historyIssues } from '../scaffold/history.ts';
import {
  FIELDS,
  NO_WORDS,
  REGION_WORDS,
  TOTAL_WORDS,
  YES_WORDS,
  headerExamples,
  normalizeWord,
  readHeaders,
  type ColumnBinding,
  type Field,
  type Mapping,
} from './columns.ts';
import { planDatedUpdate, sheetDay } from './dated.ts';
import { editFrontmatter, editJson, markdownEntry, ordered } from './edit.ts';
import type { CellFormat, FormatGrid } from './formats.ts';
import type { Message, MessageLang } from './messages.ts';
import { resolvePlace, resolveTheme } from './resolve.ts';
import {
  cellText,
  isEmpty,
  isUnknownWord,
  looksLikeFormula,
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
  /** The day of the import, `YYYY-MM-DD`. */
  today: string;
  /** `--as-of`: the day the sheet's figures were true, `YYYY-MM-DD`; else the sheet's title says it, else today. */
  asOf?: string;
  /** Change the descriptive fields of existing entries; without it a row that differs from its entry is refused. */
  update: boolean;
  /** `--updates`: progress and status of existing projects become dated updates. */
  updates?: boolean;
  /** Name projects after their rows (row-012) when the sheet has no id column, instead of after their titles. */
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
  /** What each cell's number format shows (.xlsx only): a percentage, or a date's precision. */
  formats?: FormatGrid;
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
  /** A dated update of the project (`path` is the update's), from a monthly sheet. */
  | (Planned & { action: 'dated'; text: string; data: Update; from: { status: Status; progress: number } })
  | (Planned & { action: 'none' });

export interface ImportPlan {
  /** The row of the headers, 1-based. */
  headerRow: number;
  /** The day the sheet's figures are true: `asOf` of new entries, date of dated updates. */
  asOf: string;
  /** Progress and status of existing projects became dated updates (--updates). */
  updates: boolean;
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
  correction?: boolean;
}

/** Fields a new project cannot do without, and that have no default. */
const REQUIRED: readonly Field[] = ['title', 'leadDepartment'];

/** Fields whose 待定 refuses a new project's row (or names no entry) rather than being left out with a note. */
const NEEDED: readonly Field[] = ['id', ...REQUIRED, 'theme'];

interface Context {
  year: number;
  options: ImportOptions;
  content: ContentIndex;
  programme: Programme;
  bindings: ColumnBinding[];
  formats: FormatGrid;
  /** The day the sheet's figures are true. */
  asOf: string;
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

const REGION = new Set(REGION_WORDS.map(normalizeWord));

function places(cell: Cell, context: Context): Parsed<string[]> | undefined {
  const ids: string[] = [];
  for (const name of splitList(cell)) {
    // 全市, 县本级: the whole region the programme covers.
    const place = REGION.has(normalizeWord(name)) ? { value: context.programme.region } : resolvePlace(name, context.content.districts);
    if ('problem' in place) return place;
    if (!ids.includes(place.value)) ids.push(place.value);
  }
  return ids.length === 0 ? undefined : { value: ids };
}

const YES = new Set(YES_WORDS.map(normalizeWord));
const NO = new Set(NO_WORDS.map(normalizeWord));

function parseCorrection(cell: Cell): Parsed<boolean> | undefined {
  const word = normalizeWord(cellText(cell));
  if (word === '') return undefined;
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { problem: { key: 'cell.correction', params: { found: cellText(cell) } } };
}

/** Reads one cell into its field. */
function readCell(binding: ColumnBinding, cell: Cell, format: CellFormat | undefined, context: Context): Parsed<unknown> | undefined {
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
      return parseDate(cell, format);
    case 'progress':
      return parseProgress(cell, format);
    case 'status':
      return parseStatus(cell, context.options.mapping);
    case 'correction':
      return parseCorrection(cell);
  }
}

interface RowReading {
  values: RowValues;
  problems: RowProblem[];
  /** Warnings about cells that were read: formula text, a value not known yet. */
  notes: Message[];
  /** Fields whose cell says 待定 or 暂无: not known yet, so left out. */
  unknown: Field[];
}

function readRow(cells: readonly Cell[], row: number, context: Context): RowReading {
  const values: Record<string, unknown> = {};
  const reading: RowReading = { values: values as RowValues, problems: [], notes: [], unknown: [] };
  for (const binding of context.bindings) {
    const cell = cells[binding.index];
    const format = context.formats[row - 1]?.[binding.index];
    if (binding.field !== 'title' && isUnknownWord(cell)) {
      reading.unknown.push(binding.field);
      if (!NEEDED.includes(binding.field)) reading.notes.push({ key: 'report.unknown', params: { row, column: binding.header, text: cellText(cell) } });
      continue;
    }
    if (looksLikeFormula(cell)) reading.notes.push({ key: 'report.formula', params: { row, column: binding.header, text: cellText(cell) } });
    const parsed = readCell(binding, cell, format, context);
    if (parsed === undefined) continue;
    if ('problem' in parsed) reading.problems.push({ row, column: binding.header, message: parsed.problem });
    else values[binding.field] = parsed.value;
  }
  return reading;
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

/** A field a new project needs is empty, says 待定, or has no column. */
function requiredProblem(field: Field, row: number, unknown: readonly Field[], context: Context): RowProblem {
  const column = columnOf(field, context);
  if (column === undefined) return { row, message: { key: 'row.noColumn', params: { field: fieldLabel(field), headers: headerExamples(field) } } };
  return { row, column, message: { key: unknown.includes(field) ? 'cell.requiredUnknown' : 'cell.required' } };
}

function newEntry(id: string, reading: RowReading, row: number, context: Context): { entry?: PlannedEntry; problems: RowProblem[] } {
  const { year, programme, asOf } = context;
  const { values, unknown } = reading;
  const problems: RowProblem[] = [];
  for (const field of REQUIRED) if (values[field as keyof RowValues] === undefined) problems.push(requiredProblem(field, row, unknown, context));
  const theme = values.theme ?? (programme.themes.length === 1 ? programme.themes[0] : undefined);
  if (theme === undefined) problems.push(requiredProblem('theme', row, unknown, context));
  if (problems.length > 0) return { problems };

  // A completion date or a completed status means 100 %; otherwise the status follows progress.
  const statedCompleted = values.status === 'completed' || (values.status === undefined && values.completed !== undefined);
  const progress = values.progress ?? (statedCompleted ? 100 : 0);
  const status: Status = values.status ?? (values.completed !== undefined || progress === 100 ? 'completed' : progress === 0 ? 'planned' : 'in-progress');
  const completed = values.completed ?? (status === 'completed' ? asOf : undefined);
  const data = ordered(
    {
      title: values.title,
      summary: values.summary,
      programme: year,
      theme,
      districts: values.districts ?? [programme.region],
      status,
      progress,
      asOf,
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

/** The baseline's fields: a sheet's figures for them become dated updates (--updates), never a rewritten baseline. */
const STATE_FIELDS: readonly Field[] = ['progress', 'status', 'completed'];

/** Fields --update changes in an existing entry: the descriptive ones; not the id (which names it) nor the notes (which never replace a body). */
const DESCRIPTIVE = FIELDS.filter(
  (field): field is Exclude<Field, 'id' | 'notes' | 'correction' | 'progress' | 'status' | 'completed'> =>
    field !== 'id' && field !== 'notes' && field !== 'correction' && !STATE_FIELDS.includes(field),
);

type Outcome = { entries: PlannedEntry[]; problems: RowProblem[]; notes: Message[] };

/** Where the sheet's progress, status and completion differ from where the project stands on the sheet's day. */
function stateDifferences(project: Entry<Project>, values: RowValues, context: Context): { field: Field; from: unknown; to: unknown }[] {
  const recorded = context.content.updates.filter((u) => compareDates(u.data.date, context.asOf) <= 0);
  const state = currentState(project, recorded, context.asOf);
  const differences: { field: Field; from: unknown; to: unknown }[] = [];
  if (values.progress !== undefined && values.progress !== state.progress) differences.push({ field: 'progress', from: state.progress, to: values.progress });
  if (values.status !== undefined && values.status !== state.status) differences.push({ field: 'status', from: state.status, to: values.status });
  // A completion date matters only for a project not yet completed: the day itself is the update's.
  if (values.completed !== undefined && state.status !== 'completed') differences.push({ field: 'completed', from: state.completed, to: values.completed });
  return differences;
}

function existingEntry(file: SourceFile, reading: RowReading, row: number, context: Context): Outcome {
  const { options } = context;
  const { values } = reading;
  const path = `projects/${file.id}.${file.format}`;
  const shownPath = file.path;
  const refused = (...problems: RowProblem[]): Outcome => ({ entries: [], problems, notes: [] });
  const parsed = ProjectSchema.safeParse(file.data);
  if (!parsed.success) return refused({ row, message: { key: 'row.invalidExisting', params: { path: shownPath } } });
  const existing = parsed.data;
  if (options.rowIds && columnOf('id', context) === undefined && values.title !== undefined && values.title !== existing.title) {
    return refused({ row, message: { key: 'row.moved', params: { id: file.id, existing: existing.title, path: shownPath, found: values.title } } });
  }
  const project: Entry<Project> = { id: file.id, data: existing };

  const changes: Record<string, unknown> = {};
  for (const field of DESCRIPTIVE) {
    const value = values[field];
    if (value !== undefined && !isDeepStrictEqual(value, existing[field])) changes[field] = value;
  }
  const changedColumns = Object.keys(changes).map((field) => columnOf(field, context) ?? field);
  const notes: Message[] = [];
  const entries: PlannedEntry[] = [];
  const base = { row, id: file.id };

  if (options.updates) {
    const dated = planDatedUpdate(project, values, context.asOf, context.content, options.lang);
    if ('problems' in dated) return refused(...dated.problems.map((p) => problemAt(row, p.field, p.message, context)));
    if ('update' in dated) entries.push({ ...base, action: 'dated', path: dated.update.path, text: dated.update.text, data: dated.update.data, from: dated.update.from });
    if (!options.update && changedColumns.length > 0) notes.push({ key: 'report.descriptiveKept', params: { row, path: shownPath, columns: changedColumns.join(', ') } });
  } else {
    const differences = stateDifferences(project, values, context);
    if (differences.length > 0) {
      return refused(
        ...differences.map((d) => problemAt(row, d.field, { key: 'row.stateChange', params: { from: String(d.from ?? '—'), to: String(d.to), path: shownPath, asOf: context.asOf } }, context)),
      );
    }
    if (!options.update && changedColumns.length > 0) return refused({ row, message: { key: 'row.exists', params: { id: file.id, path: shownPath, columns: changedColumns.join(', ') } } });
  }

  if (options.update && Object.keys(changes).length > 0) {
    const merged = { ...existing, ...changes } as Project;
    const invalid = schemaProblems(merged, row, context);
    if (invalid.length > 0) return refused(...invalid);
    const updated = ProjectSchema.parse(merged);
    const problems = projectProblems(updated, row, context);
    if (problems.length > 0) return refused(...problems);
    const edited = file.format === 'json' ? editJson(file.text, changes, PROJECT_FIELDS) : editFrontmatter(file.text, changes, PROJECT_FIELDS);
    if (!edited.surgical) notes.push({ key: 'report.rewritten', params: { path: shownPath } });
    const changeList = PROJECT_FIELDS.filter((field) => field in changes).map((field) => ({ field, from: existing[field as keyof Project], to: changes[field] }));
    entries.unshift({ ...base, path, action: 'update', text: edited.text, data: updated, changes: changeList, surgical: edited.surgical });
  }
  const notesColumn = columnOf('notes', context);
  if (!options.updates && notesColumn !== undefined && values.notes !== undefined && values.notes !== (file.body ?? '').trim()) {
    notes.push({ key: 'report.bodyKept', params: { row, column: notesColumn, path: shownPath } });
  }
  if (entries.length === 0) entries.push({ ...base, path, action: 'none' });
  return { entries, problems: [], notes };
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

function checkColumns(sheet: Sheet, context: Pick<Context, 'options' | 'programme' | 'bindings'>): Message[] {
  const { options, programme, bindings } = context;
  const has = (field: Field) => bindings.some((b) => b.field === field);
  const fatal: Message[] = [];
  if (options.updates && !has('progress') && !has('status')) fatal.push({ key: 'fatal.updatesColumns', params: { file: sheet.file, headers: `${headerExamples('progress')}, ${headerExamples('status')}` } });
  // Under --update and --updates the rows may all name existing entries; a new one without these columns is refused row by row.
  if (options.update || options.updates) return fatal;
  const missing = REQUIRED.filter((field) => !has(field));
  if (missing.length > 0) {
    fatal.push({ key: 'fatal.missingColumns', params: { file: sheet.file, fields: missing.map(fieldLabel).join(', '), headers: missing.map(headerExamples).join(', ') } });
  }
  if (!has('theme') && programme.themes.length !== 1) {
    fatal.push({ key: 'fatal.themes', params: { file: sheet.file, year: options.year, themes: programme.themes.join(', ') } });
  }
  return fatal;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the sheet's figures are true: --as-of, else the day its title states
 * (截至2026年11月30日), else (not for dated updates, which need a day) the day of the import.
 */
function sheetAsOf(sheet: Sheet, titleRows: readonly Cell[][], options: ImportOptions): { asOf: string } | { fatal: Message } {
  const { file } = sheet;
  if (options.asOf !== undefined && !(DAY.test(options.asOf) && isValidPartialDate(options.asOf))) return { fatal: { key: 'fatal.asOf', params: { found: options.asOf } } };
  const stated = sheetDay(titleRows);
  if (stated && options.asOf !== undefined && !options.asOf.startsWith(stated.date)) {
    return { fatal: { key: 'fatal.asOfDisagrees', params: { file, text: stated.text, asOf: options.asOf } } };
  }
  const asOf = options.asOf ?? stated?.date;
  if (options.updates && (asOf === undefined || !DAY.test(asOf))) return { fatal: { key: 'fatal.asOfMissing', params: { file, text: stated?.text ?? '' } } };
  if (asOf !== undefined && compareDates(asOf, options.today) > 0) return { fatal: { key: 'fatal.asOfFuture', params: { asOf, today: options.today } } };
  return { asOf: asOf ?? options.today };
}

/** Titles are compared as people read them: full-width forms as ASCII, spaces ignored. */
function normalizeTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The id of a row without an id column: the entry of that year with the same title, else
 * a short hash of the title. The same title always gives the same id, wherever its row is.
 */
function titleId(title: string, context: Context): string {
  const wanted = normalizeTitle(title);
  const same = context.content.projects.filter((p) => p.id.startsWith(`${context.year}/`) && normalizeTitle(p.data.title) === wanted);
  if (same.length === 1) return same[0]!.id.slice(`${context.year}/`.length);
  return `xm-${createHash('sha256').update(wanted).digest('hex').slice(0, 8)}`;
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
  const fatal = checkColumns(sheet, { options, programme, bindings });
  const day = sheetAsOf(sheet, sheet.rows.slice(0, header.index), options);
  if ('fatal' in day) fatal.push(day.fatal);
  if (fatal.length > 0 || 'fatal' in day) return { fatal };
  const context: Context = { year, options, content, programme, bindings, formats: sheet.formats ?? [], asOf: day.asOf };

  const dataRows = sheet.rows.map((cells, index) => ({ cells, row: index + 1 })).slice(header.index + 1);
  const notes: Message[] = [];
  if (ignored.length > 0) notes.push({ key: 'report.ignored', params: { columns: ignored.join(', ') } });
  const idColumn = columnOf('id', context);
  const titleIds = idColumn === undefined && !options.rowIds;

  const entries: PlannedEntry[] = [];
  const rejected: RowProblem[] = [];
  const rowsOfId = new Map<string, number[]>();
  const rowsOfTitle = new Map<string, { rows: number[]; title: string }>();
  let projectRows = 0;
  for (const { cells, row } of dataRows) {
    if (cells.every(isEmpty)) continue;
    const skipped = skippedRow(cells, row, context);
    if (skipped) {
      notes.push(skipped);
      continue;
    }
    projectRows++;
    const reading = readRow(cells, row, context);
    const { values, problems } = reading;
    notes.push(...reading.notes);
    if (values.title !== undefined) {
      const key = normalizeTitle(values.title);
      const seen = rowsOfTitle.get(key) ?? { rows: [], title: values.title };
      seen.rows.push(row);
      rowsOfTitle.set(key, seen);
    }
    let id = values.id;
    if (id === undefined && idColumn === undefined) {
      if (options.rowIds) id = `row-${String(row).padStart(3, '0')}`;
      else if (values.title !== undefined) id = titleId(values.title, context);
    }
    if (id === undefined) {
      const column = idColumn ?? columnOf('title', context)!;
      if (!problems.some((p) => p.column === column)) problems.unshift({ row, column, message: { key: 'cell.required' } });
      rejected.push(...problems);
      continue;
    }
    rowsOfId.set(id, [...(rowsOfId.get(id) ?? []), row]);
    if (problems.length > 0) {
      rejected.push(...problems);
      continue;
    }
    const file = content.files.projects.get(`${year}/${id}`);
    const planned: Outcome = file ? existingEntry(file, reading, row, context) : newOutcome(id, reading, row, context);
    rejected.push(...planned.problems);
    notes.push(...planned.notes);
    entries.push(...planned.entries);
  }

  // Two rows with one id: either could be meant, so neither is written.
  for (const [id, rows] of rowsOfId) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((r) => r !== row).join(', ');
      const message: Message = titleIds ? { key: 'row.duplicateTitle', params: { rows: others } } : { key: 'row.duplicate', params: { id: `${year}/${id}`, rows: others } };
      rejected.push(titleIds ? { row, column: columnOf('title', context)!, message } : { row, message });
    }
    for (let i = entries.length - 1; i >= 0; i--) if (rows.includes(entries[i]!.row)) entries.splice(i, 1);
  }
  // One title on rows of different ids: two projects may be meant, or one project twice.
  if (!titleIds) {
    for (const { rows, title } of rowsOfTitle.values()) if (rows.length > 1) notes.push({ key: 'report.duplicateTitle', params: { title, rows: rows.join(', ') } });
  }
  if (!bindings.some((b) => b.field === 'districts') && entries.some((e) => e.action === 'create')) notes.push({ key: 'report.noPlaces', params: { region: programme.region } });
  rejected.sort((a, b) => a.row - b.row);
  return { plan: { headerRow: header.index + 1, asOf: context.asOf, updates: options.updates === true, projectRows, entries, rejected, notes } };
}

/** A new entry, and a warning when the year already has a project of that title under another id. */
function newOutcome(id: string, reading: RowReading, row: number, context: Context): Outcome {
  const created = newEntry(id, reading, row, context);
  const notes: Message[] = [];
  const title = reading.values.title;
  if (created.entry && title !== undefined) {
    const same = context.content.projects.find((p) => p.id.startsWith(`${context.year}/`) && normalizeTitle(p.data.title) === normalizeTitle(title));
    const path = same && context.content.files.projects.get(same.id)?.path;
    if (path) notes.push({ key: 'report.titleExists', params: { row, title, path } });
  }
  return { entries: created.entry ? [created.entry] : [], problems: created.problems, notes };
}
