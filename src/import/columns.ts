/**
 * Which spreadsheet headers hold which project field, and which words mean which status.
 *
 * This file is the documentation of `npm run import`: {@link IMPORT_GUIDE} below is what
 * `npm run import -- --help` prints, and its tables of headers and status words are made
 * from {@link COLUMNS} and {@link STATUS_WORDS}, so that the help never drifts from what
 * the import accepts. A site adds its own headers and words with `--mapping file.json`.
 */
import { z } from 'zod';
import { STATUSES, type Status } from '../schemas/common.ts';

/**
 * The project fields a column can fill; `id` names the entry, `notes` becomes the body of
 * a new entry or of a dated update, and `correction` marks a row whose lower progress
 * corrects an earlier figure.
 */
export const FIELDS = [
  'id',
  'title',
  'summary',
  'leadDepartment',
  'partners',
  'leadOfficial',
  'districts',
  'theme',
  'budget',
  'start',
  'plannedEnd',
  'completed',
  'progress',
  'status',
  'tags',
  'notes',
  'correction',
] as const;
export type Field = (typeof FIELDS)[number];

interface ColumnDefinition {
  field: Field;
  /** Headers as they are written in spreadsheets; matched after {@link normalizeHeader}. */
  headers: readonly string[];
  /** What the cells hold, for the help text. */
  holds: string;
}

export const COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', headers: ['标识', '项目标识', 'id', 'slug'], holds: 'the entry id: new-library or 2024/new-library' },
  { field: 'title', headers: ['项目名称', '项目', '名称', '实事项目', '实事名称', '民生实事项目', 'title', 'name', 'project'], holds: 'the project name (required)' },
  { field: 'summary', headers: ['项目简介', '简介', '摘要', '建设内容', 'summary', 'description'], holds: 'one sentence' },
  { field: 'leadDepartment', headers: ['牵头单位', '牵头部门', '牵头责任单位', '牵头责任部门', '主责单位', '主责部门', 'lead department', 'lead'], holds: 'the department in charge (required for new projects)' },
  { field: 'partners', headers: ['责任单位', '配合单位', '协办单位', 'partners'], holds: 'a list of departments' },
  { field: 'leadOfficial', headers: ['挂帅领导', '牵头领导', '责任领导', 'lead official'], holds: 'a name' },
  { field: 'districts', headers: ['所属地区', '地区', '区域', '所在地', '属地', '所属镇（街道）', '所属镇', '所属街道', '所属镇街', '所属镇街道', '所在镇（街道）', '所在镇街', '镇（街道）', '镇街', '实施地点', '实施地区', '实施区域', 'districts', 'district', 'places', 'place'], holds: 'a list of place names or ids' },
  { field: 'theme', headers: ['类别', '类型', '分类', '领域', '主题', '项目类别', '所属类别', 'theme', 'category'], holds: 'a theme name, short name or id' },
  { field: 'budget', headers: ['总投资', '投资', '投资额', '计划投资', '总投资额', '计划总投资', '投资金额', 'budget', 'investment'], holds: 'an amount; a unit in the header applies to bare numbers' },
  { field: 'start', headers: ['开工时间', '开工日期', '开始时间', '启动时间', '计划开工时间', 'start', 'start date'], holds: 'a date' },
  { field: 'plannedEnd', headers: ['完成时限', '计划完成时间', '完成期限', '计划完成', '计划完工时间', '计划竣工时间', 'planned end', 'deadline', 'due'], holds: 'a date' },
  { field: 'completed', headers: ['实际完成时间', '完工时间', '竣工时间', 'completed', 'completion date'], holds: 'a date' },
  { field: 'progress', headers: ['进度', '完成进度', '工程进度', '形象进度', '当前进度', '累计进度', '完成比例', 'progress'], holds: 'a percentage: 80, 80%, or a cell formatted as a percentage' },
  { field: 'status', headers: ['状态', '项目状态', '推进状态', 'status'], holds: 'a status word (below)' },
  { field: 'tags', headers: ['标签', '关键词', 'tags', 'keywords'], holds: 'a list of keywords' },
  { field: 'notes', headers: ['备注', '说明', 'notes', 'remarks'], holds: 'text: the body of a new entry, or of a dated update (--updates)' },
  { field: 'correction', headers: ['更正', '是否更正', 'correction'], holds: '是 (yes) when a lower progress corrects an earlier figure (--updates)' },
];

/** Words of a place column that mean the whole region of the programme (全市, 县本级): they name its `region`. */
export const REGION_WORDS = ['全市', '全县', '全区', '全旗', '全域', '市本级', '县本级', '区本级'];

/** Words of a 更正 (correction) column, matched after {@link normalizeWord}. */
export const YES_WORDS = ['是', '更正', '√', '✓', '✔', 'y', 'yes', 'true', '1'];
export const NO_WORDS = ['否', '不', '×', 'n', 'no', 'false', '0'];

/** Words for each status, matched after {@link normalizeWord}; the English values themselves are always accepted. */
export const STATUS_WORDS: Record<Status, readonly string[]> = {
  planned: ['计划', '计划中', '待启动', '未开工', '未启动', '筹备中', 'planned', 'not started'],
  'in-progress': ['推进中', '在建', '进行中', '实施中', '建设中', 'in progress', 'ongoing', 'underway'],
  completed: ['已完成', '完成', '完工', '已完工', '建成', '已建成', '竣工', '已竣工', 'completed', 'complete', 'done'],
  delayed: ['滞后', '进度滞后', '延期', 'delayed', 'behind'],
  suspended: ['暂停', '停工', 'suspended', 'paused'],
  cancelled: ['取消', '已取消', '撤销', 'cancelled', 'canceled'],
};

/** Units a budget header may name in brackets, as powers of ten of a yuan. */
export const MONEY_UNITS: Record<string, number> = { 元: 0, yuan: 0, cny: 0, rmb: 0, 万元: 4, 万: 4, 亿元: 8, 亿: 8 };

/** Words of a total row, which is skipped: its sums are not a project. */
export const TOTAL_WORDS = ['合计', '总计', '小计', 'total', 'subtotal'];

/**
 * Headers are compared without spaces, line breaks, hyphens, underscores, the "*" that
 * templates put on required columns, and case; full-width forms (（）, Ａ) count as their
 * ASCII forms, and every kind of bracket as round brackets.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[[【〔]/g, '(')
    .replace(/[\]】〕]/g, ')')
    .replace(/[\s*_-]|:$/g, '');
}

/** Status words are compared the same way, so "In progress", "in-progress" and "IN_PROGRESS" agree. */
export const normalizeWord = normalizeHeader;

/** A header split into its name and the unit written after it: 总投资（万元）, 总投资/万元. */
export function splitUnit(normalized: string): { base: string; unit?: string } {
  const bracket = /^(.+)\(([^()]+)\)$/.exec(normalized);
  if (bracket) return { base: bracket[1]!, unit: bracket[2]! };
  const slash = /^(.+)\/([^/]+)$/.exec(normalized);
  if (slash) return { base: slash[1]!, unit: slash[2]! };
  return { base: normalized };
}

/** What a mapping file may map a header to: a field, or the budget in a stated unit. */
const TARGETS = [...FIELDS, 'budget:元', 'budget:万元', 'budget:亿元'] as const;

/** `--mapping file.json`: a site's own headers and status words. */
export const MappingSchema = z
  .object({
    /** Header as written in the sheet → field, e.g. `"项目负责部门": "leadDepartment"`. */
    columns: z.record(z.string(), z.enum(TARGETS)).default({}),
    /** Word → status, e.g. `"在建设": "in-progress"`. */
    status: z.record(z.string(), z.enum(STATUSES)).default({}),
  })
  .strict();
export type Mapping = z.output<typeof MappingSchema>;

export interface ColumnBinding {
  field: Field;
  /** The header as the sheet writes it, for messages. */
  header: string;
  /** 0-based column index. */
  index: number;
  /** For the budget: the power of ten of a yuan that bare numbers are counted in. */
  unitPower?: number;
}

export interface HeaderReading {
  bindings: ColumnBinding[];
  /** Headers that hold no field, to tell the user what was left out. */
  ignored: string[];
  /** Two columns for one field: the import cannot choose between them. */
  conflicts: { field: Field; headers: [string, string] }[];
}

function lookupTable(mapping: Mapping): Map<string, string> {
  const table = new Map<string, string>();
  for (const column of COLUMNS) for (const header of column.headers) table.set(normalizeHeader(header), column.field);
  // A site's mapping wins over the built-in headers.
  for (const [header, target] of Object.entries(mapping.columns)) table.set(normalizeHeader(header), target);
  return table;
}

/** Reads a header row: which column holds which field. */
export function readHeaders(cells: readonly unknown[], mapping: Mapping): HeaderReading {
  const table = lookupTable(mapping);
  const bindings: ColumnBinding[] = [];
  const ignored: string[] = [];
  const conflicts: HeaderReading['conflicts'] = [];
  cells.forEach((cell, index) => {
    const header = cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();
    if (header === '') return;
    const normalized = normalizeHeader(header);
    const { base, unit } = splitUnit(normalized);
    const target = table.get(normalized) ?? table.get(base);
    if (target === undefined) {
      ignored.push(header);
      return;
    }
    const [field, statedUnit] = target.split(':') as [Field, string | undefined];
    const unitWord = statedUnit ?? unit;
    const unitPower = field === 'budget' && unitWord !== undefined ? MONEY_UNITS[unitWord] : undefined;
    const earlier = bindings.find((b) => b.field === field);
    if (earlier) conflicts.push({ field, headers: [earlier.header, header] });
    else bindings.push({ field, header, index, ...(unitPower === undefined ? {} : { unitPower }) });
  });
  return { bindings, ignored, conflicts };
}

/** The status a word stands for, from the site's mapping first, then {@link STATUS_WORDS}. */
export function statusOf(word: string, mapping: Mapping): Status | undefined {
  const wanted = normalizeWord(word);
  for (const [custom, status] of Object.entries(mapping.status)) if (normalizeWord(custom) === wanted) return status;
  for (const status of STATUSES) {
    if (normalizeWord(status) === wanted) return status;
    if (STATUS_WORDS[status].some((w) => normalizeWord(w) === wanted)) return status;
  }
  return undefined;
}

/** A few headers of a field, for messages: "牵头单位 / lead department". */
export function headerExamples(field: Field): string {
  const headers = COLUMNS.find((c) => c.field === field)!.headers;
  const chinese = headers.find((h) => /\p{Script=Han}/u.test(h));
  const english = headers.find((h) => !/\p{Script=Han}/u.test(h));
  return [chinese, english].filter(Boolean).join(' / ');
}

/** The header `npm run export` writes for a field: the first one listed above, so that the export reads back through this same table. */
export function sheetHeader(field: Field): string {
  return COLUMNS.find((c) => c.field === field)!.headers[0]!;
}

function table(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return rows.map(([a, b]) => `  ${a!.padEnd(width)}  ${b}`).join('\n');
}

/** What `npm run import -- --help` prints after the usage line. */
export const IMPORT_GUIDE = `How the sheet is read
  One row is one project. The header row is the first of the first ten rows that has a
  column for the project's name; rows above it (a table title) are skipped. Headers are
  matched ignoring spaces, line breaks, case, a leading "*" and full-width brackets.
  Columns with other headers are listed and left out. Empty rows, rows with a single
  filled cell (section headings such as 一、优学平湖) and total rows (合计, 总计) are
  skipped, each with a note. Row numbers in messages are those the spreadsheet shows:
  the first row is row 1.

  CSV files may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, as
  Excel on Chinese Windows saves them; commas, tabs and semicolons are all understood.
  Workbooks are .xlsx (save .xls as .xlsx first); the first sheet is read unless --sheet
  names another.

Columns (field: headers accepted)
${table(COLUMNS.map((c) => [c.field, `${c.headers.join(', ')}: ${c.holds}`]))}

  A budget header may name its unit in brackets or after a slash: 总投资（万元）,
  总投资（亿元）, 总投资（元）, 投资/万元. Bare numbers count in that unit; an amount
  that writes its own unit (1.24亿, 4500万元, ¥500,000, 500000元) counts in its own.
  With no unit in the header, every amount must write its unit.

Status words
${table(STATUSES.map((s) => [s, STATUS_WORDS[s].join(', ')]))}

Values
  Every cell is read as the sheet shows it, by its own number format in an .xlsx.
  Dates keep the precision written: 2024年 → 2024, 2024年5月, 2024.5, 2024-05, 2024/5 →
  2024-05, 2024年5月20日, 2024.05.20, 2024/5/20, 20240520 → 2024-05-20; an Excel date
  cell keeps the precision of its format (yyyy"年"m"月" → 2024-05, yyyy-mm-dd → the
  day), and serial numbers such as 45432 → the day. Vague dates (2024年底, 年中,
  5月上旬, 第三季度) are refused rather than guessed.
  Progress is in percent points: 80, 80%, 80.5, and a cell formatted as a percentage
  shows 80% for the 0.8 it holds. No scale is ever guessed: a plain number between 0
  and 1 (0.8: 0.8 % or 80 %?) is refused, write 80, "0.8%" as text, or format the
  column as a percentage; a value over 100 (a 120% cell) is refused too.
  待定, 暂无, 无, — and the like mean "not known yet": the field is left out, with a
  note per cell (a field a new project needs is refused instead).
  Text beginning with =, +, @ or - (not a number) is kept as text, with a warning,
  since a spreadsheet would run it as a formula. In a CSV, such text behind a ' ('=A1,
  as the site's CSV files and npm run export write it) reads as the text itself (=A1).
  Lists (责任单位, 所属地区, 标签) are split on 、 ， , ； ; and line breaks.
  Places and themes are found by id, exact name or short name; a place also by its name
  without 市/区/县/镇/乡/街道/村/社区 when only one place fits (平湖 → 平湖市).
  ${REGION_WORDS.join(', ')} mean the programme's whole region
  (its region in content/programmes/<year>.mdx).

Ids
  The 标识 (id) column names each entry: content/projects/<year>/<id>.md. A sheet without
  one names each project after its name: the entry of that year with the same name, else
  xm- and a short hash of the name (xm-3f2a9c1b), so that the same name gives the same
  entry wherever its row moves. Two rows of one name are then refused; with an id column
  they are imported, with a warning. With --ids row each project is named after its row
  instead (row 12 → row-012): re-import such a sheet only if its rows have not moved.
  A row of an existing entry that says what the entry says is reported unchanged; one
  that differs is refused unless --update is given.

The day of the figures
  A sheet's figures are true on one day: --as-of 2026-11-30, or the day its title rows
  state with 截至 or 截止 (截至2026年11月30日). When both are given they must agree.
  New entries get it as asOf (the day of the import when neither gives one).

New entries
  programme: --year. asOf: the day of the figures. status: from the status column, else
  completed when a completion date is given, else from progress (0 → planned, 100 →
  completed, else in-progress). progress: 0 when not given (100 when completed).
  completed: the completion column, else asOf when the status is completed. districts:
  the programme's region when not given. theme: required, unless the programme has a
  single theme. The body: the 备注 (notes) column, if any.

--updates (a monthly progress sheet)
  A project's baseline (status, progress, asOf) is never rewritten by a sheet. With
  --updates, each existing project whose progress or status in the sheet differs from
  where it stands on the day of the figures gets one dated update,
  content/updates/<day>-<id>.md: kind completion when it becomes completed, else
  progress; its progress and status as the sheet says; the 备注 column as its text.
  A project that agrees with the sheet is reported unchanged (无变化), so importing the
  same sheet twice writes nothing the second time. Progress going down is refused,
  unless the row says 是 in a 更正 (correction) column: then the update is a correction.
  The day of the figures must be a day (--as-of, or 截至…日 in the title).
  Without --updates, a row whose progress or status differs is refused.

--update
  Changes the descriptive fields of existing entries (name, department, places, budget,
  dates…) whose column the sheet has and whose cell is not empty: an empty cell never
  erases a value. Every other field, the order of the fields, comments and the body
  stay as they are (the body is never replaced by 备注). Progress and status are not
  among them: see --updates.

--mapping file.json
  A site's own headers and status words, on top of the tables above:
  { "columns": { "项目负责部门": "leadDepartment", "投资额": "budget:万元" },
    "status": { "在建设": "in-progress" } }
  A column maps to a field name above, or to budget:元, budget:万元, budget:亿元.

Every entry is checked against the content format before it is written; a row that
cannot be taken is listed with its row number, column and the reason, and nothing is
written for it. Nothing is written at all when the file cannot be read, the year has no
programme, or the sheet lacks a column every project needs (the name, and for new
projects the lead department and, in a year of several themes, the theme).`;
