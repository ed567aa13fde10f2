/**
 * Writing project files: a new entry as Markdown with YAML frontmatter, and changes to an
 * existing entry that touch nothing but the fields that change. The lines of the other
 * fields, their quoting, comments, the order of the fields and the body stay byte for
 * byte. When a file is laid out in a way these edits do not follow (a rare YAML or JSON
 * construct), the fields are written out whole instead, and the caller is told so.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { FRONTMATTER } from '../check/read.ts';

/** How the tools write YAML: no line folding, double quotes where quotes are needed. */
const DUMP: yaml.DumpOptions = { lineWidth: -1, quotingType: '"' };

export function dumpYaml(data: Record<string, unknown>): string {
  return yaml.dump(data, DUMP);
}

/** Orders the fields of `data` as `order` lists them; fields not listed keep their place at the end. */
export function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = Object.keys(data).sort((a, b) => rank(a, order) - rank(b, order));
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
}

function rank(key: string, order: readonly string[]): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

function byRank(keys: readonly string[], order: readonly string[]): string[] {
  return [...keys].sort((a, b) => rank(a, order) - rank(b, order));
}

/** A Markdown entry: the fields as YAML frontmatter, then the body. */
export function markdownEntry(data: Record<string, unknown>, body: string): string {
  const text = body.trim();
  return `---\n${dumpYaml(data)}---\n${text === '' ? '' : `${text}\n`}`;
}

export interface Edited {
  text: string;
  /** False when the fields had to be written out whole (formatting and comments of the fields not kept). */
  surgical: boolean;
}

/** Where a new field goes: after the nearest field before it in `order` that the file has, else first. */
function anchor(key: string, present: readonly string[], order: readonly string[]): string | undefined {
  const before = order.slice(0, Math.max(0, order.indexOf(key)));
  for (let i = before.length - 1; i >= 0; i--) if (present.includes(before[i]!)) return before[i];
  return order.includes(key) ? undefined : present.at(-1);
}

const TOP_LEVEL_KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|$)/;

/** Lines of frontmatter grouped by top-level field; lines before the first field belong to none. */
function yamlFields(lines: readonly string[]): { key: string | undefined; lines: string[] }[] {
  const groups: { key: string | undefined; lines: string[] }[] = [{ key: undefined, lines: [] }];
  for (const line of lines) {
    const match = TOP_LEVEL_KEY.exec(line);
    if (match) groups.push({ key: match[1], lines: [line] });
    else groups.at(-1)!.lines.push(line);
  }
  // Blank lines and comments at the left edge after a field's value introduce the next field: they stay where they are.
  for (let i = 1; i < groups.length; i++) {
    const group = groups[i]!;
    let keep = group.lines.length;
    while (keep > 1 && /^(?:#.*|\s*)$/.test(group.lines[keep - 1]!) && !/^\s+#/.test(group.lines[keep - 1]!)) keep--;
    if (keep < group.lines.length) groups.splice(i + 1, 0, { key: undefined, lines: group.lines.splice(keep) });
  }
  return groups;
}

function loadYaml(text: string): unknown {
  try {
    return yaml.load(text);
  } catch {
    return undefined;
  }
}

/**
 * Sets `changes` in the frontmatter of a Markdown or MDX entry. `order` is the order of
 * the fields in the content format, which decides where a field the file lacks goes.
 */
export function editFrontmatter(text: string, changes: Record<string, unknown>, order: readonly string[]): Edited {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('The entry has no frontmatter; it should have been refused before it was edited.');
  const start = match[0].indexOf('\n') + 1;
  const source = match[1]!;
  const end = start + source.length;
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const before = (loadYaml(source) ?? {}) as Record<string, unknown>;
  const expected = { ...before, ...changes };

  const groups = yamlFields(source.split(/\r?\n/));
  const present = groups.flatMap((g) => (g.key === undefined ? [] : [g.key]));
  const linesOf = (key: string) => dumpYaml({ [key]: changes[key] }).replace(/\n$/, '').split('\n');
  for (const key of byRank(Object.keys(changes), order)) {
    const group = groups.find((g) => g.key === key);
    if (group) {
      group.lines = linesOf(key);
      continue;
    }
    const after = anchor(key, present, order);
    const index = after === undefined ? groups.findIndex((g) => g.key !== undefined) : groups.findIndex((g) => g.key === after) + 1;
    groups.splice(index === -1 ? groups.length : index, 0, { key, lines: linesOf(key) });
    present.push(key);
  }
  const edited = groups.flatMap((g) => g.lines).join(newline);
  if (isDeepStrictEqual(loadYaml(edited), expected)) {
    return { text: text.slice(0, start) + edited + text.slice(end), surgical: true };
  }
  const whole = dumpYaml(ordered(expected, [...Object.keys(before), ...order])).replace(/\n$/, '').split('\n').join(newline);
  return { text: text.slice(0, start) + whole + text.slice(end), surgical: false };
}

/** One JSON value on one line, spaced as people write it: `["a", "b"]`, `{ "amount": 1 }`. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    return members.length === 0 ? '{}' : `{ ${members.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

interface JsonMember {
  key: string;
  /** Offsets of the value in the text. */
  valueStart: number;
  valueEnd: number;
}

/** The members of a top-level JSON object, with the offsets of their values; undefined if the text is not one. */
function jsonMembers(text: string): { members: JsonMember[]; open: number; close: number } | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && /[\s\uFEFF]/.test(text[i]!)) i++;
  };
  const string = () => {
    const from = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return text.slice(from, i);
  };
  const value = () => {
    let depth = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        string();
        if (depth === 0) return;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      } else if (depth === 0 && (c === ',' || /\s/.test(c))) return;
      i++;
    }
  };
  space();
  if (text[i] !== '{') return undefined;
  const open = i++;
  const members: JsonMember[] = [];
  for (;;) {
    space();
    if (text[i] === '}') return { members, open, close: i };
    if (text[i] !== '"') return undefined;
    const key = JSON.parse(string()) as string;
    space();
    if (text[i++] !== ':') return undefined;
    space();
    const valueStart = i;
    value();
    members.push({ key, valueStart, valueEnd: i });
    space();
    if (text[i] === ',') i++;
    else if (text[i] !== '}') return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Sets `changes` in a JSON entry, rewriting only the values that change. */
export function editJson(text: string, changes: Record<string, unknown>, order: readonly string[]): Edited {
  const before = (parseJson(text) ?? {}) as Record<string, unknown>;
  const expected = { ...before, ...changes };
  const parsed = jsonMembers(text);
  if (parsed) {
    const { members, open, close } = parsed;
    // The text between "{" and the first member is how this file starts a member: "\n  " or " ".
    const lead = members.length > 0 ? text.slice(open + 1, members[0]!.valueStart).match(/^\s*/)![0] : '\n  ';
    const edits: { at: number; to: number; insert: string }[] = [];
    const present = members.map((m) => m.key);
    const added = new Map<string | undefined, string[]>();
    for (const key of byRank(Object.keys(changes), order)) {
      const member = members.find((m) => m.key === key);
      if (member) edits.push({ at: member.valueStart, to: member.valueEnd, insert: inlineJson(changes[key]) });
      else {
        const after = anchor(key, present, order);
        added.set(after, [...(added.get(after) ?? []), `${lead}${JSON.stringify(key)}: ${inlineJson(changes[key])}`]);
      }
    }
    for (const [after, lines] of added) {
      const previous = members.find((m) => m.key === after);
      if (previous) edits.push({ at: previous.valueEnd, to: previous.valueEnd, insert: lines.map((line) => `,${line}`).join('') });
      else if (members.length > 0) edits.push({ at: open + 1, to: open + 1, insert: lines.map((line) => `${line},`).join('') });
      else edits.push({ at: open + 1, to: close, insert: `${lines.join(',')}${lead.includes('\n') ? '\n' : ' '}` });
    }
    let edited = text;
    for (const edit of edits.sort((a, b) => b.at - a.at)) edited = edited.slice(0, edit.at) + edit.insert + edited.slice(edit.to);
    if (isDeepStrictEqual(parseJson(edited), expected)) return { text: edited, surgical: true };
  }
  return { text: `${JSON.stringify(ordered(expected, [...Object.keys(before), ...order]), null, 2)}\n`, surgical: false };
}
