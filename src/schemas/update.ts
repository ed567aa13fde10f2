import { z } from 'zod';
import { DayDateSchema, ProgressSchema, ProjectIdSchema, PublishingFields, StatusSchema, TitleSchema } from './common.ts';

/** 进展, 节点, 完工, 督查, 连连看/走现场, 意见建议, 更正. */
export const UPDATE_KINDS = ['progress', 'milestone', 'completion', 'inspection', 'public-visit', 'suggestion', 'correction'] as const;
export const UpdateKindSchema = z.enum(UPDATE_KINDS);
export type UpdateKind = z.output<typeof UpdateKindSchema>;

/** Frontmatter of `content/updates/<yyyy-mm-dd>-<slug>.md`: one dated update; the body is its text. */
export const UpdateSchema = z.object({
  /** The day of the update; equals the file-name prefix. */
  date: DayDateSchema,
  /** Headline. */
  title: TitleSchema,
  /** Ids of the projects it is about, at least one; each must exist. */
  projects: z.array(ProjectIdSchema).min(1),
  /** What kind of news it is. */
  kind: UpdateKindSchema,
  /** The new progress of every listed project. */
  progress: ProgressSchema.optional(),
  /** The new status of every listed project. */
  status: StatusSchema.optional(),
  /** People taking part, e.g. on a public visit. */
  participants: z.number().int().nonnegative().optional(),
  /** The office that wrote it. */
  author: TitleSchema.optional(),
  ...PublishingFields,
});
export type Update = z.output<typeof UpdateSchema>;
