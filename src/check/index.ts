/**
 * The checker behind `npm run check` and the build: reads every file of `content/`,
 * validates it against the schemas and the rules of content-format.md, and returns
 * every problem at once.
 */
import type { z } from 'zod';
import type { SiteContent } from '../model/site.ts';
import { COLLECTION_SCHEMAS } from '../schemas/index.ts';
import { noun, render, type MessageLang } from './messages.ts';
import type { Problem } from './problem.ts';
import { openEntryCache, type EntryCache } from './entry-cache.ts';
import { readContent, type Collection, type SourceFile } from './read.ts';
import {
  checkBodyFiles,
  checkFiles,
  checkHiddenUpdates,
  checkIdsAndNames,
  checkProgress,
  checkProjectDates,
  checkReferences,
  checkSite,
  checkPlaceholders,
  checkText,
  fieldLine,
  makeReporter,
  type CheckedContent,
} from './rules.ts';
import { frozenProblems } from '../archive/frozen.ts';
import { checkBody } from './mdx.ts';
import { fieldPath, issueMessage } from './schema-issues.ts';

export type { Problem } from './problem.ts';
export type { CheckedContent } from './rules.ts';

/** The schema of each collection. */
export const SCHEMAS: Record<Collection, z.ZodObject> = COLLECTION_SCHEMAS;

export interface CheckOptions {
  contentDir: string;
  /** The build date, `YYYY-MM-DD`: what is published is judged against it. */
  today: string;
  lang: MessageLang;
  /** Paths are shown relative to it. */
  cwd?: string;
  /** A cache folder where parsed entries are kept between runs (src/check/entry-cache.ts); none when undefined. */
  cache?: string;
  /** Reads every file even where the cache has it (`npm run build -- --full`), and keeps what it read. */
  rereadAll?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  content: CheckedContent;
  files: SourceFile[];
}

/** Edit distance, to suggest the field a misspelt one was meant to be. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggestion(field: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => [k, k.toLowerCase() === field.toLowerCase() ? 0 : distance(field, k)] as const);
  const best = scored.sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= Math.max(2, Math.floor(field.length / 4)) ? best[0] : undefined;
}

/**
 * The fields of a file that are valid on their own: an entry with one bad field still has
 * its references checked, so that one run reports every defect.
 */
function validFields(file: SourceFile): Record<string, unknown> {
  if (file.data === null || typeof file.data !== 'object') return {};
  const shape = SCHEMAS[file.collection].shape as Record<string, z.ZodType>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file.data)) {
    const parsed = shape[key]?.safeParse(value);
    if (parsed?.success) fields[key] = parsed.data;
  }
  return fields;
}

function validate(file: SourceFile, lang: MessageLang, problems: Problem[]): unknown {
  if (file.data === undefined) return undefined;
  const schema = SCHEMAS[file.collection];
  const result = schema.safeParse(file.data, { reportInput: true });
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(file.data as object)) {
    if (known.includes(key)) continue;
    const hint = suggestion(key, known);
    problems.push({
      severity: 'warning',
      file: file.path,
      line: fieldLine(file, key),
      field: key,
      message: { key: 'field.unknown', params: { collection: noun(file.collection, lang), suggestion: hint ?? '' } },
    });
  }
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path);
    problems.push({ severity: 'error', file: file.path, line: fieldLine(file, field), field, message: issueMessage(issue, lang) });
  }
  return undefined;
}

/** The schema's verdict on a file, from the entry cache when the file is unchanged since it was kept. */
function validatedFile(file: SourceFile, lang: MessageLang, problems: Problem[], cache: EntryCache | undefined): unknown {
  const kept = cache?.validated(file);
  if (kept) {
    problems.push(...kept.problems);
    return kept.data;
  }
  const own: Problem[] = [];
  const data = validate(file, lang, own);
  problems.push(...own);
  cache?.keepValidated(file, data, own);
  return data;
}

export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const cache = options.cache ? openEntryCache(options.cache, options.lang, { reuse: !options.rereadAll }) : undefined;
  const { files, geoFiles, problems } = readContent(options.contentDir, cwd, cache);
  const content: CheckedContent = { themes: [], districts: [], programmes: [], projects: [], updates: [], fields: new Map() };
  const taken = new Set<string>();
  for (const file of files) {
    const data = validatedFile(file, options.lang, problems, cache);
    content.fields.set(file, data === undefined ? validFields(file) : (data as Record<string, unknown>));
    // A second entry with the same id is reported once, by the id rule, and not checked further.
    if (data === undefined || taken.has(`${file.collection}/${file.id}`)) continue;
    if (file.collection !== 'site') taken.add(`${file.collection}/${file.id}`);
    const entry = { id: file.id, data, file } as never;
    if (file.collection === 'site') content.site = entry;
    else content[file.collection].push(entry);
  }
  const idsOf = (collection: string) => new Set(files.filter((f) => f.collection === collection).map((f) => f.id));
  const known = { programme: idsOf('programmes'), project: idsOf('projects'), district: idsOf('districts'), theme: idsOf('themes') };
  await Promise.all(files.map((file) => checkBody(file, known, problems)));

  const report = makeReporter(problems);
  checkSite(content, report);
  checkIdsAndNames(files, content, report);
  checkReferences(files, content, report, options.lang);
  checkProjectDates(content, report);
  checkProgress(content, report, options.lang);
  checkHiddenUpdates(content, options.today, report);
  checkText(files, problems);
  checkPlaceholders(files, problems);
  checkFiles(files, content, options.contentDir, geoFiles, report, cwd);
  checkBodyFiles(files, options.contentDir, problems, cwd);
  problems.push(...frozenProblems(options.contentDir, files, options.lang, cwd));

  cache?.save();
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, content, files };
}

/** One line per problem: `file:line: field: what was found; what is expected`. */
export function formatProblem(problem: Problem, lang: MessageLang): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const label = problem.severity === 'warning' ? (lang === 'en' ? 'warning: ' : '提示：') : '';
  const field = problem.field === '' ? '' : `${problem.field}: `;
  return `${where}: ${label}${field}${render(problem.message, lang)}`;
}

export function formatSummary(result: Pick<CheckResult, 'errors' | 'warnings' | 'files'>, lang: MessageLang): string {
  const { errors, warnings, files } = result;
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return errors === 0
      ? `Checked ${plural(files.length, 'file')}: no errors${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`
      : `Checked ${plural(files.length, 'file')}: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}. Nothing is published until every error is fixed.`;
  }
  return errors === 0
    ? `已检查 ${files.length} 个文件：没有错误${warnings ? `，${warnings} 条提示` : ''}。`
    : `已检查 ${files.length} 个文件：${errors} 个错误${warnings ? `，${warnings} 条提示` : ''}。改正全部错误之后才能发布。`;
}

/** The language of the messages: the site's, unless asked otherwise. */
export function messageLang(defaultLocale: string | undefined, requested?: string): MessageLang {
  if (requested === 'en' || requested === 'zh') return requested;
  return defaultLocale === 'en' ? 'en' : defaultLocale === undefined ? 'en' : 'zh';
}

/**
 * The checked entries as the model takes them (each with its Markdown body), for scripts
 * and tests that work without Astro. Undefined when the site settings did not pass.
 */
export function siteContentOf(content: CheckedContent): SiteContent | undefined {
  if (!content.site) return undefined;
  const plain = <T>(entries: readonly { id: string; data: T; file: SourceFile }[]) =>
    entries.map(({ id, data, file }) => ({ id, data, body: file.body ?? '', format: file.format, filePath: file.absolutePath, ...(file.uses ? { uses: file.uses } : {}) }));
  return {
    site: content.site.data,
    themes: plain(content.themes),
    districts: plain(content.districts),
    programmes: plain(content.programmes),
    projects: plain(content.projects),
    updates: plain(content.updates),
  };
}
