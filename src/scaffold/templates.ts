/**
 * The entries `npm run new` writes: a project, an update, a place, a theme, a programme,
 * and a whole starter site. Each is valid as written (the checker accepts it), refers
 * only to what exists, and never replaces a file. Projects and updates are written as
 * drafts (`draft: true`), because they hold placeholders (src/scaffold/placeholders.ts)
 * and a body still to be written; nothing is published until the writer deletes that
 * line, and the checker refuses a placeholder left in then. Places, themes, programmes
 * and sites have no draft state, so they are made only with text that may be published.
 */
import type { z } from 'zod';
import { render as renderCheck } from '../check/messages.ts';
import { fieldPath, issueMessage } from '../check/schema-issues.ts';
import { DISTRICT_LEVELS, DistrictSchema, type District, type DistrictLevel } from '../schemas/district.ts';
import { ProjectSchema, type Project } from '../schemas/project.ts';
import { ProgrammeSchema } from '../schemas/programme.ts';
import { SiteSchema } from '../schemas/site.ts';
import { ThemeSchema } from '../schemas/theme.ts';
import { UPDATE_KINDS, UpdateSchema, type Update, type UpdateKind } from '../schemas/update.ts';
import { compareDates } from '../model/dates.ts';
import { isValidPartialDate } from '../schemas/common.ts';
import { chronological, currentState } from '../model/state.ts';
import type { Entry } from '../model/entry.ts';
import { dumpYaml, markdownEntry } from '../import/edit.ts';
import { listIds, type ContentIndex } from './content.ts';
import { broughtIssues, historyIssues, type HistoryIssue } from './history.ts';
import { LEVEL_ENDINGS, levelFromName } from './levels.ts';
import { render, type Message, type MessageLang, type ScaffoldKey } from './messages.ts';

export interface Scaffold {
  /** Path below the content folder, e.g. `projects/2024/new-library.md`. */
  path: string;
  text: string;
  /** What the writer should know or do next. */
  notes: Message[];
}

export type ScaffoldResult = { scaffold: Scaffold } | { problems: Message[] };

export interface Context {
  content: ContentIndex;
  /** The build date, `YYYY-MM-DD`: the date of a new update and the `asOf` of a new project. */
  today: string;
  lang: MessageLang;
  /** How the content folder is shown in messages, e.g. `content`. */
  contentLabel: string;
}

const ID = /^[a-z0-9-]+$/;
const PROJECT_ID = /^(\d{4})\/([a-z0-9-]+)$/;

function places(context: Context): string {
  return context.content.districts.map((d) => `${d.id} (${d.data.name})`).join(', ');
}

function themes(context: Context): string {
  return context.content.themes.map((t) => `${t.id} (${t.data.name})`).join(', ');
}

function existing(context: Context, collection: keyof ContentIndex['files'], id: string, hint: ScaffoldKey): Message | undefined {
  const file = context.content.files[collection].get(id);
  return file ? { key: 'exists', params: { path: file.path, hint: render({ key: hint }, context.lang) } } : undefined;
}

export interface ProjectRequest {
  /** `<year>/<id>`. */
  id: string;
  title?: string;
  /** The lead department (牵头单位). */
  lead?: string;
  theme?: string;
  districts?: string[];
}

export function newProject(request: ProjectRequest, context: Context): ScaffoldResult {
  const { content, lang } = context;
  const match = PROJECT_ID.exec(request.id);
  if (!match) return { problems: [{ key: 'id.project', params: { found: request.id } }] };
  const year = Number(match[1]);
  const problems: Message[] = [];
  const taken = existing(context, 'projects', request.id, 'exists.project');
  if (taken) problems.push(taken);
  const programme = content.programmes.find((p) => p.id === String(year))?.data;
  if (programme === undefined) {
    problems.push({ key: 'missing.programme', params: { year, path: `${context.contentLabel}/programmes/${year}.mdx`, years: listIds(content.programmes) } });
  }
  if (request.theme !== undefined && !content.themes.some((t) => t.id === request.theme)) {
    problems.push({ key: 'missing.theme', params: { found: request.theme, folder: `${context.contentLabel}/themes/`, themes: themes(context) } });
  }
  for (const district of request.districts ?? []) {
    if (!content.districts.some((d) => d.id === district)) {
      problems.push({ key: 'missing.district', params: { option: '--district', found: district, folder: `${context.contentLabel}/districts/`, places: places(context) } });
    }
  }
  if (programme?.frozen === true) problems.push({ key: 'frozen.newProject', params: { year, programme: content.files.programmes.get(String(year))?.path ?? String(year) } });
  const theme = request.theme ?? programme?.themes[0];
  if (programme !== undefined && theme === undefined) problems.push({ key: 'missing.themes', params: { year, themes: themes(context) } });
  if (problems.length > 0 || programme === undefined || theme === undefined) return { problems };

  const placeholders = [request.title === undefined ? 'title' : undefined, request.lead === undefined ? 'leadDepartment' : undefined].filter(Boolean);
  const data = {
    title: request.title ?? render({ key: 'placeholder.title' }, lang),
    programme: year,
    theme,
    districts: request.districts && request.districts.length > 0 ? request.districts : [programme.region],
    status: 'planned',
    progress: 0,
    asOf: context.today,
    leadDepartment: request.lead ?? render({ key: 'placeholder.lead' }, lang),
    draft: true,
  };
  const valid = parsed(ProjectSchema, data, { title: '--title', leadDepartment: '--lead' }, lang);
  if ('problems' in valid) return valid;
  return {
    scaffold: {
      path: `projects/${request.id}.md`,
      text: markdownEntry(data, render({ key: 'placeholder.projectBody' }, lang)),
      notes: [{ key: 'next.project', params: { fields: placeholders.join(lang === 'en' ? ' and ' : '、') } }],
    },
  };
}

export interface UpdateRequest {
  projects: string[];
  slug?: string;
  kind?: string;
  title?: string;
  /** The update's day, `YYYY-MM-DD`; today when not given. */
  date?: string;
}

/** Kinds of update that report a figure; a completion sets 100 % by itself, the others rarely state one. */
const PREFILLED_KINDS: readonly UpdateKind[] = ['progress', 'milestone', 'correction'];

export function newUpdate(asked: UpdateRequest, context: Context): ScaffoldResult {
  const { content, lang } = context;
  const named = asked.projects.map((id) => fullProjectId(id, content));
  const problems: Message[] = named.flatMap((n) => ('problem' in n ? [n.problem] : []));
  const request = { ...asked, projects: named.map((n, i) => ('id' in n ? n.id : asked.projects[i]!)) };
  const resolvedNotes = named.flatMap((n) => ('note' in n && n.note ? [n.note] : []));
  if (request.date !== undefined && !isDay(request.date)) problems.push({ key: 'date.invalid', params: { found: request.date, example: context.today } });
  const date = request.date !== undefined && isDay(request.date) ? request.date : context.today;
  const frozen = frozenReasons(request.projects, date, context);
  const kind = (request.kind ?? (frozen.length > 0 ? 'correction' : 'progress')) as UpdateKind;
  if (!UPDATE_KINDS.includes(kind)) problems.push({ key: 'kind', params: { found: kind, kinds: UPDATE_KINDS.join(', ') } });
  const dateFrozen = frozen.find((reason) => reason.key === 'frozen.date');
  if (dateFrozen && kind !== 'correction') problems.push({ key: 'frozen.kind', params: { found: kind, ...dateFrozen.params } });
  for (const id of request.projects) {
    if (!PROJECT_ID.test(id)) continue;
    const file = content.files.projects.get(id);
    const year = id.slice(0, 4);
    const sameYear = [...content.files.projects.keys()].filter((p) => p.startsWith(`${year}/`)).sort();
    if (file === undefined) problems.push({ key: 'missing.project', params: { found: id, year, projects: sameYear.join(', ') } });
    else if (!content.projects.some((p) => p.id === id)) problems.push({ key: 'invalid.project', params: { path: file.path } });
  }
  const slug = request.slug ?? request.projects[0]?.split('/').at(-1) ?? '';
  if (request.slug !== undefined && !ID.test(request.slug)) problems.push({ key: 'id.plain', params: { option: '--slug', found: request.slug, example: 'museum-opens' } });
  const id = `${date}-${slug}`;
  const taken = existing(context, 'updates', id, 'exists.update');
  if (taken) problems.push(taken);
  if (problems.length > 0) return { problems };

  const subjects = request.projects.map((id) => content.projects.find((p) => p.id === id)!);
  const progress = subjects.map((project) => ({ id: project.id, progress: knownProgress(project, content.updates, date) }));
  const unknown = subjects.filter((_, i) => progress[i]!.progress === undefined);
  const notes: Message[] = [...resolvedNotes, ...(request.kind === undefined ? frozen : [])];
  const figures = new Set(progress.map((p) => p.progress));
  let comment: string | undefined;
  let prefilled: number | undefined;
  if (!PREFILLED_KINDS.includes(kind)) notes.push({ key: 'progress.none', params: { kind } });
  else if (unknown.length > 0) {
    const baseline = (p: Entry<Project>) => (lang === 'en' ? `${p.id} at ${p.data.progress}% as of ${p.data.asOf}` : `${p.id} 截至 ${p.data.asOf} 为 ${p.data.progress}%`);
    const baselines = unknown.map(baseline).join(lang === 'en' ? ', ' : '，');
    const note: Message = { key: 'progress.unknownOn', params: { date, projects: unknown.map((p) => p.id).join(', '), baselines } };
    notes.push(note);
    comment = render(note, lang);
  } else if (figures.size === 1) {
    // Every figure is known here: the unknown ones are handled above.
    prefilled = progress[0]!.progress!;
    const projects = request.projects.join(', ');
    notes.push(date === context.today ? { key: 'progress.prefilled', params: { progress: prefilled, projects } } : { key: 'progress.prefilledOn', params: { progress: prefilled, projects, date } });
  } else {
    const list = progress.map((p) => `${p.id} ${p.progress}%`).join(lang === 'en' ? ', ' : '，');
    const note: Message = { key: 'progress.differs', params: { list } };
    notes.push(note);
    comment = render(note, lang);
  }
  notes.push({ key: 'next.update' });

  const head = { date, title: request.title ?? render({ key: 'placeholder.updateTitle' }, lang), projects: request.projects, kind };
  const tail = { ...(prefilled === undefined ? {} : { progress: prefilled }), draft: true };
  const valid = parsed(UpdateSchema, { ...head, ...tail }, { title: '--title' }, lang);
  if ('problems' in valid) return valid;
  const update = { id, data: valid.data };
  // A completion can clash with a later update that reports less than 100 %.
  const clashes = request.projects.flatMap((projectId) => {
    const project = content.projects.find((p) => p.id === projectId)!;
    const issues = broughtIssues(historyIssues(project, content.updates), historyIssues(project, [...content.updates, update]));
    return issues.map((issue) => historyMessage(projectId, issue, id, context));
  });
  if (clashes.length > 0) return { problems: clashes };
  // The reason progress is left out sits where progress would be, as a YAML comment.
  const frontmatter = `${dumpYaml(head)}${comment === undefined ? '' : `# ${comment}\n`}${dumpYaml(tail)}`;
  const body = render({ key: 'placeholder.updateBody' }, lang);
  return { scaffold: { path: `updates/${id}.md`, text: `---\n${frontmatter}---\n${body}\n`, notes } };
}

/**
 * The progress known of a project on a day: only what is dated on or before it. The
 * baseline counts from its `asOf`; before that only a figure an update states itself
 * does (a completion's 100 included), never one it would borrow from the later baseline.
 * Drafts count: the checker orders every update, published or not, and the new figure
 * must not fall below any of them. Undefined when nothing is known by that day.
 */
function knownProgress(project: Entry<Project>, updates: readonly Entry<Update>[], date: string): number | undefined {
  const recorded = updates.filter((u) => compareDates(u.data.date, date) <= 0);
  if (compareDates(project.data.asOf, date) <= 0) return currentState(project, recorded, date).progress;
  const stated = chronological(recorded.filter((u) => u.data.projects.includes(project.id))).flatMap((u) => {
    if (u.data.progress !== undefined) return [u.data.progress];
    const status = u.data.status ?? (u.data.kind === 'completion' ? 'completed' : undefined);
    return status === 'completed' ? [100] : [];
  });
  return stated.at(-1);
}

/**
 * A project id as given, or `<year>/<id>` for an id given without its year when exactly
 * one project of any year has it (with a note saying which).
 */
function fullProjectId(given: string, content: ContentIndex): { id: string; note?: Message } | { problem: Message } {
  if (PROJECT_ID.test(given)) return { id: given };
  if (!ID.test(given)) return { problem: { key: 'id.project', params: { found: given } } };
  const matches = [...content.files.projects.keys()].filter((id) => id.endsWith(`/${given}`)).sort();
  if (matches.length === 1) return { id: matches[0]!, note: { key: 'id.resolved', params: { found: given, id: matches[0]! } } };
  if (matches.length > 1) return { problem: { key: 'id.ambiguous', params: { found: given, projects: matches.join(', ') } } };
  return { problem: { key: 'missing.projectAnyYear', params: { found: given } } };
}

/** `YYYY-MM-DD`, a day that exists in the calendar. */
function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value);
}

/**
 * Why an update must or should be a correction: it is dated in a frozen year (the checker
 * accepts nothing else there, see src/archive/frozen.ts), or it is about a project of a
 * frozen year, whose archived record it amends.
 */
function frozenReasons(projects: readonly string[], date: string, context: Context): Message[] {
  const frozen = new Map(context.content.programmes.filter((p) => p.data.frozen === true).map((p) => [p.id, context.content.files.programmes.get(p.id)?.path ?? p.id]));
  const dateYear = date.slice(0, 4);
  const dated = frozen.get(dateYear);
  if (dated !== undefined) return [{ key: 'frozen.date', params: { year: dateYear, programme: dated } }];
  const archived = projects.filter((id) => frozen.has(id.slice(0, 4)));
  if (archived.length === 0) return [];
  const years = [...new Set(archived.map((id) => id.slice(0, 4)))];
  return [{ key: 'frozen.project', params: { projects: archived.join(', '), years: years.join(', '), programmes: years.map((y) => frozen.get(y)).join(', ') } }];
}

function historyMessage(projectId: string, issue: HistoryIssue, newUpdateId: string, context: Context): Message {
  const where = (updateId: string | undefined) =>
    updateId === newUpdateId
      ? render({ key: 'where.newUpdate' }, context.lang)
      : updateId === undefined
        ? render({ key: 'where.projectFile' }, context.lang)
        : (context.content.files.updates.get(updateId)?.path ?? updateId);
  const { step } = issue;
  if (issue.kind === 'completedBelow100') {
    return { key: 'history.completed', params: { project: projectId, where: where(step.updateId), date: step.date, progress: step.progress } };
  }
  const { previous } = issue;
  return {
    key: 'history.decrease',
    params: { project: projectId, from: previous.progress, fromWhere: where(previous.updateId), fromDate: previous.date, to: step.progress, toWhere: where(step.updateId), toDate: step.date },
  };
}

export interface DistrictRequest {
  id: string;
  name?: string;
  parent?: string;
  level?: string;
}

export function newDistrict(request: DistrictRequest, context: Context): ScaffoldResult {
  const { content } = context;
  const problems: Message[] = [];
  if (!ID.test(request.id)) problems.push({ key: 'id.plain', params: { option: 'district', found: request.id, example: 'xindai' } });
  const taken = existing(context, 'districts', request.id, 'exists.district');
  if (taken) problems.push(taken);
  const name = request.name?.trim();
  if (name === undefined || name === '') problems.push({ key: 'name.required' });
  const parentId = request.parent ?? content.site?.region;
  const parent = content.districts.find((d) => d.id === parentId);
  if (request.parent !== undefined && parent === undefined) {
    problems.push({ key: 'missing.district', params: { option: '--parent', found: request.parent, folder: `${context.contentLabel}/districts/`, places: places(context) } });
  }
  const levels = DISTRICT_LEVELS.join(', ');
  if (request.level !== undefined && !(DISTRICT_LEVELS as readonly string[]).includes(request.level)) {
    problems.push({ key: 'level', params: { found: request.level, levels } });
  }
  // The level is published beside the name, so it is never guessed from the parent's:
  // it is the one --level gives or the one the name states.
  const level = (request.level as DistrictLevel | undefined) ?? (name ? levelFromName(name) : undefined);
  if (request.level === undefined && name && level === undefined) {
    const endings = LEVEL_ENDINGS.map(([ending, named]) => `…${ending} ${named}`).join(', ');
    problems.push({ key: 'level.needed', params: { name, endings, levels } });
  }
  if (problems.length > 0 || name === undefined || level === undefined) return { problems };

  const valid = parsed(DistrictSchema, { name, level, ...(parent ? { parent: parent.id } : {}) }, { name: '--name' }, context.lang);
  if ('problems' in valid) return valid;
  const data: District = valid.data;
  const notes: Message[] = [];
  const namesakes = content.districts.filter((d) => d.data.name === name).map((d) => d.id);
  if (namesakes.length > 0) notes.push({ key: 'note.sameName', params: { name, others: namesakes.join(', ') } });
  notes.push({ key: 'next.district' });
  return { scaffold: { path: `districts/${request.id}.json`, text: `${JSON.stringify(data, null, 2)}\n`, notes } };
}

export interface ThemeRequest {
  id: string;
  name?: string;
  short?: string;
  description?: string;
}

/** A theme, last in display order. Like a place it has no draft state, so it needs its real name. */
export function newTheme(request: ThemeRequest, context: Context): ScaffoldResult {
  const { content } = context;
  const problems: Message[] = [];
  if (!ID.test(request.id)) problems.push({ key: 'id.plain', params: { option: 'theme', found: request.id, example: 'jiaoyu' } });
  const taken = existing(context, 'themes', request.id, 'exists.theme');
  if (taken) problems.push(taken);
  const name = request.name?.trim();
  if (name === undefined || name === '') problems.push({ key: 'name.requiredTheme' });
  if (problems.length > 0 || name === undefined) return { problems };

  // Themes are shown by `order`, then id: a new one goes last when the others are ordered.
  const orders = content.themes.flatMap((t) => (t.data.order === undefined ? [] : [t.data.order]));
  const order = content.themes.length === 0 ? 1 : orders.length > 0 ? Math.max(...orders) + 1 : undefined;
  const fields = { name, ...optional('short', request.short), ...optional('description', request.description), ...(order === undefined ? {} : { order }) };
  const valid = parsed(ThemeSchema, fields, { name: '--name', short: '--short', description: '--description' }, context.lang);
  if ('problems' in valid) return valid;
  const data = valid.data;
  return { scaffold: { path: `themes/${request.id}.json`, text: `${JSON.stringify(data, null, 2)}\n`, notes: [{ key: 'next.theme', params: { id: request.id } }] } };
}

/**
 * The fields as the schema reads them, or what is wrong with the options they came from,
 * in the checker's words: a name too long or with direction controls is refused here,
 * before it is written, never with a stack trace.
 */
function parsed<T>(schema: z.ZodType<T>, data: unknown, options: Record<string, string>, lang: MessageLang): { data: T } | { problems: Message[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const field = fieldPath(issue.path);
      return { key: 'option.invalid', params: { option: options[field] ?? field, detail: renderCheck(issueMessage(issue, lang), lang) } };
    }),
  };
}

function optional(field: string, value: string | undefined): Record<string, string> {
  const text = value?.trim();
  return text === undefined || text === '' ? {} : { [field]: text };
}

export interface ProgrammeRequest {
  year: string;
  title?: string;
}

/**
 * A year's programme: the site's region, every theme in display order, published today,
 * and a report whose charts fill in as projects and updates are written. It is published
 * as written, so it holds no placeholder: only text that is true of any year.
 */
export function newProgramme(request: ProgrammeRequest, context: Context): ScaffoldResult {
  const { content } = context;
  const problems: Message[] = [];
  const year = Number(request.year);
  if (!/^\d{4}$/.test(request.year) || !ProgrammeSchema.shape.year.safeParse(year).success) problems.push({ key: 'id.year', params: { found: request.year } });
  const taken = existing(context, 'programmes', request.year, 'exists.programme');
  if (taken) problems.push(taken);
  const site = content.site;
  if (site === undefined) problems.push({ key: 'missing.site', params: { path: `${context.contentLabel}/site.json` } });
  if (problems.length > 0 || site === undefined) return { problems };

  const regionName = content.districts.find((d) => d.id === site.region)?.data.name ?? site.region;
  // The title and report are content: in the site's language, whatever language the messages are in.
  const lang: MessageLang = site.defaultLocale === 'en' ? 'en' : 'zh';
  const themeIds = content.themes.map((t) => t.id);
  const fields = {
    year,
    title: request.title?.trim() || render({ key: 'programme.title', params: { year, region: regionName } }, lang),
    region: site.region,
    published: context.today,
    themes: themeIds,
  };
  const valid = parsed(ProgrammeSchema, fields, { title: '--title' }, context.lang);
  if ('problems' in valid) return valid;
  const data = valid.data;
  const body = render({ key: 'programme.report', params: { year, region: regionName } }, lang);
  return {
    scaffold: {
      path: `programmes/${year}.mdx`,
      text: markdownEntry(data, body),
      notes: [{ key: themeIds.length > 0 ? 'next.programme' : 'next.programmeNoThemes', params: { year, themes: themeIds.join(', '), today: context.today } }],
    },
  };
}

export interface SiteRequest {
  /** The site's name; `<region name>民生实事` unless given. */
  title?: string;
  publisher?: string;
  /** The id of the region, the site's top-level place. */
  region?: string;
  /** The region's name. */
  name?: string;
  level?: string;
}

/** The themes a starter site begins with: the usual chapters of a 民生实事 list. */
const STARTER_THEMES: readonly { id: string; name: string; short: string; description: string }[] = [
  { id: 'jiaoyu', name: '教育', short: '教育', description: '学校、幼儿园、托育机构和青少年活动场所。' },
  { id: 'yiliao', name: '医疗卫生', short: '医疗', description: '医院、卫生院、社区卫生服务和公共卫生。' },
  { id: 'yanglao', name: '养老助残', short: '养老', description: '养老机构、居家养老服务、老年食堂和助残服务。' },
  { id: 'jiuye', name: '就业社保', short: '就业', description: '就业创业、技能培训和社会保障。' },
  { id: 'zhufang', name: '住房保障', short: '住房', description: '保障性住房、老旧小区改造和加装电梯。' },
  { id: 'jiaotong', name: '交通出行', short: '交通', description: '道路、公交、停车和步行骑行。' },
  { id: 'huanjing', name: '生态环境', short: '环境', description: '污水、垃圾分类、河道和公园绿地。' },
  { id: 'wenti', name: '文化体育', short: '文体', description: '图书馆、文化礼堂、体育场地和全民健身。' },
  { id: 'pingan', name: '平安建设', short: '平安', description: '消防、食品安全、防汛和社区平安。' },
];

export const STARTER_DEFAULTS = { region: 'benshi', name: '本市' } as const;

/**
 * A whole site that checks and builds at once: its settings, the starter themes, the
 * region and this year's programme. Every entry is published as written, so the defaults
 * are plain, true names ("本市") that the notes ask the writer to replace, never placeholders.
 */
export function starterSite(request: SiteRequest, context: Omit<Context, 'content'>): { scaffolds: Scaffold[] } | { problems: Message[] } {
  const empty: ContentIndex = {
    themes: [],
    districts: [],
    programmes: [],
    projects: [],
    updates: [],
    files: { themes: new Map(), districts: new Map(), programmes: new Map(), projects: new Map(), updates: new Map() },
  };
  const region = request.region ?? STARTER_DEFAULTS.region;
  const name = request.name?.trim() || STARTER_DEFAULTS.name;
  const place = newDistrict({ id: region, name, level: request.level }, { ...context, content: empty });
  if ('problems' in place) return { problems: place.problems.map((p) => (p.key === 'id.plain' ? { ...p, params: { ...p.params, option: '--region' } } : p)) };

  const settings = {
    title: request.title?.trim() || `${name}民生实事`,
    publisher: request.publisher?.trim() || `${name}人民政府办公室`,
    region,
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'zh-Hant', 'en'],
  };
  const valid = parsed(SiteSchema, settings, { title: '--title', publisher: '--publisher' }, context.lang);
  if ('problems' in valid) return valid;
  const site = valid.data;
  const themes = STARTER_THEMES.map(({ id, ...theme }, i) => ({ id, data: ThemeSchema.parse({ ...theme, order: i + 1 }) }));
  const content: ContentIndex = { ...empty, site, themes, districts: [{ id: region, data: DistrictSchema.parse(JSON.parse(place.scaffold.text)) }] };
  const programme = newProgramme({ year: context.today.slice(0, 4) }, { ...context, content });
  if ('problems' in programme) return programme;
  return {
    scaffolds: [
      { path: 'site.json', text: `${JSON.stringify(settings, null, 2)}\n`, notes: [] },
      ...themes.map((t) => ({ path: `themes/${t.id}.json`, text: `${JSON.stringify(t.data, null, 2)}\n`, notes: [] })),
      { ...place.scaffold, notes: [] },
      { ...programme.scaffold, notes: [] },
    ],
  };
}
