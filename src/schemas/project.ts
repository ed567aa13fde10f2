import { z } from 'zod';
import {
  IdSchema,
  MoneySchema,
  PartialDateSchema,
  ProgressSchema,
  PublishingFields,
  RelativePathSchema,
  StatusSchema,
  SummarySchema,
  TextSchema,
  TitleSchema,
  SourceUrlSchema,
} from './common.ts';

/** A dated step of a project. */
export const MilestoneSchema = z.object({
  /** When it happened or is planned. */
  date: PartialDateSchema,
  /** What it is, e.g. "主体结构封顶". */
  label: TitleSchema,
  /** Whether it has happened. */
  done: z.boolean(),
});
export type Milestone = z.output<typeof MilestoneSchema>;

/** A measured quantity, e.g. 床位 600 张, or 承台 4 of a target of 6. */
export const MetricSchema = z.object({
  /** What is counted, e.g. "床位". */
  label: TitleSchema,
  /** The count or measure reached. */
  value: z.number(),
  /** Its unit, e.g. "张". */
  unit: z.string(),
  /** The value promised, when there is one. */
  target: z.number().optional(),
});
export type Metric = z.output<typeof MetricSchema>;

/** Where a project is. */
export const LocationSchema = z.object({
  /** Street address. */
  address: z.string().optional(),
  /** Longitude, WGS84 degrees. */
  lon: z.number().min(-180).max(180).optional(),
  /** Latitude, WGS84 degrees. */
  lat: z.number().min(-90).max(90).optional(),
});

/** A picture of the project. */
export const ImageSchema = z.object({
  /** Path relative to the entry file. */
  src: RelativePathSchema,
  /** What the picture shows, for readers who cannot see it; required. */
  alt: TextSchema,
  /** Caption shown under the picture. */
  caption: SummarySchema.optional(),
  /** Photographer or owner. */
  credit: TitleSchema.optional(),
});
export type Image = z.output<typeof ImageSchema>;

/** A report the facts come from. */
export const SourceSchema = z.object({
  /** Headline of the report. */
  title: TitleSchema,
  /** Newspaper, site or office that published it. */
  publisher: TitleSchema,
  /** When it was published. */
  date: PartialDateSchema,
  /** Where it can be read: on the web, or a file of the site (`/files/…`). */
  url: SourceUrlSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;

/** `content/projects/<year>/<id>`: frontmatter or JSON of one project; the body is its narrative. */
export const ProjectSchema = z.object({
  /** The project's name. */
  title: TitleSchema,
  /** One sentence. */
  summary: SummarySchema.optional(),
  /** Year of the programme it belongs to; must exist in programmes. */
  programme: z.number().int(),
  /** Theme id; must exist. */
  theme: IdSchema,
  /** Ids of the places it serves, at least one; each must exist. */
  districts: z.array(IdSchema).min(1),
  /** Baseline status, as of `asOf`. */
  status: StatusSchema,
  /** Baseline progress in percent, as of `asOf`. */
  progress: ProgressSchema,
  /** When the baseline was true. */
  asOf: PartialDateSchema,
  /** 牵头单位: the department in charge. */
  leadDepartment: TextSchema,
  /** 责任单位: departments that share the work. */
  partners: z.array(TitleSchema).optional(),
  /** 挂帅领导: the official who leads it. */
  leadOfficial: TitleSchema.optional(),
  /** 总投资: total investment. */
  budget: MoneySchema.optional(),
  /** When work started. */
  start: PartialDateSchema.optional(),
  /** 完成时限: when it is due. */
  plannedEnd: PartialDateSchema.optional(),
  /** When it was finished; required when status is completed. */
  completed: PartialDateSchema.optional(),
  /** Dated steps, done or planned. */
  milestones: z.array(MilestoneSchema).optional(),
  /** Measured quantities with optional targets. */
  metrics: z.array(MetricSchema).optional(),
  /** Address and coordinates. */
  location: LocationSchema.optional(),
  /** Pictures with alt text. */
  images: z.array(ImageSchema).optional(),
  /** The reports the facts come from. */
  sources: z.array(SourceSchema).optional(),
  /** Free keywords. */
  tags: z.array(z.string()).optional(),
  ...PublishingFields,
});
export type Project = z.output<typeof ProjectSchema>;
