import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { siteConfig } from './site.config.ts';

/** Articles: content/<lang>/<slug>.mdx; the entry id is "<lang>/<slug>" and content/<lang>/index.mdx is the language's start page. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    sidebar: z.object({
      group: z.enum(siteConfig.sidebarGroups, {
        error: `must be one of ${siteConfig.sidebarGroups.join(', ')}; add a new group to sidebarGroups in src/site.config.ts and its label to src/i18n/ui.ts`,
      }),
      order: z.number(),
      label: z.string().optional(),
    }),
    updated: z.coerce.date(),
    sources: z.array(z.object({ title: z.string(), url: z.url() })).default([]),
  }),
});

export const collections = { docs };
