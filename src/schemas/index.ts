export * from './common.ts';
export * from './site.ts';
export * from './theme.ts';
export * from './district.ts';
export * from './programme.ts';
export * from './project.ts';
export * from './update.ts';

import { DistrictSchema } from './district.ts';
import { ProgrammeSchema } from './programme.ts';
import { ProjectSchema } from './project.ts';
import { SiteSchema } from './site.ts';
import { ThemeSchema } from './theme.ts';
import { UpdateSchema } from './update.ts';

/** The schema of each collection of content-format.md, by the collection's folder name. */
export const COLLECTION_SCHEMAS = {
  site: SiteSchema,
  themes: ThemeSchema,
  districts: DistrictSchema,
  programmes: ProgrammeSchema,
  projects: ProjectSchema,
  updates: UpdateSchema,
};
