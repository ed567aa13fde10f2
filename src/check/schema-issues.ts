/**
 * Turns zod's issues into problems a press officer can act on: the field by name, the
 * value that was found, and what is expected, in their language.
 */
import type { z } from 'zod';
import { expectation, typeName, type MessageLang } from './messages.ts';
import type { Message } from './messages.ts';
import { parseAmount } from '../import/values.ts';

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
      if (issue.origin === 'string') return { key: 'field.expect', params: { found: shown(input), expected: expectation(issue.message, lang) } };
      return { key: 'field.tooSmall', params: { found: shown(input), expected: lang === 'en' ? `a number of at least ${issue.minimum}` : `不小于 ${issue.minimum} 的数` } };
    }
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : 0;
        return { key: 'field.expect', params: { found: `${shown(input)}${lang === 'en' ? ` (${length} characters)` : `（${length} 个字符）`}`, expected: expectation(issue.message, lang) } };
      }
      return { key: 'field.tooBig', params: { found: shown(input), expected: lang === 'en' ? `a number of at most ${issue.maximum}` : `不大于 ${issue.maximum} 的数` } };
    case 'invalid_format':
      return { key: 'field.expect', params: { found: shown(input), expected: expectation(issue.message, lang) } };
    default:
      return { key: 'field.expect', params: { found: shown(input), expected: expectation(issue.message, lang) } };
  }
}
