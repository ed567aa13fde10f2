/**
 * Every sentence `npm run export` prints, in English and Chinese, in the import's manner:
 * where, what was found, and what is expected instead.
 */
import { catalogue, type Message as MessageOf, type MessageLang, type Text } from '../i18n/messages.ts';

const plural = (n: number | string, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

const en = {
  'export.yearMissing': (p) => `found --year "${p.found}"; expected the year of a programme, such as --year 2026`,
  'export.year': (p) => `found --year ${p.year}, which has no programme in ${p.folder}; expected one of: ${p.years || 'none yet'}`,
  'export.format': (p) => `found --format "${p.found}"; expected xlsx or csv`,
  'export.formatMismatch': (p) => `found --out ${p.out} with --format ${p.format}; expected a file name ending in .${p.format}`,
  'export.exists': (p) => `${p.path} already exists; expected another --out, or --force to replace it`,
  'export.folder': (p) => `${p.path} is a folder; expected a file name for --out, such as ${p.example}`,
  'export.write': (p) => `cannot write ${p.path} (${p.detail})`,
  'export.nothing': () => `Nothing was written.`,
  'export.done': (p) =>
    `Wrote ${p.path}: ${plural(p.count!, 'project')} of ${p.year}, status and progress as of ${p.asOf}, in the import's headers (npm run import -- ${p.path} --year ${p.year} reads it back unchanged).`,
  'export.textBack': (p) => `warning: row ${p.row}, column ${p.column}: ${p.id} says "${p.text}", which the import would not read back as written (spaces at the ends, or a word such as 待定 that means "not known yet")`,
  'export.listBack': (p) => `warning: row ${p.row}, column ${p.column}: an item of ${p.id} holds a list separator (、，,；;), so "${p.text}" would be read back as more items`,
  'export.currency': (p) => `warning: row ${p.row}, column ${p.column}: ${p.id} has a budget of ${p.amount} ${p.currency}; the sheet counts in yuan only, so the cell is left empty`,
  'export.unpublished': (p) => `note: ${plural(p.count!, 'project')} not published yet (drafts, or a publishDate to come) are left out: ${p.ids}`,
  'export.invalid': (p) => `warning: ${plural(p.count!, 'project file')} not passing the content checks are left out: ${p.paths}; run npm run check`,
  'export.draftUpdates': (p) => `note: status and progress count ${plural(p.count!, 'draft update')}, as the import and the checker do: ${p.ids}`,
} satisfies Record<string, Text>;

const zh = {
  'export.yearMissing': (p) => `--year 填写的是“${p.found}”；应为某个年度工程的年份，例如 --year 2026`,
  'export.year': (p) => `--year ${p.year} 在 ${p.folder} 中没有对应的年度工程；应为以下之一：${p.years || '尚无'}`,
  'export.format': (p) => `--format 填写的是“${p.found}”；应为 xlsx 或 csv`,
  'export.formatMismatch': (p) => `--out ${p.out} 与 --format ${p.format} 不符；文件名应以 .${p.format} 结尾`,
  'export.exists': (p) => `${p.path} 已存在；请换一个 --out，或加 --force 替换它`,
  'export.folder': (p) => `${p.path} 是文件夹；--out 应为文件名，例如 ${p.example}`,
  'export.write': (p) => `无法写入 ${p.path}（${p.detail}）`,
  'export.nothing': () => `没有写入任何文件。`,
  'export.done': (p) =>
    `已写入 ${p.path}：${p.year} 年的 ${p.count} 个项目，状态和进度截至 ${p.asOf}，表头与导入相同（npm run import -- ${p.path} --year ${p.year} 可原样导回）。`,
  'export.textBack': (p) => `警告：第 ${p.row} 行“${p.column}”列：${p.id} 填写的是“${p.text}”，导入时不会按原样读回（首尾有空格，或是“待定”这类表示尚不清楚的词）`,
  'export.listBack': (p) => `警告：第 ${p.row} 行“${p.column}”列：${p.id} 的某一项含有列表分隔符（、，,；;），“${p.text}”导入时会被拆成更多项`,
  'export.currency': (p) => `警告：第 ${p.row} 行“${p.column}”列：${p.id} 的投资为 ${p.amount} ${p.currency}；表格只按人民币计，该格留空`,
  'export.unpublished': (p) => `说明：${p.count} 个尚未发布的项目（草稿，或发布日期未到）没有导出：${p.ids}`,
  'export.invalid': (p) => `警告：${p.count} 个项目文件未通过内容检查，没有导出：${p.paths}；请运行 npm run check`,
  'export.draftUpdates': (p) => `说明：状态和进度计入了 ${p.count} 条草稿动态，与导入和检查的算法一致：${p.ids}`,
} satisfies Record<string, Text>;

const messages = catalogue({ en, zh }, 'export message');

export type ExportKey = keyof typeof en;
export type Message = MessageOf<ExportKey>;

export const render: (message: Message, lang: MessageLang) => string = messages.render;

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;
