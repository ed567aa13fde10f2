import type { ComponentUse } from '../check/read.ts';

/** An entry as the checker hands it over: an id and its parsed data, with its body and where it was read. */
export interface Entry<T> {
  id: string;
  data: T;
  /** The Markdown or MDX text after the front matter. */
  body?: string;
  format?: 'json' | 'md' | 'mdx';
  /** Absolute path of the file. */
  filePath?: string;
  /** The report components an `.mdx` body uses. */
  uses?: readonly ComponentUse[];
}

/** Looks entries up by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
