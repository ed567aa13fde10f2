import { z } from 'zod';
import { IdSchema, MoneySchema, PartialDateSchema, SummarySchema, TitleSchema } from './common.ts';

/** Frontmatter of `content/programmes/<year>.mdx`: one yearly programme; the body is its report. */
export const ProgrammeSchema = z.object({
  /** The programme's year; equals the file name. */
  year: z.number().int().min(1900).max(2999),
  /** e.g. "2022年平湖市民生优享工程". */
  title: TitleSchema,
  /** Id of the place the programme covers. */
  region: IdSchema,
  /** When the list was published. */
  published: PartialDateSchema,
  /** How many projects were promised (may exceed the entries written). */
  commitments: z.number().int().nonnegative().optional(),
  /** Total budget of the programme. */
  budget: MoneySchema.optional(),
  /** Theme ids in display order. */
  themes: z.array(IdSchema),
  /** An archived year whose content may no longer change (see content-format.md). */
  frozen: z.boolean().optional(),
  /** One or two sentences for the home page and meta descriptions. */
  summary: SummarySchema.optional(),
});
export type Programme = z.output<typeof ProgrammeSchema>;
