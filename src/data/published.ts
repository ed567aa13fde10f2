/**
 * The published files `/data/projects.json`, `updates.json` and `districts.json` as zod
 * schemas: the envelope every file shares and the items of each. The documents of
 * open-data.ts are typed by them, and their JSON Schemas (`/data/<dataset>.schema.json`,
 * json-schema.ts) are generated from them, so that the file, its type and its published
 * definition cannot drift apart.
 *
 * An item's `fields` is the content entry as the checker read it: the collection's own
 * schema (also published as `/data/schema/<collection>.json`, for content files as
 * written), with omitted defaults filled in.
 */
import { z } from 'zod';
import { DayDateSchema, IdSchema, PartialDateSchema, ProgressSchema, ProjectIdSchema, StatusSchema } from '../schemas/common.ts';
import { DistrictSchema } from '../schemas/district.ts';
import { ProjectSchema } from '../schemas/project.ts';
import { UpdateSchema } from '../schemas/update.ts';

export type Dataset = 'projects' | 'updates' | 'districts';
export const DATASETS: readonly Dataset[] = ['projects', 'updates', 'districts'];

/** Where the JSON Schema of a published file is, relative to `/data/` (and to the file). */
export const fileSchemaPath = (dataset: Dataset) => `${dataset}.schema.json` as const;

/** A page address: absolute when the site has a base URL, from the site's root otherwise. */
const PageUrlSchema = z.string().meta({ format: 'uri-reference' });

/** What every data file starts with: whose data it is, under which licence, as of when, and its schema. */
function envelope<D extends Dataset>(dataset: D) {
  return {
    title: z.string(),
    publisher: z.string(),
    licence: z.string().optional(),
    source: z.url().optional(),
    asOf: DayDateSchema,
    schema: z.literal(fileSchemaPath(dataset)),
  };
}

const StepSchema = z.object({ status: StatusSchema, progress: ProgressSchema });

const ProjectItemSchema = z.object({
  id: ProjectIdSchema,
  url: PageUrlSchema,
  current: z.object({
    status: StatusSchema,
    progress: ProgressSchema,
    completed: PartialDateSchema.optional(),
    asOf: PartialDateSchema,
    overdue: z.boolean(),
  }),
  themeName: z.string().optional(),
  districtNames: z.array(z.string()),
  fields: ProjectSchema,
  body: z.string().optional(),
});

const UpdateItemSchema = z.object({
  id: IdSchema,
  url: PageUrlSchema,
  projectTitles: z.array(z.string()),
  changes: z.array(z.object({ project: ProjectIdSchema, from: StepSchema.optional(), to: StepSchema })),
  fields: UpdateSchema,
  body: z.string().optional(),
});

const DistrictItemSchema = z.object({
  id: IdSchema,
  url: PageUrlSchema,
  ancestors: z.array(IdSchema),
  projectCount: z.number().int().nonnegative(),
  ownProjectCount: z.number().int().nonnegative(),
  fields: DistrictSchema,
});

export const FILE_SCHEMAS = {
  projects: z.object({ ...envelope('projects'), projects: z.array(ProjectItemSchema) }),
  updates: z.object({ ...envelope('updates'), updates: z.array(UpdateItemSchema) }),
  districts: z.object({ ...envelope('districts'), districts: z.array(DistrictItemSchema) }),
} satisfies Record<Dataset, z.ZodType>;

export type ProjectsFile = z.output<typeof FILE_SCHEMAS.projects>;
export type UpdatesFile = z.output<typeof FILE_SCHEMAS.updates>;
export type DistrictsFile = z.output<typeof FILE_SCHEMAS.districts>;
