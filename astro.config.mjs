// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import islandStyles from './src/integrations/island-styles.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteUrl from './src/integrations/site-url.ts';
import { codeThemes, codeTransformers } from './src/integrations/shiki-options.ts';
import { siteConfig } from './src/site.config.ts';

// BASE_PATH lets the same build be hosted under a sub-path (e.g. /kb/); OUT_DIR keeps such builds apart.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL || siteConfig.defaultSiteUrl,
  base,
  // Every page is built as <slug>/index.html, so its URLs and canonical links end in a slash whatever this says; 'ignore' only lets
  // `astro preview` (npm start) open /checker as /checker/, and send a mistyped path to the site's 404, where 'always' answers a bare error.
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? './dist',
  // One cached stylesheet for every page instead of per-page inline copies.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // `## Heading {#id}` keeps anchors stable across rewording and translation; no smart punctuation, so
    // option names (--flag) and quoted error messages stay exactly as the tools print them.
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
    shikiConfig: {
      themes: codeThemes,
      // Colours come from --shiki-light / --shiki-dark, picked by the site theme in src/styles/code.css.
      defaultColor: false,
      // null: no inline overflow style; src/styles/code.css scrolls long lines.
      wrap: null,
      transformers: codeTransformers(),
    },
  },
  // Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits (is:inline ones add their own hash).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Shiki colours code through style attributes; <style> elements still need a hash.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // island-styles runs first so Pagefind indexes the final HTML.
  // search-dialog.ts is built as a module of its own and imported by its URL on the first search (see shell.ts).
  vite: { worker: { format: 'es' } },
  integrations: [mdx(), preact(), siteUrl(process.env, siteConfig.defaultSiteUrl), islandStyles(), pagefind()],
});
