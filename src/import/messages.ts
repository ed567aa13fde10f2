/**
 * Every sentence `npm run import` prints, in English and Chinese: what was found, and
 * what is expected instead. Keys starting with `check:` are the checker's own sentences
 * (damaged text, schema problems), so that both tools say the same thing the same way.
 */
import { render as renderCheck, type CheckKey } from '../check/messages.ts';
import { catalogue, type Message as MessageOf, type MessageLang, type Text } from '../i18n/messages.ts';
import { STATUSES } from '../schemas/common.ts';
import { STATUS_WORDS } from './columns.ts';

export type { MessageLang } from '../i18n/messages.ts';

/** 0.7 → 70: what a fraction would be in percent points, for messages. */
const percentOf = (found: string | number | undefined) => Math.round(Number(found) * 100 * 1e6) / 1e6;

const STATUS_CHOICES_ZH = STATUSES.map((s) => STATUS_WORDS[s][0]).join('、');
const STATUS_CHOICES_EN = STATUSES.join(', ');

const en = {
  'cell.date': (p) => `found "${p.found}", which is not a date; expected a date such as 2024年5月, 2024年5月20日, 2024.5.20, 2024/5/20, 2024-05 or an Excel date`,
  'cell.dateVague': (p) => `found "${p.found}", which does not say which month or day; expected a month or a day such as 2024年12月 or 2024年12月31日 (the import does not guess)`,
  'cell.dateInvalid': (p) => `found "${p.found}", which is not a day of the calendar; expected a date that exists`,
  'cell.amount': (p) => `found "${p.found}", which is not an amount; expected a number with its unit, such as 4500万元, 1.24亿元, ¥500,000 or 500000元`,
  'cell.amountUnit': (p) => `found ${p.found} with no unit, and the header names none; expected the unit in the cell (${p.found}万元) or in the header, e.g. 总投资（万元）`,
  'cell.progress': (p) => `found "${p.found}"; expected a percentage from 0 to 100, such as 80 or 80%`,
  'cell.progressAmbiguous': (p) =>
    `found ${p.found}, which may mean ${p.found}% or ${percentOf(p.found)}% (the import does not guess); expected the percentage written unambiguously: ${percentOf(p.found)} for ${percentOf(p.found)}%, "${p.found}%" as text for ${p.found}%, or the column formatted as a percentage`,
  'cell.status': (p) => `found "${p.found}", which is not a status; expected one of ${STATUS_CHOICES_ZH} or ${STATUS_CHOICES_EN} (more words in npm run import -- --help; a site adds its own with --mapping)`,
  'cell.id': (p) => `found "${p.found}", which is not an id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. new-library`,
  'cell.idYear': (p) => `found "${p.found}", an id of another year; expected an id of ${p.year}, the --year of this import`,
  'cell.placeUnknown': (p) => `found "${p.found}", which is not a place in content/districts/; expected a place's name or id${p.candidates ? `, such as ${p.candidates}` : ''}`,
  'cell.placeAmbiguous': (p) => `found "${p.found}", which fits several places: ${p.candidates}; expected the full name or the id of one`,
  'cell.themeUnknown': (p) => `found "${p.found}", which is not a theme in content/themes/; expected one of ${p.candidates}`,
  'cell.themeAmbiguous': (p) => `found "${p.found}", which fits several themes: ${p.candidates}; expected the full name or the id of one`,
  'cell.required': () => `is empty; a new project needs it`,
  'cell.requiredUnknown': () => `says the value is not known yet; a new project needs it`,
  'cell.correction': (p) => `found "${p.found}"; expected 是 (yes) when the row corrects an earlier figure, or 否 (no) or nothing`,
  'row.noColumn': (p) => `a new project needs ${p.field}, and the sheet has no column for it; expected a column such as ${p.headers}`,
  'row.exists': (p) => `${p.id} already exists (${p.path}) and this row differs in ${p.columns}; expected --update to change those fields, or a new id`,
  'row.stateChange': (p) =>
    `found ${p.to}, but ${p.path} stands at ${p.from} as of ${p.asOf}; the import never rewrites a project's baseline: expected the sheet imported with --updates --as-of <day>, which records the change as a dated update`,
  'row.duplicateTitle': (p) =>
    `the same project name is also on row ${p.rows}; without an 标识 (id) column the id is made from the name, so these rows would be one entry; expected each project once, or an 标识 column`,
  'row.updateExists': (p) => `${p.path} already exists for ${p.date} and says otherwise; expected that update edited by hand, or the sheet imported as of another day (--as-of)`,
  'row.datedDecrease': (p) =>
    `progress would go down from ${p.from} (${p.fromWhere}, ${p.fromDate}) to ${p.to} (${p.toWhere}, ${p.toDate}); expected progress never to go down: if the earlier figure was wrong, write 是 in a 更正 (correction) column of this row`,
  'row.datedCompletedBelow100': (p) => `${p.where} (${p.date}) would read as completed at ${p.progress}%; expected a completed project at 100%`,
  'row.duplicate': (p) => `the id ${p.id} is also on row ${p.rows}; expected each id once (nothing is written for any of these rows)`,
  'row.moved': (p) => `${p.id} is "${p.existing}" in ${p.path}, but this row is "${p.found}": the rows have moved since the ids were made from row numbers; expected an 标识 (id) column holding each entry's id`,
  'row.invalidExisting': (p) => `${p.path} does not pass the content checks; expected it fixed first (npm run check) before the import changes it`,
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
  'fatal.sheetSize': (p) => `${p.file} is ${p.found}, more than the ${p.limit} a sheet may have; expected a sheet of projects, one per row: save the sheet of projects alone, without pictures or other sheets`,
  'fatal.xlsxEntries': (p) => `${p.file} is not read: it holds ${p.found} parts, more than the ${p.limit} a workbook may have; expected a workbook saved by Excel, WPS or LibreOffice`,
  'fatal.xlsxUnpacked': (p) => `${p.file} is not read: it would unpack to ${p.found} or more, more than the ${p.limit} a workbook may hold; expected a sheet of projects, one per row: save the sheet of projects alone`,
  'fatal.xlsxRatio': (p) => `${p.file} is not read: its part ${p.name} would unpack to ${p.found} times its packed size, more than ${p.limit} times, the mark of a zip bomb; expected a workbook saved by Excel, WPS or LibreOffice`,
  'fatal.csv': (p) => `${p.file}: line ${p.line}: the CSV cannot be read (${p.detail}); expected quotes in pairs around cells that hold commas or line breaks`,
  'fatal.sheet': (p) => `${p.file} has no sheet "${p.sheet}"; expected one of: ${p.sheets}`,
  'fatal.csvSheet': () => `--sheet applies to .xlsx workbooks; a CSV file holds one sheet`,
  'fatal.empty': (p) => `${p.file} holds no rows; expected a header row and one row per project`,
  'fatal.noTitle': (p) => `${p.file}: found no column for the project's name in the first ten rows${p.headers ? ` (the first row reads: ${p.headers})` : ''}; expected a header such as 项目名称 or title, or a --mapping file that names yours`,
  'fatal.duplicateColumn': (p) => `${p.file}: the columns "${p.first}" and "${p.second}" both hold ${p.field}; expected one column per field`,
  'fatal.updatesColumns': (p) => `${p.file} has no column for progress or status, which --updates records as dated updates; expected a column such as ${p.headers}`,
  'fatal.asOf': (p) => `found --as-of ${p.found}; expected a day such as --as-of 2026-11-30`,
  'fatal.asOfDisagrees': (p) => `${p.file} says "${p.text}", but --as-of is ${p.asOf}; expected one day the sheet's figures are true: correct --as-of or the title`,
  'fatal.asOfMissing': (p) =>
    `${p.file}: ${p.text ? `the title says "${p.text}", which names no day` : 'the sheet does not say the day its figures are true'}; dated updates need one: expected --as-of <day>, e.g. --as-of 2026-11-30, or a title such as 截至2026年11月30日`,
  'fatal.asOfFuture': (p) => `the sheet's day ${p.asOf} is after today (${p.today}); expected the day its figures were true`,
  'fatal.missingColumns': (p) => `${p.file} has no column for ${p.fields}, which every new project needs; expected a column such as ${p.headers}, or a --mapping file that names yours`,
  'fatal.themes': (p) => `${p.file} has no 类别 (theme) column, and programme ${p.year} has several themes (${p.themes}); expected a column saying each project's theme`,
  'fatal.year': (p) => `found --year ${p.year}, which has no programme in ${p.folder}; expected one of: ${p.years || 'none yet'}, or the programme written first`,
  'fatal.yearMissing': (p) => `found ${p.found ? `--year ${p.found}` : 'no --year'}; expected the programme's year, e.g. --year 2024`,
  'fatal.mapping': (p) => `${p.file}: ${p.detail}`,
  'fatal.mappingJson': (p) => `${p.file} is not valid JSON (${p.detail}); expected { "columns": { "<header>": "<field>" }, "status": { "<word>": "<status>" } }`,
  'fatal.mappingKeys': (p) => `${p.file}: found the field ${p.found}; expected only "columns" and "status"`,
  'fatal.ids': (p) => `found --ids ${p.found}; expected --ids row`,
  'report.start': (p) => `Reading ${p.file}${p.sheet ? `, sheet "${p.sheet}"` : ''} (${p.encoding}), header on row ${p.header}, into ${p.folder}${p.dry ? ' — dry run: nothing is written' : ''}`,
  'report.asOf': (p) => `Figures as of ${p.asOf}: changes of progress and status become dated updates in ${p.folder}`,
  'report.new': (p) => `new: ${p.path} (id ${p.id}) — ${p.title} (${p.theme}; ${p.places}; ${p.status}, ${p.progress}%)`,
  'report.updated': (p) => `updated: ${p.path} (id ${p.id}) — ${p.changes}`,
  'report.unchanged': (p) => `unchanged: ${p.path}`,
  'report.dated': (p) => `update: ${p.path} — ${p.project} (${p.kind}): ${p.changes}`,
  'report.formula': (p) => `warning: row ${p.row}, column ${p.column}: "${p.text}" begins like a spreadsheet formula; kept as text (never evaluated): check that it is meant`,
  'report.unknown': (p) => `note: row ${p.row}, column ${p.column}: "${p.text}" is taken as not filled in`,
  'report.noPlaces': (p) => `note: the sheet has no column for places; the new projects are placed in the whole region (${p.region})`,
  'report.duplicateTitle': (p) => `warning: the project name "${p.title}" is on rows ${p.rows}; check that these are different projects`,
  'report.titleExists': (p) => `warning: row ${p.row}: ${p.path} already has the name "${p.title}" under another id; check that this is another project`,
  'report.descriptiveKept': (p) => `note: row ${p.row}: ${p.columns} differ from ${p.path}, which is not changed without --update`,
  'report.rewritten': (p) => `note: ${p.path}: its fields were written out whole, since their layout could not be edited in place (values kept; comments in the fields lost)`,
  'report.bodyKept': (p) => `note: row ${p.row}: ${p.column} differs from the text of ${p.path}, which the import never replaces`,
  'report.skippedHeading': (p) => `note: row ${p.row} holds only "${p.text}", taken as a heading and skipped`,
  'report.skippedTotal': (p) => `note: row ${p.row} is a total row ("${p.text}") and skipped`,
  'report.ignored': (p) => `note: columns not imported: ${p.columns} (a --mapping file can name the field they hold)`,
  'report.sheets': (p) => `note: the workbook has ${p.count} sheets (${p.sheets}); this is the first; choose another with --sheet`,
  'report.summary': (p) =>
    `${p.rows} project rows: ${p.created} new, ${p.updated} updated, ${p.dated === '' ? '' : `${p.dated} dated updates, `}${p.unchanged} unchanged, ${p.rejected} rejected${p.dry ? ' (dry run: nothing written)' : ''}.${Number(p.rejected) > 0 ? ' Nothing was written for the rejected rows; correct them and import again.' : ''}`,
} satisfies Record<string, Text>;

const zh = {
  'cell.date': (p) => `填写的是“${p.found}”，不是日期；应为日期，例如 2024年5月、2024年5月20日、2024.5.20、2024/5/20、2024-05 或 Excel 日期`,
  'cell.dateVague': (p) => `填写的是“${p.found}”，没有写明哪个月或哪一天；应写明月份或日期，例如 2024年12月 或 2024年12月31日（导入不做推测）`,
  'cell.dateInvalid': (p) => `填写的是“${p.found}”，日历上没有这一天；应为存在的日期`,
  'cell.amount': (p) => `填写的是“${p.found}”，不是金额；应为带单位的数字，例如 4500万元、1.24亿元、¥500,000 或 500000元`,
  'cell.amountUnit': (p) => `填写的是 ${p.found}，没有单位，表头也没有写单位；应在单元格中写明单位（${p.found}万元），或在表头中写明，例如 总投资（万元）`,
  'cell.progress': (p) => `填写的是“${p.found}”；应为 0 到 100 的百分比，例如 80 或 80%`,
  'cell.progressAmbiguous': (p) =>
    `填写的是 ${p.found}，可能是 ${p.found}%，也可能是 ${percentOf(p.found)}%（导入不做推测）；应写明百分比：${percentOf(p.found)}% 填写 ${percentOf(p.found)}，${p.found}% 以文字填写“${p.found}%”，或把该列设为百分比格式`,
  'cell.status': (p) => `填写的是“${p.found}”，不是项目状态；应为 ${STATUS_CHOICES_ZH} 或 ${STATUS_CHOICES_EN} 之一（更多写法见 npm run import -- --help；网站可用 --mapping 增加自己的写法）`,
  'cell.id': (p) => `填写的是“${p.found}”，不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符，例如 new-library`,
  'cell.idYear': (p) => `填写的是“${p.found}”，是其他年度的标识；应为 ${p.year} 年（本次导入的 --year）的标识`,
  'cell.placeUnknown': (p) => `填写的是“${p.found}”，content/districts/ 中没有这个地区；应为地区的名称或标识${p.candidates ? `，例如 ${p.candidates}` : ''}`,
  'cell.placeAmbiguous': (p) => `填写的是“${p.found}”，可对应多个地区：${p.candidates}；应写其中一个的全称或标识`,
  'cell.themeUnknown': (p) => `填写的是“${p.found}”，content/themes/ 中没有这个类别；应为以下之一：${p.candidates}`,
  'cell.themeAmbiguous': (p) => `填写的是“${p.found}”，可对应多个类别：${p.candidates}；应写其中一个的全称或标识`,
  'cell.required': () => `为空；新项目必须填写`,
  'cell.requiredUnknown': () => `写的是尚未确定（待定、暂无等）；新项目必须填写`,
  'cell.correction': (p) => `填写的是“${p.found}”；更正此前数字的行应填“是”，否则填“否”或留空`,
  'row.noColumn': (p) => `新项目必须有 ${p.field}，表中却没有这一列；应有一列，例如 ${p.headers}`,
  'row.exists': (p) => `${p.id} 已经存在（${p.path}），本行的 ${p.columns} 与之不同；应加 --update 修改这些字段，或换一个新的标识`,
  'row.stateChange': (p) =>
    `填写的是 ${p.to}，而 ${p.path} 截至 ${p.asOf} 为 ${p.from}；导入从不改写项目的基准数据：应加 --updates --as-of <日期> 导入，把变化记为一条有日期的动态`,
  'row.duplicateTitle': (p) => `同名项目也出现在第 ${p.rows} 行；没有“标识”列时标识由项目名称生成，这些行会成为同一个条目；每个项目应只出现一次，或增加“标识”列`,
  'row.updateExists': (p) => `${p.date} 的动态 ${p.path} 已经存在，且与本行不同；应手工修改该动态，或用 --as-of 按另一天导入`,
  'row.datedDecrease': (p) => `进度会从 ${p.from}（${p.fromWhere}，${p.fromDate}）降到 ${p.to}（${p.toWhere}，${p.toDate}）；进度不应下降：如果此前的数字有误，请在本行的“更正”列填写“是”`,
  'row.datedCompletedBelow100': (p) => `${p.where}（${p.date}）会被视为进度 ${p.progress}% 的已完成；已完成的项目进度应为 100%`,
  'row.duplicate': (p) => `标识 ${p.id} 也出现在第 ${p.rows} 行；每个标识只能出现一次（这些行都不会写入）`,
  'row.moved': (p) => `${p.id} 在 ${p.path} 中是“${p.existing}”，这一行却是“${p.found}”：标识按行号生成之后，行的位置变了；应增加“标识”列，写明每个条目的标识`,
  'row.invalidExisting': (p) => `${p.path} 未通过内容检查；应先改正该文件（npm run check），再由导入修改`,
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
  'fatal.sheetSize': (p) => `${p.file} 大小为 ${p.found}，超过表格 ${p.limit} 的上限；应为每个项目一行的项目表：请把项目表单独保存，不带图片和其他工作表`,
  'fatal.xlsxEntries': (p) => `${p.file} 未读取：含有 ${p.found} 个部件，超过工作簿 ${p.limit} 个的上限；应为 Excel、WPS 或 LibreOffice 保存的工作簿`,
  'fatal.xlsxUnpacked': (p) => `${p.file} 未读取：解压后至少有 ${p.found}，超过工作簿 ${p.limit} 的上限；应为每个项目一行的项目表：请把项目表单独保存`,
  'fatal.xlsxRatio': (p) => `${p.file} 未读取：其中的 ${p.name} 解压后是压缩大小的 ${p.found} 倍，超过 ${p.limit} 倍，这是 ZIP 炸弹的特征；应为 Excel、WPS 或 LibreOffice 保存的工作簿`,
  'fatal.csv': (p) => `${p.file}：第 ${p.line} 行：无法读取 CSV（${p.detail}）；含逗号或换行的单元格应用成对的引号括起来`,
  'fatal.sheet': (p) => `${p.file} 中没有名为“${p.sheet}”的工作表；应为以下之一：${p.sheets}`,
  'fatal.csvSheet': () => `--sheet 只适用于 .xlsx 工作簿；CSV 文件只有一张表`,
  'fatal.empty': (p) => `${p.file} 中没有任何行；应有一行表头，每个项目一行`,
  'fatal.noTitle': (p) => `${p.file}：前十行中没有项目名称列${p.headers ? `（第一行为：${p.headers}）` : ''}；表头应为“项目名称”或 title 等，或用 --mapping 文件指明`,
  'fatal.duplicateColumn': (p) => `${p.file}：“${p.first}”和“${p.second}”两列都对应 ${p.field}；每个字段只能对应一列`,
  'fatal.updatesColumns': (p) => `${p.file} 中没有进度或状态列，而 --updates 要把它们记为有日期的动态；应有一列，例如 ${p.headers}`,
  'fatal.asOf': (p) => `填写的是 --as-of ${p.found}；应为具体日期，例如 --as-of 2026-11-30`,
  'fatal.asOfDisagrees': (p) => `${p.file} 写的是“${p.text}”，而 --as-of 为 ${p.asOf}；表格数据只能截至同一天：请改正 --as-of 或表格标题`,
  'fatal.asOfMissing': (p) =>
    `${p.file}：${p.text ? `标题写的是“${p.text}”，没有具体到日` : '表格没有写明数据截至哪一天'}；有日期的动态需要具体日期：应加 --as-of <日期>（例如 --as-of 2026-11-30），或在标题中写明“截至2026年11月30日”`,
  'fatal.asOfFuture': (p) => `表格的数据日期 ${p.asOf} 晚于今天（${p.today}）；应为数据属实的那一天`,
  'fatal.missingColumns': (p) => `${p.file} 中没有 ${p.fields} 列，而每个新项目都必须有；应增加一列，例如 ${p.headers}，或用 --mapping 文件指明`,
  'fatal.themes': (p) => `${p.file} 中没有“类别”列，而 ${p.year} 年度有多个类别（${p.themes}）；应有一列写明每个项目的类别`,
  'fatal.year': (p) => `--year ${p.year} 在 ${p.folder} 中没有对应的年度工程；应为以下之一：${p.years || '尚无'}，或先写好该年度的工程`,
  'fatal.yearMissing': (p) => `${p.found ? `填写的是 --year ${p.found}` : '没有 --year'}；应为年度，例如 --year 2024`,
  'fatal.mapping': (p) => `${p.file}：${p.detail}`,
  'fatal.mappingJson': (p) => `${p.file} 不是有效的 JSON（${p.detail}）；应为 { "columns": { "<表头>": "<字段>" }, "status": { "<写法>": "<状态>" } }`,
  'fatal.mappingKeys': (p) => `${p.file}：填写了字段 ${p.found}；只应有“columns”和“status”`,
  'fatal.ids': (p) => `填写的是 --ids ${p.found}；应为 --ids row`,
  'report.start': (p) => `读取 ${p.file}${p.sheet ? ` 的工作表“${p.sheet}”` : ''}（${p.encoding}），表头在第 ${p.header} 行，写入 ${p.folder}${p.dry ? '——试运行：不写入任何文件' : ''}`,
  'report.asOf': (p) => `数据截至 ${p.asOf}：进度和状态的变化记为有日期的动态，写入 ${p.folder}`,
  'report.new': (p) => `新建：${p.path}（标识 ${p.id}）——${p.title}（${p.theme}；${p.places}；${p.status}，${p.progress}%）`,
  'report.updated': (p) => `更新：${p.path}（标识 ${p.id}）——${p.changes}`,
  'report.unchanged': (p) => `无变化：${p.path}`,
  'report.dated': (p) => `动态：${p.path}——${p.project}（${p.kind}）：${p.changes}`,
  'report.formula': (p) => `警告：第 ${p.row} 行“${p.column}”列：“${p.text}”以公式符号开头；已按文字保留（不会计算），请确认内容无误`,
  'report.unknown': (p) => `说明：第 ${p.row} 行“${p.column}”列的“${p.text}”按未填写处理`,
  'report.noPlaces': (p) => `说明：表中没有地区列；新项目的地区均为整个辖区（${p.region}）`,
  'report.duplicateTitle': (p) => `警告：项目名称“${p.title}”出现在第 ${p.rows} 行；请确认它们是不同的项目`,
  'report.titleExists': (p) => `警告：第 ${p.row} 行：${p.path} 已使用项目名称“${p.title}”（标识不同）；请确认这是另一个项目`,
  'report.descriptiveKept': (p) => `说明：第 ${p.row} 行的 ${p.columns} 与 ${p.path} 不同；未加 --update，未作修改`,
  'report.rewritten': (p) => `说明：${p.path} 的字段无法逐项修改，已整体重写（数值不变，字段中的注释丢失）`,
  'report.bodyKept': (p) => `说明：第 ${p.row} 行的“${p.column}”与 ${p.path} 的正文不同；导入从不替换已有正文`,
  'report.skippedHeading': (p) => `说明：第 ${p.row} 行只有“${p.text}”，视为分组标题，已跳过`,
  'report.skippedTotal': (p) => `说明：第 ${p.row} 行是合计行（“${p.text}”），已跳过`,
  'report.ignored': (p) => `说明：未导入的列：${p.columns}（可用 --mapping 文件指明它们对应的字段）`,
  'report.sheets': (p) => `说明：工作簿有 ${p.count} 张工作表（${p.sheets}），读取的是第一张；可用 --sheet 选择其他工作表`,
  'report.summary': (p) =>
    `共 ${p.rows} 个项目行：新建 ${p.created} 个，更新 ${p.updated} 个，${p.dated === '' ? '' : `动态 ${p.dated} 条，`}无变化 ${p.unchanged} 个，未导入 ${p.rejected} 个${p.dry ? '（试运行：未写入任何文件）' : ''}。${Number(p.rejected) > 0 ? '未导入的行没有写入任何内容；请改正后重新导入。' : ''}`,
} satisfies Record<string, Text>;

const messages = catalogue({ en, zh }, 'import message');

export type ImportKey = keyof typeof en;

/** One of the import's own keys, or `check:` and one of the checker's. */
export type Message = MessageOf<ImportKey | `check:${CheckKey}`>;

const CHECK = 'check:';

export function render(message: Message, lang: MessageLang): string {
  const { key, params } = message;
  if (key.startsWith(CHECK)) return renderCheck({ key: key.slice(CHECK.length) as CheckKey, ...(params ? { params } : {}) }, lang);
  return messages(lang)(key as ImportKey, params);
}

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;

/** Where a row problem is: `projects.csv row 5, column 开工时间` / `projects.csv 第 5 行“开工时间”列`. */
export function rowPlace(file: string, row: number, column: string | undefined, lang: MessageLang): string {
  if (lang === 'en') return column === undefined ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
  return column === undefined ? `${file} 第 ${row} 行` : `${file} 第 ${row} 行“${column}”列`;
}

export function formatRowProblem(file: string, problem: { row: number; column?: string; message: Message }, lang: MessageLang): string {
  return `${rowPlace(file, problem.row, problem.column, lang)}${lang === 'en' ? ': ' : '：'}${render(problem.message, lang)}`;
}
