/** Links from the checker to the guide, in the reader's language and under this build's base. */
import type { Lang } from '../../i18n/languages.ts';
import { docPath, withBase } from '../../i18n/urls.ts';

/** The site-absolute URL of a guide path such as "/remediation/#upgrade" for `lang` under `base`. */
export function docsHref(path: string, lang: Lang, base: string): string {
  const [route = '/', hash] = path.split('#');
  return withBase(docPath(lang, route.replace(/^\/+|\/+$/g, '')), base) + (hash ? `#${hash}` : '');
}

/** The URL of the full checker page carrying a share fragment, on the origin of `here`. */
export function shareUrl(fragment: string, lang: Lang, base: string, here: string): string {
  const url = new URL(docsHref('/checker/', lang, base), here);
  url.hash = fragment;
  return url.href;
}
