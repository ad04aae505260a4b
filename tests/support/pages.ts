import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Build } from './builds.ts';
import { repoRoot } from './builds.ts';

/** One built HTML file and the URL path it is served at (base included). */
export interface BuiltPage {
  file: string;
  url: string;
}

/** Every HTML file in a build except Pagefind's own, with its URL: "problem/index.html" → "<base>problem/". */
export function listPages(build: Build): BuiltPage[] {
  return readdirSync(build.dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith(`pagefind${sep}`))
    .map((name) => ({ file: join(build.dir, name), url: build.base + toUrlPath(name.split(sep).join('/')) }))
    .toSorted((a, b) => a.url.localeCompare(b.url));
}

/** "a/index.html" → "a/", "index.html" → "", "404.html" → "404.html". */
function toUrlPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The HTML of a built page. */
export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/** URL paths (base included) of the article pages: one per content/en/*.mdx file; start page is the base itself. */
export function articleUrls(build: Build): string[] {
  const contentDir = join(repoRoot, 'content', 'en');
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.split(sep).join('/').replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''))
    .map((slug) => build.base + (slug === '' ? '' : `${slug}/`))
    .toSorted();
}

/** The built page whose HTML contains `marker` (e.g. a class name) most often, so tests need not hard-code which article shows a feature. */
export function findPage(build: Build, marker: string): BuiltPage {
  const counted = listPages(build).map((page) => ({ page, count: readPage(page).split(marker).length - 1 }));
  const best = counted.toSorted((a, b) => b.count - a.count)[0];
  if (!best || best.count === 0) throw new Error(`no page in ${build.dir} contains ${marker}`);
  return best.page;
}
