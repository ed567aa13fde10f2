/**
 * Turns zod's issues into problems a press officer can act on: the field by name, the
 * value that was found, and what is expected, in their language.
 */
import type { z } from 'zod';
import { expectation, typeName, type MessageLang } from './messages.ts';
import type { Message } from './messages.ts';
import { parseAmount } from '../import/values.ts';
import { EXPECT, PATTERNS, TEXT_MAX, TITLE_MAX, type ExpectKey } from '../schemas/common.ts';

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** A value as the user wrote it, short enough for one line. */
export function shown(value: unknown): string {
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  // Direction controls and invisible characters are shown as their code points: printed as they are, they would reorder or hide the very text at fault.
  else if (typeof value === 'string') text = JSON.stringify(value).replace(/[\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * An amount written as a press release writes it (`1.2亿元`): the message shows how to
 * write it as the content format wants, with the amount it read when it could read one.
 */
function moneyMessage(field: string, input: unknown, found: string): Message {
  const read = typeof input === 'string' || typeof input === 'number' ? parseAmount(input, typeof input === 'number' ? 0 : undefined) : undefined;
  const amount = read && 'value' in read ? read.value : 120000000;
  return { key: 'field.money', params: { found, field, amount } };
}

/**
 * What the check behind an issue expects, read from the issue's structure: a custom check
 * names its key in its params, a pattern is one of PATTERNS, a text length is the title's
 * or the text's limit, and the only address format the schemas report is the site's own.
 */
export function expectKey(issue: z.core.$ZodIssue): ExpectKey | undefined {
  switch (issue.code) {
    case 'custom': {
      const key: unknown = issue.params?.expect;
      return typeof key === 'string' && Object.hasOwn(EXPECT, key) ? (key as ExpectKey) : undefined;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'siteAddress';
      if (issue.format === 'regex') return (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).find((key) => String(PATTERNS[key]) === issue.pattern);
      return undefined;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'nonEmpty' : undefined;
    case 'too_big':
      if (issue.origin !== 'string') return undefined;
      return Number(issue.maximum) === TITLE_MAX ? 'titleLength' : Number(issue.maximum) === TEXT_MAX ? 'textLength' : undefined;
    default:
      return undefined;
  }
}

/** What an issue expects in `lang`: by its key, or zod's own words for a check without one. */
function expected(issue: z.core.$ZodIssue, lang: MessageLang): string {
  const key = expectKey(issue);
  return key === undefined ? issue.message : expectation(key, lang);
}

/** The message for one zod issue; `lang` picks the words of the expectation. */
export function issueMessage(issue: z.core.$ZodIssue, lang: MessageLang): Message {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { key: 'field.required' };
      const found = `${shown(input)} (${typeName(kindOf(input), lang)})`;
      const field = issue.path.at(-1);
      if (issue.expected === 'object' && field === 'budget') return moneyMessage(String(field), input, found);
      return { key: 'field.type', params: { found, expected: typeName(issue.expected, lang) } };
    }
    case 'invalid_value':
      return { key: 'field.enum', params: { found: shown(input), options: issue.values.map((v) => String(v)).join(', ') } };
    case 'too_small': {
      if (issue.origin === 'array') return { key: 'field.tooSmall', params: { found: shown(input), expected: lang === 'en' ? `a list of at least ${issue.minimum}` : `至少 ${issue.minimum} 项的列表` } };
      if (issue.origin === 'string') return { key: 'field.expect', params: { found: shown(input), expected: expected(issue, lang) } };
      return { key: 'field.tooSmall', params: { found: shown(input), expected: lang === 'en' ? `a number of at least ${issue.minimum}` : `不小于 ${issue.minimum} 的数` } };
    }
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : 0;
        return { key: 'field.expect', params: { found: `${shown(input)}${lang === 'en' ? ` (${length} characters)` : `（${length} 个字符）`}`, expected: expected(issue, lang) } };
      }
      return { key: 'field.tooBig', params: { found: shown(input), expected: lang === 'en' ? `a number of at most ${issue.maximum}` : `不大于 ${issue.maximum} 的数` } };
    case 'invalid_format':
      return { key: 'field.expect', params: { found: shown(input), expected: expected(issue, lang) } };
    default:
      return { key: 'field.expect', params: { found: shown(input), expected: expected(issue, lang) } };
  }
}
