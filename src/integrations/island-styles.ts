import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The rule Astro emits next to a page's first island; it is the same on every page. */
export const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Moves Astro's island style from the body into <head>, where <style> is valid HTML; other HTML is returned unchanged. */
export function hoistIslandStyle(html: string): string {
  const at = html.indexOf(islandStyle);
  const headEnd = html.indexOf('</head>');
  if (at === -1 || headEnd === -1 || at < headEnd) return html;
  const without = html.slice(0, at) + html.slice(at + islandStyle.length);
  return without.slice(0, headEnd) + islandStyle + without.slice(headEnd);
}

/** Every .html file below `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** After a build, hoists the island style of every page with an island (its CSP hash does not depend on where it is). */
export default function islandStylesIntegration(): AstroIntegration {
  return {
    name: 'island-styles',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const hoisted = hoistIslandStyle(html);
          if (hoisted !== html) await writeFile(file, hoisted);
        }
      },
    },
  };
}
