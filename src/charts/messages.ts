/**
 * The charts' own strings, by dotted key. From the site's dictionaries in `src/i18n/`
 * charts take only status names and list punctuation, so that a chart names a status
 * exactly as the badges around it do.
 */
import { translator, type MessageKey } from '../i18n/index.ts';
import { catalogue, type Text } from '../i18n/messages.ts';
import type { Locale } from '../schemas/common.ts';

const zhHans = {
  'chart.noData': '暂无数据',
  'chart.noDataDescription': '暂无数据：还没有可以画成图的内容。',
  'chart.today': '今天',
  'chart.file.source': '来源：{source}',
  'chart.file.publisher': '发布：{publisher}',
  'chart.file.date': '数据更新至：{date}',
  'chart.file.licence': '许可：{licence}',
  'chart.withUnit': '{label}（{unit}）',
  'chart.share': '占比',
  'chart.dataTable': '数据表',
  'chart.downloadSvg': '下载图表（SVG）',
  'chart.downloadCsv': '下载数据（CSV）',
  'chart.downloads': '下载',

  'chart.column.status': '状态',
  'chart.column.progress': '进度',
  'chart.column.date': '日期',
  'chart.column.count': '项目数',
  'chart.column.theme': '类别',
  'chart.column.budget': '投资',
  'chart.column.total': '合计',
  'chart.column.project': '项目',
  'chart.column.start': '开工',
  'chart.column.plannedEnd': '完成时限',
  'chart.column.year': '年度',

  'chart.progressBar.title': '进度',

  'chart.progressBar.description': '{status}，进度 {progress}。',

  'chart.history.title': '进度记录',
  'chart.history.description': '共 {count} 次记录，进度从 {from}（{first}）到 {to}（{last}），目前{status}。',
  'chart.history.one': '截至{date}进度 {progress}，{status}。',

  'chart.milestones.title': '节点',
  'chart.milestones.milestone': '节点',
  'chart.milestones.done': '已完成',
  'chart.milestones.planned': '计划',
  'chart.milestones.description': '共 {count} 个节点，已完成 {done} 个；下一个是“{next}”（{date}）。',
  'chart.milestones.allDone': '共 {count} 个节点，全部已完成。',

  'chart.byStatus.title': '各状态项目数',
  'chart.byStatus.description': '共 {total} 项：{list}。',
  'chart.byStatus.item': '{status} {count} 项',

  'chart.stacked.title': '各组项目的状态',
  'chart.stacked.group': '分组',
  'chart.stacked.description': '共 {total} 项，分 {groups} 组：{list}。',
  'chart.stacked.item': '{label} {total} 项（已完成 {completed} 项）',

  'chart.budget.title': '各类别投资',
  'chart.budget.description': '总投资 {total}，分 {count} 类；最多的是{list}。',
  'chart.budget.item': '{label} {amount}（{share}）',

  'chart.periods.title': '计划工期',
  'chart.periods.description': '{count} 个项目的计划工期在{start}至{end}之间；今天是{today}，其中 {overdue} 个已过完成时限、尚未完成。',

  'chart.committed.title': '承诺、公布与完成',
  'chart.committed.figure': '指标',
  'chart.committed.committed': '承诺项目',
  'chart.committed.entered': '已公布项目',
  'chart.committed.completed': '已完成',
  'chart.committed.description': '承诺 {committed} 项，已公布 {entered} 项，已完成 {completed} 项，完成数为承诺数的 {share}。',
  'chart.committed.noCommitment': '已公布 {entered} 项，已完成 {completed} 项，占 {share}。',

  'chart.trend.title': '历年项目数与投资',
  'chart.trend.description': '{from}至{to}，项目从 {p0} 项到 {p1} 项，完成从 {c0} 项到 {c1} 项。',
  'chart.trend.one': '{year}共 {p} 项，已完成 {c} 项。',
  'chart.trend.budget': '总投资从 {b0} 到 {b1}。',
  'chart.trend.rate': '完成率',

  'chart.map.title': '各地区项目数',
  'chart.map.place': '地区',
  'chart.map.description': '{count} 个地区共 {total} 项；最多的是{list}。',
  'chart.map.item': '{label} {count} 项',
  'chart.map.dotNote': '圆点越大，项目越多',
  'chart.map.shadeNote': '颜色越深，项目越多',
} as const;

export type ChartMessageKey = keyof typeof zhHans;

/** "1 project", "3 projects": the number as the chart formatted it, with the noun agreeing. */
const count = (value: string | number | undefined, noun: string) => `${value} ${String(value) === '1' ? noun : `${noun}s`}`;

const en: Record<ChartMessageKey, Text> = {
  'chart.noData': 'No data',
  'chart.noDataDescription': 'No data: there is nothing to chart yet.',
  'chart.today': 'Today',
  'chart.file.source': 'Source: {source}',
  'chart.file.publisher': 'Published by {publisher}',
  'chart.file.date': 'Data as of {date}',
  'chart.file.licence': 'Licence: {licence}',
  'chart.withUnit': '{label} ({unit})',
  'chart.share': 'Share',
  'chart.dataTable': 'Data table',
  'chart.downloadSvg': 'Download chart (SVG)',
  'chart.downloadCsv': 'Download data (CSV)',
  'chart.downloads': 'Downloads',

  'chart.column.status': 'Status',
  'chart.column.progress': 'Progress',
  'chart.column.date': 'Date',
  'chart.column.count': 'Projects',
  'chart.column.theme': 'Theme',
  'chart.column.budget': 'Investment',
  'chart.column.total': 'Total',
  'chart.column.project': 'Project',
  'chart.column.start': 'Start',
  'chart.column.plannedEnd': 'Due',
  'chart.column.year': 'Year',

  'chart.progressBar.title': 'Progress',

  'chart.progressBar.description': '{status}, {progress} complete.',

  'chart.history.title': 'Progress record',
  'chart.history.description': '{count} records, from {from} ({first}) to {to} ({last}); status now: {status}.',
  'chart.history.one': '{progress} as of {date}; status: {status}.',

  'chart.milestones.title': 'Milestones',
  'chart.milestones.milestone': 'Milestone',
  'chart.milestones.done': 'Done',
  'chart.milestones.planned': 'Planned',
  'chart.milestones.description': (p) => `${count(p.count, 'milestone')}, ${p.done} done; next: “${p.next}” (${p.date}).`,
  'chart.milestones.allDone': 'All {count} milestones done.',

  'chart.byStatus.title': 'Projects by status',
  'chart.byStatus.description': (p) => `${count(p.total, 'project')}: ${p.list}.`,
  'chart.byStatus.item': '{status} {count}',

  'chart.stacked.title': 'Status of the projects in each group',
  'chart.stacked.group': 'Group',
  'chart.stacked.description': (p) => `${count(p.total, 'project')} in ${count(p.groups, 'group')}: ${p.list}.`,
  'chart.stacked.item': '{label} {total} ({completed} completed)',

  'chart.budget.title': 'Investment by theme',
  'chart.budget.description': (p) => `Total investment ${p.total} in ${count(p.count, 'theme')}; the largest: ${p.list}.`,
  'chart.budget.item': '{label} {amount} ({share})',

  'chart.periods.title': 'Planned periods',
  'chart.periods.description': (p) => `${count(p.count, 'project')} planned between ${p.start} and ${p.end}. Today, ${p.today}, the number past their due date and not completed is ${p.overdue}.`,

  'chart.committed.title': 'Promised, published and completed',
  'chart.committed.figure': 'Figure',
  'chart.committed.committed': 'Promised',
  'chart.committed.entered': 'Published',
  'chart.committed.completed': 'Completed',
  'chart.committed.description': '{committed} projects promised, {entered} published, {completed} completed: {share} of those promised.',
  'chart.committed.noCommitment': (p) => `${count(p.entered, 'project')} published, ${p.completed} completed (${p.share}).`,

  'chart.trend.title': 'Projects and investment by year',
  'chart.trend.description': 'From {from} to {to}, projects went from {p0} to {p1} and completed ones from {c0} to {c1}.',
  'chart.trend.one': (p) => `${p.year}: ${count(p.p, 'project')}, ${p.c} completed.`,
  'chart.trend.budget': 'Investment went from {b0} to {b1}.',
  'chart.trend.rate': 'Completion rate',

  'chart.map.title': 'Projects by place',
  'chart.map.place': 'Place',
  'chart.map.description': (p) => `${count(p.total, 'project')} in ${count(p.count, 'place')}; the most in ${p.list}.`,
  'chart.map.item': '{label} ({count})',
  'chart.map.dotNote': 'Larger dots, more projects',
  'chart.map.shadeNote': 'Darker places, more projects',
};

// zh-Hant pages are converted from zh-Hans at build time, as the site's dictionaries are.
const dictionaries = catalogue<Locale, ChartMessageKey>({ 'zh-Hans': zhHans, 'zh-Hant': zhHans, en }, 'chart string');

/** The keys charts borrow from the site's dictionaries. */
export type SiteMessageKey = Extract<MessageKey, `status.${string}` | `list.${string}`>;

export type ChartTranslate = (key: ChartMessageKey | SiteMessageKey, params?: Record<string, string | number>) => string;

/** Looks a key up in the charts' strings, then in the site's. */
export function chartTranslator(locale: Locale): ChartTranslate {
  const own = dictionaries(locale);
  const site = translator(locale);
  return (key, params) => (dictionaries.has(key) ? own(key, params) : site(key, params));
}
