/**
 * The projects of the generated corpus, read with Astro's own glob loader and a minimal
 * schema: the fields the page shows. No checker, no other collections.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  projects: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${process.env.BENCH_REFERENCE_CONTENT}/projects` }),
    schema: z.object({ title: z.string(), status: z.string(), progress: z.number() }),
  }),
};
