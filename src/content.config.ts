/**
 * The collections of content-format.md, read from the top-level `content/` folder (or
 * `--content`) with the schemas of `src/schemas/`. The checker has already run by now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config.ts';
import { DistrictSchema } from './schemas/district.ts';
import { ProgrammeSchema } from './schemas/programme.ts';
import { ProjectSchema } from './schemas/project.ts';
import { SiteSchema } from './schemas/site.ts';
import { ThemeSchema } from './schemas/theme.ts';
import { UpdateSchema } from './schemas/update.ts';

const root = contentDir();

/** Ids are the path below the collection folder without extension (`2022/zhongyiyuan-qianjian`). */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|mdx|json)$/, '');

const folder = (name: string, pattern: string) => glob({ pattern, base: join(root, name), generateId: pathId });

export const collections = {
  site: defineCollection({
    loader: () => [{ id: 'site', ...JSON.parse(readFileSync(join(root, 'site.json'), 'utf8').replace(/^\uFEFF/, '')) }],
    schema: SiteSchema,
  }),
  themes: defineCollection({ loader: folder('themes', '*.json'), schema: ThemeSchema }),
  districts: defineCollection({ loader: folder('districts', '*.json'), schema: DistrictSchema }),
  programmes: defineCollection({ loader: folder('programmes', '*.{md,mdx}'), schema: ProgrammeSchema }),
  projects: defineCollection({ loader: folder('projects', '**/*.{md,mdx,json}'), schema: ProjectSchema }),
  updates: defineCollection({ loader: folder('updates', '*.{md,mdx}'), schema: UpdateSchema }),
};
