/**
 * Interface strings by dotted key. zh-Hant pages are converted from zh-Hans at build
 * time, so they share the Simplified dictionary here.
 */
import type { Locale } from '../schemas/common.ts';
import { en } from './en.ts';
import { zhHans, type MessageKey } from './zh-Hans.ts';
import { catalogue } from './messages.ts';

export type { MessageKey } from './zh-Hans.ts';

const dictionaries = catalogue<Locale, MessageKey>({ 'zh-Hans': zhHans, 'zh-Hant': zhHans, en }, 'interface string');

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return dictionaries(locale);
}
