import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { defaultLang, languages, type Lang } from '../../src/i18n/languages.ts';
import { docPath, parseDocPath, withBase } from '../../src/i18n/urls.ts';
import { siteConfig } from '../../src/site.config.ts';
import type { Build } from './builds.ts';
import { repoRoot } from './builds.ts';

/** Every published language, the default (English, at the site root) first. */
export const langs: readonly Lang[] = [defaultLang, ...(Object.keys(languages) as Lang[]).filter((lang) => lang !== defaultLang)];

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

/** The language and slug of a built page's URL (base included): "/kb/zh-cn/fix/" → zh-cn, "fix". */
export function pageRoute(build: Build, url: string): { lang: Lang; slug: string } {
  return parseDocPath(url, build.base);
}

/** The URL (base included) of the page at `slug` in `lang`: the same rule the site's links follow. */
export function routeUrl(build: Build, lang: Lang, slug: string): string {
  return withBase(docPath(lang, slug), build.base);
}

/** Slugs of the articles of one language: one per content/<lang>/*.mdx file; the start page is "". */
export function articleSlugs(lang: Lang): string[] {
  return readdirSync(join(repoRoot, 'content', lang), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.split(sep).join('/').replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''))
    .toSorted();
}

/** URL paths (base included) of the article pages, one per content/<lang>/*.mdx file, of one language or (without `lang`) of all. */
export function articleUrls(build: Build, lang?: Lang): string[] {
  return (lang ? [lang] : langs).flatMap((each) => articleSlugs(each).map((slug) => routeUrl(build, each, slug))).toSorted();
}

/** URL paths (base included) of the standalone pages of src/site.config.ts (e.g. the checker), of one language or of all. */
export function standaloneUrls(build: Build, lang?: Lang): string[] {
  return (lang ? [lang] : langs).flatMap((each) => siteConfig.standalonePages.map(({ slug }) => routeUrl(build, each, slug))).toSorted();
}

/**
 * The built page of `lang` (English unless said otherwise) whose HTML contains `marker` (e.g. a class name) most often, so tests need
 * not hard-code which article shows a feature, and tests that name UI strings get the language they are written in.
 */
export function findPage(build: Build, marker: string, lang: Lang = defaultLang): BuiltPage {
  const counted = listPages(build)
    .filter((page) => pageRoute(build, page.url).lang === lang)
    .map((page) => ({ page, count: readPage(page).split(marker).length - 1 }));
  const best = counted.toSorted((a, b) => b.count - a.count)[0];
  if (!best || best.count === 0) throw new Error(`no ${lang} page in ${build.dir} contains ${marker}`);
  return best.page;
}
