/**
 * A year's projects as a sheet that `npm run import` reads back unchanged: one row per
 * project, in the import's own headers (src/import/columns.ts), each cell written the way
 * the import reads it — dates at their precision (2022年12月), the budget in 万元 as an
 * exact decimal, progress in percent points, status, places and themes as Chinese words
 * that resolve to the same ids. Status and progress are where each project stands on the
 * day of the export, as the import measures them; the title row states that day
 * (截至…), so that an import of the sheet reads its figures as of that day.
 */
import { isDeepStrictEqual } from 'node:util';
import writeExcelFile from 'write-excel-file/node';
import { toCsv } from '../data/csv.ts';
import { compareDates, formatDate } from '../model/dates.ts';
import type { Entry } from '../model/entry.ts';
import { isPublished } from '../model/publish.ts';
import { currentState } from '../model/state.ts';
import type { Status } from '../schemas/common.ts';
import type { Project } from '../schemas/project.ts';
import type { ContentIndex } from '../scaffold/content.ts';
import { MONEY_UNITS, STATUS_WORDS, sheetHeader, type Field } from '../import/columns.ts';
import type { ExportKey, Message } from './messages.ts';
import { resolvePlace, resolveTheme } from '../import/resolve.ts';
import { decimalText, isUnknownWord, splitList } from '../import/values.ts';

/** The columns of the export, in the order a reader scans a project. */
const EXPORT_FIELDS = [
  'id',
  'title',
  'summary',
  'theme',
  'districts',
  'leadDepartment',
  'partners',
  'leadOfficial',
  'budget',
  'start',
  'plannedEnd',
  'progress',
  'status',
  'completed',
  'tags',
] as const satisfies readonly Field[];
type ExportField = (typeof EXPORT_FIELDS)[number];

/** Budgets are written in 万元, the unit of programme documents; the header says so. */
const BUDGET_UNIT = '万元';
const BUDGET_POWER = MONEY_UNITS[BUDGET_UNIT]!;

/** Lists are joined with the separator Chinese documents use, which the import splits on. */
const LIST_SEPARATOR = '、';

type ExportCell = string | number | undefined;

export interface ExportSheet {
  /** The title row, stating the day of the figures. */
  title: string;
  header: string[];
  rows: ExportCell[][];
  /** Warnings: cells that would not read back as the entry says, projects left out. */
  notes: Message[];
}

function headerOf(field: ExportField): string {
  return field === 'budget' ? `${sheetHeader('budget')}（${BUDGET_UNIT}）` : sheetHeader(field);
}

/** `2022`, `2022-12`, `2022-12-20` → 2022年, 2022年12月, 2022年12月20日: the precision written stays, as the import reads it. */
export const chineseDate = (date: string): string => formatDate(date, 'zh-Hans');

/** `amount` yuan in units of 10^power yuan, shifted in decimal digits so that no float error creeps in: 12345 → 1.2345. */
export function inUnit(amount: number, power: number): number {
  const [whole, fraction = ''] = decimalText(amount).split('.');
  const digits = whole!.padStart(power + 1, '0');
  const cut = digits.length - power;
  return Number(`${digits.slice(0, cut)}.${digits.slice(cut)}${fraction}`);
}

/** The status word the import's help lists first for each status: 计划, 推进中, 已完成… */
export function statusWord(status: Status): string {
  return STATUS_WORDS[status][0]!;
}

/** A name where it resolves back to the id, else the id itself (which always does). */
function nameOrId(id: string, name: string | undefined, resolve: (text: string) => { value: string } | { problem: unknown }): string {
  if (name === undefined) return id;
  const back = resolve(name);
  return 'value' in back && back.value === id ? name : id;
}

interface Context {
  year: number;
  content: ContentIndex;
  notes: Message[];
}

/** One project's row; notes for each cell the import would not read back as the entry says. */
function projectRow(project: Entry<Project>, state: ReturnType<typeof currentState>, row: number, context: Context): ExportCell[] {
  const { data } = project;
  const { content, notes } = context;
  const warn = (field: ExportField, key: ExportKey, params: Record<string, string | number> = {}) =>
    notes.push({ key, params: { row, column: headerOf(field), id: project.id, ...params } });
  const text = (field: ExportField, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (value.trim() !== value || isUnknownWord(value)) warn(field, 'export.textBack', { text: value });
    return value;
  };
  const list = (field: ExportField, items: readonly string[] | undefined): string | undefined => {
    if (items === undefined || items.length === 0) return undefined;
    const joined = items.join(LIST_SEPARATOR);
    if (!isDeepStrictEqual(splitList(joined), [...items])) warn(field, 'export.listBack', { text: joined });
    return joined;
  };
  const date = (value: string | undefined) => (value === undefined ? undefined : chineseDate(value));

  const cells: Record<ExportField, ExportCell> = {
    id: project.id.slice(`${context.year}/`.length),
    title: text('title', data.title),
    summary: text('summary', data.summary),
    theme: nameOrId(data.theme, content.themes.find((t) => t.id === data.theme)?.data.name, (name) => resolveTheme(name, content.themes)),
    districts: list(
      'districts',
      data.districts.map((id) => nameOrId(id, content.districts.find((d) => d.id === id)?.data.name, (name) => resolvePlace(name, content.districts))),
    ),
    leadDepartment: text('leadDepartment', data.leadDepartment),
    partners: list('partners', data.partners),
    leadOfficial: text('leadOfficial', data.leadOfficial),
    budget: undefined,
    start: date(data.start),
    plannedEnd: date(data.plannedEnd),
    // A plain number between 0 and 1 reads as ambiguous (0.4 % or 40 %?) and the import refuses
    // it: such progress is written as the text "0.4%", which says which.
    progress: state.progress > 0 && state.progress < 1 ? `${decimalText(state.progress)}%` : state.progress,
    status: statusWord(state.status),
    completed: date(state.completed),
    tags: list('tags', data.tags),
  };
  if (data.budget !== undefined) {
    // The import reads amounts in yuan only: another currency has no cell it could be written in.
    if (data.budget.currency === 'CNY') cells.budget = inUnit(data.budget.amount, BUDGET_POWER);
    else warn('budget', 'export.currency', { amount: data.budget.amount, currency: data.budget.currency });
  }
  return EXPORT_FIELDS.map((field) => cells[field]);
}

const byTitle = new Intl.Collator('zh-Hans-u-co-pinyin');

/**
 * The sheet of a year's projects as of `today`. Drafts and projects not yet published are
 * left out (a sheet has no column to say so, and a row imported into another copy would
 * publish them); updates count as the import and the checker count them: every one dated
 * up to `today`, drafts included, so that the sheet imports back unchanged.
 */
export function exportSheet(content: ContentIndex, year: number, today: string): ExportSheet {
  const programme = content.programmes.find((p) => p.id === String(year));
  if (programme === undefined) throw new Error(`No programme ${year}: the caller checks that first.`);
  const notes: Message[] = [];
  const context: Context = { year, content, notes };
  const ofYear = content.projects.filter((p) => p.id.startsWith(`${year}/`));
  const shown = ofYear.filter((p) => isPublished(p.data, today)).sort((a, b) => byTitle.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : 1));
  const recorded = content.updates.filter((u) => compareDates(u.data.date, today) <= 0);
  // The title row is row 1 and the header row 2: the first project is on row 3.
  const rows = shown.map((project, index) => projectRow(project, currentState(project, recorded, today), index + 3, context));

  const unpublished = ofYear.filter((p) => !isPublished(p.data, today)).map((p) => p.id);
  if (unpublished.length > 0) notes.push({ key: 'export.unpublished', params: { count: unpublished.length, ids: unpublished.join(', ') } });
  const invalid = [...content.files.projects.values()].filter((f) => f.id.startsWith(`${year}/`) && !ofYear.some((p) => p.id === f.id)).map((f) => f.path);
  if (invalid.length > 0) notes.push({ key: 'export.invalid', params: { count: invalid.length, paths: invalid.join(', ') } });
  const drafts = recorded.filter((u) => u.data.draft && u.data.projects.some((id) => shown.some((p) => p.id === id)) && (u.data.progress !== undefined || u.data.status !== undefined));
  if (drafts.length > 0) notes.push({ key: 'export.draftUpdates', params: { count: drafts.length, ids: drafts.map((u) => u.id).join(', ') } });

  const [y, m, d] = today.split('-');
  return {
    title: `${programme.data.title}（截至${y}年${Number(m)}月${Number(d)}日）`,
    header: EXPORT_FIELDS.map(headerOf),
    rows,
    notes,
  };
}

/** The sheet as CSV: UTF-8 with a BOM for Excel, formula-like text made inert as the site's own CSV files make it. */
export function sheetCsv(sheet: ExportSheet): string {
  const titleRow = sheet.header.map((_, index) => (index === 0 ? sheet.title : ''));
  // Numbers in plain decimals: String(1e-7) would not read back as an amount.
  const rows = sheet.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? decimalText(cell) : cell)));
  return toCsv(titleRow, [sheet.header, ...rows]);
}

/** The sheet as an .xlsx workbook: text cells as text (never formulas), numbers as numbers. */
export async function sheetXlsx(sheet: ExportSheet, name: string): Promise<Buffer> {
  const data = [[sheet.title], sheet.header, ...sheet.rows].map((row) => row.map((cell) => (cell === undefined ? null : cell)));
  return writeExcelFile(data, { sheet: name, stickyRowsCount: 2, columns: sheet.header.map((header) => ({ width: Math.max(8, header.length * 2 + 2) })) }).toBuffer();
}
