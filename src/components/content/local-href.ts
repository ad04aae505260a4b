import { docPath, parseDocPath, withBase } from '../../i18n/urls.ts';

/** The URL of a site path such as "/fix/#probe" for the language of the page at `pathname`, under `base`. */
export function localHref(path: string, pathname: string, base: string): string {
  const [route = '/', hash] = path.split('#');
  const { lang } = parseDocPath(pathname, base);
  const slug = route.replace(/^\/+|\/+$/g, '');
  return withBase(docPath(lang, slug), base) + (hash ? `#${hash}` : '');
}
