import type { Lang } from './languages.ts';
import { docPath, withBase } from './urls.ts';

/** Astro's configured base ("/" or e.g. "/kb/"). */
export const base: string = import.meta.env.BASE_URL;

/** A site-absolute path under this build's base. */
export function href(path: string): string {
  return withBase(path, base);
}

/** The URL of a doc page in this build. */
export function docHref(lang: Lang, slug: string): string {
  return withBase(docPath(lang, slug), base);
}
