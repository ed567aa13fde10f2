/**
 * Every sentence `npm run summary` prints, in English and Chinese, in the export's manner:
 * what was found, and what is expected instead.
 */
import { catalogue, type Message as MessageOf, type MessageLang, type Text } from '../i18n/messages.ts';

const en = {
  'summary.yearMissing': (p) => `found --year "${p.found}"; expected the year of a programme, such as --year 2026`,
  'summary.year': (p) => `found --year ${p.year}, which has no programme in ${p.folder}; expected one of: ${p.years || 'none yet'}`,
  'summary.date': (p) => `found --${p.option} "${p.found}"; expected a day as YYYY-MM-DD, such as --${p.option} 2026-03-31`,
  'summary.order': (p) => `found --since ${p.since} after --until ${p.until}; expected a start on or before the end`,
  'summary.format': (p) => `found --out ${p.out}; expected a file name ending in .md or .html`,
  'summary.exists': (p) => `${p.path} already exists; expected another --out, or --force to replace it`,
  'summary.folder': (p) => `${p.path} is a folder; expected a file name for --out, such as ${p.example}`,
  'summary.write': (p) => `cannot write ${p.path} (${p.detail})`,
  'summary.content': (p) => `the content has ${p.count} errors, so its figures cannot be trusted; run npm run check and fix them first`,
  'summary.nothing': () => `Nothing was written.`,
  'summary.done': (p) => `Wrote ${p.path}: what changed in ${p.year} from ${p.since} to ${p.until}.`,
} satisfies Record<string, Text>;

const zh = {
  'summary.yearMissing': (p) => `--year 填写的是“${p.found}”；应为某个年度工程的年份，例如 --year 2026`,
  'summary.year': (p) => `--year ${p.year} 在 ${p.folder} 中没有对应的年度工程；应为以下之一：${p.years || '尚无'}`,
  'summary.date': (p) => `--${p.option} 填写的是“${p.found}”；应为 YYYY-MM-DD 格式的日期，例如 --${p.option} 2026-03-31`,
  'summary.order': (p) => `--since ${p.since} 晚于 --until ${p.until}；开始日期应不晚于结束日期`,
  'summary.format': (p) => `--out 填写的是 ${p.out}；文件名应以 .md 或 .html 结尾`,
  'summary.exists': (p) => `${p.path} 已存在；请换一个 --out，或加 --force 替换它`,
  'summary.folder': (p) => `${p.path} 是文件夹；--out 应为文件名，例如 ${p.example}`,
  'summary.write': (p) => `无法写入 ${p.path}（${p.detail}）`,
  'summary.content': (p) => `内容有 ${p.count} 个错误，数字不可靠；请先运行 npm run check 并改正`,
  'summary.nothing': () => `没有写入任何文件。`,
  'summary.done': (p) => `已写入 ${p.path}：${p.year} 年工程 ${p.since} 至 ${p.until} 的变化。`,
} satisfies Record<string, Text>;

const messages = catalogue({ en, zh }, 'summary message');

export type SummaryKey = keyof typeof en;
export type Message = MessageOf<SummaryKey>;

export const render: (message: Message, lang: MessageLang) => string = messages.render;

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;
