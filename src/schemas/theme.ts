import { z } from 'zod';
import { matching, SummarySchema, TitleSchema } from './common.ts';

/** `content/themes/<id>.json`: a policy theme of the programme (优学, 健康, …). */
export const ThemeSchema = z.object({
  /** Full name, e.g. "优学平湖". */
  name: TitleSchema,
  /** Short name for charts and tags, e.g. "优学". */
  short: TitleSchema.optional(),
  /** One or two sentences on what the theme covers. */
  description: SummarySchema.optional(),
  /** Chart colour; defaults come from an accessible palette. */
  color: matching('color').optional(),
  /** Display order, lowest first. */
  order: z.number().int().optional(),
});
export type Theme = z.output<typeof ThemeSchema>;
