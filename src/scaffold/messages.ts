/**
 * Every sentence `npm run new` prints or writes, in English and Chinese: refusals say
 * what was given, what exists and what to do; placeholders say what to write.
 */
import type { Message, MessageLang, Template } from '../check/messages.ts';

export type { MessageLang } from '../check/messages.ts';

export type { Message } from '../check/messages.ts';

const en: Record<string, Template> = {
  'id.project': (p) => `"${p.found}" is not a project id; expected <year>/<id> with lower-case letters a-z, digits 0-9 and hyphens, e.g. 2024/new-library`,
  'id.plain': (p) => `${p.option} "${p.found}" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. ${p.example}`,
  'missing.programme': (p) => `there is no programme for ${p.year} (${p.path}); expected the year of an existing programme (${p.years || 'none yet'}), or that programme written first`,
  'missing.theme': (p) => `--theme ${p.found}: there is no such theme in ${p.folder}; existing themes: ${p.themes || 'none'}`,
  'missing.themes': (p) => `programme ${p.year} lists no themes, so there is none to default to; expected --theme with one of: ${p.themes || 'none'}`,
  'missing.district': (p) => `${p.option} ${p.found}: there is no such place in ${p.folder}; existing places: ${p.places || 'none'}`,
  'missing.project': (p) => `there is no project ${p.found}; ${p.projects ? `existing projects of ${p.year}: ${p.projects}` : `no project of ${p.year} exists`}`,
  'invalid.project': (p) => `${p.path} does not pass the content checks, so its progress is not known; expected it fixed first (npm run check)`,
  'exists': (p) => `${p.path} already exists; nothing was written. ${p.hint}`,
  'exists.project': () => `Choose another id, or edit that file.`,
  'exists.update': () => `Give the update another name with --slug <slug>.`,
  'exists.district': () => `Choose another id, or edit that file.`,
  'kind': (p) => `--kind ${p.found} is not a kind of update; expected one of: ${p.kinds}`,
  'level': (p) => `--level ${p.found} is not a level of place; expected one of: ${p.levels}`,
  'level.needed': (p) => `${p.parent ? `the level of a place under ${p.parent} (${p.parentLevel}) cannot be told` : 'a place without a parent has no level to follow'}; expected --level with one of: ${p.levels}`,
  'name.required': () => `a place needs its name, e.g. --name "新埭镇": places have no draft state, so a placeholder would be published`,
  'args.project': () => `expected: npm run new -- project <year>/<id>`,
  'args.update': () => `expected: npm run new -- update <project-id> [more project ids]`,
  'args.district': () => `expected: npm run new -- district <id>`,
  'args.kind': (p) => `${p.found ? `"${p.found}" is not something to create` : 'what should be created?'}; expected project, update or district`,
  'placeholder.title': () => '(fill in the project name)',
  'placeholder.lead': () => '(fill in the lead department)',
  'placeholder.updateTitle': () => '(fill in the headline)',
  'placeholder.projectBody': () => '(Write about the project here: what is built or offered, where, for whom. Then delete "draft: true" above to publish it.)',
  'placeholder.updateBody': () => '(Write the update here: what happened, when, and what comes next. Then delete "draft: true" above to publish it.)',
  'progress.prefilled': (p) => `progress ${p.progress} is the current progress of ${p.projects}; change it to the new figure`,
  'progress.differs': (p) => `progress is left out: ${p.list}; an update's progress applies to every project it lists, so write one update per project to report each one's figure`,
  'progress.none': (p) => `progress is left out: an update of kind ${p.kind} ${p.kind === 'completion' ? 'sets the projects to 100 % by itself' : 'does not usually report progress'}; add "progress:" if it does`,
  'history.decrease': (p) =>
    `${p.project}: with this update, progress would go down from ${p.from} (${p.fromWhere}, ${p.fromDate}) to ${p.to} (${p.toWhere}, ${p.toDate}); expected progress never to go down, except through an update of kind "correction"`,
  'history.completed': (p) =>
    `${p.project}: with this update, ${p.where} (${p.date}) would leave the project completed at ${p.progress}%; expected 100 there, or no completion before it`,
  'where.newUpdate': () => 'this update',
  'where.projectFile': () => 'the project file',
  'next.project': (p) => `The project is a draft: ${p.fields ? `fill in ${p.fields}, ` : ''}write its text, then delete "draft: true" to publish it.`,
  'next.update': () => `The update is a draft: write its headline and text, then delete "draft: true" to publish it.`,
  'next.district': () => `The place is ready; add "centroid": [lon, lat] to show it on maps.`,
  'note.sameName': (p) => `note: ${p.others} already has the name ${p.name}; the import and readers tell them apart only by their parents`,
  'problems': (p) => `Nothing was written (${p.count} ${p.count === 1 ? 'problem' : 'problems'}).`,
};

const zh: Record<string, Template> = {
  'id.project': (p) => `“${p.found}”不是项目标识；应为 <年份>/<标识>，只含小写字母 a-z、数字 0-9 和连字符，例如 2024/new-library`,
  'id.plain': (p) => `${p.option}“${p.found}”不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符，例如 ${p.example}`,
  'missing.programme': (p) => `没有 ${p.year} 年度工程（${p.path}）；应为已有年度工程的年份（${p.years || '尚无'}），或先写好该年度工程`,
  'missing.theme': (p) => `--theme ${p.found}：${p.folder} 中没有这个类别；已有的类别：${p.themes || '无'}`,
  'missing.themes': (p) => `${p.year} 年度工程没有列出类别，无法默认；应加 --theme，取以下之一：${p.themes || '无'}`,
  'missing.district': (p) => `${p.option} ${p.found}：${p.folder} 中没有这个地区；已有的地区：${p.places || '无'}`,
  'missing.project': (p) => `没有项目 ${p.found}；${p.projects ? `${p.year} 年度已有的项目：${p.projects}` : `${p.year} 年度还没有项目`}`,
  'invalid.project': (p) => `${p.path} 未通过内容检查，无法得知其进度；应先改正该文件（npm run check）`,
  'exists': (p) => `${p.path} 已经存在，没有写入任何文件。${p.hint}`,
  'exists.project': () => `请换一个标识，或直接修改该文件。`,
  'exists.update': () => `请用 --slug <简称> 给这条动态另取一个名字。`,
  'exists.district': () => `请换一个标识，或直接修改该文件。`,
  'kind': (p) => `--kind ${p.found} 不是动态类型；应为以下之一：${p.kinds}`,
  'level': (p) => `--level ${p.found} 不是地区层级；应为以下之一：${p.levels}`,
  'level.needed': (p) => `${p.parent ? `无法确定 ${p.parent}（${p.parentLevel}）下级地区的层级` : '没有上级的地区无从确定层级'}；应加 --level，取以下之一：${p.levels}`,
  'name.required': () => `地区必须有名称，例如 --name "新埭镇"：地区没有草稿状态，占位名称会被直接发布`,
  'args.project': () => `应为：npm run new -- project <年份>/<标识>`,
  'args.update': () => `应为：npm run new -- update <项目标识> [更多项目标识]`,
  'args.district': () => `应为：npm run new -- district <标识>`,
  'args.kind': (p) => `${p.found ? `“${p.found}”不是可以新建的内容` : '要新建什么？'}；应为 project、update 或 district`,
  'placeholder.title': () => '（请填写项目名称）',
  'placeholder.lead': () => '（请填写牵头单位）',
  'placeholder.updateTitle': () => '（请填写标题）',
  'placeholder.projectBody': () => '（在这里介绍项目：建什么、办什么，在哪里，为谁。写好后删去上方的 draft: true，项目即可发布。）',
  'placeholder.updateBody': () => '（在这里写动态正文：发生了什么、什么时候、下一步做什么。写好后删去上方的 draft: true，动态即可发布。）',
  'progress.prefilled': (p) => `progress ${p.progress} 是 ${p.projects} 当前的进度；请改为新的进度`,
  'progress.differs': (p) => `未填写 progress：${p.list}；一条动态的进度适用于它列出的每个项目，请为每个项目各写一条动态来报告各自的进度`,
  'progress.none': (p) => `未填写 progress：类型为 ${p.kind} 的动态${p.kind === 'completion' ? '本身就把项目进度记为 100%' : '通常不报告进度'}；如需报告，请加上“progress:”`,
  'history.decrease': (p) =>
    `${p.project}：加上这条动态后，进度会从 ${p.from}（${p.fromWhere}，${p.fromDate}）降到 ${p.to}（${p.toWhere}，${p.toDate}）；进度不应下降，除非通过类型为“correction”（更正）的动态`,
  'history.completed': (p) => `${p.project}：加上这条动态后，${p.where}（${p.date}）会让项目以 ${p.progress}% 的进度处于已完成状态；那里应为 100，或在它之前不报告完工`,
  'where.newUpdate': () => '本条动态',
  'where.projectFile': () => '项目文件',
  'next.project': (p) => `新项目是草稿：请${p.fields ? `填写 ${p.fields}，` : ''}写好正文，然后删去 draft: true 即可发布。`,
  'next.update': () => `新动态是草稿：请写好标题和正文，然后删去 draft: true 即可发布。`,
  'next.district': () => `地区已就绪；加上 "centroid": [经度, 纬度] 即可在地图上显示。`,
  'note.sameName': (p) => `说明：${p.others} 也叫 ${p.name}；导入和读者只能靠上级地区区分它们`,
  'problems': (p) => `没有写入任何文件（${p.count} 个问题）。`,
};

export function render(message: Message, lang: MessageLang): string {
  const template = (lang === 'en' ? en : zh)[message.key];
  if (!template) throw new Error(`No scaffold message "${message.key}".`);
  return template(message.params ?? {});
}

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = { en, zh };
