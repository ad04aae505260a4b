import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Articles: content/<lang>/<slug>.mdx; the entry id is "<lang>/<slug>". */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    sidebar: z.object({
      group: z.string(),
      order: z.number(),
      label: z.string().optional(),
    }),
    updated: z.coerce.date(),
    sources: z.array(z.object({ title: z.string(), url: z.string().url() })).default([]),
  }),
});

export const collections = { docs };
