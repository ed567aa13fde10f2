/**
 * Interface strings by dotted key. zh-Hant pages are converted from zh-Hans at build
 * time, so they share the Simplified dictionary here.
 */
import type { Locale } from '../schemas/common.ts';
import { en } from './en.ts';
import { zhHans, type MessageKey } from './zh-Hans.ts';

export type { MessageKey } from './zh-Hans.ts';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHans, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
