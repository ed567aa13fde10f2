/**
 * Turns zod's issues into problems a press officer can act on: the field by name, the
 * value that was found, and what is expected, in their language.
 */
import type { z } from 'zod';
import { expectation, typeName, type MessageLang } from './messages.ts';
import type { Message } from './messages.ts';

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
  else if (typeof value === 'string') text = JSON.stringify(value);
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

/** The message for one zod issue; `lang` picks the words of the expectation. */
export function issueMessage(issue: z.core.$ZodIssue, lang: MessageLang): Message {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { key: 'field.required' };
      const found = `${shown(input)} (${typeName(kindOf(input), lang)})`;
      return { key: 'field.type', params: { found, expected: typeName(issue.expected, lang) } };
    }
    case 'invalid_value':
      return { key: 'field.enum', params: { found: shown(input), options: issue.values.map((v) => String(v)).join(', ') } };
    case 'too_small': {
      if (issue.origin === 'array') return { key: 'field.tooSmall', params: { found: shown(input), expected: lang === 'en' ? `a list of at least ${issue.minimum}` : `至少 ${issue.minimum} 项的列表` } };
      if (issue.origin === 'string') return { key: 'field.expect', params: { found: shown(input), expected: expectation(issue.message, lang) } };
      return { key: 'field.tooSmall', params: { found: shown(input), expected: lang === 'en' ? `a number of at least ${issue.minimum}` : `不小于 ${issue.minimum} 的数` } };
    }
    case 'too_big':
      return { key: 'field.tooBig', params: { found: shown(input), expected: lang === 'en' ? `a number of at most ${issue.maximum}` : `不大于 ${issue.maximum} 的数` } };
    case 'invalid_format':
      if (issue.format === 'url') return { key: 'field.expect', params: { found: shown(input), expected: lang === 'en' ? 'a web address starting with https://' : '以 https:// 开头的网址' } };
      return { key: 'field.expect', params: { found: shown(input), expected: expectation(issue.message, lang) } };
    default:
      return { key: 'field.expect', params: { found: shown(input), expected: expectation(issue.message, lang) } };
  }
}
