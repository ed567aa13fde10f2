/**
 * Every sentence `npm run import` prints, in English and Chinese: what was found, and
 * what is expected instead. Keys starting with `check:` are the checker's own sentences
 * (damaged text, schema problems), so that both tools say the same thing the same way.
 */
import { render as renderCheck, type Message, type MessageLang, type Template } from '../check/messages.ts';
import { STATUSES } from '../schemas/common.ts';
import { STATUS_WORDS } from './columns.ts';

export type { MessageLang } from '../check/messages.ts';

export type { Message } from '../check/messages.ts';

const STATUS_CHOICES_ZH = STATUSES.map((s) => STATUS_WORDS[s][0]).join('、');
const STATUS_CHOICES_EN = STATUSES.join(', ');

const en: Record<string, Template> = {
  'cell.date': (p) => `found "${p.found}", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date`,
  'cell.dateVague': (p) => `found "${p.found}", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)`,
  'cell.dateInvalid': (p) => `found "${p.found}", which is not a day of the calendar; expected a date that exists`,
  'cell.amount': (p) => `found "${p.found}", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元`,
  'cell.amountUnit': (p) => `found ${p.found} with no unit, and the header names none; expected the unit in the cell (${p.found}万元) or in the header, e.g. 总投资（万元）`,
  'cell.progress': (p) => `found "${p.found}"; expected a percentage from 0 to 100, such as 80 or 80%`,
  'cell.status': (p) => `found "${p.found}", which is not a status; expected one of ${STATUS_CHOICES_ZH} or ${STATUS_CHOICES_EN} (more words in npm run import -- --help; a site adds its own with --mapping)`,
  'cell.id': (p) => `found "${p.found}", which is not an id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. new-library`,
  'cell.idYear': (p) => `found "${p.found}", an id of another year; expected an id of ${p.year}, the --year of this import`,
  'cell.placeUnknown': (p) => `found "${p.found}", which is not a place in content/districts/; expected a place's name or id${p.candidates ? `, such as ${p.candidates}` : ''}`,
  'cell.placeAmbiguous': (p) => `found "${p.found}", which fits several places: ${p.candidates}; expected the full name or the id of one`,
  'cell.themeUnknown': (p) => `found "${p.found}", which is not a theme in content/themes/; expected one of ${p.candidates}`,
  'cell.themeAmbiguous': (p) => `found "${p.found}", which fits several themes: ${p.candidates}; expected the full name or the id of one`,
  'cell.required': () => `is empty; a new project needs it`,
  'row.noColumn': (p) => `a new project needs ${p.field}, and the sheet has no column for it; expected a column such as ${p.headers}`,
  'row.exists': (p) => `${p.id} already exists (${p.path}); expected a new id, or --update to change that entry`,
  'row.duplicate': (p) => `the id ${p.id} is also on row ${p.rows}; expected each id once (nothing is written for any of these rows)`,
  'row.moved': (p) => `${p.id} is "${p.existing}" in ${p.path}, but this row is "${p.found}": the rows have moved since the ids were made from row numbers; expected an 标识 (id) column holding each entry's id`,
  'row.invalidExisting': (p) => `${p.path} does not pass the content checks; expected it fixed first (npm run check) before the import changes it`,
  'row.reopen': (p) => `found status "${p.status}", but ${p.path} records completed: ${p.completed}; expected the project reopened by hand (remove "completed" from the file) rather than by the import`,
  'row.completedProgress': (p) => `found progress ${p.found} for a completed project; expected 100`,
  'row.completedStatus': (p) => `found a completion date while the status is "${p.status}"; expected status completed (已完成), or no completion date`,
  'row.dateOrder': (p) => `found start ${p.start} after the planned end ${p.end}; expected the start on or before the planned end`,
  'row.progressDecrease': (p) => `progress would go down from ${p.from} (${p.fromWhere}, ${p.fromDate}) to ${p.to} (${p.toWhere}, ${p.toDate}); expected progress never to go down, except through an update of kind "correction"`,
  'row.completedUpdate': (p) =>
    `${p.where} (${p.date}) would read as completed at ${p.progress}%, since an update dated before asOf takes its status from the project file; expected the completion reported by an update instead (npm run new -- update ${p.id} --kind completion)`,
  'fatal.read': (p) => `cannot read ${p.file} (${p.detail})`,
  'fatal.extension': (p) => `${p.file} is not a .csv or .xlsx file; expected a sheet saved as CSV or as an Excel workbook (.xlsx)`,
  'fatal.xls': (p) => `${p.file} is an old Excel .xls file; expected .xlsx or CSV: open it in Excel or WPS and save it as .xlsx`,
  'fatal.xlsx': (p) => `${p.file} is not a readable .xlsx workbook (${p.detail}); expected a workbook saved by Excel, WPS or LibreOffice`,
  'fatal.csv': (p) => `${p.file}: line ${p.line}: the CSV cannot be read (${p.detail}); expected quotes in pairs around cells that hold commas or line breaks`,
  'fatal.sheet': (p) => `${p.file} has no sheet "${p.sheet}"; expected one of: ${p.sheets}`,
  'fatal.csvSheet': () => `--sheet applies to .xlsx workbooks; a CSV file holds one sheet`,
  'fatal.empty': (p) => `${p.file} holds no rows; expected a header row and one row per project`,
  'fatal.noTitle': (p) => `${p.file}: found no column for the project's name in the first ten rows${p.headers ? ` (the first row reads: ${p.headers})` : ''}; expected a header such as 项目名称 or title, or a --mapping file that names yours`,
  'fatal.duplicateColumn': (p) => `${p.file}: the columns "${p.first}" and "${p.second}" both hold ${p.field}; expected one column per field`,
  'fatal.noIds': (p) => `${p.file} has no 标识 (id) column; expected one holding each project's id (e.g. new-library), so that a later import updates the same entries. To name the projects after their rows instead (row-012), run again with --ids row`,
  'fatal.missingColumns': (p) => `${p.file} has no column for ${p.fields}, which every new project needs; expected a column such as ${p.headers}, or a --mapping file that names yours`,
  'fatal.themes': (p) => `${p.file} has no 类别 (theme) column, and programme ${p.year} has several themes (${p.themes}); expected a column saying each project's theme`,
  'fatal.year': (p) => `found --year ${p.year}, which has no programme in ${p.folder}; expected one of: ${p.years || 'none yet'}, or the programme written first`,
  'fatal.yearMissing': (p) => `found ${p.found ? `--year ${p.found}` : 'no --year'}; expected the programme's year, e.g. --year 2024`,
  'fatal.mapping': (p) => `${p.file}: ${p.detail}`,
  'fatal.mappingJson': (p) => `${p.file} is not valid JSON (${p.detail}); expected { "columns": { "<header>": "<field>" }, "status": { "<word>": "<status>" } }`,
  'fatal.mappingKeys': (p) => `${p.file}: found the field ${p.found}; expected only "columns" and "status"`,
  'fatal.ids': (p) => `found --ids ${p.found}; expected --ids row`,
  'report.start': (p) => `Reading ${p.file}${p.sheet ? `, sheet "${p.sheet}"` : ''} (${p.encoding}), header on row ${p.header}, into ${p.folder}${p.dry ? ' — dry run: nothing is written' : ''}`,
  'report.new': (p) => `new: ${p.path} — ${p.title} (${p.theme}; ${p.places}; ${p.status}, ${p.progress}%)`,
  'report.updated': (p) => `updated: ${p.path} — ${p.changes}`,
  'report.unchanged': (p) => `unchanged: ${p.path}`,
  'report.rewritten': (p) => `note: ${p.path}: its fields were written out whole, since their layout could not be edited in place (values kept; comments in the fields lost)`,
  'report.bodyKept': (p) => `note: row ${p.row}: ${p.column} differs from the text of ${p.path}, which the import never replaces`,
  'report.skippedHeading': (p) => `note: row ${p.row} holds only "${p.text}", taken as a heading and skipped`,
  'report.skippedTotal': (p) => `note: row ${p.row} is a total row ("${p.text}") and skipped`,
  'report.fractions': (p) => `note: the column "${p.column}" holds fractions of 1, read as Excel percentages (0.8 → 80%)`,
  'report.ignored': (p) => `note: columns not imported: ${p.columns} (a --mapping file can name the field they hold)`,
  'report.sheets': (p) => `note: the workbook has ${p.count} sheets (${p.sheets}); this is the first; choose another with --sheet`,
  'report.summary': (p) =>
    `${p.rows} project rows: ${p.created} new, ${p.updated} updated, ${p.unchanged} unchanged, ${p.rejected} rejected${p.dry ? ' (dry run: nothing written)' : ''}.${Number(p.rejected) > 0 ? ' Nothing was written for the rejected rows; correct them and import again.' : ''}`,
};

const zh: Record<string, Template> = {
  'cell.date': (p) => `填写的是“${p.found}”，不是日期；应为日期，例如 2024年5月、2024年5月20日、2024.5.20、2024/5/20、2024-05 或 Excel 日期`,
  'cell.dateVague': (p) => `填写的是“${p.found}”，没有写明哪个月或哪一天；应写明月份或日期，例如 2024年12月 或 2024年12月31日（导入不做推测）`,
  'cell.dateInvalid': (p) => `填写的是“${p.found}”，日历上没有这一天；应为存在的日期`,
  'cell.amount': (p) => `填写的是“${p.found}”，不是金额；应为带单位的数字，例如 4500万元、1.24亿元、¥500,000 或 500000元`,
  'cell.amountUnit': (p) => `填写的是 ${p.found}，没有单位，表头也没有写单位；应在单元格中写明单位（${p.found}万元），或在表头中写明，例如 总投资（万元）`,
  'cell.progress': (p) => `填写的是“${p.found}”；应为 0 到 100 的百分比，例如 80 或 80%`,
  'cell.status': (p) => `填写的是“${p.found}”，不是项目状态；应为 ${STATUS_CHOICES_ZH} 或 ${STATUS_CHOICES_EN} 之一（更多写法见 npm run import -- --help；网站可用 --mapping 增加自己的写法）`,
  'cell.id': (p) => `填写的是“${p.found}”，不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符，例如 new-library`,
  'cell.idYear': (p) => `填写的是“${p.found}”，是其他年度的标识；应为 ${p.year} 年（本次导入的 --year）的标识`,
  'cell.placeUnknown': (p) => `填写的是“${p.found}”，content/districts/ 中没有这个地区；应为地区的名称或标识${p.candidates ? `，例如 ${p.candidates}` : ''}`,
  'cell.placeAmbiguous': (p) => `填写的是“${p.found}”，可对应多个地区：${p.candidates}；应写其中一个的全称或标识`,
  'cell.themeUnknown': (p) => `填写的是“${p.found}”，content/themes/ 中没有这个类别；应为以下之一：${p.candidates}`,
  'cell.themeAmbiguous': (p) => `填写的是“${p.found}”，可对应多个类别：${p.candidates}；应写其中一个的全称或标识`,
  'cell.required': () => `为空；新项目必须填写`,
  'row.noColumn': (p) => `新项目必须有 ${p.field}，表中却没有这一列；应有一列，例如 ${p.headers}`,
  'row.exists': (p) => `${p.id} 已经存在（${p.path}）；应换一个新的标识，或加 --update 修改该条目`,
  'row.duplicate': (p) => `标识 ${p.id} 也出现在第 ${p.rows} 行；每个标识只能出现一次（这些行都不会写入）`,
  'row.moved': (p) => `${p.id} 在 ${p.path} 中是“${p.existing}”，这一行却是“${p.found}”：标识按行号生成之后，行的位置变了；应增加“标识”列，写明每个条目的标识`,
  'row.invalidExisting': (p) => `${p.path} 未通过内容检查；应先改正该文件（npm run check），再由导入修改`,
  'row.reopen': (p) => `状态填写为“${p.status}”，但 ${p.path} 记有完成日期 completed: ${p.completed}；重新开启已完成的项目应手工修改文件（删去 completed），而不是通过导入`,
  'row.completedProgress': (p) => `已完成的项目进度填写为 ${p.found}；应为 100`,
  'row.completedStatus': (p) => `填写了完成日期，而状态为“${p.status}”；状态应为已完成（completed），或不填完成日期`,
  'row.dateOrder': (p) => `开工日期 ${p.start} 晚于完成时限 ${p.end}；开工日期应不晚于完成时限`,
  'row.progressDecrease': (p) => `进度会从 ${p.from}（${p.fromWhere}，${p.fromDate}）降到 ${p.to}（${p.toWhere}，${p.toDate}）；进度不应下降，除非通过类型为“correction”（更正）的动态`,
  'row.completedUpdate': (p) =>
    `${p.where}（${p.date}）会被视为进度 ${p.progress}% 的已完成，因为早于 asOf 的动态沿用项目文件中的状态；应改用动态报告完工（npm run new -- update ${p.id} --kind completion）`,
  'fatal.read': (p) => `无法读取 ${p.file}（${p.detail}）`,
  'fatal.extension': (p) => `${p.file} 不是 .csv 或 .xlsx 文件；应为另存为 CSV 或 Excel 工作簿（.xlsx）的表格`,
  'fatal.xls': (p) => `${p.file} 是旧版 Excel 的 .xls 文件；应为 .xlsx 或 CSV：请用 Excel 或 WPS 打开并另存为 .xlsx`,
  'fatal.xlsx': (p) => `${p.file} 不是可读取的 .xlsx 工作簿（${p.detail}）；应为 Excel、WPS 或 LibreOffice 保存的工作簿`,
  'fatal.csv': (p) => `${p.file}：第 ${p.line} 行：无法读取 CSV（${p.detail}）；含逗号或换行的单元格应用成对的引号括起来`,
  'fatal.sheet': (p) => `${p.file} 中没有名为“${p.sheet}”的工作表；应为以下之一：${p.sheets}`,
  'fatal.csvSheet': () => `--sheet 只适用于 .xlsx 工作簿；CSV 文件只有一张表`,
  'fatal.empty': (p) => `${p.file} 中没有任何行；应有一行表头，每个项目一行`,
  'fatal.noTitle': (p) => `${p.file}：前十行中没有项目名称列${p.headers ? `（第一行为：${p.headers}）` : ''}；表头应为“项目名称”或 title 等，或用 --mapping 文件指明`,
  'fatal.duplicateColumn': (p) => `${p.file}：“${p.first}”和“${p.second}”两列都对应 ${p.field}；每个字段只能对应一列`,
  'fatal.noIds': (p) => `${p.file} 中没有“标识”列；应有一列写明每个项目的标识（例如 new-library），以后再次导入时才能更新同一条目。若要按行号命名项目（row-012），请加 --ids row 重新运行`,
  'fatal.missingColumns': (p) => `${p.file} 中没有 ${p.fields} 列，而每个新项目都必须有；应增加一列，例如 ${p.headers}，或用 --mapping 文件指明`,
  'fatal.themes': (p) => `${p.file} 中没有“类别”列，而 ${p.year} 年度有多个类别（${p.themes}）；应有一列写明每个项目的类别`,
  'fatal.year': (p) => `--year ${p.year} 在 ${p.folder} 中没有对应的年度工程；应为以下之一：${p.years || '尚无'}，或先写好该年度的工程`,
  'fatal.yearMissing': (p) => `${p.found ? `填写的是 --year ${p.found}` : '没有 --year'}；应为年度，例如 --year 2024`,
  'fatal.mapping': (p) => `${p.file}：${p.detail}`,
  'fatal.mappingJson': (p) => `${p.file} 不是有效的 JSON（${p.detail}）；应为 { "columns": { "<表头>": "<字段>" }, "status": { "<写法>": "<状态>" } }`,
  'fatal.mappingKeys': (p) => `${p.file}：填写了字段 ${p.found}；只应有“columns”和“status”`,
  'fatal.ids': (p) => `填写的是 --ids ${p.found}；应为 --ids row`,
  'report.start': (p) => `读取 ${p.file}${p.sheet ? ` 的工作表“${p.sheet}”` : ''}（${p.encoding}），表头在第 ${p.header} 行，写入 ${p.folder}${p.dry ? '——试运行：不写入任何文件' : ''}`,
  'report.new': (p) => `新建：${p.path}——${p.title}（${p.theme}；${p.places}；${p.status}，${p.progress}%）`,
  'report.updated': (p) => `更新：${p.path}——${p.changes}`,
  'report.unchanged': (p) => `无变化：${p.path}`,
  'report.rewritten': (p) => `说明：${p.path} 的字段无法逐项修改，已整体重写（数值不变，字段中的注释丢失）`,
  'report.bodyKept': (p) => `说明：第 ${p.row} 行的“${p.column}”与 ${p.path} 的正文不同；导入从不替换已有正文`,
  'report.skippedHeading': (p) => `说明：第 ${p.row} 行只有“${p.text}”，视为分组标题，已跳过`,
  'report.skippedTotal': (p) => `说明：第 ${p.row} 行是合计行（“${p.text}”），已跳过`,
  'report.fractions': (p) => `说明：“${p.column}”列是小数，按 Excel 百分比读取（0.8 → 80%）`,
  'report.ignored': (p) => `说明：未导入的列：${p.columns}（可用 --mapping 文件指明它们对应的字段）`,
  'report.sheets': (p) => `说明：工作簿有 ${p.count} 张工作表（${p.sheets}），读取的是第一张；可用 --sheet 选择其他工作表`,
  'report.summary': (p) =>
    `共 ${p.rows} 个项目行：新建 ${p.created} 个，更新 ${p.updated} 个，无变化 ${p.unchanged} 个，未导入 ${p.rejected} 个${p.dry ? '（试运行：未写入任何文件）' : ''}。${Number(p.rejected) > 0 ? '未导入的行没有写入任何内容；请改正后重新导入。' : ''}`,
};

export function render(message: Message, lang: MessageLang): string {
  if (message.key.startsWith('check:')) return renderCheck({ ...message, key: message.key.slice('check:'.length) }, lang);
  const template = (lang === 'en' ? en : zh)[message.key];
  if (!template) throw new Error(`No import message "${message.key}".`);
  return template(message.params ?? {});
}

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = { en, zh };

/** Where a row problem is: `projects.csv row 5, column 开工时间` / `projects.csv 第 5 行“开工时间”列`. */
export function rowPlace(file: string, row: number, column: string | undefined, lang: MessageLang): string {
  if (lang === 'en') return column === undefined ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
  return column === undefined ? `${file} 第 ${row} 行` : `${file} 第 ${row} 行“${column}”列`;
}

export function formatRowProblem(file: string, problem: { row: number; column?: string; message: Message }, lang: MessageLang): string {
  return `${rowPlace(file, problem.row, problem.column, lang)}${lang === 'en' ? ': ' : '：'}${render(problem.message, lang)}`;
}
