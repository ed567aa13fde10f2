/**
 * Every sentence the checker prints, in English and Chinese. Each says what was found
 * and what is expected, in words a press officer uses; tests pin them.
 */
import { EXPECT, TEXT_MAX, TITLE_MAX, type ExpectKey } from '../schemas/common.ts';
import type { PlaceholderKind } from '../scaffold/placeholders.ts';
import { catalogue, type Message as MessageOf, type MessageLang, type Text } from '../i18n/messages.ts';

export type { MessageLang, Params } from '../i18n/messages.ts';

const expectZh: Record<ExpectKey, string> = {
  id: '由小写字母 a-z、数字 0-9 和连字符组成的标识',
  projectId: '项目标识，例如 2022/my-project（小写字母、数字、连字符）',
  date: '写作 YYYY、YYYY-MM 或 YYYY-MM-DD 且日历上存在的日期',
  dayDate: '写作 YYYY-MM-DD 且日历上存在的完整日期',
  currency: '三个大写字母的 ISO 4217 币种代码，例如 CNY 或 USD',
  color: '写作 #rrggbb 的颜色',
  nonEmpty: '非空的文字',
  relativePath: '相对于本条目文件的路径，而不是网址',
  lonLat: '[经度, 纬度]，WGS84 度数',
  webAddress: '以 https://、http:// 或 mailto: 开头的网址',
  siteAddress: '以 https:// 或 http:// 开头的网址',
  sourceAddress: '以 https://、http:// 或 mailto: 开头的网址，或 /files/ 下的本站文件，例如 /files/2026/tongzhi.pdf',
  noBidi: '不含文字方向控制符（U+202A–U+202E、U+2066–U+2069、U+200E、U+200F、U+061C）的文字，这些字符会让文字显示的顺序与书写的顺序不同',
  visible: '看得见的文字，而不是只有空格或零宽空格之类看不见的字符',
  titleLength: `不超过 ${TITLE_MAX} 个字符`,
  textLength: `不超过 ${TEXT_MAX} 个字符`,
};

/** What js-yaml says went wrong, in Chinese; a reason not listed here is shown as js-yaml words it. */
const YAML_REASONS_ZH: [RegExp, string][] = [
  [/within a double quoted scalar/, '双引号没有闭合：以 " 开头的文字应以 " 结束'],
  [/within a single quoted scalar/, "单引号没有闭合：以 ' 开头的文字应以 ' 结束"],
  [/within a flow collection/, '方括号 [ ] 或花括号 { } 没有闭合'],
  [/missed comma between flow collection entries/, '方括号或花括号中缺少逗号，或括号没有闭合'],
  [/duplicated mapping key/, '同一个字段写了两次'],
  [/bad indentation of a mapping entry/, '缩进不对，或一行中有多余的冒号'],
  [/bad indentation of a sequence entry/, '列表项的缩进不对'],
  [/end of the stream or a document separator is expected/, '有一行无法读作“字段: 值”（请检查缩进，并且不要用制表符缩进）'],
  [/a colon is missed/, '缺少冒号'],
  [/non-printable characters/, '含有不可显示的控制字符'],
  [/tab characters must not be used/, '不能用制表符缩进'],
];

/** What the JSON parser says went wrong, in Chinese where it is one of the usual mistakes. */
const JSON_REASONS_ZH: [RegExp, string][] = [
  [/end of JSON input/, '文件在结束之前缺少右括号或引号'],
  [/Expected ',' or '}' after property value/, '字段值之后缺少逗号或右花括号 }'],
  [/Expected ',' or ']' after array element/, '列表项之后缺少逗号或右方括号 ]'],
  [/Expected double-quoted property name/, '字段名应加双引号，或最后一项之后多了逗号'],
  [/Bad control character in string literal/, '文字中有换行或制表符：请写作 \\n 或 \\t'],
];

export function jsonReasonZh(reason: string): string {
  return JSON_REASONS_ZH.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}

export function yamlReasonZh(reason: string): string {
  return YAML_REASONS_ZH.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}

/** What a field expects, in English or Chinese. */
export function expectation(key: ExpectKey, lang: MessageLang): string {
  return lang === 'en' ? EXPECT[key] : expectZh[key];
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', '文字'],
  number: ['a number', '数字'],
  int: ['a whole number', '整数'],
  boolean: ['true or false', 'true 或 false'],
  array: ['a list', '列表'],
  object: ['a group of fields', '字段组（对象）'],
  tuple: ['a list', '列表'],
  date: ['a date', '日期'],
};

export function typeName(type: string, lang: MessageLang): string {
  const names = TYPE_NAMES[type];
  return names ? names[lang === 'en' ? 0 : 1] : type;
}

/** What a placeholder of `npm run new` (src/scaffold/placeholders.ts) stands for: what to write instead. */
const PLACEHOLDER_EXPECT: Record<MessageLang, Record<PlaceholderKind, string>> = {
  en: {
    title: "the project's name, e.g. 东区社区诊所",
    lead: 'the lead department (牵头单位), e.g. 市卫生健康局',
    updateTitle: "the update's headline, e.g. 新图书馆主体结构封顶",
    projectBody: 'the text about the project: what is built or offered, where, for whom',
    updateBody: 'the text of the update: what happened, when, and what comes next',
  },
  zh: {
    title: '项目名称，例如“东区社区诊所”',
    lead: '牵头单位，例如“市卫生健康局”',
    updateTitle: '动态的标题，例如“新图书馆主体结构封顶”',
    projectBody: '介绍项目的正文：建什么、办什么，在哪里，为谁',
    updateBody: '动态的正文：发生了什么、什么时候、下一步做什么',
  },
};

const en = {
  'parse.json': (p) => `the file is not valid JSON (${p.detail}); expected well-formed JSON: check commas, quotes and brackets near this line`,
  'parse.yaml': (p) => `the frontmatter is not valid YAML (${p.detail}); expected "field: value" lines with consistent indentation (quote text that contains a colon)`,
  'parse.frontmatter': () => `no frontmatter found; expected the entry's fields between two lines of "---" at the top of the file`,
  'parse.notObject': () => `found no fields; expected the entry's fields as "name: value" pairs`,
  'parse.anchor': (p) => `the frontmatter uses the YAML anchor ${p.found}; expected every value written out in full: frontmatter accepts no anchors or aliases (& and *)`,
  'parse.tooDeep': (p) => `lists and groups of fields are nested more than ${p.limit} levels deep; expected the fields of content-format.md, a few levels deep`,
  'file.tooLarge': (p) => `the file is ${p.found}, larger than the limit of ${p.limit} for one entry; expected an entry's fields and text: split a long text into several entries, and keep pictures and documents as files beside the entry`,
  'parse.mdx': (p) => `the MDX body does not compile (${p.detail}); expected valid MDX: in .mdx files "{", "}" and "<" start code, so escape them or use a .md file`,
  'field.required': () => `is missing; this field is required`,
  'field.type': (p) => `found ${p.found}; expected ${p.expected}`,
  'field.money': (p) => `found ${p.found}; expected a group of fields with the amount in yuan, written ${p.field}: { amount: ${p.amount}, currency: CNY }`,
  'field.enum': (p) => `found ${p.found}; expected one of: ${p.options}`,
  'field.expect': (p) => `found ${p.found}; expected ${p.expected}`,
  'field.tooSmall': (p) => `found ${p.found}; expected ${p.expected}`,
  'field.tooBig': (p) => `found ${p.found}; expected ${p.expected}`,
  'field.unknown': (p) => `is not a field of ${p.collection} and is ignored${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  'expect.min': (p) => `at least ${p.min}`,
  'expect.max': (p) => `at most ${p.max}`,
  'expect.minItems': (p) => `a list of at least ${p.min}`,
  'ref.missing': (p) => `found "${p.found}", which is not an existing ${p.kind}; expected one of the ids in ${p.folder}${p.options ? ` (${p.options})` : ''}`,
  'id.format': (p) => `the file name "${p.found}" is not a valid id; expected lower-case letters a-z, digits 0-9 and hyphens: rename the file`,
  'id.duplicate': (p) => `the id "${p.id}" is also used by ${p.other}; expected each id only once`,
  'name.year': (p) => `found ${p.found}, but the file is named ${p.expected}; expected the year to equal the file name`,
  'name.projectYear': (p) => `found ${p.found}, but the file is in projects/${p.expected}/; expected the programme year to equal the folder`,
  'name.projectPath': () => `the file is not in a year folder; expected content/projects/<year>/<id>`,
  'name.update': (p) => `the file name "${p.found}" does not start with a date; expected <yyyy-mm-dd>-<slug>, e.g. 2022-09-24-museum-opens`,
  'name.date': (p) => `found ${p.found}, but the file name starts with ${p.expected}; expected the date to equal the file-name prefix`,
  'date.order': (p) => `found start ${p.start} after plannedEnd ${p.end}; expected the start on or before the planned end`,
  'completed.missing': () => `is missing while status is "completed"; expected the date the project was completed`,
  'completed.extra': (p) => `found ${p.found} while status is "${p.status}"; expected no completed date unless status is "completed"`,
  'completed.progress': (p) => `found ${p.found} on a completed project; expected 100`,
  'progress.decrease': (p) => `found ${p.to}, lower than ${p.from} on ${p.fromDate} (${p.fromWhere}); expected progress never to go down, except through an update of kind "correction"`,
  'text.replacement': () => `contains the replacement character "\uFFFD" left by a broken conversion; expected the original text: copy it again from the source`,
  'text.questionMarks': (p) => `contains "${p.found}" inside Chinese text, a sign of characters lost in conversion; expected the original characters`,
  'text.pinyin': (p) => `contains "${p.found}", pinyin spliced into the characters by a copy from an annotated page; expected the characters alone`,
  'placeholder': (p) => `still holds the template's placeholder "${p.found}"; expected ${PLACEHOLDER_EXPECT.en[p.kind as PlaceholderKind]}, or "draft: true" kept until it is written`,
  'image.missing': (p) => `found "${p.found}", but there is no such file next to the entry; expected a picture at ${p.expected}`,
  'source.fileMissing': (p) => `found "${p.found}", but the site has no such file; expected the file at ${p.expected} (a site's own files live in content/files/ and are published under /files/)`,
  'geometry.missing': (p) => `found "${p.found}", but there is no file ${p.expected}; expected a GeoJSON file in content/geo/`,
  'geometry.invalid': (p) => `the file ${p.found} is not GeoJSON (${p.detail}); expected a GeoJSON Feature or FeatureCollection`,
  'mdx.esm': (p) => `found "${p.found}": an import or export runs while the site is built and can load any file; expected text and the report components only, which need no import`,
  'mdx.expression': (p) => `found ${p.found}: code in braces runs while the site is built and can read any file; expected text and the report components only (write \\{ to show a brace)`,
  'path.outside': (p) => `found "${p.found}", which leads to ${p.target}, outside the content folder; expected a file inside content/: copy it in, for example next to the entry`,
  'path.folder': (p) => `found "${p.found}", which is a folder; expected the path of a file`,
  'path.special': (p) => `found "${p.found}", which is not a regular file (a pipe, socket or device); expected the path of a file`,
  'path.brokenLink': (p) => `found "${p.found}", a symbolic link that leads nowhere (to a missing file, or round in a loop); expected the path of a file`,
  'link.outside': (p) => `is a symbolic link to ${p.target}, outside the content folder; expected the file itself inside content/: copy it in place of the link`,
  'link.dangling': (p) => `is a symbolic link to "${p.target}", which does not exist; expected the file itself, or a link to a file inside content/`,
  'link.loop': () => `is a symbolic link that leads back to itself through other links; expected the file itself, or a link to a file inside content/`,
  'link.folder': () => `is a symbolic link to a folder, which is not followed; expected a real folder: move the files here, or link each file`,
  'file.special': () => `is not a regular file (a pipe, socket or device); expected files and folders only: remove it`,
  'parent.cycle': (p) => `the chain of parents loops (${p.chain}); expected each place to lead up to a top-level place`,
  'site.missing': (p) => `not found; expected the site's settings (title, publisher, region, languages) in ${p.expected}: copy it from another site, or start a new site with npm run new -- site <folder>`,
  'site.defaultLocale': (p) => `found "${p.found}", which is not in locales (${p.locales}); expected the default locale among the locales built`,
  'file.ignored': (p) => `is not read: expected ${p.expected} in this folder`,
  'update.hidden': (p) => `lists only projects that are not published (${p.found}); expected at least one published project, or the update stays hidden`,
  'mdx.unknownComponent': (p) => `uses the component <${p.found}>, which reports do not have; expected one of: ${p.expected}`,
  'mdx.unknownProp': (p) => `<${p.component}> has no prop "${p.prop}"; expected: ${p.expected}`,
  'mdx.missingProp': (p) => `<${p.component}> is missing its prop "${p.prop}"; expected e.g. ${p.example}`,
  'mdx.propLiteral': (p) => `<${p.component}> ${p.prop}: found ${p.found}, which is not a plain value; expected e.g. ${p.example}`,
  'mdx.propNumber': (p) => `<${p.component}> ${p.prop}: found ${p.found}; expected a number, e.g. ${p.example}`,
  'mdx.propRef': (p) => `<${p.component}> ${p.prop}: found "${p.found}", which is not an existing ${p.kind}; expected an id from ${p.folder}`,
  'body.element': (p) => `uses the HTML element <${p.found}>, which bodies may not hold and which pages leave out; expected Markdown, or only these elements: ${p.expected}`,
  'body.attribute': (p) => `<${p.element}> has the attribute "${p.found}", which bodies may not use and which pages leave out; expected only these attributes on <${p.element}>: ${p.expected}`,
  'body.url': (p) => `links to "${p.found}", which pages leave out; expected an address starting with https://, http:// or mailto:, or a relative link`,
  'frozen.changed': (p) => `changed after ${p.year} was archived; the year is frozen, so its files stay as archived (checksum in ${p.list}): undo the change, and publish corrections as an update of kind "correction"`,
  'frozen.missing': (p) => `is missing, but ${p.year} is frozen and this file was archived (listed in ${p.list}); expected it back as archived`,
  'frozen.added': (p) => `was added after ${p.year} was archived; the year is frozen: expected no new ${p.what} of ${p.year}, only updates of kind "correction"`,
  'frozen.noList': (p) => `is true, but ${p.list} is missing; expected the checksum list written by npm run archive -- --year ${p.year}`,
  'frozen.badLine': () => `is not "<sha256>  <path>"; expected the lines as npm run archive wrote them`,
} satisfies Record<string, Text>;

const zh = {
  'parse.json': (p) => `文件不是有效的 JSON（${jsonReasonZh(String(p.detail))}）；应为格式正确的 JSON：请检查此行附近的逗号、引号和括号`,
  'parse.yaml': (p) => `文件头（frontmatter）不是有效的 YAML（${yamlReasonZh(String(p.detail))}）；应为“字段: 值”的行，缩进一致（含冒号的文字请加引号）`,
  'parse.frontmatter': () => `没有找到文件头；应在文件开头用两行“---”包住条目的字段`,
  'parse.notObject': () => `没有找到字段；应为“字段: 值”形式的条目字段`,
  'parse.anchor': (p) => `文件头使用了 YAML 锚点 ${p.found}；每个值都应完整写出：文件头不接受锚点和别名（& 和 *）`,
  'parse.tooDeep': (p) => `列表和字段组嵌套超过 ${p.limit} 层；应为 content-format.md 所列的字段，只嵌套几层`,
  'file.tooLarge': (p) => `文件大小为 ${p.found}，超过单个条目 ${p.limit} 的上限；应只含条目的字段和正文：过长的正文请拆成几个条目，图片和文档请作为文件放在条目旁`,
  'parse.mdx': (p) => `MDX 正文无法编译（${p.detail}）；应为有效的 MDX：在 .mdx 文件中“{”“}”“<”表示代码，请转义，或改用 .md 文件`,
  'field.required': () => `缺失；这是必填字段`,
  'field.type': (p) => `填写的是 ${p.found}；应为${p.expected}`,
  'field.money': (p) => `填写的是 ${p.found}；应为字段组（对象），金额以元为单位，写作 ${p.field}: { amount: ${p.amount}, currency: CNY }`,
  'field.enum': (p) => `填写的是 ${p.found}；应为以下之一：${p.options}`,
  'field.expect': (p) => `填写的是 ${p.found}；应为${p.expected}`,
  'field.tooSmall': (p) => `填写的是 ${p.found}；应为${p.expected}`,
  'field.tooBig': (p) => `填写的是 ${p.found}；应为${p.expected}`,
  'field.unknown': (p) => `不是${p.collection}的字段，将被忽略${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}`,
  'expect.min': (p) => `不小于 ${p.min}`,
  'expect.max': (p) => `不大于 ${p.max}`,
  'expect.minItems': (p) => `至少 ${p.min} 项的列表`,
  'ref.missing': (p) => `填写的是“${p.found}”，不是已有的${p.kind}；应为 ${p.folder} 中的标识之一${p.options ? `（${p.options}）` : ''}`,
  'id.format': (p) => `文件名“${p.found}”不是有效的标识；应只含小写字母 a-z、数字 0-9 和连字符：请重命名文件`,
  'id.duplicate': (p) => `标识“${p.id}”也被 ${p.other} 使用；每个标识只能出现一次`,
  'name.year': (p) => `填写的是 ${p.found}，但文件名是 ${p.expected}；年份应与文件名一致`,
  'name.projectYear': (p) => `填写的是 ${p.found}，但文件位于 projects/${p.expected}/；年度应与所在文件夹一致`,
  'name.projectPath': () => `文件不在年度文件夹中；应为 content/projects/<年份>/<标识>`,
  'name.update': (p) => `文件名“${p.found}”不是以日期开头；应为 <yyyy-mm-dd>-<简称>，例如 2022-09-24-museum-opens`,
  'name.date': (p) => `填写的是 ${p.found}，但文件名以 ${p.expected} 开头；日期应与文件名前缀一致`,
  'date.order': (p) => `开工日期 ${p.start} 晚于完成时限 ${p.end}；开工日期应不晚于完成时限`,
  'completed.missing': () => `缺失，而状态为“completed”（已完成）；应填写完成日期`,
  'completed.extra': (p) => `填写了 ${p.found}，而状态为“${p.status}”；只有状态为“completed”时才填写完成日期`,
  'completed.progress': (p) => `已完成的项目进度填写为 ${p.found}；应为 100`,
  'progress.decrease': (p) => `进度为 ${p.to}，低于 ${p.fromDate} 的 ${p.from}（${p.fromWhere}）；进度不应下降，除非通过类型为“correction”（更正）的动态`,
  'text.replacement': () => `含有转换出错留下的替换字符“\uFFFD”；应为原文：请从来源重新复制`,
  'text.questionMarks': (p) => `中文里出现“${p.found}”，说明转换时丢失了字符；应为原来的文字`,
  'text.pinyin': (p) => `含有“${p.found}”，这是从带注音的网页复制时混入的拼音；应只保留汉字`,
  'placeholder': (p) => `仍是模板的占位文字“${p.found}”；应改为${PLACEHOLDER_EXPECT.zh[p.kind as PlaceholderKind]}，写好之前请保留 draft: true`,
  'image.missing': (p) => `填写的是“${p.found}”，但条目旁没有这个文件；图片应位于 ${p.expected}`,
  'source.fileMissing': (p) => `填写的是“${p.found}”，但本站没有这个文件；文件应位于 ${p.expected}（本站自己的文件放在 content/files/ 中，发布在 /files/ 下）`,
  'geometry.missing': (p) => `填写的是“${p.found}”，但没有文件 ${p.expected}；应为 content/geo/ 中的 GeoJSON 文件`,
  'geometry.invalid': (p) => `文件 ${p.found} 不是 GeoJSON（${p.detail}）；应为 GeoJSON 的 Feature 或 FeatureCollection`,
  'mdx.esm': (p) => `出现了“${p.found}”：import 或 export 会在生成网站时运行，可以读取任意文件；报告中只应有文字和报告组件，组件无需 import`,
  'mdx.expression': (p) => `出现了 ${p.found}：花括号中的代码会在生成网站时运行，可以读取任意文件；报告中只应有文字和报告组件（要显示花括号请写作 \\{）`,
  'path.outside': (p) => `填写的是“${p.found}”，指向内容文件夹之外的 ${p.target}；应为 content/ 中的文件：请把文件复制进来，例如放在条目旁边`,
  'path.folder': (p) => `填写的是“${p.found}”，这是一个文件夹；应为文件的路径`,
  'path.special': (p) => `填写的是“${p.found}”，不是普通文件（而是管道、套接字或设备）；应为文件的路径`,
  'path.brokenLink': (p) => `填写的是“${p.found}”，这是一个无效的符号链接（指向不存在的文件，或形成循环）；应为文件的路径`,
  'link.outside': (p) => `是指向内容文件夹之外 ${p.target} 的符号链接；应为 content/ 中的文件本身：请把文件复制进来，替换这个链接`,
  'link.dangling': (p) => `是指向“${p.target}”的符号链接，但那个文件不存在；应为文件本身，或指向 content/ 中某个文件的链接`,
  'link.loop': () => `是经由其他链接又指回自身的符号链接（链接循环）；应为文件本身，或指向 content/ 中某个文件的链接`,
  'link.folder': () => `是指向文件夹的符号链接，不会被读取；应为真正的文件夹：请把文件移到这里，或为每个文件分别建立链接`,
  'file.special': () => `不是普通文件（而是管道、套接字或设备）；这里只应有文件和文件夹：请删除它`,
  'parent.cycle': (p) => `上级地区形成了循环（${p.chain}）；每个地区应能逐级上溯到顶级地区`,
  'site.missing': (p) => `未找到；网站设置（标题、发布单位、地区、语言）应写在 ${p.expected}：可从别的网站复制，或用 npm run new -- site <文件夹> 新建一个网站`,
  'site.defaultLocale': (p) => `填写的是“${p.found}”，不在 locales（${p.locales}）之中；默认语言应是要生成的语言之一`,
  'file.ignored': (p) => `不会被读取：此文件夹中应为 ${p.expected}`,
  'update.hidden': (p) => `所列项目都未发布（${p.found}）；应至少列出一个已发布的项目，否则此动态不会显示`,
  'mdx.unknownComponent': (p) => `使用了报告中没有的组件 <${p.found}>；应为以下之一：${p.expected}`,
  'mdx.unknownProp': (p) => `<${p.component}> 没有属性“${p.prop}”；可用的属性：${p.expected}`,
  'mdx.missingProp': (p) => `<${p.component}> 缺少属性“${p.prop}”；应写作例如 ${p.example}`,
  'mdx.propLiteral': (p) => `<${p.component}> 的 ${p.prop} 填写的是 ${p.found}，不是一个固定的值；应写作例如 ${p.example}`,
  'mdx.propNumber': (p) => `<${p.component}> 的 ${p.prop} 填写的是 ${p.found}；应为数字，例如 ${p.example}`,
  'mdx.propRef': (p) => `<${p.component}> 的 ${p.prop} 填写的是“${p.found}”，不是已有的${p.kind === 'programme' ? '年度工程' : p.kind === 'project' ? '项目' : p.kind === 'district' ? '地区' : '类别'}；应为 ${p.folder} 中的标识`,
  'body.element': (p) => `使用了正文中不允许的 HTML 元素 <${p.found}>，页面会略去它；应使用 Markdown，或只使用这些元素：${p.expected}`,
  'body.attribute': (p) => `<${p.element}> 带有正文中不允许的属性“${p.found}”，页面会略去它；<${p.element}> 只可带这些属性：${p.expected}`,
  'body.url': (p) => `链接到“${p.found}”，页面会略去这个地址；应为以 https://、http:// 或 mailto: 开头的网址，或相对链接`,
  'frozen.changed': (p) => `在 ${p.year} 年度存档之后被改动；该年度已冻结，文件应与存档时一致（校验值见 ${p.list}）：请撤销改动，更正请以类型为“correction”（更正）的动态发布`,
  'frozen.missing': (p) => `缺失，但 ${p.year} 年度已冻结，此文件已存档（见 ${p.list}）；应恢复为存档时的样子`,
  'frozen.added': (p) => `是在 ${p.year} 年度存档之后添加的；该年度已冻结：不应再添加${p.what}，只能添加类型为“correction”（更正）的动态`,
  'frozen.noList': (p) => `为 true，但缺少 ${p.list}；应为 npm run archive -- --year ${p.year} 写出的校验清单`,
  'frozen.badLine': () => `不是“<sha256>  <路径>”的格式；应保持 npm run archive 写出的样子`,
} satisfies Record<string, Text>;

/** Names of things in messages. */
const nouns: Record<string, [string, string]> = {
  site: ['the site settings', '网站设置'],
  theme: ['theme', '类别'],
  district: ['place', '地区'],
  programme: ['programme', '年度工程'],
  project: ['project', '项目'],
  update: ['update', '动态'],
  themes: ['the themes', '类别'],
  districts: ['the places', '地区'],
  programmes: ['the programmes', '年度工程'],
  projects: ['the projects', '项目'],
  updates: ['the updates', '动态'],
  baseline: ['the project file', '项目文件'],
};

export function noun(name: string, lang: MessageLang): string {
  const pair = nouns[name];
  return pair ? pair[lang === 'en' ? 0 : 1] : name;
}

const messages = catalogue({ en, zh }, 'checker message');

export type CheckKey = keyof typeof en;

/** A problem's message: one of the checker's keys and its values. */
export type Message = MessageOf<CheckKey>;

export const render: (message: Message, lang: MessageLang) => string = messages.render;

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;
