/**
 * The rules of content-format.md that look beyond one field: file names, ids,
 * references between collections, dates in order, completion, progress over time,
 * damaged text, pictures and boundaries.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { District } from '../schemas/district.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Project } from '../schemas/project.ts';
import type { Site } from '../schemas/site.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Update } from '../schemas/update.ts';
import { RelativePathSchema } from '../schemas/common.ts';
import { firstDay } from '../model/dates.ts';
import type { Entry } from '../model/entry.ts';
import { isPublished } from '../model/publish.ts';
import { endOf, projectHistory } from '../model/state.ts';
import { noun, type CheckKey, type MessageLang } from './messages.ts';
import { placeholderIn } from '../scaffold/placeholders.ts';
import type { Problem } from './problem.ts';
import { displayPath, lineAt, type Collection, type SourceFile } from './read.ts';
import { resolveInside, type Resolved } from '../lib/paths.ts';
import { SITE_FILES_FOLDER, siteFilePath } from '../lib/urls.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';

/** An entry that passed its schema, with the file it came from. */
export interface Checked<T> extends Entry<T> {
  file: SourceFile;
}

export interface CheckedContent {
  site?: Checked<Site>;
  themes: Checked<Theme>[];
  districts: Checked<District>[];
  programmes: Checked<Programme>[];
  projects: Checked<Project>[];
  updates: Checked<Update>[];
  /** For every file that parsed, the fields that are valid, also when others are not. */
  fields: Map<SourceFile, Record<string, unknown>>;
}

type Report = (file: SourceFile, field: string, key: CheckKey, params?: Record<string, string | number>, severity?: Problem['severity']) => void;

/** Top-level field of a path such as `milestones[2].label`. */
function topField(field: string): string {
  return field.split(/[.[]/)[0]!;
}

/** Line of a top-level field in a file, so that editors can jump to it. */
export function fieldLine(file: SourceFile, field: string): number | undefined {
  const name = topField(field);
  if (name === '') return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // In JSON the first `"name":` is taken, which is the top-level one unless a nested field of that name comes first.
  const pattern = file.format === 'json' ? new RegExp(`"${escaped}"\\s*:`) : new RegExp(`^${escaped}\\s*:`, 'm');
  const match = pattern.exec(file.text);
  return match ? lineAt(file.text, match.index) : undefined;
}

export function makeReporter(problems: Problem[]): Report {
  return (file, field, key, params, severity = 'error') => {
    problems.push({ severity, file: file.path, line: fieldLine(file, field), field, message: params ? { key, params } : { key } });
  };
}

const ID = /^[a-z0-9-]+$/;

/** Ids well formed and unique; names agree with the `year` and `date` fields. */
export function checkIdsAndNames(files: readonly SourceFile[], content: CheckedContent, report: Report): void {
  const seen = new Map<string, SourceFile>();
  for (const file of files) {
    if (file.collection === 'site') continue;
    const segments = file.id.split('/');
    const bad = segments.find((segment) => !ID.test(segment));
    if (bad !== undefined) report(file, '', 'id.format', { found: bad });
    if (file.collection === 'projects' && segments.length < 2) report(file, '', 'name.projectPath');
    if (file.collection === 'updates' && !/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(file.id)) report(file, '', 'name.update', { found: file.id });
    const key = `${file.collection}:${file.id}`;
    const other = seen.get(key);
    if (other) report(file, '', 'id.duplicate', { id: file.id, other: other.path });
    else seen.set(key, file);
  }
  // From the fields that are valid on their own, so that a file with other errors gets this one in the same run.
  for (const [file, fields] of content.fields) {
    const { year, programme, date } = fields as { year?: number; programme?: number; date?: string };
    if (file.collection === 'programmes' && year !== undefined && String(year) !== file.id) report(file, 'year', 'name.year', { found: year, expected: file.id });
    const folder = file.id.split('/')[0]!;
    if (file.collection === 'projects' && programme !== undefined && file.id.includes('/') && String(programme) !== folder) {
      report(file, 'programme', 'name.projectYear', { found: programme, expected: folder });
    }
    const prefix = file.id.slice(0, 10);
    if (file.collection === 'updates' && date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(prefix) && date !== prefix) report(file, 'date', 'name.date', { found: date, expected: prefix });
  }
}

/** Every reference names an existing entry, and places lead up to a root without loops. */
export function checkReferences(files: readonly SourceFile[], content: CheckedContent, report: Report, lang: MessageLang): void {
  const ids = (collection: Collection) => new Set(files.filter((f) => f.collection === collection).map((f) => f.id));
  const known = { themes: ids('themes'), districts: ids('districts'), programmes: ids('programmes'), projects: ids('projects') };
  const kinds = { themes: 'theme', districts: 'district', programmes: 'programme', projects: 'project' } as const;
  const expect = (file: SourceFile, field: string, collection: keyof typeof known, value: string | number) => {
    if (known[collection].has(String(value))) return;
    const all = [...known[collection]];
    const options = all.length === 0 ? '' : all.length <= 8 ? all.join(', ') : `${all.slice(0, 8).join(', ')}, …`;
    report(file, field, 'ref.missing', { found: String(value), kind: noun(kinds[collection], lang), folder: `content/${collection}/`, options });
  };

  const refs: Record<Exclude<Collection, 'site'>, [field: string, target: keyof typeof known][]> & { site: [string, keyof typeof known][] } = {
    site: [['region', 'districts']],
    themes: [],
    districts: [['parent', 'districts']],
    programmes: [['region', 'districts'], ['themes', 'themes']],
    projects: [['programme', 'programmes'], ['theme', 'themes'], ['districts', 'districts']],
    updates: [['projects', 'projects']],
  };
  for (const [file, fields] of content.fields) {
    for (const [field, target] of refs[file.collection]) {
      const value = fields[field];
      if (Array.isArray(value)) value.forEach((v, i) => expect(file, `${field}[${i}]`, target, v as string));
      else if (value !== undefined) expect(file, field, target, value as string | number);
    }
  }

  // A loop of parents: report it once, on the place whose id sorts first in the loop.
  const parentOf = new Map(content.districts.map((d) => [d.id, d.data.parent]));
  for (const district of content.districts) {
    const chain = [district.id];
    let next = district.data.parent;
    while (next !== undefined && parentOf.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = parentOf.get(next);
    }
    if (next !== undefined && chain.includes(next) && next === district.id && district.id === [...chain].sort()[0]) {
      report(district.file, 'parent', 'parent.cycle', { chain: [...chain, next].join(' → ') });
    }
  }
}

/** start ≤ plannedEnd; `completed` present exactly when completed; completed means 100 %. */
export function checkProjectDates(content: CheckedContent, report: Report): void {
  for (const { file, data } of content.projects) {
    // A partial date is a period: a start in 2022-04 fits a project due "2022" (by its last day).
    if (data.start !== undefined && data.plannedEnd !== undefined && firstDay(data.start) > endOf(data.plannedEnd)) {
      report(file, 'start', 'date.order', { start: data.start, end: data.plannedEnd });
    }
    if (data.status === 'completed' && data.completed === undefined) report(file, 'completed', 'completed.missing');
    if (data.status !== 'completed' && data.completed !== undefined) report(file, 'completed', 'completed.extra', { found: data.completed, status: data.status });
    if (data.status === 'completed' && data.progress !== 100) report(file, 'progress', 'completed.progress', { found: data.progress });
  }
}

/**
 * Progress over time, following the same history the site shows: it never goes down
 * except through a correction, and a step to "completed" is at 100 %. Drafts and
 * scheduled updates count too, so that nothing breaks on the day they go out.
 */
export function checkProgress(content: CheckedContent, report: Report, lang: MessageLang): void {
  const updateFiles = new Map(content.updates.map((u) => [u.id, u.file]));
  const byProject = new Map<string, Checked<Update>[]>();
  for (const update of content.updates) {
    for (const id of update.data.projects) byProject.set(id, [...(byProject.get(id) ?? []), update]);
  }
  for (const project of content.projects) {
    const history = projectHistory(project, byProject.get(project.id) ?? []);
    for (let i = 0; i < history.length; i++) {
      const step = history[i]!;
      const file = step.updateId === undefined ? project.file : updateFiles.get(step.updateId)!;
      if (step.updateId !== undefined && step.status === 'completed' && step.progress < 100) {
        report(file, 'progress', 'completed.progress', { found: step.progress });
      }
      const previous = history[i - 1];
      if (previous && step.progress < previous.progress && step.kind !== 'correction') {
        const where = previous.updateId === undefined ? noun('baseline', lang) : updateFiles.get(previous.updateId)!.path;
        report(file, 'progress', 'progress.decrease', { to: step.progress, from: previous.progress, fromDate: previous.date, fromWhere: where });
      }
    }
  }
}

/** A published update about unpublished projects only would vanish without a word. */
export function checkHiddenUpdates(content: CheckedContent, today: string, report: Report): void {
  const published = new Set(content.projects.filter((p) => isPublished(p.data, today)).map((p) => p.id));
  const existing = new Set(content.projects.map((p) => p.id));
  for (const update of content.updates) {
    if (!isPublished(update.data, today)) continue;
    const listed = update.data.projects.filter((id) => existing.has(id));
    if (listed.length > 0 && !listed.some((id) => published.has(id))) {
      report(update.file, 'projects', 'update.hidden', { found: listed.join(', ') }, 'warning');
    }
  }
}

const HAN = '\\p{Script=Han}';
const QUESTION_RUN = new RegExp(`${HAN}\\?{2,}|\\?{2,}${HAN}`, 'u');
const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN = new RegExp(`${HAN}[(（](?:[a-zü]*[${TONE}][a-zü${TONE}]*|[a-zü]+[1-5])[)）]`, 'u');

/** The first sign of damaged text in a string, as a message. */
export function mojibake(text: string): { key: CheckKey; params?: Record<string, string> } | undefined {
  if (text.includes('\uFFFD')) return { key: 'text.replacement' };
  const question = QUESTION_RUN.exec(text);
  if (question) return { key: 'text.questionMarks', params: { found: question[0] } };
  const pinyin = PINYIN.exec(text);
  if (pinyin) return { key: 'text.pinyin', params: { found: pinyin[0] } };
  return undefined;
}

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) yield* strings(inner, path === '' ? key : `${path}.${key}`);
  }
}

/** Damaged text in any field or in the body, whether or not the entry passed its schema. */
export function checkText(files: readonly SourceFile[], problems: Problem[]): void {
  for (const file of files) {
    for (const [field, text] of strings(file.data, '')) {
      const found = mojibake(text);
      if (found) problems.push({ severity: 'error', file: file.path, line: fieldLine(file, field), field, message: found });
    }
    if (file.body === undefined) continue;
    file.body.split('\n').forEach((line, i) => {
      const found = mojibake(line);
      if (found) problems.push({ severity: 'error', file: file.path, line: file.bodyLine + i, field: 'body', message: found });
    });
  }
}

/**
 * Text `npm run new` wrote for the writer to replace, left in an entry that is no longer a
 * draft: it would be published as the project's name or the update's text. Scheduled
 * entries count as published, since they go out with no one looking again.
 */
export function checkPlaceholders(files: readonly SourceFile[], problems: Problem[]): void {
  // The line of a field is looked for only when there is something to report there.
  const report = (file: SourceFile, field: string, line: () => number | undefined, text: string) => {
    const found = placeholderIn(text);
    if (found) problems.push({ severity: 'error', file: file.path, line: line(), field, message: { key: 'placeholder', params: found } });
  };
  for (const file of files) {
    if ((file.data as { draft?: unknown } | undefined)?.draft === true) continue;
    for (const [field, text] of strings(file.data, '')) report(file, field, () => fieldLine(file, field), text);
    file.body?.split('\n').forEach((line, i) => report(file, 'body', () => file.bodyLine + i, line));
  }
}

/** Pictures exist next to their entry; boundaries exist and are GeoJSON. */
export function checkFiles(files: readonly SourceFile[], content: CheckedContent, contentDir: string, geoFiles: Set<string>, report: Report, cwd: string): void {
  // Pictures are looked for even when another field of the entry is wrong, from the raw list.
  for (const file of files) {
    if (file.collection !== 'projects') continue;
    const images = (file.data as { images?: unknown } | undefined)?.images;
    if (!Array.isArray(images)) continue;
    images.forEach((image: unknown, i) => {
      const src = (image as { src?: unknown } | null)?.src;
      if (typeof src !== 'string' || !RelativePathSchema.safeParse(src).success) return;
      const path = join(dirname(file.absolutePath), src.trim());
      const found = resolveInside(contentDir, path);
      if (found.ok) return;
      if (found.refusal === 'missing') report(file, `images[${i}].src`, 'image.missing', { found: src, expected: displayPath(path, cwd) });
      else reportRefusedPath(file, `images[${i}].src`, src, found, report, cwd);
    });
  }
  // A source that is a file of the site (`/files/…`) must be in content/files/, or its link would lead nowhere.
  for (const file of files) {
    if (file.collection !== 'projects') continue;
    const sources = (file.data as { sources?: unknown } | undefined)?.sources;
    if (!Array.isArray(sources)) continue;
    sources.forEach((source: unknown, i) => {
      const url = (source as { url?: unknown } | null)?.url;
      const below = typeof url === 'string' ? siteFilePath(url) : undefined;
      if (below === undefined) return;
      const path = join(contentDir, SITE_FILES_FOLDER, below);
      const found = resolveInside(contentDir, path);
      if (found.ok) return;
      if (found.refusal === 'missing') report(file, `sources[${i}].url`, 'source.fileMissing', { found: url as string, expected: displayPath(path, cwd) });
      else reportRefusedPath(file, `sources[${i}].url`, url as string, found, report, cwd);
    });
  }
  for (const district of content.districts) {
    const name = district.data.geometry;
    if (name === undefined) continue;
    const path = join(contentDir, 'geo', name);
    const found = resolveInside(contentDir, path);
    if (!found.ok && found.refusal !== 'missing') {
      reportRefusedPath(district.file, 'geometry', name, found, report, cwd);
      continue;
    }
    if (!geoFiles.has(name)) {
      report(district.file, 'geometry', 'geometry.missing', { found: name, expected: displayPath(path, cwd) });
      continue;
    }
    const problem = geoJsonProblem(readFileSync(path, 'utf8'));
    if (problem) report(district.file, 'geometry', 'geometry.invalid', { found: displayPath(path, cwd), detail: problem });
  }
}

interface MarkdownNode {
  type: string;
  url?: string;
  identifier?: string;
  value?: string;
  children?: MarkdownNode[];
  position?: { start: { line: number } };
}

/** A picture address of a file next to the entry: neither a URL nor a path from the site root. */
function localPicture(url: string): string | undefined {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // Astro would fail on it too; judged as written.
  }
  return decoded === '' || URL.canParse(decoded) || decoded.startsWith('/') ? undefined : decoded;
}

/** An MDX expression that holds only comments (slash-star … star-slash) runs nothing. */
const COMMENT_ONLY = /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)*$/;

/** At most 60 characters of code, on one line, to quote in a message. */
function quoteCode(code: string): string {
  const line = code.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/**
 * What a body names besides itself. Pictures (`![…](path)`, also by reference) are files
 * beside the entry that the build publishes under `/media/`, so they must be files inside
 * content/ as `images` are; those found are recorded on the file for the build. In MDX, `import`, `export` and code in braces run while the
 * site is built and could read any file: reports need none of them (components come
 * without an import, and their props are plain values). A body is parsed only when it may
 * hold one of these.
 */
export function checkBodyFiles(files: readonly SourceFile[], contentDir: string, problems: Problem[], cwd: string): void {
  for (const file of files) {
    const body = file.body;
    if (body === undefined || (!body.includes('![') && !(file.format === 'mdx' && /[{]|^\s*(?:import|export)\b/m.test(body)))) continue;
    let tree: MarkdownNode;
    try {
      tree = (file.format === 'mdx' ? mdxToMdast(body, { features: { gfm: true } }) : markdownToMdast(body, { features: { gfm: true } })) as MarkdownNode;
    } catch {
      continue; // An MDX syntax error, reported by the body check.
    }
    const push = (node: MarkdownNode, key: CheckKey, params: Record<string, string>) =>
      problems.push({ severity: 'error', file: file.path, line: file.bodyLine + (node.position?.start.line ?? 1) - 1, field: 'body', message: { key, params } });
    const nodes: MarkdownNode[] = [];
    for (const stack = [tree]; stack.length > 0; ) {
      const node = stack.pop()!;
      nodes.push(node);
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    const definitions = new Map(nodes.filter((n) => n.type === 'definition').map((n) => [n.identifier, n.url]));
    for (const node of nodes) {
      if (node.type === 'mdxjsEsm') push(node, 'mdx.esm', { found: quoteCode(node.value ?? '') });
      else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT_ONLY.test(node.value ?? '')) push(node, 'mdx.expression', { found: `{${quoteCode(node.value ?? '')}}` });
      const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
      const src = url === undefined ? undefined : localPicture(url);
      if (src === undefined) continue;
      const path = join(dirname(file.absolutePath), src);
      const found = resolveInside(contentDir, path);
      if (found.ok) {
        (file.pictures ??= []).push(path);
        continue;
      }
      if (found.refusal === 'missing') push(node, 'image.missing', { found: url!, expected: displayPath(path, cwd) });
      else push(node, ...refusedPathMessage(url!, found, cwd));
    }
  }
}

/** A file reference that exists but may not be used: outside content/, a folder, a broken link. */
function refusedPathMessage(found: string, refused: Extract<Resolved, { ok: false }>, cwd: string): [key: CheckKey, params: Record<string, string>] {
  if (refused.refusal === 'outside') return ['path.outside', { found, target: displayPath(refused.target!, cwd) }];
  if (refused.refusal === 'folder') return ['path.folder', { found }];
  if (refused.refusal === 'special') return ['path.special', { found }];
  return ['path.brokenLink', { found }];
}

/** Reports a file reference of a field that exists but may not be used (see `refusedPathMessage`). */
function reportRefusedPath(file: SourceFile, field: string, found: string, refused: Extract<Resolved, { ok: false }>, report: Report, cwd: string): void {
  report(file, field, ...refusedPathMessage(found, refused, cwd));
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** What is wrong with a GeoJSON text, or undefined when it is a Feature or FeatureCollection with geometries. */
export function geoJsonProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return (error as Error).message;
  }
  const isFeature = (f: unknown): boolean => {
    if (typeof f !== 'object' || f === null) return false;
    const feature = f as { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown; geometries?: unknown } | null };
    if (feature.type !== 'Feature') return false;
    const geometry = feature.geometry;
    if (geometry === null) return true;
    return typeof geometry === 'object' && GEOMETRY_TYPES.has(String(geometry?.type)) && (Array.isArray(geometry?.coordinates) || Array.isArray(geometry?.geometries));
  };
  const root = value as { type?: unknown; features?: unknown };
  if (root?.type === 'Feature') return isFeature(root) ? undefined : 'type "Feature" without a valid geometry';
  if (root?.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) return '"features" is not a list';
    const bad = root.features.findIndex((f) => !isFeature(f));
    return bad === -1 ? undefined : `features[${bad}] is not a Feature with a valid geometry`;
  }
  return `type is ${JSON.stringify(root?.type)}`;
}

export function checkSite(content: CheckedContent, report: Report): void {
  const site = content.site;
  if (site && !site.data.locales.includes(site.data.defaultLocale)) {
    report(site.file, 'defaultLocale', 'site.defaultLocale', { found: site.data.defaultLocale, locales: site.data.locales.join(', ') });
  }
}
