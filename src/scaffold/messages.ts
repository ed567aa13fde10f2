/**
 * Every sentence `npm run new` prints or writes, in English and Chinese: refusals say
 * what was given, what exists and what to do; placeholders say what to write.
 */
import { catalogue, type Message as MessageOf, type MessageLang, type Text } from '../i18n/messages.ts';
import { PLACEHOLDERS } from './placeholders.ts';

export type { MessageLang } from '../i18n/messages.ts';

const en = {
  'id.project': (p) => `"${p.found}" is not a project id; expected <year>/<id> with lower-case letters a-z, digits 0-9 and hyphens, e.g. 2024/new-library`,
  'id.plain': (p) => `${p.option} "${p.found}" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens, e.g. ${p.example}`,
  'missing.programme': (p) => `there is no programme for ${p.year} (${p.path}); expected the year of an existing programme (${p.years || 'none yet'}), or that programme written first`,
  'missing.theme': (p) => `--theme ${p.found}: there is no such theme in ${p.folder}; existing themes: ${p.themes || 'none'}`,
  'missing.themes': (p) => `programme ${p.year} lists no themes, so there is none to default to; expected --theme with one of: ${p.themes || 'none'}`,
  'missing.district': (p) => `${p.option} ${p.found}: there is no such place in ${p.folder}; existing places: ${p.places || 'none'}`,
  'missing.project': (p) => `there is no project ${p.found}; ${p.projects ? `existing projects of ${p.year}: ${p.projects}` : `no project of ${p.year} exists`}`,
  'missing.projectAnyYear': (p) => `there is no project ${p.found} in any year; expected <year>/<id> of an existing project, e.g. 2024/new-library`,
  'id.ambiguous': (p) => `${p.found} is the id of projects of several years: ${p.projects}; expected one of them, written <year>/<id>`,
  'id.resolved': (p) => `${p.found} is taken as ${p.id}, the only project with that id`,
  'invalid.project': (p) => `${p.path} does not pass the content checks, so its progress is not known; expected it fixed first (npm run check)`,
  'exists': (p) => `${p.path} already exists; nothing was written. ${p.hint}`,
  'exists.project': () => `Choose another id, or edit that file.`,
  'exists.update': () => `Give the update another name with --slug <slug>.`,
  'exists.district': () => `Choose another id, or edit that file.`,
  'exists.theme': () => `Choose another id, or edit that file.`,
  'exists.programme': () => `Edit that file, or choose another year.`,
  'id.year': (p) => `"${p.found}" is not a year; expected four digits, e.g. 2027`,
  'missing.site': (p) => `there is no valid ${p.path}, so the region of the programme is not known; expected the site's settings first (npm run check names what is wrong; npm run new -- site <dir> starts a whole site)`,
  'name.requiredTheme': () => `a theme needs its name, e.g. --name "教育": themes have no draft state, so a placeholder would be published`,
  'date.invalid': (p) => `--date ${p.found} is not a day; expected a date written YYYY-MM-DD that exists in the calendar, e.g. ${p.example}`,
  'frozen.kind': (p) => `--kind ${p.found}: the update is dated in ${p.year}, which is archived (frozen: true in ${p.programme}), and the checker accepts only corrections there; expected --kind correction, no --kind, or a --date after ${p.year}`,
  'frozen.date': (p) => `kind is correction: the update is dated in ${p.year}, which is archived (frozen: true in ${p.programme}); an archived year takes news only as updates of kind "correction", shown beside its record as errata`,
  'frozen.project': (p) =>
    `kind is correction: ${p.projects} belongs to ${p.years}, which is archived (frozen: true in ${p.programmes}); news about an archived year is shown beside its record as an erratum. To report progress made since, give --kind progress`,
  'frozen.newProject': (p) => `${p.year} is archived (frozen: true in ${p.programme}); expected a year that is not frozen: an archived year takes no new projects, only updates of kind "correction"`,
  'kind': (p) => `--kind ${p.found} is not a kind of update; expected one of: ${p.kinds}`,
  'level': (p) => `--level ${p.found} is not a level of place; expected one of: ${p.levels}`,
  'level.needed': (p) =>
    `the level of ${p.name} cannot be told from its name (only these endings tell it: ${p.endings}), and it is published beside the name; expected --level with one of: ${p.levels}, e.g. --level town`,
  'option.invalid': (p) => `${p.option}: ${p.detail}`,
  'name.required': () => `a place needs its name, e.g. --name "新埭镇": places have no draft state, so a placeholder would be published`,
  'args.project': () => `expected: npm run new -- project <year>/<id>`,
  'args.update': () => `expected: npm run new -- update <project-id> [more project ids]`,
  'args.district': () => `expected: npm run new -- district <id>`,
  'args.theme': () => `expected: npm run new -- theme <id> --name "…"`,
  'args.programme': () => `expected: npm run new -- programme <year>`,
  'args.site': () => `expected: npm run new -- site <dir>`,
  'args.kind': (p) => `${p.found ? `"${p.found}" is not something to create` : 'what should be created?'}; expected project, update, district, theme, programme or site`,
  'programme.title': (p) => `${p.region} livelihood projects ${p.year}`,
  'programme.report': (p) => `This page follows the livelihood projects of ${p.region} for ${p.year}: the status, progress and latest news of each project, brought up to date as projects and updates are published.`,
  'site.notEmpty': (p) => `${p.path} is not empty (${p.found}); nothing was written. Expected a new or empty folder: a new site is never written among other files`,
  'site.notFolder': (p) => `${p.path} is a file; nothing was written. Expected a new or empty folder`,
  'placeholder.title': () => PLACEHOLDERS.title.en,
  'placeholder.lead': () => PLACEHOLDERS.lead.en,
  'placeholder.updateTitle': () => PLACEHOLDERS.updateTitle.en,
  'placeholder.projectBody': () => PLACEHOLDERS.projectBody.en,
  'placeholder.updateBody': () => PLACEHOLDERS.updateBody.en,
  'progress.prefilled': (p) => `progress ${p.progress} is the current progress of ${p.projects}; change it to the new figure`,
  'progress.prefilledOn': (p) => `progress ${p.progress} is the progress of ${p.projects} on ${p.date}; change it to the new figure`,
  'progress.unknownOn': (p) =>
    `progress is left out: nothing is recorded about ${p.projects} on or before ${p.date}, and its baseline (${p.baselines}) is later. An update dated before the baseline cannot raise progress above it, because the checker orders the baseline and updates by date; to report a newer figure, date the update on or after asOf, or, to correct the baseline's figure, give --kind correction with such a date`,
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
  'next.theme': (p) => `The theme is ready; add "${p.id}" to the themes of the programmes that have it (themes: in content/programmes/<year>.mdx).`,
  'next.programme': (p) => `The programme is published as written: it lists every theme (${p.themes}), so remove those it does not have; set "published" to the day the list came out (now ${p.today}); write its report; then add its projects with npm run new -- project ${p.year}/<id>.`,
  'next.programmeNoThemes': (p) => `The programme is published as written and lists no theme yet: add themes with npm run new -- theme <id> --name "…" and list them under "themes"; set "published" to the day the list came out (now ${p.today}); then add its projects with npm run new -- project ${p.year}/<id>.`,
  'next.site': (p) => `The site is ready in ${p.content}. Next:`,
  'next.site.names': (p) => `  - It is for "${p.name}" (${p.region}), titled "${p.title}", published by "${p.publisher}": put the real names in site.json and districts/${p.region}.json (or start again with --name, --region, --title, --publisher).`,
  'next.site.places': (p) => `  - Add the places below the region: npm run new -- district <id> --name "…" --content ${p.content}`,
  'next.site.projects': (p) => `  - Add this year's projects: npm run new -- project ${p.year}/<id> --content ${p.content} (or npm run import)`,
  'next.site.build': (p) => `  - Check, preview and build: npm run check -- --content ${p.content} · npm run dev -- --content ${p.content} · npm run build -- --content ${p.content} --out ${p.out}`,
  'note.sameName': (p) => `note: ${p.others} already has the name ${p.name}; the import and readers tell them apart only by their parents`,
  'problems': (p) => `Nothing was written (${p.count} ${p.count === 1 ? 'problem' : 'problems'}).`,
} satisfies Record<string, Text>;

const zh = {
  'id.project': (p) => `“${p.found}”不是项目标识；应为 <年份>/<标识>，只含小写字母 a-z、数字 0-9 和连字符，例如 2024/new-library`,
  'id.plain': (p) => `${p.option}“${p.found}”不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符，例如 ${p.example}`,
  'missing.programme': (p) => `没有 ${p.year} 年度工程（${p.path}）；应为已有年度工程的年份（${p.years || '尚无'}），或先写好该年度工程`,
  'missing.theme': (p) => `--theme ${p.found}：${p.folder} 中没有这个类别；已有的类别：${p.themes || '无'}`,
  'missing.themes': (p) => `${p.year} 年度工程没有列出类别，无法默认；应加 --theme，取以下之一：${p.themes || '无'}`,
  'missing.district': (p) => `${p.option} ${p.found}：${p.folder} 中没有这个地区；已有的地区：${p.places || '无'}`,
  'missing.project': (p) => `没有项目 ${p.found}；${p.projects ? `${p.year} 年度已有的项目：${p.projects}` : `${p.year} 年度还没有项目`}`,
  'missing.projectAnyYear': (p) => `任何年度都没有项目 ${p.found}；应为已有项目的 <年份>/<标识>，例如 2024/new-library`,
  'id.ambiguous': (p) => `${p.found} 是多个年度项目的标识：${p.projects}；应写明其中之一，格式为 <年份>/<标识>`,
  'id.resolved': (p) => `${p.found} 视为 ${p.id}，即唯一使用这个标识的项目`,
  'invalid.project': (p) => `${p.path} 未通过内容检查，无法得知其进度；应先改正该文件（npm run check）`,
  'exists': (p) => `${p.path} 已经存在，没有写入任何文件。${p.hint}`,
  'exists.project': () => `请换一个标识，或直接修改该文件。`,
  'exists.update': () => `请用 --slug <简称> 给这条动态另取一个名字。`,
  'exists.district': () => `请换一个标识，或直接修改该文件。`,
  'exists.theme': () => `请换一个标识，或直接修改该文件。`,
  'exists.programme': () => `请直接修改该文件，或换一个年份。`,
  'id.year': (p) => `“${p.found}”不是年份；应为四位数字，例如 2027`,
  'missing.site': (p) => `没有有效的 ${p.path}，无从得知年度工程所覆盖的地区；应先写好网站设置（npm run check 会指出问题所在；npm run new -- site <文件夹> 可新建整个网站）`,
  'name.requiredTheme': () => `类别必须有名称，例如 --name "教育"：类别没有草稿状态，占位名称会被直接发布`,
  'date.invalid': (p) => `--date ${p.found} 不是有效的日期；应写作 YYYY-MM-DD 且日历上存在，例如 ${p.example}`,
  'frozen.kind': (p) => `--kind ${p.found}：这条动态的日期在 ${p.year} 年度，该年度已存档（${p.programme} 中为 frozen: true），检查只接受更正；应为 --kind correction、不加 --kind，或用 --date 给出 ${p.year} 年之后的日期`,
  'frozen.date': (p) => `类型为 correction（更正）：这条动态的日期在 ${p.year} 年度，该年度已存档（${p.programme} 中为 frozen: true）；已存档的年度只能以类型为“correction”（更正）的动态发布消息，作为勘误显示在存档记录旁`,
  'frozen.project': (p) =>
    `类型为 correction（更正）：${p.projects} 属于 ${p.years} 年度，该年度已存档（${p.programmes} 中为 frozen: true）；关于已存档年度的消息作为勘误显示在存档记录旁。如要报告此后的新进展，请加 --kind progress`,
  'frozen.newProject': (p) => `${p.year} 年度已存档（${p.programme} 中为 frozen: true）；应为未冻结的年份：已存档的年度不能再添加项目，只能添加类型为“correction”（更正）的动态`,
  'kind': (p) => `--kind ${p.found} 不是动态类型；应为以下之一：${p.kinds}`,
  'level': (p) => `--level ${p.found} 不是地区层级；应为以下之一：${p.levels}`,
  'level.needed': (p) => `无法从名称确定 ${p.name} 的层级（只有这些结尾能确定：${p.endings}），而层级会与名称一同发布；应加 --level，取以下之一：${p.levels}，例如 --level town`,
  'option.invalid': (p) => `${p.option}：${p.detail}`,
  'name.required': () => `地区必须有名称，例如 --name "新埭镇"：地区没有草稿状态，占位名称会被直接发布`,
  'args.project': () => `应为：npm run new -- project <年份>/<标识>`,
  'args.update': () => `应为：npm run new -- update <项目标识> [更多项目标识]`,
  'args.district': () => `应为：npm run new -- district <标识>`,
  'args.theme': () => `应为：npm run new -- theme <标识> --name "…"`,
  'args.programme': () => `应为：npm run new -- programme <年份>`,
  'args.site': () => `应为：npm run new -- site <文件夹>`,
  'args.kind': (p) => `${p.found ? `“${p.found}”不是可以新建的内容` : '要新建什么？'}；应为 project、update、district、theme、programme 或 site`,
  'programme.title': (p) => `${p.year}年${p.region}民生实事项目`,
  'programme.report': (p) => `本页跟踪${p.year}年${p.region}民生实事项目：每个项目的状态、进度和最新动态，随项目和动态的发布而更新。`,
  'site.notEmpty': (p) => `${p.path} 不是空文件夹（其中有 ${p.found}），没有写入任何文件。应为新的或空的文件夹：新网站不会写在其他文件之间`,
  'site.notFolder': (p) => `${p.path} 是一个文件，没有写入任何文件。应为新的或空的文件夹`,
  'placeholder.title': () => PLACEHOLDERS.title.zh,
  'placeholder.lead': () => PLACEHOLDERS.lead.zh,
  'placeholder.updateTitle': () => PLACEHOLDERS.updateTitle.zh,
  'placeholder.projectBody': () => PLACEHOLDERS.projectBody.zh,
  'placeholder.updateBody': () => PLACEHOLDERS.updateBody.zh,
  'progress.prefilled': (p) => `progress ${p.progress} 是 ${p.projects} 当前的进度；请改为新的进度`,
  'progress.prefilledOn': (p) => `progress ${p.progress} 是 ${p.projects} 在 ${p.date} 的进度；请改为新的进度`,
  'progress.unknownOn': (p) =>
    `未填写 progress：${p.date} 及之前没有 ${p.projects} 的任何记录，其基准（${p.baselines}）晚于这一天。日期早于基准的动态不能让进度高于基准，因为检查按日期排列基准和动态；如要报告新的进度，请把动态日期定在 asOf 当天或之后；如要更正基准的进度，请用这样的日期并加 --kind correction`,
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
  'next.theme': (p) => `类别已就绪；请把“${p.id}”加进包含它的年度工程的 themes（content/programmes/<年份>.mdx）。`,
  'next.programme': (p) => `年度工程写好即发布：它列出了全部类别（${p.themes}），请删去不涉及的类别；把 published 改为清单公布的日期（现为 ${p.today}）；写好年度报告；然后用 npm run new -- project ${p.year}/<标识> 添加项目。`,
  'next.programmeNoThemes': (p) => `年度工程写好即发布，但还没有类别：请用 npm run new -- theme <标识> --name "…" 添加类别并列在 themes 下；把 published 改为清单公布的日期（现为 ${p.today}）；然后用 npm run new -- project ${p.year}/<标识> 添加项目。`,
  'next.site': (p) => `新网站已写入 ${p.content}。接下来：`,
  'next.site.names': (p) => `  - 网站目前面向“${p.name}”（${p.region}），名为“${p.title}”，发布单位为“${p.publisher}”：请在 site.json 和 districts/${p.region}.json 中改为实际名称（或加 --name、--region、--title、--publisher 重新生成）。`,
  'next.site.places': (p) => `  - 添加下级地区：npm run new -- district <标识> --name "…" --content ${p.content}`,
  'next.site.projects': (p) => `  - 添加本年度的项目：npm run new -- project ${p.year}/<标识> --content ${p.content}（或用 npm run import 导入）`,
  'next.site.build': (p) => `  - 检查、预览和生成：npm run check -- --content ${p.content} · npm run dev -- --content ${p.content} · npm run build -- --content ${p.content} --out ${p.out}`,
  'note.sameName': (p) => `说明：${p.others} 也叫 ${p.name}；导入和读者只能靠上级地区区分它们`,
  'problems': (p) => `没有写入任何文件（${p.count} 个问题）。`,
} satisfies Record<string, Text>;

const messages = catalogue({ en, zh }, 'scaffold message');

export type ScaffoldKey = keyof typeof en;
export type Message = MessageOf<ScaffoldKey>;

export function render(message: Message, lang: MessageLang): string {
  return messages(lang)(message.key, message.params);
}

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;
