/**
 * Frozen years (content-format.md): once a year is archived its programme says
 * `frozen: true` and `content/frozen/<year>.sha256` lists the checksum of every file of
 * that year. The rule below compares the files with that list, so that the archived
 * record and the live site cannot silently part ways; news about a frozen year is
 * published as an update of kind `correction`, shown beside the record as an erratum.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { noun, type CheckKey, type MessageLang } from '../check/messages.ts';
import type { Problem } from '../check/problem.ts';
import { displayPath, type SourceFile } from '../check/read.ts';
import { byPath, sha256 } from './bagit.ts';
import { isInside, resolveInside } from '../lib/paths.ts';

/** Where the checksum list of a year lives, relative to the content folder. */
export function frozenListPath(year: string | number): string {
  return `frozen/${year}.sha256`;
}

/** A file's path relative to the content folder, `/`-separated: the paths of the list. */
export function contentPath(contentDir: string, absolutePath: string): string {
  return relative(contentDir, absolutePath).split(sep).join('/');
}

/** The files of a year: its programme, the projects in `projects/<year>/` and the updates dated in it. Drafts included. */
export function yearFiles<F extends Pick<SourceFile, 'collection' | 'id'>>(files: readonly F[], year: string | number): F[] {
  const y = String(year);
  return files.filter(
    (file) =>
      (file.collection === 'programmes' && file.id === y) ||
      (file.collection === 'projects' && file.id.startsWith(`${y}/`)) ||
      (file.collection === 'updates' && file.id.startsWith(`${y}-`)),
  );
}

/** The list as `sha256sum` writes it: `<sha256>  <path>`, sorted by path. */
export function frozenList(files: readonly { path: string; bytes: Uint8Array }[]): string {
  return [...files]
    .sort((a, b) => byPath(a.path, b.path))
    .map((file) => `${sha256(file.bytes)}  ${file.path}\n`)
    .join('');
}

/** A listed path that is absolute or climbs out of the folder it is relative to. */
function isOutsidePath(path: string): boolean {
  return isAbsolute(path) || !isInside('/content', join('/content', path));
}

export function parseFrozenList(text: string): { entries: Map<string, string>; malformed: number[] } {
  const entries = new Map<string, string>();
  const malformed: number[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/i.exec(line);
    // npm run archive writes paths below the content folder; one that leads elsewhere is not its line.
    if (match && !isOutsidePath(match[2]!)) entries.set(match[2]!, match[1]!.toLowerCase());
    else malformed.push(index + 1);
  });
  return { entries, malformed };
}

/**
 * The programme's text with `frozen: true`: the `frozen:` line replaced if there is one,
 * otherwise a line added after `year:` (or at the end of the frontmatter). Nothing else
 * of the file changes, not even its line ends.
 */
export function freezeProgramme(text: string, name = 'the programme'): string {
  const lines = text.split(/(?<=\n)/);
  if (!/^\uFEFF?---[ \t]*\r?\n$/.test(lines[0] ?? '')) throw new Error(`${name} has no frontmatter; expected its fields between two lines of "---" at the top.`);
  const end = lines.findIndex((line, i) => i > 0 && /^---[ \t]*(\r?\n)?$/.test(line));
  if (end === -1) throw new Error(`${name} has no end to its frontmatter; expected a line "---" after the fields.`);
  const frozen = lines.findIndex((line, i) => i > 0 && i < end && /^frozen[ \t]*:/.test(line));
  if (frozen !== -1) {
    if (/^frozen[ \t]*:[ \t]*true[ \t]*\r?\n?$/.test(lines[frozen]!)) return text;
    lines[frozen] = `frozen: true${/\r?\n$/.exec(lines[frozen]!)?.[0] ?? ''}`;
    return lines.join('');
  }
  const year = lines.findIndex((line, i) => i > 0 && i < end && /^year[ \t]*:/.test(line));
  const after = year === -1 ? end - 1 : year;
  const eol = /\r\n$/.test(lines[after]!) ? '\r\n' : '\n';
  lines.splice(after + 1, 0, `frozen: true${eol}`);
  return lines.join('');
}

/**
 * The frozen rule: for every programme with `frozen: true`, each file of its year must
 * match `frozen/<year>.sha256`. A changed, missing or added file is an error naming the
 * file; an added update of kind `correction` is how a frozen year takes news.
 */
export function frozenProblems(contentDir: string, files: readonly SourceFile[], lang: MessageLang, cwd = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, key: CheckKey, params: Record<string, string | number>, field = '', line?: number): void => {
    problems.push({ severity: 'error', file, ...(line === undefined ? {} : { line }), field, message: { key, params } });
  };
  const frozenProgrammes = files.filter((f) => f.collection === 'programmes' && (f.data as { frozen?: unknown } | undefined)?.frozen === true);
  for (const programme of frozenProgrammes) {
    const year = programme.id;
    const list = frozenListPath(year);
    const listPath = join(contentDir, list);
    const shown = (path: string) => displayPath(join(contentDir, path), cwd);
    const listFile = resolveInside(contentDir, listPath);
    if (!listFile.ok) {
      // A link out or a special file is reported by the reading of the content folder, and never read.
      if (listFile.refusal === 'missing') error(programme.path, 'frozen.noList', { year, list: shown(list) }, 'frozen');
      continue;
    }
    const { entries, malformed } = parseFrozenList(readFileSync(listFile.real, 'utf8'));
    for (const line of malformed) error(shown(list), 'frozen.badLine', {}, '', line);
    const params = { year, list: shown(list) };
    for (const [path, checksum] of [...entries].sort(([a], [b]) => byPath(a, b))) {
      const found = resolveInside(contentDir, join(contentDir, path));
      // A link out or a special file is reported by the reading of the content folder, and never read.
      if (!found.ok && found.refusal !== 'missing' && found.refusal !== 'folder') continue;
      if (!found.ok) error(shown(path), 'frozen.missing', params);
      else if (sha256(readFileSync(found.real)) !== checksum) error(shown(path), 'frozen.changed', params);
    }
    for (const file of yearFiles(files, year)) {
      if (entries.has(contentPath(contentDir, file.absolutePath))) continue;
      if (file.collection === 'updates' && (file.data as { kind?: unknown } | undefined)?.kind === 'correction') continue;
      error(file.path, 'frozen.added', { ...params, what: noun(file.collection.replace(/s$/, ''), lang) });
    }
  }
  return problems;
}
