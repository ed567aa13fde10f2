/**
 * The entries `npm run new` writes: a project, an update, a place. Each is valid as
 * written (the checker accepts it), refers only to what exists, and never replaces a
 * file. Projects and updates are written as drafts (`draft: true`), because they hold
 * placeholders and a body still to be written; nothing is published until the writer
 * deletes that line. A place has no draft state, so it needs its real name to be made.
 */
import { DISTRICT_LEVELS, DistrictSchema, type District, type DistrictLevel } from '../schemas/district.ts';
import { ProjectSchema } from '../schemas/project.ts';
import { UPDATE_KINDS, UpdateSchema, type UpdateKind } from '../schemas/update.ts';
import { compareDates } from '../model/dates.ts';
import { currentState } from '../model/state.ts';
import { dumpYaml, markdownEntry } from '../import/edit.ts';
import { listIds, type ContentIndex } from './content.ts';
import { broughtIssues, historyIssues, type HistoryIssue } from './history.ts';
import { render, type Message, type MessageLang } from './messages.ts';

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

function existing(context: Context, collection: keyof ContentIndex['files'], id: string, hint: string): Message | undefined {
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
  ProjectSchema.parse(data);
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
}

/** Kinds of update that report a figure; a completion sets 100 % by itself, the others rarely state one. */
const PREFILLED_KINDS: readonly UpdateKind[] = ['progress', 'milestone', 'correction'];

export function newUpdate(request: UpdateRequest, context: Context): ScaffoldResult {
  const { content, lang, today } = context;
  const problems: Message[] = [];
  const kind = (request.kind ?? 'progress') as UpdateKind;
  if (!UPDATE_KINDS.includes(kind)) problems.push({ key: 'kind', params: { found: kind, kinds: UPDATE_KINDS.join(', ') } });
  for (const id of request.projects) {
    if (!PROJECT_ID.test(id)) {
      problems.push({ key: 'id.project', params: { found: id } });
      continue;
    }
    const file = content.files.projects.get(id);
    const year = id.slice(0, 4);
    const sameYear = [...content.files.projects.keys()].filter((p) => p.startsWith(`${year}/`)).sort();
    if (file === undefined) problems.push({ key: 'missing.project', params: { found: id, year, projects: sameYear.join(', ') } });
    else if (!content.projects.some((p) => p.id === id)) problems.push({ key: 'invalid.project', params: { path: file.path } });
  }
  const slug = request.slug ?? request.projects[0]?.split('/').at(-1) ?? '';
  if (request.slug !== undefined && !ID.test(request.slug)) problems.push({ key: 'id.plain', params: { option: '--slug', found: request.slug, example: 'museum-opens' } });
  const id = `${today}-${slug}`;
  const taken = existing(context, 'updates', id, 'exists.update');
  if (taken) problems.push(taken);
  if (problems.length > 0) return { problems };

  // The update is dated today, so the progress it starts from is the one recorded up to
  // today. Drafts count: the checker orders every update, published or not, and the new
  // figure must not fall below any of them.
  const recorded = content.updates.filter((u) => compareDates(u.data.date, today) <= 0);
  const progress = request.projects.map((id) => {
    const project = content.projects.find((p) => p.id === id)!;
    return { id, progress: currentState(project, recorded, today).progress };
  });
  const notes: Message[] = [];
  const figures = new Set(progress.map((p) => p.progress));
  let comment: string | undefined;
  let prefilled: number | undefined;
  if (!PREFILLED_KINDS.includes(kind)) notes.push({ key: 'progress.none', params: { kind } });
  else if (figures.size === 1) {
    prefilled = progress[0]!.progress;
    notes.push({ key: 'progress.prefilled', params: { progress: prefilled, projects: request.projects.join(', ') } });
  } else {
    const list = progress.map((p) => `${p.id} ${p.progress}%`).join(lang === 'en' ? ', ' : '，');
    const note: Message = { key: 'progress.differs', params: { list } };
    notes.push(note);
    comment = render(note, lang);
  }
  notes.push({ key: 'next.update' });

  const head = { date: today, title: request.title ?? render({ key: 'placeholder.updateTitle' }, lang), projects: request.projects, kind };
  const tail = { ...(prefilled === undefined ? {} : { progress: prefilled }), draft: true };
  const update = { id, data: UpdateSchema.parse({ ...head, ...tail }) };
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

/** The level a place usually has below a place of each level. */
const CHILD_LEVEL: Partial<Record<DistrictLevel, DistrictLevel>> = {
  province: 'city',
  city: 'county',
  county: 'town',
  district: 'street',
  street: 'community',
  town: 'village',
};

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
  const level = (request.level as DistrictLevel | undefined) ?? (parent ? CHILD_LEVEL[parent.data.level] : undefined);
  if (request.level === undefined && level === undefined) {
    problems.push({ key: 'level.needed', params: { parent: parent?.id ?? '', parentLevel: parent?.data.level ?? '', levels } });
  }
  if (problems.length > 0 || name === undefined || level === undefined) return { problems };

  const data: District = DistrictSchema.parse({ name, level, ...(parent ? { parent: parent.id } : {}) });
  const notes: Message[] = [];
  const namesakes = content.districts.filter((d) => d.data.name === name).map((d) => d.id);
  if (namesakes.length > 0) notes.push({ key: 'note.sameName', params: { name, others: namesakes.join(', ') } });
  notes.push({ key: 'next.district' });
  return { scaffold: { path: `districts/${request.id}.json`, text: `${JSON.stringify(data, null, 2)}\n`, notes } };
}
