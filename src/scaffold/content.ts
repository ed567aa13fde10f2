/**
 * What a new or imported entry may refer to: the entries of a content folder that pass
 * their schemas, and every file that exists whether it passes or not (an entry is never
 * written over a file, valid or broken). Built from the files `readContent` reads.
 */
import type { z } from 'zod';
import type { SourceFile } from '../check/read.ts';
import type { Entry } from '../model/entry.ts';
import { DistrictSchema, type District } from '../schemas/district.ts';
import { ProgrammeSchema, type Programme } from '../schemas/programme.ts';
import { ProjectSchema, type Project } from '../schemas/project.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { ThemeSchema, type Theme } from '../schemas/theme.ts';
import { UpdateSchema, type Update } from '../schemas/update.ts';

export interface ContentIndex {
  site?: Site;
  /** In display order: `order`, then id. */
  themes: Entry<Theme>[];
  districts: Entry<District>[];
  programmes: Entry<Programme>[];
  projects: Entry<Project>[];
  updates: Entry<Update>[];
  /** Every file of a collection by entry id, valid or not. */
  files: Record<Exclude<SourceFile['collection'], 'site'>, Map<string, SourceFile>>;
}

function valid<T>(files: readonly SourceFile[], collection: SourceFile['collection'], schema: z.ZodType<T>): Entry<T>[] {
  return files.flatMap((file) => {
    if (file.collection !== collection) return [];
    const parsed = schema.safeParse(file.data);
    return parsed.success ? [{ id: file.id, data: parsed.data }] : [];
  });
}

export function indexContent(files: readonly SourceFile[]): ContentIndex {
  const byId = (collection: SourceFile['collection']) => new Map(files.filter((f) => f.collection === collection).map((f) => [f.id, f]));
  const siteFile = files.find((f) => f.collection === 'site');
  const site = siteFile ? SiteSchema.safeParse(siteFile.data) : undefined;
  const themes = valid(files, 'themes', ThemeSchema).sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    ...(site?.success ? { site: site.data } : {}),
    themes,
    districts: valid(files, 'districts', DistrictSchema),
    programmes: valid(files, 'programmes', ProgrammeSchema),
    projects: valid(files, 'projects', ProjectSchema),
    updates: valid(files, 'updates', UpdateSchema),
    files: {
      themes: byId('themes'),
      districts: byId('districts'),
      programmes: byId('programmes'),
      projects: byId('projects'),
      updates: byId('updates'),
    },
  };
}

/** "2022, 2023": the ids of a collection, for messages that say what exists. */
export function listIds(entries: readonly { id: string }[]): string {
  return entries.map((e) => e.id).join(', ');
}
