import { defaultLang, isLang, type Lang } from './languages.ts';

/** A base path with exactly one leading and one trailing slash: "" → "/", "kb" → "/kb/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Puts a site-absolute path ("/problem/") under the base ("/kb/problem/"); URLs that are not site-absolute pass through. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return normalizeBase(base) + path.slice(1);
}

/** Strips the base from a pathname ("/kb/problem/" → "/problem/"); a pathname outside the base is returned unchanged. */
export function withoutBase(pathname: string, base: string): string {
  const prefix = normalizeBase(base);
  if (pathname.startsWith(prefix)) return `/${pathname.slice(prefix.length)}`;
  if (`${pathname}/` === prefix) return '/';
  return pathname;
}

/** The site-absolute path of a doc page, without base: ("en", "") → "/", ("zh-cn", "problem") → "/zh-cn/problem/". */
export function docPath(lang: Lang, slug: string): string {
  const parts = [lang === defaultLang ? '' : lang, slug].filter((part) => part !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Reads language and slug back from a pathname that includes the base; the inverse of withBase(docPath(...)). */
export function parseDocPath(pathname: string, base: string): { lang: Lang; slug: string } {
  const segments = withoutBase(pathname, base).split('/').filter((segment) => segment !== '');
  const first = segments[0];
  if (first !== undefined && first !== defaultLang && isLang(first)) {
    return { lang: first, slug: segments.slice(1).join('/') };
  }
  return { lang: defaultLang, slug: segments.join('/') };
}
